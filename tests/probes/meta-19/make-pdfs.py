#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

COI = ("Armed clashes between government forces and the Eastern Liberation Front continued in the provinces "
       "of Ostmark and Vell during the reference period. ACLED recorded 412 security incidents in the two "
       "provinces, most of them armed clashes and remote violence. Civilians were killed or injured in "
       "shelling of villages near the line of contact, and several thousand people were displaced.")

JUDG = ("The appellant was dismissed from the civil service after she published an article criticising the "
        "procurement practices of the Ministry of Health. She argued before the High Court that the dismissal "
        "violated her right to freedom of expression under Article 29 of the Constitution. The High Court "
        "dismissed the petition, and the Court of Appeal upheld that decision.")


def euaa_report(path):
    """An EU agency's country-of-origin information report: cover (agency, country and topic,
    report type, month), legal-notice page (manuscript completed, Publications Office, ISBN, ©),
    a reference-period sentence in the introduction, running footer with the report's name."""
    pdf = new_pdf(footer="NORLAND - SECURITY SITUATION: COUNTRY OF ORIGIN INFORMATION REPORT", footer_from=3)
    pdf.add_page()
    pdf.ln(20)
    line(pdf, 12, 8, "European Union Agency for Asylum", "B")
    pdf.ln(50)
    lines(pdf, 28, "Norland - Security Situation", "B", 14)
    lines(pdf, 16, "Country of Origin Information Report", "", 10)
    pdf.ln(10)
    line(pdf, 14, 8, "June 2023")
    pdf.add_page()
    pdf.ln(120)
    lines(pdf, 8, "Manuscript completed in May 2023\n\nNeither the European Union Agency for Asylum (EUAA) nor any "
          "person acting on behalf of the EUAA is responsible for the use that might be made of the information "
          "contained within this publication.\n\nLuxembourg: Publications Office of the European Union, 2023\n\n"
          "PDF   ISBN 978-92-9403-871-2   doi: 10.2847/553210   BZ-03-23-214-EN-N\n\n"
          "(c) European Union Agency for Asylum (EUAA), 2023\n\nCover photo: Veldhaven, (c) EUAA, 2022\n\n"
          "Reproduction is authorised provided the source is acknowledged.", height=4)
    pdf.add_page()
    line(pdf, 16, 10, "Contents", "B")
    for h in ["Acknowledgements", "Disclaimer", "Glossary and abbreviations", "Introduction",
              "1. General description of the security situation", "2. Security situation by province"]:
        line(pdf, 10, 6, h)
    pdf.add_page()
    line(pdf, 14, 8, "Introduction", "B")
    lines(pdf, 10, "This report was drafted by the EUAA Country of Origin Information (COI) Sector. It provides "
          "information relevant to international protection status determination. The reference period for this "
          "report is 1 January 2022 to 31 March 2023, although some later developments are mentioned.", height=5)
    pdf.ln(4)
    body_pages(pdf, ["1. General description of the security situation", "2. Security situation by province"], COI,
               repeat=2)
    pdf.output(path)


def supreme_court(path):
    """A supreme court's judgment as a PDF: court name over a header table of case number,
    parties, coram, dates of hearing and of judgment; running header with the short case name."""
    pdf = new_pdf(header="Kessel v Public Service Commission  -  SC Civil Appeal No. 45 of 2021", footer_from=1)
    pdf.add_page()
    line(pdf, 16, 9, "IN THE SUPREME COURT OF THE REPUBLIC OF NORLAND", "B")
    line(pdf, 11, 7, "AT VELDHAVEN")
    pdf.ln(4)
    rows = [("Case No.:", "SC Civil Appeal No. 45 of 2021"),
            ("Between:", "MARA KESSEL (Appellant)"),
            ("And:", "PUBLIC SERVICE COMMISSION (First Respondent)"),
            ("", "THE ATTORNEY GENERAL (Second Respondent)"),
            ("Coram:", "Holm CJ, Anand JSC, Okafor JSC, Reinholt JSC, Sand JSC"),
            ("Date of hearing:", "14 June 2022"),
            ("Date of judgment:", "3 November 2022")]
    for k, v in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(45, 7, k, border=1)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 7, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    line(pdf, 13, 8, "JUDGMENT", "B")
    line(pdf, 10, 6, "Anand JSC (with whom Holm CJ, Okafor JSC, Reinholt JSC and Sand JSC agree):")
    pdf.ln(2)
    body_pages(pdf, ["Background", "The right to freedom of expression", "Disposition"], JUDG, repeat=2)
    lines(pdf, 10, "The appeal is allowed. The dismissal of the appellant is set aside and she is to be reinstated "
          "with effect from the date of her dismissal.", height=5)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    euaa_report(os.path.join(here, "euaa-coi-report.pdf"))
    supreme_court(os.path.join(here, "supreme-court-table.pdf"))
