#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

EVICT = ("Residents of the riverside settlements told researchers that police and private guards arrived before "
         "dawn, gave families less than an hour to leave, and then demolished homes with bulldozers. At least 4,000 "
         "people lost their homes between February and October 2018, and none received compensation or alternative "
         "housing.")

PRESS = ("Journalists arrested under the law described being questioned about their sources for days without a "
         "lawyer. Prosecutors have charged at least nine reporters with spreading false information, an offence "
         "the law does not define, and courts have refused bail in every case Amnesty International examined.")


def hrw_report(path):
    """An HRW-style report: cover with the organisation spaced out, copyright page (printed in,
    ISBN), title page with the month and year, body under a running footer."""
    pdf = new_pdf(footer="HUMAN RIGHTS WATCH | JUNE 2019", footer_from=4)
    pdf.add_page()
    pdf.ln(20)
    line(pdf, 10, 6, "H U M A N   R I G H T S   W A T C H", "B")
    pdf.ln(30)
    line(pdf, 26, 13, '"They Took Everything"', "B")
    lines(pdf, 15, "Forced Evictions and Police Abuse in Lindau, Kestria", height=8)
    pdf.add_page()
    lines(pdf, 8, "Copyright (c) 2019 Human Rights Watch\nAll rights reserved.\n"
          "Printed in the United States of America\nISBN: 978-1-62313-999-4\n"
          "Cover photo: A woman sits among the ruins of her home in Lindau, October 2018.\n\n"
          "Human Rights Watch defends the rights of people worldwide. We scrupulously investigate abuses, "
          "expose the facts widely, and pressure those with power to respect rights and secure justice.\n\n"
          "Human Rights Watch is an international organization with staff in more than 40 countries, and "
          "offices in Amsterdam, Beirut, Berlin, Brussels, Chicago, Geneva, Johannesburg, London, Los Angeles, "
          "Nairobi, New York, Paris, San Francisco, Tokyo, Toronto, Washington DC, and Zurich.\n\n"
          "For more information, please visit our website: http://www.hrw.org", height=4)
    pdf.add_page()
    line(pdf, 9, 5, "JUNE 2019                                                                  ISBN: 978-1-62313-999-4")
    pdf.ln(10)
    line(pdf, 18, 9, '"They Took Everything"', "B")
    line(pdf, 12, 7, "Forced Evictions and Police Abuse in Lindau, Kestria")
    pdf.ln(6)
    lines(pdf, 10, "Map of Lindau ......................................... i\nSummary ............................................. 1\n"
          "Recommendations ..................................... 6\nMethodology ......................................... 9\n"
          "I. Background ....................................... 11\nII. Evictions ....................................... 15\n"
          "Acknowledgments ..................................... 42", height=6)
    pdf.add_page()
    body_pages(pdf, ["Summary", "Recommendations", "Methodology", "Background", "Evictions"], EVICT, repeat=2)
    pdf.output(path)


def ai_briefing(path):
    """An Amnesty-style briefing: cover in capitals, inside cover with copyright, first
    publication year, index number, original language; body under a running footer."""
    pdf = new_pdf(footer="Kestria: Silenced in the name of security - Amnesty International", footer_from=3)
    pdf.add_page()
    pdf.ln(70)
    line(pdf, 24, 12, "KESTRIA: SILENCED IN THE", "B")
    line(pdf, 24, 12, "NAME OF SECURITY", "B")
    lines(pdf, 13, "ARREST AND PROSECUTION OF JOURNALISTS UNDER THE 2018 CYBERCRIME LAW", height=7)
    pdf.ln(40)
    line(pdf, 14, 8, "AMNESTY INTERNATIONAL", "B")
    pdf.add_page()
    lines(pdf, 8, "Amnesty International is a movement of 10 million people which mobilizes the humanity in "
          "everyone and campaigns for change so we can all enjoy our human rights.\n\n"
          "(c) Amnesty International 2020\nExcept where otherwise noted, content in this document is licensed "
          "under a Creative Commons (attribution, non-commercial, no derivatives, international 4.0) licence.\n"
          "Where material is attributed to a copyright owner other than Amnesty International this material is "
          "not subject to the Creative Commons licence.\n"
          "First published in 2020\nby Amnesty International Ltd\nPeter Benenson House, 1 Easton Street\n"
          "London WC1X 0DW, UK\n\n"
          "Index: AFR 99/2101/2020\nOriginal language: English\n\namnesty.org\n\n"
          "Cover photo: Journalists protest outside the court in Lindau, November 2019.", height=4)
    pdf.add_page()
    body_pages(pdf, ["Contents", "Executive summary", "Methodology", "The Cybercrime Law",
                     "Arrests of journalists", "Recommendations"], PRESS, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    hrw_report(os.path.join(here, "hrw-evictions-2019.pdf"))
    ai_briefing(os.path.join(here, "ai-briefing-2020.pdf"))
