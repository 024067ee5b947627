#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders of
`tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------- d02: an Amnesty annual-report regional overview with a category annex

FRONT = [
    "AMNESTY INTERNATIONAL REPORT 2014/15",
    "THE STATE OF THE WORLD'S HUMAN RIGHTS",
    "First published in 2015 by Amnesty International Ltd, Peter Benenson House, 1 Easton Street, "
    "London WC1X 0DW, United Kingdom. Index: POL 10/0001/2015.",
    "This report covers the period January to December 2014, except where otherwise stated.",
]

OVERVIEW_HEAD = "ASIA-PACIFIC REGIONAL OVERVIEW (extract)"

OVERVIEW = [
    "The death penalty remained one of the clearest dividing lines in the region. Most of the "
    "Pacific states have long been free of it, while several of the most populous countries of Asia "
    "continued to hand down death sentences by the hundred. China again executed more people than "
    "the rest of the world put together, although the authorities continued to treat the figures as "
    "a state secret.",
    "In Pakistan, the government lifted the moratorium on executions that had been in place since "
    "2008, two days after the attack on the Army Public School in Peshawar in December, and seven "
    "men were hanged before the end of the year. The only execution carried out in Pakistan during "
    "the moratorium had been that of a soldier, hanged in November 2012 after conviction by a "
    "military court.",
    "No executions were carried out in Indonesia during the year, but the new government said that "
    "it would not grant clemency to anyone convicted of drug trafficking, and prosecutors began "
    "preparing for executions early in 2015. The last executions in Indonesia took place in 2013.",
    "In Papua New Guinea, the government had announced in 2013 that it would resume executions and "
    "widened the range of capital crimes. No execution was carried out in 2014, and no method of "
    "execution had been approved by the end of the year. In Mongolia, the moratorium on executions "
    "introduced by the President in 2010 remained in place; a draft Criminal Code that would abolish "
    "the death penalty was still before the State Great Hural at the end of the year.",
    "Migrant workers from Sri Lanka, Indonesia and the Philippines continued to face the death "
    "penalty abroad. Governments in the region lobbied for their nationals on death row in Saudi "
    "Arabia and Malaysia, with mixed results.",
]

ANNEX_HEAD = "DEATH PENALTY IN ASIA AND THE PACIFIC: COUNTRIES BY CATEGORY AT 31 DECEMBER 2014"

ANNEX = [
    ("ABOLITIONIST FOR ALL CRIMES",
     "Australia, Bhutan, Cambodia, Cook Islands, Kiribati, Marshall Islands, Micronesia, Nepal, "
     "New Zealand, Niue, Palau, Philippines, Samoa, Solomon Islands, Timor-Leste, Tuvalu, Vanuatu"),
    ("ABOLITIONIST FOR ORDINARY CRIMES ONLY",
     "Fiji (a)"),
    ("ABOLITIONIST IN PRACTICE",
     "Brunei Darussalam, Laos, Maldives, Mongolia (b), Myanmar, Nauru, Papua New Guinea (c), "
     "Republic of Korea (South Korea), Sri Lanka, Tonga"),
    ("RETENTIONIST",
     "Afghanistan, Bangladesh, China, Democratic People's Republic of Korea (North Korea), India, "
     "Indonesia, Japan, Malaysia, Pakistan (d), Singapore, Taiwan, Thailand, Viet Nam"),
]

NOTES = [
    "(a) Fiji: the death penalty was removed from the Penal Code in 2002 but remains in the Republic "
    "of Fiji Military Forces Act for offences committed in wartime. In February 2015 the government "
    "announced that it would repeal those provisions; at the time of writing the change had not "
    "taken effect.",
    "(b) Mongolia: moratorium on executions since 2010; draft Criminal Code pending (see above).",
    "(c) Papua New Guinea: last execution 1954. The 2013 announcement has not been acted upon.",
    "(d) Pakistan: executions resumed in December 2014 (see above).",
    "Categories are those used throughout this report. Abolitionist in practice: countries that retain "
    "the death penalty for ordinary crimes such as murder but can be considered abolitionist in "
    "practice in that they have not executed anyone during the past 10 years and are believed to have "
    "a policy or established practice of not carrying out executions.",
    "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan are covered in the Europe and "
    "Central Asia regional overview and are not listed here. Figures for individual countries are "
    "given in the country entries.",
]

FOOTER = "Amnesty International Report 2014/15"


def d02():
    pdf = new_pdf(header="Asia-Pacific", footer=FOOTER, footer_from=1)
    pdf.add_page()
    line(pdf, 15, 8, FRONT[0], "B")
    line(pdf, 11, 7, FRONT[1], "B")
    pdf.ln(2)
    for p in FRONT[2:]:
        block(pdf, 9, 4.5, p)
        pdf.ln(1)
    pdf.ln(4)
    line(pdf, 12, 7, OVERVIEW_HEAD, "B")
    for p in OVERVIEW:
        block(pdf, 10, 5, p)
        pdf.ln(2)
    pdf.add_page()
    line(pdf, 11, 7, ANNEX_HEAD, "B")
    pdf.ln(2)
    for head, names in ANNEX:
        line(pdf, 10, 6, head, "B")
        block(pdf, 10, 5, names)
        pdf.ln(2)
    pdf.ln(2)
    line(pdf, 9, 5, "NOTES", "B")
    for n in NOTES:
        block(pdf, 8, 4, n)
        pdf.ln(1)
    pdf.output(os.path.join(HERE, "corpus", "d02_amnesty-report-2014-15-asia-pacific-overview-annex.pdf"))


if __name__ == "__main__":
    d02()
