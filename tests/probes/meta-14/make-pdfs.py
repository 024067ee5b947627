#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf as plain_pdf  # noqa: E402

BODY = ("The Commission received 1,214 complaints during the year, 38 per cent of them against the police. "
        "It conducted 46 unannounced visits to places of detention and held public hearings on evictions in "
        "three provinces. Its recommendations to the Ministry of Justice on pretrial detention remain unanswered.")


def annual_report(path):
    """A national human-rights commission's annual report: cover, inside cover, transmittal letter."""
    pdf = plain_pdf(footer="NHRC Annual Report 2019")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.ln(20)
    line(pdf, 14, 8, "NORLAND HUMAN RIGHTS COMMISSION", "B")
    pdf.ln(40)
    line(pdf, 30, 16, "Annual Report 2019", "B")
    pdf.ln(70)
    line(pdf, 10, 6, "Promoting and protecting human rights for all")
    pdf.add_page()
    lines(pdf, 9, "Norland Human Rights Commission\n14 Independence Avenue, Veldhaven\nwww.nhrc.nl.example\n\n"
          "Published in October 2019\nISSN 2210-4471", height=5)
    pdf.ln(10)
    lines(pdf, 11, "Letter of transmittal", "B", 8)
    lines(pdf, 10, "Honourable Speaker,\n\nIn accordance with section 31 of the Human Rights Commission Act, I have "
          "the honour to submit the Annual Report of the Commission covering the period 1 July 2018 to 30 June 2019."
          "\n\nAmina Juma\nChairperson", height=5)
    pdf.add_page()
    body_pages(pdf, ["Foreword", "Complaints and investigations", "Monitoring places of detention",
                     "Recommendations"], BODY, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    annual_report(os.path.join(here, "nhri-annual-2019.pdf"))
