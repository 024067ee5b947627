#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, block, line, started  # noqa: E402

EGYPT = [
    ("", "The authorities continued to use the state of emergency, in force since 2017, to detain critics and "
         "restrict freedom of expression. In April, constitutional amendments were approved in a referendum, "
         "extending the presidential term and expanding the jurisdiction of military courts over civilians."),
    ("Background", "In September, small protests against corruption broke out in Cairo and several other cities. "
         "In the following weeks, security forces arrested more than 4,000 people, most of whom were held in "
         "pre-trial detention on terrorism charges. The President of the African Union Commission visited Cairo "
         "in October."),
    ("Arbitrary arrests and detentions", "On 29 September, plain-clothes officers arrested human rights lawyer "
         "Samir Hafez outside the Supreme State Security Prosecution building in Cairo, where he had been "
         "representing detained protesters. Prosecutors ordered his detention pending investigations into "
         "charges of joining a terrorist group. Journalist Laila Fathy, who had been held since 2017, was "
         "released on probation on 2 May after spending more than two years in pre-trial detention."),
    ("Death penalty", "Courts continued to hand down death sentences, many of them after mass trials. In "
         "January, a criminal court in Cairo sentenced 17 men to death in connection with the bombing of two "
         "churches in April 2017. On 7 March, the Court of Cassation upheld the death sentences of six men in the "
         "so-called Mansoura case. The authorities executed at least 32 people during the year, including nine "
         "men put to death on 20 February after being convicted of the assassination of the Public Prosecutor in "
         "June 2015. Several of the nine said they had been forcibly disappeared and tortured to make them "
         "confess. In October, the President commuted the death sentences of three men to life imprisonment."),
    ("Torture and other ill-treatment", "Torture and other ill-treatment remained routine in places of "
         "detention. In July, guards at Tora Prison beat at least 20 prisoners and held them in prolonged "
         "solitary confinement after they protested against their conditions. On 13 June, prisoner Omar Samy "
         "died in custody after being denied adequate medical care for months; no investigation was opened."),
    ("Freedom of association", "In August, the President ratified a new law on NGOs, replacing the restrictive "
         "2017 law, although the new law kept broad powers to dissolve organizations. A draft law that would "
         "allow the death penalty for the leaking of state secrets remained before parliament at the end of the "
         "year."),
    ("Refugees and migrants", "In February, the authorities deported 22 Eritrean asylum-seekers, including "
         "children, to Eritrea without allowing them to seek asylum."),
    ("International scrutiny", "In November, Egypt's human rights record was examined under the UN Universal "
         "Periodic Review. Egypt rejected recommendations to establish a moratorium on executions and to ratify "
         "the Second Optional Protocol to the ICCPR."),
]


def ai_chapter_egypt(path):
    """A chapter of an annual report (yearless dates of the year it covers), its footer the report's name."""
    Chapter.footer_text = "Amnesty International Report 2019/20"
    Chapter.first_page_number = 47
    pdf = started(25, Chapter)
    line(pdf, 18, 12, "EGYPT", "B")
    for text in ["Arab Republic of Egypt", "Head of state: Abdel Fattah al-Sisi",
                 "Head of government: Mostafa Madbouly"]:
        line(pdf, 9, 5, text, "B")
    pdf.ln(4)
    for heading, text in EGYPT:
        if heading:
            line(pdf, 11, 8, heading, "B")
        block(pdf, 10, 5, text)
        pdf.ln(2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ai_chapter_egypt(os.path.join(here, "corpus", "ai-chapter-egypt.pdf"))
