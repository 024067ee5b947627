#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import lines, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

FINDINGS = [
    "Trial courts across India imposed 118 death sentences in 2023, compared with 165 in 2022.",
    "At the end of 2023, 561 prisoners were under sentence of death, the highest number since the Centre began "
    "recording in 2016.",
    "High Courts decided 49 death reference cases in 2023. They confirmed the death sentence in 3 cases, "
    "commuted it in 27 and acquitted the accused in the remainder.",
    "The Supreme Court did not confirm any death sentence in 2023. It commuted six death sentences and acquitted "
    "the accused in three cases.",
    "No execution was carried out in 2023. The last executions in India took place on 20 March 2020.",
]

CASE = (
    "On 14 February 2023, the Court of the Additional Sessions Judge at Indore sentenced Ramkishan Yadav to death "
    "for the rape and murder of a seven-year-old girl, only 41 days after the charge sheet was filed. On 29 "
    "September 2023 the High Court of Madhya Pradesh declined to confirm the death sentence and commuted it to "
    "imprisonment for life without remission for 30 years, holding that the trial court had not considered any "
    "mitigating circumstances. The State has filed an appeal in the Supreme Court, which has not yet been heard."
)

LAW = (
    "The Bharatiya Nyaya Sanhita, 2023, which replaces the Indian Penal Code, received the assent of the President "
    "on 25 December 2023 and came into force on 1 July 2024. It retains the death penalty for the offences that "
    "carried it under the Indian Penal Code and adds it for mob lynching and for the rape of a woman under 18 years "
    "of age by a group of persons."
)


def main():
    pdf = new_pdf(header="Death Penalty in India: Annual Statistics 2023", footer="Centre for Capital Justice")
    pdf.add_page()
    pdf.ln(40)
    lines(pdf, 20, "DEATH PENALTY IN INDIA", "B", 10)
    lines(pdf, 16, "Annual Statistics Report 2023", "B", 10)
    pdf.ln(20)
    lines(pdf, 11, "Centre for Capital Justice\nNational Law School of Governance, Bengaluru\nPublished January 2024")
    pdf.add_page()
    lines(pdf, 14, "1. Key findings", "B", 10)
    for f in FINDINGS:
        lines(pdf, 10, "- " + f, height=5)
        pdf.ln(1)
    pdf.ln(4)
    lines(pdf, 14, "2. Case in focus: sentencing in haste", "B", 10)
    lines(pdf, 10, CASE, height=5)
    pdf.ln(4)
    lines(pdf, 14, "3. Legislative developments", "B", 10)
    lines(pdf, 10, LAW, height=5)
    pdf.output(os.path.join(HERE, "corpus", "ccj-india-stats-2023.pdf"))


if __name__ == "__main__":
    main()
