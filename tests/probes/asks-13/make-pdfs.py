#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

COVER = [
    "UGANDA HUMAN RIGHTS COMMISSION",
    "26th ANNUAL REPORT",
    "TO THE PARLIAMENT OF THE REPUBLIC OF UGANDA",
    "January - December 2023",
]

FOREWORD = (
    "It is my pleasure to present the 26th Annual Report of the Commission, covering the period from "
    "1 January to 31 December 2023, in accordance with Article 52(2) of the Constitution. During the year "
    "the Commission inspected 487 places of detention, up from 412 in 2022, and registered 1,286 new "
    "complaints. I thank the Members of the Commission and its staff for their dedication."
)

CHAPTER = [
    ("7.1 The death penalty in Uganda",
     "Uganda retains the death penalty for several offences, including murder, aggravated robbery, treason "
     "and, since the Anti-Homosexuality Act 2023 was assented to by the President on 26 May 2023, "
     "aggravated homosexuality. Since the Supreme Court's decision in Attorney General v. Susan Kigula in "
     "2009, the death penalty is no longer mandatory for any offence."),
    ("7.2 Persons under sentence of death",
     "As at 31 December 2023, the Uganda Prisons Service held 134 persons under sentence of death, of whom "
     "seven were women. The number at the end of 2022 was 159. The fall is mainly explained by resentencing "
     "hearings in the High Court, which substituted prison terms for 31 death sentences during the year."),
    ("7.3 Executions",
     "No execution was carried out in 2023. The last execution of a civilian in Uganda took place in 1999; "
     "the last execution by the army took place in 2003. The Commission notes that a gallows at Luzira "
     "Upper Prison was inspected and repaired in 2022."),
    ("7.4 Prerogative of mercy",
     "On 14 September 2023 the Advisory Committee on the Prerogative of Mercy recommended that the "
     "President pardon 12 prisoners under sentence of death who had spent more than 20 years on death row. "
     "By the end of the year the President had not acted on the recommendation."),
    ("7.5 Regional developments",
     "In neighbouring Kenya, the President commuted 2,747 death sentences in October 2016. The Commission "
     "welcomes the abolition of the death penalty in Zambia in December 2022."),
    ("7.6 Recommendations",
     "The Commission recommends that Parliament abolish the death penalty and that the Government ratify "
     "the Second Optional Protocol to the International Covenant on Civil and Political Rights."),
]


def main():
    pdf = new_pdf(header="UHRC 26th Annual Report 2023", footer="Uganda Human Rights Commission")
    pdf.add_page()
    pdf.ln(40)
    for text in COVER:
        line(pdf, 16, 10, text, "B")
    pdf.ln(20)
    line(pdf, 10, 6, "Published by the Uganda Human Rights Commission, Kampala, April 2024")
    pdf.add_page()
    line(pdf, 14, 10, "FOREWORD", "B")
    block(pdf, 10, 5, FOREWORD)
    pdf.ln(4)
    line(pdf, 10, 6, "Dr. Ruth Akello Nsereko")
    line(pdf, 10, 6, "Chairperson")
    pdf.add_page()
    line(pdf, 14, 10, "CHAPTER SEVEN: THE RIGHT TO LIFE AND THE DEATH PENALTY", "B")
    for heading, text in CHAPTER:
        line(pdf, 11, 8, heading, "B")
        block(pdf, 10, 5, text)
        pdf.ln(2)
    pdf.output(os.path.join(HERE, "corpus", "uhrc-annual-report-2023.pdf"))


if __name__ == "__main__":
    main()
