#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

CO = ("The Committee welcomes the adoption in 2019 of the Act on Equality between Women and Men and the "
      "establishment of the Office of the Gender Equality Commissioner in 2020. It is concerned, however, that "
      "the Act does not define indirect discrimination and that women in rural areas of the State party have "
      "limited access to courts.")

JU = ("The appellant was convicted of unlawful assembly by the Magistrates' Court at Osk on 4 April 2022 and "
      "fined. She appealed on the ground that the notice requirement in section 6 of the Public Gatherings Act "
      "is an unjustified restriction of the right of peaceful assembly guaranteed by article 31 of the "
      "Constitution.")

NG = ("Between 2018 and 2021 our researchers documented 146 forced evictions in informal settlements around "
      "Brael. In most cases residents received less than 48 hours' notice and no offer of alternative housing. "
      "Demolitions were often carried out by private contractors with police support.")

WP = ("This paper estimates the effect of the 2017 bail reform in Corvelle on the length of pre-trial detention. "
      "Using 22,000 case files from four district courts, we find that median time on remand fell from 94 to "
      "61 days, but that the reduction was concentrated among defendants with private lawyers.")


def concluding_observations(path):
    """A UN treaty body's concluding observations: the UN logo line and the symbol block at the
    top right (symbol, 'Distr.: General', the day, the original language), the committee's
    name, the title, the adoption note in a footnote-like line, numbered paragraphs."""
    pdf = new_pdf(header="CEDAW/C/CRV/CO/8", footer="", footer_from=2)
    pdf.add_page()
    line(pdf, 11, 6, "United Nations", "B")
    line(pdf, 14, 8, "CEDAW/C/CRV/CO/8", "B", x=130)
    pdf.ln(2)
    line(pdf, 11, 6, "Convention on the Elimination of All Forms of Discrimination against Women", "B")
    line(pdf, 10, 5, "Distr.: General", x=130)
    line(pdf, 10, 5, "24 November 2021", x=130)
    pdf.ln(3)
    line(pdf, 10, 5, "Original: English", x=130)
    pdf.ln(8)
    line(pdf, 12, 7, "Committee on the Elimination of Discrimination against Women", "B")
    pdf.ln(4)
    lines(pdf, 16, "Concluding observations on the eighth periodic report of Corvelle*", "B", 8)
    pdf.ln(6)
    lines(pdf, 10, "1. The Committee considered the eighth periodic report of Corvelle (CEDAW/C/CRV/8) at its "
          "1843rd and 1844th meetings, held on 3 and 4 November 2021. " + CO, height=5)
    pdf.set_y(-40)
    lines(pdf, 8, "* Adopted by the Committee at its eightieth session (18 October-12 November 2021).", height=4)
    pdf.add_page()
    body_pages(pdf, ["A. Introduction", "B. Positive aspects", "C. Principal areas of concern and recommendations"], CO)
    pdf.output(path)


def judgment(path):
    """A High Court appeal judgment: the neutral citation at the top right, the court and
    division, the case number, the parties block with 'v', the judge, the hearing and
    judgment days, 'JUDGMENT' and numbered paragraphs."""
    pdf = new_pdf(header="Kovac v Director of Public Prosecutions [2023] CRHC 118", footer="", footer_from=2)
    pdf.add_page()
    line(pdf, 11, 6, "Neutral Citation: [2023] CRHC 118", "B", x=110)
    pdf.ln(6)
    line(pdf, 12, 7, "IN THE HIGH COURT OF CORVELLE", "B")
    line(pdf, 11, 6, "CRIMINAL DIVISION (APPELLATE JURISDICTION)")
    line(pdf, 11, 6, "Criminal Appeal No. 57 of 2022")
    pdf.ln(6)
    line(pdf, 11, 6, "BETWEEN")
    line(pdf, 12, 7, "MARTA KOVAC", "B", x=80)
    line(pdf, 11, 6, "Appellant", x=150)
    line(pdf, 11, 6, "and", x=95)
    line(pdf, 12, 7, "DIRECTOR OF PUBLIC PROSECUTIONS", "B", x=60)
    line(pdf, 11, 6, "Respondent", x=150)
    pdf.ln(6)
    line(pdf, 11, 6, "Before: The Honourable Justice Elin Brask")
    line(pdf, 11, 6, "Date of hearing: 16 May 2023")
    line(pdf, 11, 6, "Date of judgment: 21 July 2023")
    pdf.ln(6)
    line(pdf, 13, 7, "JUDGMENT", "B")
    lines(pdf, 10, "1. " + JU + "\n2. " + JU, height=5)
    pdf.add_page()
    body_pages(pdf, ["The facts", "The law", "Disposal"], JU)
    pdf.output(path)


def ngo_cover(path):
    """An NGO report's cover: the organisation's name at the top, a long title set justified
    over two lines in a large size, the subtitle, the month at the foot of the cover; an
    imprint page with the copyright line and an index number."""
    pdf = new_pdf(footer="Shelter Rights Watch", footer_from=2)
    pdf.add_page()
    line(pdf, 13, 8, "SHELTER RIGHTS WATCH", "B")
    pdf.ln(35)
    lines(pdf, 24, "Bulldozers Before Dawn: Forced Evictions in the Informal Settlements of Brael", "B", 12)
    pdf.ln(4)
    lines(pdf, 14, "Documenting demolitions and the failure of resettlement, 2018-2021", "", 8)
    pdf.ln(70)
    line(pdf, 12, 7, "March 2022")
    pdf.add_page()
    lines(pdf, 9, "(c) 2022 Shelter Rights Watch. All rights reserved.\nIndex: SRW/2022/04\n"
          "Cover photograph: a demolished house in Brael, 9 August 2020.", height=5)
    pdf.add_page()
    body_pages(pdf, ["Summary", "Methodology", "Evictions in Brael"], NG)
    pdf.output(path)


def working_paper(path):
    """A university research centre's working paper: the series line ('Working Paper No.
    2021/07') and the centre above the title, the authors with affiliations, the month and
    year, an abstract, the JEL-like keywords; the centre and university in the footer."""
    pdf = new_pdf(footer="Centre for Criminal Justice Research, University of Osk", footer_from=1)
    pdf.add_page()
    line(pdf, 10, 6, "CCJR Working Paper Series", "I")
    line(pdf, 10, 6, "Working Paper No. 2021/07")
    pdf.ln(12)
    lines(pdf, 18, "Does Bail Reform Shorten Pre-Trial Detention? Evidence from Corvelle", "B", 9)
    pdf.ln(6)
    line(pdf, 11, 6, "Tomas Veld and Ines Carro")
    line(pdf, 10, 5, "Centre for Criminal Justice Research, University of Osk")
    pdf.ln(4)
    line(pdf, 11, 6, "July 2021")
    pdf.ln(8)
    line(pdf, 11, 6, "Abstract", "B")
    lines(pdf, 10, WP, height=5)
    line(pdf, 10, 5, "Keywords: bail, pre-trial detention, legal aid, Corvelle")
    pdf.add_page()
    body_pages(pdf, ["1. Introduction", "2. The 2017 reform", "3. Data and method"], WP)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    concluding_observations(os.path.join(here, "un-concluding-observations.pdf"))
    judgment(os.path.join(here, "judgment-neutral.pdf"))
    ngo_cover(os.path.join(here, "ngo-report-cover.pdf"))
    working_paper(os.path.join(here, "working-paper.pdf"))
