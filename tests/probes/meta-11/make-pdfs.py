#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the
shared builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf as plain_pdf  # noqa: E402


def new_pdf(**kw):
    """A page with cp1252 core fonts (the en dash of a period)."""
    pdf = plain_pdf(**kw)
    pdf.core_fonts_encoding = "windows-1252"
    return pdf

BODY = ("Courts handed down death sentences after trials in which defendants often had no lawyer at the "
        "first hearing. Prisoners under sentence of death were held in cells apart from other prisoners and "
        "were allowed few visits. The commission received complaints from families who had not been told "
        "where their relatives were held.")


def commission_annual(path):
    """A commission's annual report: cover with the period under the title, copyright page."""
    pdf = new_pdf(footer="Eastland Human Rights Commission - Annual Report 2019")
    pdf.add_page()
    pdf.ln(40)
    line(pdf, 14, 8, "EASTLAND HUMAN RIGHTS COMMISSION", "B")
    pdf.ln(30)
    line(pdf, 26, 14, "ANNUAL REPORT", "B")
    line(pdf, 14, 8, "January\u2013December 2019")
    pdf.add_page()
    pdf.ln(150)
    lines(pdf, 9, "\u00a9 Eastland Human Rights Commission, 2020\nPlot 14, Independence Avenue, Port Elin\n"
          "Published in April 2020", height=5)
    pdf.add_page()
    body_pages(pdf, ["Foreword", "Complaints received", "Prison visits", "The death penalty"], BODY, repeat=2)
    pdf.output(path)


def un_mission_update(path):
    """A UN mission's periodic update: the period on its own line under the title."""
    pdf = new_pdf(footer="UNAMS Human Rights Service", numbered=True)
    pdf.add_page()
    line(pdf, 11, 6, "United Nations Assistance Mission in Southland", "B")
    line(pdf, 10, 6, "Human Rights Service")
    pdf.ln(30)
    line(pdf, 20, 11, "Update on the human rights situation", "B")
    line(pdf, 20, 11, "in Southland", "B")
    pdf.ln(4)
    line(pdf, 13, 8, "1 April \u2013 30 September 2021")
    pdf.ln(60)
    line(pdf, 10, 6, "Kandara, November 2021")
    pdf.add_page()
    body_pages(pdf, ["I. Summary", "II. Methodology", "III. Right to life", "IV. Detention"], BODY, repeat=2)
    pdf.output(path)


def bar_position(path):
    """A bar association's paper: title and author at the head, the day of adoption at the end."""
    pdf = new_pdf(footer="Northland Bar Association", footer_from=1)
    pdf.add_page()
    line(pdf, 18, 10, "Position Paper on the Mandatory Death Penalty", "B")
    line(pdf, 12, 8, "Northland Bar Association")
    pdf.ln(6)
    lines(pdf, 10, "The mandatory death penalty leaves judges no room to consider the circumstances of the "
          "offence or of the offender. Courts in several countries of the region have held it to be "
          "unconstitutional.", height=5)
    pdf.ln(2)
    body_pages(pdf, ["1. Background", "2. The law in Northland", "3. Comparative law", "4. Recommendations"],
               BODY, repeat=2)
    pdf.ln(4)
    block(pdf, 10, 5, "Adopted by the Council of the Northland Bar Association on 14 February 2020.", "I")
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    commission_annual(os.path.join(here, "commission-annual-2019.pdf"))
    un_mission_update(os.path.join(here, "un-mission-update.pdf"))
    bar_position(os.path.join(here, "bar-position-paper.pdf"))
