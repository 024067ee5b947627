#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from fpdf import FPDF  # noqa: E402
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

FY = ("The Office received 3,412 complaints from incarcerated people and their families in fiscal year 2020, "
      "an increase of 18 percent over the previous year. Complaints about medical care rose sharply after "
      "March 2020, when visits were suspended because of the pandemic. The Office made 41 unannounced "
      "facility visits before in-person monitoring was paused.")

TH = ("This dissertation examines whether suspects in Pellonia and Brenmoor can in practice consult a lawyer "
      "before and during police questioning. It draws on 46 interviews with defence lawyers and an analysis "
      "of 300 custody records from 2016 to 2018.")

CP = ("We provisionally propose that the existing aggravated offences be replaced by a single scheme of "
      "aggravation applying to all offences, and that sex and gender be added to the protected "
      "characteristics. We ask consultees whether the stirring up offences should require proof of intent.")

NL = ("After a trial that lasted more than two years, the Kessa Magistrates' Court acquitted all eleven members "
      "of the Upper Sorrel Land Committee on 19 February 2021. They had been charged with trespass and "
      "incitement after a peaceful occupation of land cleared for a eucalyptus plantation in 2018.")

CH = ("Between November 2015 and March 2020 the President of Pellonia declared a state of emergency four times. "
      "This chapter examines how the Constitutional Court reviewed the decrees adopted under those emergencies "
      "and argues that the Court's deference was greatest when review mattered most.")


def fiscal_year_report(path):
    """A US-style state ombudsman's annual report for a fiscal year that runs July to June:
    'Fiscal Year 2020 Annual Report', the fiscal year's days in parentheses, the office and
    'Submitted to the Governor and the Legislature' with the day of submission."""
    pdf = new_pdf(footer="Office of the Independent Corrections Ombudsman - FY 2020 Annual Report", footer_from=2)
    pdf.add_page()
    pdf.ln(20)
    line(pdf, 14, 8, "Office of the Independent Corrections Ombudsman", "B")
    pdf.ln(30)
    line(pdf, 26, 13, "Fiscal Year 2020 Annual Report", "B")
    line(pdf, 13, 7, "(July 1, 2019 - June 30, 2020)")
    pdf.ln(60)
    line(pdf, 11, 6, "Submitted to the Governor and the Legislature")
    line(pdf, 11, 6, "September 30, 2020")
    pdf.add_page()
    body_pages(pdf, ["Letter from the Ombudsman", "Complaints in FY 2020", "Facility monitoring"], FY)
    pdf.output(path)


def llm_thesis(path):
    """A master's dissertation's title page: university and faculty, title and subtitle, 'by'
    and the author, the degree statement, the supervisor, the month and year; a declaration
    signed with a day on the second page."""
    pdf = new_pdf(footer="", footer_from=3)
    pdf.add_page()
    line(pdf, 14, 8, "UNIVERSITY OF VELITSA", "B")
    line(pdf, 12, 7, "Faculty of Law")
    pdf.ln(30)
    lines(pdf, 20, "The Right to a Lawyer in Police Custody:", "B", 10)
    lines(pdf, 16, "A Comparative Study of Pellonia and Brenmoor", "", 8)
    pdf.ln(15)
    line(pdf, 12, 7, "by")
    line(pdf, 12, 7, "Ana Sorel")
    pdf.ln(15)
    lines(pdf, 11, "A dissertation submitted in partial fulfilment of the requirements for the degree of Master "
          "of Laws (LLM) in International Human Rights Law", height=6)
    pdf.ln(8)
    line(pdf, 11, 6, "Supervisor: Prof. Jan Marek")
    pdf.ln(20)
    line(pdf, 11, 6, "September 2019")
    pdf.add_page()
    line(pdf, 12, 7, "Declaration", "B")
    lines(pdf, 10, "I declare that this dissertation is my own work and that all sources have been acknowledged. "
          "Word count: 14,870.\n\nSigned: Ana Sorel\nDate: 2 September 2019", height=5)
    pdf.add_page()
    body_pages(pdf, ["Abstract", "Chapter 1: Introduction", "Chapter 2: The legal framework"], TH)
    pdf.output(path)


