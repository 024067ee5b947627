#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

RULES = ("1. These Rules may be cited as the Prisons (Amendment) Rules, 2022, and shall come into operation on "
         "1 January 2023.\n2. Rule 61 of the Prisons Rules is amended by inserting, after paragraph (3), the "
         "following paragraph: \"(4) No prisoner under the age of eighteen years shall be confined in a cell "
         "alone for more than twenty-two hours in any period of twenty-four hours, and any such confinement "
         "shall be recorded and reported to the Inspector of Prisons within seven days.\"\n3. Rule 74 of the "
         "Prisons Rules is revoked.")

UW = ("In 2022 the Centre documented 96 cases in which human rights defenders in Vardenia were followed, "
      "photographed, or had their telephones or e-mail accounts accessed by the authorities. In 31 of them the "
      "defender learnt of the surveillance from material used against them in court. The Law on Operational "
      "Search Activities, as amended on 3 March 2021, allows the security service to monitor communications "
      "for up to six months without a court order.")

NL = ("The number of people held on remand in the Kestrel Islands rose from 412 in March 2016 to 839 in March "
      "2021, according to figures the Prison Service gave the Network. Remand prisoners now make up more than "
      "half of all prisoners. Most are held at Marlow Point, where cells built for two hold four.")


def gazette(path):
    """A government gazette issue: the masthead in large capitals, 'Published by Authority', the
    volume, place and day and number on one line between rules, the contents, then a government
    notice with its act, title, rules and the minister's signature; the printer's imprint last."""
    pdf = new_pdf(header="KESTREL ISLANDS GOVERNMENT GAZETTE, 14 OCTOBER 2022", footer="", footer_from=2)
    pdf.add_page()
    pdf.set_font("Times", "B", 30)
    pdf.cell(0, 14, "GOVERNMENT GAZETTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, "OF THE REPUBLIC OF THE KESTREL ISLANDS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 10)
    pdf.cell(0, 6, "Published by Authority", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.line(10, y, 200, y)
    pdf.set_font("Times", "B", 10)
    pdf.cell(50, 7, "Vol. 58", align="L")
    pdf.cell(90, 7, "NORTHPORT, FRIDAY, 14 OCTOBER 2022", align="C")
    pdf.cell(0, 7, "No. 2217", align="R", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    pdf.line(10, y, 200, y)
    pdf.ln(4)
    line(pdf, 11, 7, "CONTENTS", "B")
    pdf.set_font("Helvetica", "", 9)
    for item, page in (("Government Notice No. 1043 - Prisons (Amendment) Rules, 2022", "1"),
                       ("Government Notice No. 1044 - Appointment of Visiting Justices", "3"),
                       ("Government Notice No. 1045 - Land Acquisition: Northport Harbour", "3")):
        pdf.cell(170, 5, item)
        pdf.cell(0, 5, page, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Times", "B", 11)
    for t in ("GOVERNMENT NOTICE No. 1043", "MINISTRY OF JUSTICE", "PRISONS ACT (CAP. 90)",
              "PRISONS (AMENDMENT) RULES, 2022"):
        pdf.cell(0, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    lines(pdf, 10, "IN EXERCISE of the powers conferred by section 88 of the Prisons Act, the Minister of Justice "
          "makes the following Rules:", height=5)
    pdf.ln(2)
    lines(pdf, 10, RULES, height=5)
    pdf.ln(4)
    lines(pdf, 10, "Made this 7th day of October, 2022.", height=5)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "CLEMENT ASHWORTH\nMinister of Justice", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Times", "B", 11)
    for t in ("GOVERNMENT NOTICE No. 1044", "PRISONS ACT (CAP. 90)", "APPOINTMENT OF VISITING JUSTICES"):
        pdf.cell(0, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    lines(pdf, 10, "The Minister of Justice has appointed the persons named below to be Visiting Justices of "
          "Marlow Point prison for a period of three years from 1 November 2022: Ruth Albers, Daniel Okoro and "
          "Mei Lindqvist.", height=5)
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, "Printed and published by the Government Printer, Northport, Kestrel Islands.", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def report_cover(path):
    """An NGO's annual monitoring report: a cover with the organisation's name small at the top,
    the short title large, the subtitle, the period covered; an imprint page (copyright, 'First
    published in MONTH YEAR by', ISBN, the funder's disclaimer); the body with a running head."""
    pdf = new_pdf(header="Under Watch | Annual monitoring report 2022", footer="Centre for Civic Freedoms Vardenia",
                  footer_from=3, header_align="L")
    pdf.add_page()
    line(pdf, 10, 6, "CENTRE FOR CIVIC FREEDOMS VARDENIA", "B")
    pdf.ln(60)
    line(pdf, 40, 18, "Under Watch", "B")
    pdf.ln(2)
    block(pdf, 18, 9, "Surveillance of human rights defenders in Vardenia")
    pdf.ln(10)
    line(pdf, 12, 7, "Annual monitoring report covering the period 1 January - 31 December 2022")
    pdf.add_page()
    pdf.ln(150)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(0, 4, "Under Watch: Surveillance of human rights defenders in Vardenia. Annual monitoring "
                   "report 2022.\n\n(c) Centre for Civic Freedoms Vardenia, 2023\n\nFirst published in May 2023 by "
                   "the Centre for Civic Freedoms Vardenia, 5 Mill Lane, Tarrow 2210, Vardenia.\n\nISBN "
                   "978-0-000000-41-2\n\nCover photograph: a camera above the entrance to the Tarrow courthouse, "
                   "2022.\n\nThis report was produced with the financial support of the Nordic Justice Fund. Its "
                   "contents are the sole responsibility of the Centre and do not necessarily reflect the views "
                   "of the Fund.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body_pages(pdf, ["Summary", "1. The law", "2. The cases", "3. Recommendations"], UW)
    pdf.output(path)


def newsletter(path):
    """A newsletter issue: the name in a band across the top, the network's line under it, 'No. 41,
    Spring 2021' at the right of the same band; the lead story and 'In this issue' in two columns."""
    pdf = new_pdf(header="The Custody Bulletin - No. 41, Spring 2021", footer="", footer_from=2)
    pdf.add_page()
    pdf.set_fill_color(20, 40, 90)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 28)
    y = pdf.get_y()
    pdf.cell(130, 16, "The Custody Bulletin", fill=True)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 16, "No. 41, Spring 2021", align="R", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 18)
    line(pdf, 10, 6, "Newsletter of the Kestrel Prisoners' Rights Network", "I")
    pdf.ln(6)
    with pdf.text_columns(ncols=2, gutter=8, balance=True) as cols:
        pdf.set_font("Helvetica", "B", 16)
        cols.write("Remand population doubles in five years\n\n")
        pdf.set_font("Helvetica", "", 10)
        cols.write(NL + "\n\n" + NL + "\n\n")
        pdf.set_font("Helvetica", "B", 12)
        cols.write("In this issue\n")
        pdf.set_font("Helvetica", "", 10)
        cols.write("Remand population doubles - 1\nLetters from Marlow Point - 2\nOur AGM on 12 June 2021 - 3\n"
                   "Know your rights: parole hearings - 4\n")
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    gazette(os.path.join(here, "gazette-issue-notice.pdf"))
    report_cover(os.path.join(here, "ngo-report-cover-imprint.pdf"))
    newsletter(os.path.join(here, "newsletter-two-column.pdf"))
