#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders of
`tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------- d04: an NGO fact sheet with a coded two-column table

TITLE = "THE DEATH PENALTY IN EASTERN AND SOUTHERN AFRICA"
SUBTITLE = "Fact sheet No. 7  |  October 2024"

INTRO = [
    "The Eastern and Southern Africa Coalition against the Death Penalty (ESACDP) is a network of "
    "29 lawyers' associations, human rights organisations and faith groups working for abolition in "
    "the region. This fact sheet is published each year for the World Day against the Death "
    "Penalty, 10 October. It replaces Fact sheet No. 6 (October 2023), which should no longer be "
    "used.",
    "The table gives the status of each of the 25 states of the region as at 10 October 2024, "
    "using the four categories defined in the key below. The year in brackets is the year of "
    "abolition or, for retentionist and abolitionist-in-practice states, the year of the last "
    "known execution. Sources: national legislation, official replies to ESACDP, court records, "
    "media monitoring by member organisations.",
]

HIGHLIGHTS = [
    "KEY FACTS",
    "- 12 of the 25 states in the region have abolished the death penalty for all crimes.",
    "- 1 state abolished it in the past year (Lesotho).",
    "- Executions were recorded in 3 states in 2023: Somalia, South Sudan and Botswana.",
    "- At least 1,350 people were under sentence of death in the region at the end of 2023.",
]

TABLE = [
    ("Country", "Status (10 October 2024)"),
    ("Angola", "AA (1992)"),
    ("Botswana", "R (2023)"),
    ("Burundi", "AA (2009)"),
    ("Comoros", "n.c.\u00b3"),
    ("Djibouti", "AA (1995)"),
    ("Eritrea", "AP (1989)"),
    ("Eswatini", "AP (1983)"),
    ("Ethiopia", "R* (2007)"),
    ("Kenya", "AP (1987)"),
    ("Lesotho", "AA (2024)\u00b9"),
    ("Madagascar", "AA (2015)"),
    ("Malawi", "AP (1992)"),
    ("Mauritius", "AA (1995)"),
    ("Mozambique", "AA (1990)"),
    ("Namibia", "AA (1990)"),
    ("Rwanda", "AA (2007)"),
    ("Seychelles", "AA (1993)"),
    ("Somalia", "R (2023)"),
    ("South Africa", "AA (1997)"),
    ("South Sudan", "R (2023)"),
    ("Sudan", "R (2022)"),
    ("Tanzania", "AP (1994)"),
    ("Uganda", "AP (2005)"),
    ("Zambia", "AA (2022)"),
    ("Zimbabwe", "AP (2005)\u00b2"),
]

KEY = [
    "KEY",
    "R   Retentionist: retains the death penalty for ordinary crimes and has carried out executions "
    "in the past ten years.",
    "AP  Abolitionist in practice: retains the death penalty for ordinary crimes but has not carried "
    "out any execution in the past ten years and is believed to have a policy or established practice "
    "of not carrying out executions.",
    "AO  Abolitionist for ordinary crimes only: the death penalty is provided only for exceptional "
    "crimes, such as crimes under military law or crimes committed in exceptional circumstances. "
    "(No state in the region is currently in this category.)",
    "AA  Abolitionist for all crimes: no law provides for the death penalty for any crime.",
    "n.c. Not classified.",
]

NOTES = [
    "NOTES",
    "*  Ethiopia: no execution has been recorded since 2007, but courts continue to pass death "
    "sentences and the Government stated in 2023 that it \"reserves the right\" to carry them out. "
    "ESACDP therefore continues to list Ethiopia as retentionist.",
    "\u00b9  Lesotho: the Penal Code (Abolition of the Death Penalty) (Amendment) Act, 2024 (Act No. 4 of "
    "2024) received assent on 28 March 2024 and came into operation on 1 July 2024. Until that date "
    "Lesotho was listed as AP (last execution 1995).",
    "\u00b2  Zimbabwe: a Death Penalty Abolition Bill was gazetted in February 2024 and was before the "
    "Senate when this fact sheet went to print. If it is enacted, Zimbabwe will be reclassified in the "
    "next edition.",
    "\u00b3  Comoros: not classified. ESACDP has been unable to establish whether any execution has taken "
    "place since 2015, when our member organisation there ceased operating, or whether death sentences "
    "are still being imposed.",
    "Coverage: the five states of North Africa (Algeria, Egypt, Libya, Morocco, Tunisia) are covered "
    "by our partners' Middle East and North Africa fact sheet, and the states of West and Central "
    "Africa by the fact sheet of the West Africa network. They are not included in the table or in the "
    "totals above.",
]

BACK = [
    "WHAT YOU CAN DO",
    "Write to the Ministers of Justice of the retentionist states listed above and ask them to "
    "establish an official moratorium on executions with a view to abolition. Ask the states that are "
    "abolitionist in practice to turn practice into law, as Lesotho did this year. Support the "
    "ratification of the Second Optional Protocol to the ICCPR and of the Protocol to the African "
    "Charter on the abolition of the death penalty, adopted by the African Commission in 2014 but not "
    "yet adopted by the Assembly of the African Union.",
    "ESACDP Secretariat, P.O. Box 30218, Lilongwe, Malawi  |  info@esacdp.example  |  "
    "This fact sheet may be reproduced freely with acknowledgement.",
]


def d04():
    pdf = new_pdf(header="ESACDP Fact sheet No. 7 - October 2024",
                  footer="The death penalty in Eastern and Southern Africa", footer_from=1)
    pdf.add_page()
    line(pdf, 16, 9, TITLE, "B")
    line(pdf, 11, 7, SUBTITLE)
    pdf.ln(3)
    for p in INTRO:
        block(pdf, 10, 5, p)
        pdf.ln(2)
    line(pdf, 10, 6, HIGHLIGHTS[0], "B")
    for h in HIGHLIGHTS[1:]:
        block(pdf, 10, 5, h)
    pdf.ln(4)
    line(pdf, 11, 7, "Table. Status of the death penalty, by country", "B")
    widths = (60, 60)
    for i, row in enumerate(TABLE):
        pdf.set_font("Helvetica", "B" if i == 0 else "", 9)
        for w, cell in zip(widths, row):
            pdf.cell(w, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(4)
    line(pdf, 9, 5, KEY[0], "B")
    for k in KEY[1:]:
        block(pdf, 8, 4, k)
    pdf.ln(3)
    line(pdf, 9, 5, NOTES[0], "B")
    for n in NOTES[1:]:
        block(pdf, 8, 4, n)
        pdf.ln(1)
    pdf.ln(3)
    line(pdf, 10, 6, BACK[0], "B")
    for b in BACK[1:]:
        block(pdf, 9, 4.5, b)
        pdf.ln(2)
    pdf.output(os.path.join(HERE, "corpus", "d04_esacdp-fact-sheet-eastern-southern-africa-2024.pdf"))


if __name__ == "__main__":
    d04()
