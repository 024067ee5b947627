#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2: `python3 make-pdfs.py`."""
from fpdf import FPDF

BODY = ("Prisoners under sentence of death are held in cells of less than six square metres, many without "
        "light or ventilation, and are allowed out for less than an hour a day. Visits by families are "
        "limited to ten minutes a month, and lawyers report being refused access to their clients.")


class Paged(FPDF):
    running_header = ""
    running_footer = ""

    def header(self):
        if self.page_no() > 1 and self.running_header:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        if self.running_footer:
            self.cell(0, 10, self.running_footer, align="L")
        self.set_x(-30)
        self.cell(0, 10, str(self.page_no()), align="R")


def block(pdf, size, height, text, style=""):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def body(pdf, headings):
    for i in range(2):
        for h in headings:
            block(pdf, 11, 8, h if i == 0 else f"{h} (continued)", "B")
            block(pdf, 10, 5, BODY + " " + BODY)
            pdf.ln(2)


def commission_report(path):
    pdf = Paged()
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    block(pdf, 12, 8, "HUMAN RIGHTS COMMISSION OF NORTHLAND", "B")
    pdf.ln(50)
    block(pdf, 28, 13, "PRISON CONDITIONS\nON DEATH ROW", "B")
    pdf.ln(4)
    block(pdf, 14, 8, "Report of a national inquiry")
    pdf.add_page()
    pdf.ln(140)
    block(pdf, 9, 4.5, "Published by the Human Rights Commission of Northland, December 2020.\n"
          "This report may be reproduced in part with acknowledgement of its source.")
    pdf.add_page()
    block(pdf, 14, 10, "Introduction", "B")
    body(pdf, ["Cells", "Visits", "Access to lawyers"])
    pdf.output(path)


def submission(path):
    pdf = Paged()
    pdf.running_header = "Submission to the Human Rights Committee | 120th session"
    pdf.running_footer = "Prison Rights Initiative"
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    block(pdf, 18, 9, "Westland: Submission to the Human Rights Committee", "B")
    block(pdf, 11, 6, "For the review of Westland's fourth periodic report, 120th session, July 2017")
    block(pdf, 10, 6, "June 2017")
    pdf.ln(4)
    body(pdf, ["Summary", "Article 6: right to life", "Article 7: torture and ill-treatment"])
    pdf.output(path)


if __name__ == "__main__":
    commission_report("corpus/commission-report.pdf")
    submission("corpus/submission.pdf")
