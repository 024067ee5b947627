#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf as plain_pdf  # noqa: E402

AI_BODY = ("Security forces used excessive force against demonstrators, and at least 14 people were killed when police "
           "opened fire on a march in the capital in April. Detainees were held for weeks without charge and several "
           "said they had been beaten in custody. No one was brought to justice for the killings.")

CRC_BODY = ("Children as young as twelve are held with adults in police cells and remand centres. The coalition "
            "visited nine places of detention and spoke to 112 children, most of whom had been arrested for petty "
            "theft or vagrancy and had not seen a lawyer.")


def ai_chapter(path):
    """A chapter of an annual report: the report's name as a running header in capitals."""
    pdf = plain_pdf(header="AMNESTY INTERNATIONAL REPORT 2010", header_align="L")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    line(pdf, 20, 12, "NORLAND", "B")
    lines(pdf, 9, "REPUBLIC OF NORLAND\nHead of state and government: Joseph Amadi\nDeath penalty: abolitionist in practice\n"
          "Population: 9.1 million\nLife expectancy: 56.4 years", "B", height=5)
    pdf.ln(4)
    lines(pdf, 10, "The government continued to restrict freedom of expression ahead of the elections. Human rights "
          "defenders and journalists were harassed and detained.", height=5)
    pdf.ln(3)
    body_pages(pdf, ["Background", "Excessive use of force", "Torture and other ill-treatment",
                     "Freedom of expression"], AI_BODY, repeat=2)
    pdf.output(path)


def alternative_report(path):
    """An NGO coalition's alternative report to a treaty body: cover, running header, page footer."""
    pdf = plain_pdf(header="Children Behind Bars | Alternative report 2023", footer="Norland Coalition for Child Rights")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.ln(25)
    line(pdf, 12, 8, "NORLAND COALITION FOR CHILD RIGHTS", "B")
    pdf.ln(35)
    line(pdf, 26, 14, "Children Behind Bars", "B")
    lines(pdf, 13, "Alternative report to the Committee on the Rights of the Child\n94th session", height=7)
    pdf.ln(60)
    line(pdf, 11, 7, "Geneva, August 2023")
    pdf.add_page()
    body_pages(pdf, ["Introduction", "Children in police custody", "Remand and pretrial detention",
                     "Recommendations"], CRC_BODY, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    ai_chapter(os.path.join(here, "ai-2010-chapter.pdf"))
    alternative_report(os.path.join(here, "alternative-report.pdf"))
