#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

RP = ("Between 2016 and 2022 the Kestland Migration Authority detained 9,410 asylum seekers in its three "
      "reception centres for periods longer than the 72 hours the Aliens Act permits without a court order. "
      "We reviewed 214 case files and interviewed 61 former detainees and eleven officials.")

TH = ("This thesis examines how the courts of Morvane have applied the constitutional guarantee of a fair "
      "hearing within a reasonable time to criminal cases in which the accused is held on remand. It draws on "
      "1,140 reported judgments decided between 1995 and 2015 and on interviews with judges and lawyers.")

UP = ("Since its last review in 2019, Aranthe has accepted 142 of 198 recommendations. Few of them have been "
      "implemented. The Penal Code still criminalises defamation of public officials, and at least 23 "
      "journalists were prosecuted under it between 2019 and 2023.")


def justified_report(path):
    """A research institute's report cover: the institute's name at the top, the title set
    justified (align J) over two lines at a large size, so the words of the first line are
    spread with wide gaps, the subtitle, the month at the foot; an imprint page; the
    institute in the running footer."""
    pdf = new_pdf(footer="Varnholm Institute for Migration Studies", footer_from=2)
    pdf.add_page()
    line(pdf, 12, 7, "Varnholm Institute for Migration Studies", "B")
    pdf.ln(40)
    pdf.set_font("Helvetica", "B", 26)
    pdf.multi_cell(0, 13, "Locked In, Left Out: Administrative Detention of Asylum Seekers in Kestland",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    lines(pdf, 14, "Findings from a review of case files, 2016-2022", "I", 8)
    pdf.ln(75)
    line(pdf, 12, 7, "November 2023")
    pdf.add_page()
    lines(pdf, 9, "Varnholm Institute for Migration Studies\n12 Canal Street, Varnholm, Kestland\n"
          "(c) Varnholm Institute for Migration Studies, 2023\nAuthors: Lea Strand and Omar Haddou\n"
          "Design: Studio Nord", height=5)
    pdf.add_page()
    body_pages(pdf, ["Executive summary", "Methodology", "Findings"], RP)
    pdf.output(path)


def phd_thesis(path):
    """A doctoral thesis's title page: the title centred over two lines, the author alone on
    a line (no 'by'), the degree statement, the school and university, the year alone; a
    declaration page signed with a day; an abstract."""
    pdf = new_pdf(footer="", footer_from=3)
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, "Justice Delayed on Remand:\nThe Reasonable-Time Guarantee in the Criminal Courts of Morvane",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "", 14)
    pdf.cell(0, 8, "Annika Rosberg", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 6, "A thesis submitted in fulfilment of the requirements\nfor the degree of Doctor of Philosophy",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(15)
    pdf.multi_cell(0, 6, "School of Law\nUniversity of Halden", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(15)
    pdf.cell(0, 6, "2017", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    line(pdf, 13, 8, "Declaration", "B")
    lines(pdf, 11, "I declare that this thesis is my own work and has not been submitted for any other degree.\n\n"
          "Signed: Annika Rosberg\nDate: 28 April 2017", height=6)
    pdf.add_page()
    body_pages(pdf, ["Abstract", "1. Introduction", "2. The guarantee in the Constitution of 1994"], TH)
    pdf.output(path)


def upr_submission(path):
    """A joint stakeholder submission to the Universal Periodic Review: the review's name and
    session on the cover, the title, 'Submitted by' and the coalition with its members in a
    list, the month; the coalition in the running header."""
    pdf = new_pdf(header="Aranthe Civil Society UPR Coalition - Joint Submission", footer="", footer_from=2)
    pdf.add_page()
    line(pdf, 12, 7, "Universal Periodic Review of Aranthe", "B")
    line(pdf, 11, 6, "44th Session of the UPR Working Group")
    pdf.ln(25)
    lines(pdf, 22, "Freedom of Expression and the Safety of Journalists in Aranthe", "B", 11)
    pdf.ln(4)
    lines(pdf, 13, "Joint stakeholder submission", "", 7)
    pdf.ln(20)
    line(pdf, 11, 6, "Submitted by:", "B")
    line(pdf, 11, 6, "Aranthe Civil Society UPR Coalition")
    lines(pdf, 10, "Members: Port Sorel Media Institute; Northern Aranthe Bar Association; Women Journalists "
          "Network of Aranthe; Centre for Democratic Governance", height=5)
    pdf.ln(30)
    line(pdf, 11, 6, "April 2023")
    pdf.add_page()
    body_pages(pdf, ["I. Introduction", "II. Follow-up to the previous review", "III. Recommendations"], UP)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    justified_report(os.path.join(here, "justified-report.pdf"))
    phd_thesis(os.path.join(here, "phd-thesis.pdf"))
    upr_submission(os.path.join(here, "upr-submission.pdf"))
