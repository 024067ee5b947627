#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

BODY = ("Between January 2020 and December 2022 the police in Maravia used tear gas, rubber bullets and "
        "live ammunition against people protesting peacefully in at least nine towns. Amnesty International "
        "documented the deaths of 23 protesters and interviewed 71 witnesses, victims, lawyers and medical "
        "workers. In none of the cases we examined has a police officer been brought to justice.")


def amnesty_report(path):
    """A report: cover (organisation, title in capitals, subtitle), inside cover with the
    licence notice, "First published in 2023 by ...", index number; contents; chapters with a
    running footer naming the report and the organisation."""
    pdf = new_pdf(footer="\"THEY SHOT AT US AS WE SANG\" - POLICE VIOLENCE AGAINST PROTESTERS IN MARAVIA     "
                  "Amnesty International", footer_from=3)
    pdf.add_page()
    pdf.ln(30)
    line(pdf, 14, 8, "AMNESTY INTERNATIONAL", "B")
    pdf.ln(40)
    lines(pdf, 26, "\"THEY SHOT AT US AS WE SANG\"", "B", 12)
    lines(pdf, 14, "POLICE VIOLENCE AGAINST PROTESTERS IN MARAVIA", "B", 8)
    pdf.ln(60)
    line(pdf, 10, 6, "Cover photo: Protesters in Kalmar, 14 June 2021. (c) Private")
    pdf.add_page()
    lines(pdf, 9, "Amnesty International is a movement of 10 million people which mobilizes the humanity in "
          "everyone and campaigns for change so we can all enjoy our human rights.", height=5)
    pdf.ln(80)
    lines(pdf, 8, "(c) Amnesty International 2023\nExcept where otherwise noted, content in this document is "
          "licensed under a Creative Commons (attribution, non-commercial, no derivatives, international 4.0) "
          "licence.\nFirst published in 2023\nby Amnesty International Ltd\nPeter Benenson House, 1 Easton Street\n"
          "London WC1X 0DW, UK\n\nIndex: AFR 41/6712/2023\nOriginal language: English\namnesty.org", height=4)
    pdf.add_page()
    line(pdf, 16, 10, "CONTENTS", "B")
    for n, h in enumerate(["EXECUTIVE SUMMARY", "METHODOLOGY", "KILLINGS OF PROTESTERS",
                           "IMPUNITY", "RECOMMENDATIONS"], 1):
        line(pdf, 10, 6, f"{n}. {h}")
    pdf.add_page()
    body_pages(pdf, ["1. EXECUTIVE SUMMARY", "2. METHODOLOGY", "3. KILLINGS OF PROTESTERS"], BODY, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    amnesty_report(os.path.join(here, "ai-report-cover.pdf"))
