#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

COVER = [
    "SECOND CHANCE JUSTICE TRUST",
    "Annual Review 2021",
    "Standing with prisoners facing the death penalty",
]

NUMBERS = [
    "In 2021 we:",
    "- supported 212 prisoners under sentence of death in Malawi, Sierra Leone, Trinidad and "
    "Tobago, Barbados, Jamaica and Ghana;",
    "- helped lawyers prepare 64 resentencing hearings;",
    "- trained 138 prison officers, paralegals and defence lawyers.",
]

SECTIONS = [
    ("A letter from our Director",
     "2021 was the year in which one of the countries where we work ended the death penalty for "
     "good, and another came close to doing so only to find the door still shut. Our partners kept "
     "visiting prisons through two waves of the pandemic. Thank you to every supporter who made that "
     "possible."),
    ("Sierra Leone: abolition at last",
     "On 23 July 2021 Parliament voted unanimously to abolish the death penalty, and the President "
     "signed the Act on 8 October 2021. The 94 people then on death row, six of them women, will be "
     "resentenced. Sierra Leone's last executions took place in 1998, when 24 soldiers were shot by "
     "firing squad after a coup trial. With this Act Sierra Leone became the 23rd country in Africa to "
     "abolish the death penalty for all crimes, following Chad, which did so in 2020."),
    ("Malawi: a judgment misread",
     "In April 2021 headlines around the world announced that Malawi's Supreme Court of Appeal had "
     "abolished the death penalty. We shared that news in our spring bulletin. It was not correct. In "
     "August the Court said that its judgment had been misreported: it had struck down the mandatory "
     "death sentence in the case before it, but it had not declared the death penalty unconstitutional, "
     "and the penalty remains lawful. Malawi has not carried out an execution since 1992 and remains "
     "abolitionist in practice. Our resentencing project there continues."),
    ("The Caribbean",
     "Trinidad and Tobago last carried out hangings in 1999, when ten men were executed in a single "
     "summer. Successive governments have promised to resume executions, and the country remains "
     "firmly retentionist; 46 men and one woman were on death row at the end of the year. Jamaica, "
     "which last hanged a prisoner in 1988, is still classed as retentionist as well: its courts "
     "continue to pass death sentences and no government has renounced them."),
    ("Barbados",
     "In June 2018 the Caribbean Court of Justice held that the mandatory death sentence for murder in "
     "Barbados was unconstitutional, and in 2021 we supported eleven resentencing hearings that "
     "followed. Barbados has not carried out an execution since 1984."),
    ("Looking ahead",
     "In 2022 we will begin work in a seventh country and publish our first report on the conditions "
     "of women under sentence of death."),
]


def main():
    pdf = new_pdf(header="Second Chance Justice Trust - Annual Review 2021",
                  footer="Registered charity no. 1173402")
    pdf.add_page()
    pdf.ln(40)
    for text in COVER:
        line(pdf, 16, 10, text, "B")
    pdf.ln(20)
    line(pdf, 10, 6, "Published in London, March 2022")
    pdf.add_page()
    line(pdf, 14, 10, "OUR YEAR IN NUMBERS", "B")
    for text in NUMBERS:
        block(pdf, 10, 5, text)
    pdf.ln(4)
    for heading, text in SECTIONS:
        line(pdf, 11, 8, heading, "B")
        block(pdf, 10, 5, text)
        pdf.ln(2)
    pdf.output(os.path.join(HERE, "corpus", "d07_charity-annual-review-2021.pdf"))


if __name__ == "__main__":
    main()
