#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

HOLD = ("Short-term holding facilities at ports and airports held 18,400 people in 2019-20. The Committee heard "
        "that some were kept for more than 24 hours in rooms without beds or windows. The Government should "
        "publish the length of each period of detention and set a statutory limit of 24 hours.")

WP = ("This paper uses court records from 2015 to 2020 to estimate how long defendants in Keldany wait between "
      "arrest and trial. The median wait rose from 7 months in 2015 to 19 months in 2020. Defendants held on "
      "remand waited longer than those on bail, and those without a lawyer longest of all.")

UA = ("Journalist Daria Lemke was arrested on 2 March 2019 in Vellmar after she published a report on the "
      "beating of protesters by police. She has been charged with 'insulting a public official' and faces up "
      "to three years in prison. She is held in Vellmar Remand Centre and has not been allowed to see her family.")

FLOOD = ("Floods in the Orvan valley in September 2022 displaced 41,000 people. Six months later, 9,300 were still "
         "living in tents or collective centres. Roma families were the last to be offered housing, and some "
         "were told to return to settlements that had been declared unsafe.")


def committee(path):
    """A select committee's report: House and committee on top, title, the session's report number,
    'Ordered by the House of Commons to be printed DAY' and the paper's number; no other day."""
    pdf = new_pdf(header="Immigration detention: short-term holding facilities", footer="", footer_from=2)
    pdf.set_creation_date(datetime.datetime(2021, 5, 17, 8, 30, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    line(pdf, 12, 6, "House of Commons", "B")
    line(pdf, 12, 6, "Home Affairs Committee")
    pdf.ln(30)
    block(pdf, 24, 11, "Immigration detention: the use of\nshort-term holding facilities", "B")
    pdf.ln(6)
    line(pdf, 13, 7, "Fourth Report of Session 2019-21")
    pdf.ln(4)
    line(pdf, 10, 6, "Report, together with formal minutes relating to the report")
    pdf.ln(30)
    line(pdf, 10, 6, "Ordered by the House of Commons to be printed 12 May 2021")
    pdf.ln(20)
    line(pdf, 10, 6, "HC 1104")
    line(pdf, 9, 5, "Published by authority of the House of Commons")
    pdf.add_page()
    body_pages(pdf, ["Summary", "1 Introduction", "2 Conditions in holding rooms", "Conclusions"], HOLD)
    pdf.output(path)


def working_paper(path):
    """A think tank's working paper: the series line with its month on top of the cover, the title,
    the authors, the institute at the foot."""
    pdf = new_pdf(header="Pre-trial delay in Keldany", footer="Ort Malven Institute for Justice Studies",
                  footer_from=2)
    pdf.set_creation_date(datetime.datetime(2022, 4, 11, 9, 2, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    line(pdf, 10, 6, "Working Paper No. 14  |  March 2022")
    pdf.ln(40)
    block(pdf, 22, 10, "Waiting for Justice: Pre-trial Delay in\nKeldany's Criminal Courts, 2015-2020", "B")
    pdf.ln(8)
    line(pdf, 12, 7, "Joseph Mwangi-Ellis and Ruth Abebe")
    pdf.ln(70)
    line(pdf, 11, 6, "Ort Malven Institute for Justice Studies", "B")
    pdf.add_page()
    body_pages(pdf, ["Abstract", "1. Introduction", "2. Data", "3. Results"], WP)
    pdf.output(path)


def urgent_action(path):
    """An urgent action sheet: the series number, index and day on one line, then the heading."""
    pdf = new_pdf(header="", footer="Amnesty International", footer_from=1)
    pdf.set_creation_date(datetime.datetime(2019, 3, 8, 16, 20, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    line(pdf, 9, 5, "First UA: 45/19 Index: EUR 71/0123/2019 Sarvonia Date: 8 March 2019", "B")
    pdf.ln(6)
    line(pdf, 20, 10, "URGENT ACTION", "B")
    line(pdf, 15, 8, "JOURNALIST DETAINED FOR REPORTING ON PROTEST", "B")
    pdf.ln(2)
    lines(pdf, 10, UA, height=5)
    pdf.ln(3)
    lines(pdf, 10, "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER", "B")
    lines(pdf, 10, "Prosecutor General\nOffice of the Prosecutor General, Vellmar, Sarvonia\n\nDear Prosecutor "
          "General,\nI urge you to release Daria Lemke immediately and unconditionally and to drop the charges "
          "against her.\nYours sincerely,", height=5)
    pdf.ln(3)
    lines(pdf, 10, "Please take action before 19 April 2019.", "B")
    pdf.output(path)


def wrong_info(path):
    """A report whose PDF Info is the layout tool's: Title 'Layout 1', Author the tool, the file's own
    creation day; the cover has the NGO, the title and the month."""
    pdf = new_pdf(header="After the Flood", footer="Roma Rights Centre Keldany", footer_from=2)
    pdf.set_title("Layout 1")
    pdf.set_author("Adobe InDesign 17.1 (Windows)")
    pdf.set_creation_date(datetime.datetime(2023, 6, 2, 15, 41, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    line(pdf, 11, 6, "Roma Rights Centre Keldany", "B")
    pdf.ln(45)
    block(pdf, 26, 12, "After the Flood", "B")
    pdf.ln(2)
    block(pdf, 15, 8, "Displacement and discrimination against Roma families in the Orvan valley")
    pdf.ln(40)
    line(pdf, 12, 7, "April 2023")
    pdf.add_page()
    body_pages(pdf, ["Summary", "Background", "Findings", "Recommendations"], FLOOD)
    pdf.output(path)


if __name__ == "__main__":
    corpus = os.path.join(HERE, "corpus")
    committee(os.path.join(corpus, "select-committee-report.pdf"))
    working_paper(os.path.join(corpus, "working-paper.pdf"))
    urgent_action(os.path.join(corpus, "urgent-action.pdf"))
    wrong_info(os.path.join(corpus, "pdf-wrong-info.pdf"))
