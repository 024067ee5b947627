#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf as plain_pdf  # noqa: E402

BODY = ("The office received more complaints about prisons than in any year before, most of them about "
        "overcrowding, food and the lack of medical care. Prisoners under sentence of death complained that "
        "they were not allowed to see their families.")


def ombudsman_annual(path):
    """An ombudsman's annual report for a year from April: the period under the kind."""
    pdf = plain_pdf(footer="Norland Prisons Ombudsman")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.ln(30)
    line(pdf, 13, 8, "NORLAND PRISONS OMBUDSMAN", "B")
    pdf.ln(40)
    line(pdf, 24, 13, "ANNUAL REPORT", "B")
    line(pdf, 13, 8, "April 2018 \u2013 March 2019")
    pdf.add_page()
    pdf.ln(140)
    lines(pdf, 9, "\u00a9 Norland Prisons Ombudsman 2019\nPublished in July 2019", height=5)
    pdf.add_page()
    body_pages(pdf, ["Foreword", "Complaints", "Visits to prisons"], BODY, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    ombudsman_annual(os.path.join(here, "ombudsman-annual.pdf"))
