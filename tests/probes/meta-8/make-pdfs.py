#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the
shared builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, lines, new_pdf  # noqa: E402

BODY = ("Prisoners under sentence of death are held in cells of less than six square metres, many without "
        "light or ventilation, and are allowed out for less than an hour a day. Visits by families are "
        "limited to ten minutes a month, and lawyers report being refused access to their clients.")


def commission_report(path):
    pdf = new_pdf(footer_from=1)
    pdf.add_page()
    lines(pdf, 12, "HUMAN RIGHTS COMMISSION OF NORTHLAND", "B", 8)
    pdf.ln(50)
    lines(pdf, 28, "PRISON CONDITIONS\nON DEATH ROW", "B", 13)
    pdf.ln(4)
    lines(pdf, 14, "Report of a national inquiry", height=8)
    pdf.add_page()
    pdf.ln(140)
    lines(pdf, 9, "Published by the Human Rights Commission of Northland, December 2020.\n"
          "This report may be reproduced in part with acknowledgement of its source.", height=4.5)
    pdf.add_page()
    lines(pdf, 14, "Introduction", "B", 10)
    body_pages(pdf, ["Cells", "Visits", "Access to lawyers"], BODY)
    pdf.output(path)


def submission(path):
    pdf = new_pdf(header="Submission to the Human Rights Committee | 120th session",
                  footer="Prison Rights Initiative", footer_from=1)
    pdf.add_page()
    lines(pdf, 18, "Westland: Submission to the Human Rights Committee", "B", 9)
    lines(pdf, 11, "For the review of Westland's fourth periodic report, 120th session, July 2017", height=6)
    lines(pdf, 10, "June 2017", height=6)
    pdf.ln(4)
    body_pages(pdf, ["Summary", "Article 6: right to life", "Article 7: torture and ill-treatment"], BODY)
    pdf.output(path)


if __name__ == "__main__":
    commission_report("corpus/commission-report.pdf")
    submission("corpus/submission.pdf")
