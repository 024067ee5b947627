#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

BRIEF = ("Since the elections of November 2023 the government of Tarsen has used anti-terrorism law against "
         "peaceful critics. Prosecutors opened more than 200 cases in the following months, most of them "
         "against members of opposition parties, local journalists and volunteers of election observer groups. "
         "Partners in the region can still influence the outcome of the appeals now pending.")

REPORT = ("The residents of the Sarne river settlements were given seven days' notice before bulldozers arrived "
          "on 4 April 2024. Amnesty International interviewed 46 people who lost their homes. None was offered "
          "adequate alternative housing and none received compensation.")


def policy_brief(path):
    """A think tank's policy brief: series line on top, title, authors, the institute named only
    at the foot of the cover and in the running footer."""
    pdf = new_pdf(footer="Policy Brief No. 12 | Halden Centre for Security and Rights", footer_from=2)
    pdf.add_page()
    line(pdf, 10, 6, "POLICY BRIEF No. 12 | MARCH 2024", "B")
    pdf.ln(12)
    lines(pdf, 22, "Terror Laws Against the Ballot: Prosecutions of Critics after Tarsen's Elections", "B", 10)
    pdf.ln(6)
    line(pdf, 10, 6, "Lena Okafor and Piet de Waal")
    pdf.ln(8)
    line(pdf, 12, 7, "Summary", "B")
    lines(pdf, 10, "More than 200 prosecutions under the 2019 anti-terrorism law have followed the elections of "
          "26 November 2023. This brief sets out what regional partners can do before the appeal hearings "
          "scheduled for June 2024.", height=5)
    pdf.ln(40)
    line(pdf, 10, 6, "Halden Centre for Security and Rights", "B")
    line(pdf, 9, 5, "Oslo | www.halden-centre.example")
    pdf.add_page()
    body_pages(pdf, ["Background", "The prosecutions", "What partners can do"], BRIEF, repeat=2)
    pdf.output(path)


def amnesty_cover(path):
    """A report whose cover opens with the quoted title in curly quotes, the organisation's name
    at the foot of the cover, and an inside cover with the index number and the month."""
    pdf = new_pdf(footer="Amnesty International   \u201cWE WATCHED OUR HOUSES FALL\u201d", footer_from=3)
    pdf.core_fonts_encoding = "windows-1252"  # curly quotes in the core font
    pdf.add_page()
    pdf.ln(40)
    lines(pdf, 26, "\u201cWE WATCHED OUR HOUSES FALL\u201d", "B", 12)
    lines(pdf, 14, "FORCED EVICTIONS ALONG THE SARNE RIVER IN TARSEN", "B", 8)
    pdf.ln(70)
    line(pdf, 14, 8, "AMNESTY INTERNATIONAL", "B")
    pdf.add_page()
    pdf.ln(100)
    lines(pdf, 8, "(c) Amnesty International 2024\nExcept where otherwise noted, content in this document is "
          "licensed under a Creative Commons licence.\nFirst published in 2024\nby Amnesty International Ltd\n"
          "Peter Benenson House, 1 Easton Street\nLondon WC1X 0DW, UK\n\nIndex: AFR 77/8120/2024\n"
          "Original language: English\nJuly 2024\namnesty.org", height=4)
    pdf.add_page()
    body_pages(pdf, ["Executive summary", "Methodology", "The evictions", "Recommendations"], REPORT, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    policy_brief(os.path.join(here, "policy-brief.pdf"))
    amnesty_cover(os.path.join(here, "amnesty-evictions-report.pdf"))
