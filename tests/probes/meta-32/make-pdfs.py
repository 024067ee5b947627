#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

AB = ("The Centre is a non-profit organisation that has defended journalists in Ostrana since 2004. It "
      "submits this brief because the case raises the question whether the Law on Foreign Agents, as applied "
      "to the applicants' news website since 14 February 2023, is compatible with Article 31 of the "
      "Constitution and with Article 19 of the International Covenant on Civil and Political Rights.")

PR = ("The Committee's count lists every person convicted under articles 212 and 214 of the Code of "
      "Administrative Offences and article 342 of the Criminal Code for taking part in or calling for a "
      "peaceful protest. Fines were imposed in 164 cases, administrative detention of up to 15 days in 41 and "
      "prison terms in seven.")

OD = ("Mr A was admitted to the acute ward of Northvale Psychiatric Hospital on 2 March 2021. He was placed in "
      "seclusion on 3 March and remained there, with short breaks, until 19 March 2021. The hospital's records "
      "did not show that a psychiatrist reviewed the seclusion every four hours, as the hospital's own policy "
      "requires.")


def amicus(path):
    """An amicus curiae brief's cover: docket number at the top right, the court in capitals,
    the parties with their roles in italics, the brief's name in bold capitals, counsel's block
    at the foot and the filing day; the interest of the amicus and argument after."""
    pdf = new_pdf(footer="", footer_from=2)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Case No. U-2023-117", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, "IN THE CONSTITUTIONAL COURT\nOF THE REPUBLIC OF OSTRANA", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "JANA VORLICEK and others,", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, "Applicants,", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "v.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "MINISTER OF THE INTERIOR,", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, "Respondent.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "BRIEF OF AMICUS CURIAE\nOSTRANA CENTRE FOR MEDIA FREEDOM\nIN SUPPORT OF THE APPLICANTS",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Katarina Brodsky\nCounsel for the Amicus Curiae\nOstrana Centre for Media Freedom\n"
                   "7 Printers' Row, Vesk\nk.brodsky@ocmf.example", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 6, "Filed: 9 January 2024", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body_pages(pdf, ["I. INTEREST OF THE AMICUS CURIAE", "II. SUMMARY OF ARGUMENT", "III. ARGUMENT"], AB)
    pdf.output(path)


def press_release(path):
    """An NGO's press release as a PDF: the organisation's name in capitals with the address
    under it at the top left, 'PRESS RELEASE' at the right, the embargo line, the headline in
    bold, the dateline paragraph, '-ENDS-' and notes to editors with the period of the count."""
    pdf = new_pdf(footer="", footer_from=2)
    pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(110, 7, "KELDOR MONITORING COMMITTEE", align="L")
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 7, "PRESS RELEASE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + 8)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(100, 4, "22 Tannery Lane, Dresvik 4410\nwww.kmc-monitor.example | info@kmc-monitor.example",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "EMBARGOED UNTIL 00:01 (DRESVIK TIME), 5 DECEMBER 2022", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Keldor: 212 people convicted for peaceful protest in 2022, new count shows",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    lines(pdf, 10, "Dresvik, 5 December 2022 - At least 212 people were convicted in Keldor this year for "
          "taking part in peaceful protests, according to a count published today by the Keldor Monitoring "
          "Committee, more than in any year since the Committee began its work in 2011.", height=5)
    pdf.ln(2)
    lines(pdf, 10, PR, height=5)
    pdf.ln(2)
    lines(pdf, 10, "\"People are being punished for standing in a square with a blank sheet of paper,\" said "
          "Lena Orban, chair of the Committee.", height=5)
    pdf.ln(4)
    line(pdf, 10, 6, "-ENDS-", "B")
    pdf.ln(2)
    line(pdf, 10, 6, "Notes to editors", "B")
    lines(pdf, 9, "1. The count covers the period from 1 January to 30 November 2022 and is based on court "
          "records and reports from lawyers.\n2. For interviews contact Ari Sund, +000 555 0192.", height=5)
    pdf.output(path)


def ombudsman_decision(path):
    """An ombudsman's final decision: the office's name at the top, 'Final decision', a bold
    subject line, a two-column table (case reference, complaint about, date of decision), then
    the summary and findings over more pages."""
    pdf = new_pdf(header="Final decision HDO-21-00873", footer="Sunmark Health and Disability Ombudsman",
                  footer_from=1)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Sunmark Health and Disability Ombudsman", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 22)
    pdf.cell(0, 11, "Final decision", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Use of seclusion at Northvale Psychiatric Hospital", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    for k, v in (("Case reference", "HDO-21-00873"), ("Complaint about", "Northvale Psychiatric Hospital"),
                 ("Complainant", "Mr A"), ("Date of decision", "30 September 2022")):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(50, 7, k, border=1)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 7, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    body_pages(pdf, ["Summary", "The complaint", "What we found", "Decision"], OD)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    amicus(os.path.join(here, "amicus-brief.pdf"))
    press_release(os.path.join(here, "ngo-press-release.pdf"))
    ombudsman_decision(os.path.join(here, "ombudsman-decision.pdf"))
