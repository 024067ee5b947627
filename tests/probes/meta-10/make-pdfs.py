#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the
shared builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, Paged, block, body_pages, line, lines, new_pdf, started  # noqa: E402

BODY = ("Courts continued to hand down death sentences, many of them after trials in which defendants had no "
        "lawyer. Prisoners on death row were held in small cells for most of the day and were allowed few visits. "
        "The authorities did not publish figures on the use of the death penalty.")

STATE = ("The constitution prohibits torture, but police routinely beat detainees to obtain confessions. Prison "
         "conditions were harsh and life threatening, with severe overcrowding and poor sanitation. Human rights "
         "groups reported that several detainees died in custody during the year.")


def state_2006(path):
    """A country report saved as PDF from the 2007 site: the print view's head, no running footer."""
    pdf = new_pdf(footer="", footer_from=99, numbered=False)
    pdf.add_page()
    line(pdf, 9, 5, "U.S. Department of State")
    pdf.ln(6)
    line(pdf, 16, 9, "Uzbekistan", "B")
    line(pdf, 11, 6, "Country Reports on Human Rights Practices - 2006")
    line(pdf, 10, 5, "Released by the Bureau of Democracy, Human Rights, and Labor")
    line(pdf, 10, 5, "March 6, 2007")
    pdf.ln(4)
    lines(pdf, 10, "Uzbekistan is an authoritarian state with a population of approximately 27 million. The "
          "constitution provides for a presidential system with separation of powers, but President Islam Karimov "
          "and the centralized executive branch dominated political life.", height=5)
    pdf.ln(2)
    body_pages(pdf, ["Section 1 Respect for the Integrity of the Person", "a. Arbitrary or Unlawful Deprivation of Life",
                     "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment"], STATE, repeat=2)
    pdf.output(path)


class HeaderChapter(Chapter):
    """A chapter whose report name runs in the page head, the number in the foot."""

    header_text = ""

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(0, 8, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, str(self.first_page_number + self.page_no() - 1), align="C")


def ai_2008_header(path):
    """A chapter of the 2008 report with its name as a running header in capitals."""
    HeaderChapter.header_text = "AMNESTY INTERNATIONAL REPORT 2008"
    HeaderChapter.first_page_number = 233
    pdf = started(25, HeaderChapter)
    line(pdf, 18, 12, "NORLAND", "B")
    for text in ["REPUBLIC OF NORLAND", "Head of state: Maria Olsen", "Head of government: Erik Dahl",
                 "Death penalty: abolitionist in practice", "Population: 5.4 million"]:
        line(pdf, 9, 5, text, "B")
    pdf.ln(4)
    for i in range(3):
        for h in ["Death penalty", "Refugees and asylum-seekers", "Police and security forces"]:
            line(pdf, 11, 8, h if i == 0 else f"{h} ({i + 1})", "B")
            block(pdf, 10, 5, BODY + " " + BODY)
            pdf.ln(2)
    pdf.output(path)


def ai_2021_22(path):
    """A chapter of the 2021/22 report, its footer naming the two-year report."""
    Chapter.footer_text = "Amnesty International Report 2021/22"
    Chapter.first_page_number = 310
    pdf = started(25, Chapter)
    line(pdf, 18, 12, "SOUTHLAND", "B")
    line(pdf, 9, 5, "Republic of Southland", "B")
    line(pdf, 9, 5, "Head of state and government: Daniel Osei", "B")
    pdf.ln(4)
    lines(pdf, 10, "The authorities continued to restrict freedom of expression and peaceful assembly during 2021. "
          "Courts imposed death sentences, and the authorities carried out the first executions in a decade.",
          height=5)
    pdf.ln(2)
    for i in range(3):
        for h in ["Background", "Death penalty", "Freedom of expression and assembly"]:
            line(pdf, 11, 8, h if i == 0 else f"{h} ({i + 1})", "B")
            block(pdf, 10, 5, BODY + " " + BODY)
            pdf.ln(2)
    pdf.output(path)


def nhri_annual(path):
    """A national human rights commission's annual report: cover in capitals, a financial year."""
    pdf = new_pdf(footer="Annual Report 2017/2018", footer_from=2)
    pdf.add_page()
    pdf.ln(40)
    line(pdf, 20, 12, "SOUTHLAND NATIONAL COMMISSION", "B")
    line(pdf, 20, 12, "ON HUMAN RIGHTS", "B")
    pdf.ln(10)
    line(pdf, 28, 14, "ANNUAL REPORT", "B")
    line(pdf, 22, 12, "2017/2018", "B")
    pdf.add_page()
    lines(pdf, 12, "Foreword by the Chairperson", "B", 8)
    lines(pdf, 10, "This annual report sets out the work of the Commission during the financial year 1 July 2017 "
          "to 30 June 2018, as required by section 54 of the Southland National Commission on Human Rights Act. "
          "During the year the Commission received 2,316 complaints, visited 41 places of detention and "
          "presented its views to Parliament on the abolition of the death penalty.", height=5)
    pdf.ln(2)
    body_pages(pdf, ["Complaints and investigations", "Places of detention", "The death penalty"], BODY, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    state_2006("corpus/state-2006.pdf")
    ai_2008_header("corpus/ai-2008-chapter.pdf")
    ai_2021_22("corpus/ai-2021-22-chapter.pdf")
    nhri_annual("corpus/nhri-annual-2017-18.pdf")
