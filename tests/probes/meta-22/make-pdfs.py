#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

FLOODS = ("Heavy rain since 5 September has caused the Sarne river to burst its banks in four districts. "
          "Authorities report 37 deaths and more than 52,000 people displaced. Humanitarian partners have "
          "reached 18,000 people with food and clean water, but access to the lower valley remains cut.")

COMMITTEE = ("The Bill would allow the Home Secretary to remove people who arrive irregularly to a third country "
             "without first considering their claims. We are concerned that this is incompatible with Article 3 "
             "of the Convention and with the Refugee Convention. We heard evidence from 14 witnesses between "
             "January and March 2024.")


def flash_update(path):
    """A humanitarian flash update: country and emergency in capitals, the number, an
    'As of' day and a reporting period, the office named in the header band."""
    pdf = new_pdf(footer="United Nations Office for the Coordination of Humanitarian Affairs | www.unocha.example",
                  footer_from=1)
    pdf.add_page()
    line(pdf, 9, 5, "United Nations Office for the Coordination of Humanitarian Affairs")
    pdf.ln(4)
    line(pdf, 20, 10, "TARSEN: Sarne River Floods", "B")
    line(pdf, 12, 7, "Flash Update No. 3", "B")
    line(pdf, 10, 6, "As of 12 September 2024")
    line(pdf, 9, 5, "This update covers the period from 5 to 11 September 2024.")
    pdf.ln(6)
    line(pdf, 12, 7, "HIGHLIGHTS", "B")
    lines(pdf, 10, "- 37 deaths confirmed, 52,000 people displaced\n- Lower Sarne valley cut off since 9 September\n"
          "- USD 14 million flash appeal launched on 10 September", height=5)
    pdf.ln(4)
    body_pages(pdf, ["Situation overview", "Humanitarian response", "Funding"], FLOODS, repeat=2)
    pdf.output(path)


def committee_report(path):
    """A parliamentary committee's report: both Houses over the committee's name, the
    subject, the report's number in the session, 'Ordered by the House ... to be printed'
    and 'Published on ... by authority of the House'."""
    pdf = new_pdf(footer="Legislative Scrutiny: Border Security and Removals Bill", footer_from=2)
    pdf.add_page()
    line(pdf, 12, 7, "House of Commons", "B")
    line(pdf, 12, 7, "House of Lords", "B")
    line(pdf, 12, 7, "Joint Committee on Human Rights", "B")
    pdf.ln(20)
    lines(pdf, 22, "Legislative Scrutiny: Border Security and Removals Bill", "B", 10)
    pdf.ln(6)
    line(pdf, 12, 7, "Fifth Report of Session 2023-24")
    pdf.ln(6)
    lines(pdf, 10, "Report, together with formal minutes relating to the report", height=5)
    pdf.ln(6)
    lines(pdf, 10, "Ordered by the House of Commons to be printed 17 April 2024\n"
          "Ordered by the House of Lords to be printed 17 April 2024", height=5)
    pdf.ln(30)
    line(pdf, 10, 6, "HC 512")
    line(pdf, 10, 6, "HL Paper 88")
    line(pdf, 9, 5, "Published on 24 April 2024 by authority of the House of Commons and House of Lords")
    pdf.add_page()
    body_pages(pdf, ["Summary", "Introduction", "Removal to third countries", "Conclusions"], COMMITTEE, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    flash_update(os.path.join(here, "flash-update.pdf"))
    committee_report(os.path.join(here, "committee-report.pdf"))
