#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, lines, started  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = [
    (18, "B", "VELSARIA"),
    (10, "", "Republic of Velsaria"),
    (10, "", "Head of state: Elena Marovic"),
    (10, "", "Head of government: Radu Ostrik"),
]

INTRO = (
    "The death penalty was abolished for all crimes, and the sentences of everyone on death row were "
    "converted to life imprisonment. Police used excessive force against protesters, and hundreds were "
    "arrested. A journalist was prosecuted for publishing official documents. Prisons remained severely "
    "overcrowded, and deaths in custody increased. Asylum-seekers were forcibly returned to a neighbouring "
    "country."
)

SECTIONS = [
    ("BACKGROUND",
     "The governing Unity Alliance kept its majority in parliamentary elections held in June, and Radu "
     "Ostrik was reappointed Prime Minister. Food and fuel prices rose sharply during the year."),
    ("DEATH PENALTY",
     "On 19 March, President Elena Marovic signed the Abolition of the Death Penalty Act, which the "
     "National Assembly had passed on 12 March by 88 votes to 41. Before the Act came into force on 1 July, "
     "the High Court imposed two further death sentences, in April and May. One man on death row died in "
     "custody in May. On 1 July, the death sentences of all 65 people then on death row, including two "
     "women, were converted to life imprisonment.\n"
     "Figures published by the Ministry of Justice in February showed that courts had imposed 11 death "
     "sentences in 2023, not nine as the ministry had reported earlier; two sentences passed by the High "
     "Court at Kessim in December 2023 had been left out of the first count.\n"
     "In December, Velsaria acceded to the Second Optional Protocol to the International Covenant on Civil "
     "and Political Rights, aiming at the abolition of the death penalty."),
    ("FREEDOM OF ASSEMBLY",
     "On 9 September, police in Orvath used tear gas and rubber bullets against several thousand people "
     "protesting against a rise in the price of bread. At least 340 people were arrested over the following "
     "three days; most were released without charge. Lara Miskovic, a student, lost the sight of one eye "
     "after she was hit by a rubber bullet. She filed a complaint with the Independent Police Complaints "
     "Authority (IPCA) on 16 September; it had not been resolved by the end of the year."),
    ("IMPUNITY",
     "On 22 January, the Director of Public Prosecutions charged two police officers with the murder of "
     "Davor Lennik, who was shot dead during a demonstration in Kessim in April 2023. Their trial opened in "
     "October and had not concluded by the end of the year."),
    ("FREEDOM OF EXPRESSION",
     "Ana Petrescu, a journalist with the online outlet Kessim Today, was arrested on 8 February after she "
     "published documents on procurement at the Ministry of Interior. She was charged with disclosing state "
     "secrets and released on bail 10 days later. The charges were dropped in November."),
    ("DETENTION",
     "Prisons held about 11,800 people at the end of the year in facilities built for 6,500. The Ministry of "
     "Interior reported 23 deaths in custody during the year, compared with 19 in 2023."),
    ("REFUGEES' AND MIGRANTS' RIGHTS",
     "In July, the authorities forcibly returned 12 asylum-seekers to Talvani, where they were at risk of "
     "torture, without giving them access to an asylum procedure."),
]


def make():
    pdf = started(25, Chapter)
    pdf.footer_text = "Amnesty International Report 2024/25: The State of the World's Human Rights"
    pdf.first_page_number = 402
    for size, style, text in HEAD:
        lines(pdf, size, text, style, height=size * 0.55)
        pdf.ln(1)
    pdf.ln(3)
    lines(pdf, 10, INTRO, height=5)
    pdf.ln(3)
    for h, body in SECTIONS:
        lines(pdf, 11, h, "B", 7)
        for para in body.split("\n"):
            lines(pdf, 10, para, height=5)
            pdf.ln(2)
        pdf.ln(2)
    pdf.output(os.path.join(HERE, "corpus", "ai-velsaria-2024.pdf"))


if __name__ == "__main__":
    make()
