#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

BODY = ("Monitors recorded 87 attacks on journalists during the year, 19 of them by police officers at "
        "demonstrations. Two radio stations in the north lost their licences after broadcasting interviews with "
        "opposition leaders, and a court ordered a news website to remove reports on the finances of a minister.")


def press_freedom(path):
    """A media monitor's annual report: cover, copyright page, body under a running header
    that carries the report's name and year."""
    pdf = new_pdf(header="Press Freedom in Kestria 2022", header_align="L")
    pdf.add_page()
    pdf.ln(25)
    line(pdf, 12, 7, "KESTRIA MEDIA MONITOR", "B")
    pdf.ln(35)
    line(pdf, 28, 14, "PRESS FREEDOM IN KESTRIA", "B")
    line(pdf, 16, 10, "Annual Monitoring Report 2022")
    pdf.add_page()
    lines(pdf, 9, "Kestria Media Monitor\nP.O. Box 2291, Lindau\nwww.kmm.example\n\n"
          "First published March 2023\n(c) Kestria Media Monitor 2023\n\n"
          "This report covers the period from 1 January to 31 December 2022.", height=5)
    pdf.add_page()
    body_pages(pdf, ["Summary", "Attacks on journalists", "Licensing and censorship",
                     "Courts and defamation", "Recommendations"], BODY, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    press_freedom(os.path.join(here, "press-freedom-2022.pdf"))
