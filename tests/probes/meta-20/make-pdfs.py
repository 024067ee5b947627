#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

BRIEF = ("Since the coup of September 2021 the junta has extended the state of emergency four times. Security "
         "forces have detained more than 900 people under the emergency decree, among them journalists, trade "
         "unionists and members of the dissolved parliament. Donors face a choice between suspending budget "
         "support and conditioning it on a credible timetable for elections.")


def think_tank_brief(path):
    """A think tank's policy brief: series line and number over the title, subtitle, authors,
    month; a 'Key points' box; running footer with the institute's name and page number."""
    pdf = new_pdf(footer="Meridian Institute for Policy Research | Policy Brief No. 47", footer_from=2)
    pdf.add_page()
    line(pdf, 10, 6, "MERIDIAN INSTITUTE FOR POLICY RESEARCH", "B")
    pdf.ln(6)
    line(pdf, 10, 6, "POLICY BRIEF No. 47 | OCTOBER 2022")
    pdf.ln(10)
    lines(pdf, 22, "Emergency Without End: Rights and Aid in Post-Coup Kestria", "B", 10)
    pdf.ln(4)
    lines(pdf, 12, "Why donors should tie budget support to the lifting of the state of emergency", "I", 7)
    pdf.ln(6)
    line(pdf, 10, 6, "Hanna Lindqvist and Omar Sesay")
    pdf.ln(8)
    line(pdf, 12, 7, "Key points", "B")
    lines(pdf, 10, "- The state of emergency declared on 14 September 2021 has been renewed four times.\n"
          "- At least 900 people have been detained without charge.\n"
          "- Donors disbursed EUR 310 million in budget support in 2021 and 2022.", height=5)
    pdf.ln(4)
    body_pages(pdf, ["Introduction", "The emergency decree", "Recommendations"], BRIEF, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    think_tank_brief(os.path.join(here, "think-tank-brief.pdf"))