def consultation_paper(path):
    """A law reform commission's consultation paper: the commission, 'Consultation Paper No',
    the title, the closing day of the consultation on the cover; the day of publication on
    the imprint page."""
    pdf = new_pdf(footer="Hate Crime: Reforming the Offences - Consultation Paper", footer_from=3)
    pdf.add_page()
    line(pdf, 13, 7, "Law Reform Commission of Calvara", "B")
    line(pdf, 10, 5, "Consultation Paper No 31")
    pdf.ln(35)
    line(pdf, 26, 13, "Hate Crime: Reforming the Offences", "B")
    pdf.ln(40)
    line(pdf, 11, 6, "Consultation closes: 15 June 2023")
    line(pdf, 9, 5, "LRC CP 31-2023")
    pdf.add_page()
    lines(pdf, 9, "(c) Law Reform Commission of Calvara 2023\n\nThis consultation paper was published on 6 March "
          "2023. Responses may be sent by e-mail to hatecrime@example.org or by post to the Law Reform "
          "Commission, 9 Chancery Lane, Port Ilse.\n\nThe Commissioners are: Justice Helen Varo (Chair), "
          "Professor Idris Quane, Ms Lorna Beck and Mr Tomasz Ude.", height=4.5)
    pdf.add_page()
    body_pages(pdf, ["Chapter 1: Introduction", "Chapter 2: The current law", "Chapter 3: Provisional proposals"],
               CP)
    pdf.output(path)


def newsletter(path):
    """A network's printed newsletter: the masthead name, 'Newsletter of NETWORK', 'Issue 14 |
    Spring 2021' strip, then the lead story's headline and text on the same page."""
    pdf = new_pdf(footer="The Witness - Issue 14 - Spring 2021", footer_from=2)
    pdf.add_page()
    line(pdf, 40, 18, "THE WITNESS", "B")
    line(pdf, 11, 6, "Newsletter of the Sorrel Valley Human Rights Network")
    line(pdf, 10, 6, "Issue 14 | Spring 2021", "B")
    pdf.ln(10)
    lines(pdf, 18, "Land defenders acquitted after two-year trial", "B", 9)
    pdf.ln(3)
    lines(pdf, 10, (NL + " ") * 3, height=5)
    pdf.ln(5)
    lines(pdf, 14, "Inside this issue", "B", 7)
    lines(pdf, 10, "Water tariffs: the Coalition goes to Geneva - page 2\nNew legal clinic opens in Kessa - page 3"
          "\nDiary of events - page 4", height=5)
    pdf.add_page()
    body_pages(pdf, ["Water tariffs: the Coalition goes to Geneva", "New legal clinic opens in Kessa"], NL)
    pdf.output(path)


class Offprint(FPDF):
    """A chapter offprint: the chapter's short title as running header on later pages."""

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, "Emergency Powers and the Courts in Pellonia", align="R", new_x="LMARGIN",
                      new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, str(142 + self.page_no()), align="C")


def book_chapter(path):
    """A chapter of an edited volume as an offprint: 'Chapter 7', the title, the author, the
    abstract; the volume's citation (editors, book title, press, year, pages) in a note at
    the first page's foot."""
    pdf = Offprint()
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    line(pdf, 11, 6, "Chapter 7")
    pdf.ln(8)
    lines(pdf, 20, "Emergency Powers and the Courts in Pellonia, 2015-2020", "B", 10)
    pdf.ln(4)
    line(pdf, 12, 7, "Lidia Varga")
    pdf.ln(8)
    lines(pdf, 10, CH + " " + CH, height=5)
    pdf.set_y(-45)
    lines(pdf, 8, "In: M. Hale and R. Osei (eds), Courts under Pressure: Constitutional Review in Transition. "
          "Aldgate University Press, 2021, pp. 143-168. DOI: 10.0000/example.2021.07", height=4)
    pdf.add_page()
    body_pages(pdf, ["7.1 Introduction", "7.2 The emergencies", "7.3 Review by the Court"], CH)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    fiscal_year_report(os.path.join(here, "fiscal-year-report.pdf"))
    llm_thesis(os.path.join(here, "llm-thesis.pdf"))
    consultation_paper(os.path.join(here, "consultation-paper.pdf"))
    newsletter(os.path.join(here, "newsletter-masthead.pdf"))
    book_chapter(os.path.join(here, "book-chapter.pdf"))
