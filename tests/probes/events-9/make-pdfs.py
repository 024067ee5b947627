#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, block, line, started  # noqa: E402

IRAQ = [
    ("", "Iraqi forces, paramilitary militias and the US-led coalition retook Mosul and other areas from the "
         "armed group Islamic State (IS). All parties to the conflict committed serious violations of "
         "international humanitarian law. Thousands of men and boys fleeing the fighting were subjected to "
         "enforced disappearance, and the authorities continued to execute people at an alarming rate."),
    ("Armed conflict - violations by IS", "IS fighters used civilians as human shields and killed those who "
         "tried to flee. On 1 June, IS snipers killed at least 160 civilians trying to leave the Zanjili area of "
         "west Mosul. IS also launched rockets at residential neighbourhoods in areas held by government forces."),
    ("Enforced disappearances", "In July, Iraqi forces and militias detained hundreds of men and boys fleeing "
         "west Mosul at screening centres; the families of many of them had received no information about their "
         "fate by the end of the year. The government said it would set up a committee to investigate, but had "
         "not done so by December."),
    ("Torture and other ill-treatment", "Members of the Federal Police beat detained men and boys with cables "
         "at a screening centre in Qayyarah in July, according to former detainees. At least 11 men died in "
         "custody at a detention facility in Tel Keif between March and May, apparently as a result of torture "
         "and lack of medical care. Families said two other detainees had died in Baghdad, but officials denied "
         "this."),
    ("Death penalty", "Courts continued to sentence people to death after grossly unfair trials, most of them "
         "under the Anti-Terrorism Law. On 25 September, the authorities executed 42 men at Nasiriyah prison; "
         "the Ministry of Justice said all had been convicted of terrorism. In December, 38 men convicted of "
         "terrorism offences were hanged in the same prison. The Minister of Justice said on several occasions "
         "that hundreds more executions would be carried out once the Presidency ratified the sentences."),
    ("Legal developments", "In September, the Council of Representatives approved an amendment to the "
         "Criminal Procedure Code allowing retrials for people convicted on the basis of confessions extracted "
         "under torture. A draft amnesty law amendment that would exclude those convicted of terrorism was "
         "under discussion at the end of the year."),
    ("Kurdistan Region of Iraq", "On 25 September, the Kurdistan Regional Government held a referendum on "
         "independence. Kurdish security forces arrested at least 30 journalists and activists in Sulaymaniya "
         "in December after protests over unpaid salaries."),
]

IRELAND = ("Ireland", "Ireland of", "Head of state: Michael D. Higgins",
           "In May, the government published a bill to hold a referendum on the Eighth Amendment. In July, the "
           "UN Human Rights Committee found that the abortion law had subjected a woman to cruel, inhuman or "
           "degrading treatment.")


def ai_chapter_iraq(path):
    """A chapter of an annual report that ends part-way down a page where the next country begins."""
    Chapter.footer_text = "Amnesty International Report 2017/18"
    Chapter.first_page_number = 202
    pdf = started(25, Chapter)
    line(pdf, 18, 12, "IRAQ", "B")
    for text in ["Republic of Iraq", "Head of state: Fuad Masum", "Head of government: Haider al-Abadi"]:
        line(pdf, 9, 5, text, "B")
    pdf.ln(4)
    for heading, text in IRAQ:
        if heading:
            line(pdf, 11, 8, heading, "B")
        block(pdf, 10, 5, text)
        pdf.ln(2)
    pdf.ln(6)
    line(pdf, 18, 12, "IRELAND", "B")
    line(pdf, 9, 5, IRELAND[2], "B")
    pdf.ln(4)
    block(pdf, 10, 5, IRELAND[3])
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ai_chapter_iraq(os.path.join(here, "corpus", "ai-chapter-iraq.pdf"))
