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

NEWS = ("Tolvik Detention Centre held 212 people under immigration powers on 30 September 2020, the highest "
        "number since it opened in 2009. Forty of them had been held for more than a year. Visitors from the "
        "Network were let back into the centre on 14 September after six months in which visits were stopped "
        "because of the pandemic.")

BRIEF = ("Lunesia's Criminal Code still makes 'insulting the President' a crime punishable by up to three years "
         "in prison. Between 2017 and 2019 prosecutors opened 74 cases under article 301; 19 ended in "
         "conviction. The brief sets out how four neighbouring states repealed similar offences and what "
         "Parliament should do in the revision of the Code announced for 2021.")

INSP = ("Inspectors found that men at Harrow Point spent on average 22 hours a day locked in their cells. "
        "Nearly half of those surveyed said they had felt unsafe at some time. Use of force had risen by 60 "
        "per cent since the last inspection in 2017, and documentation of force was poor. The segregation "
        "unit was dirty and several cells had broken windows.")

SUB = ("Kavaria has not yet made torture a separate offence in its Criminal Code. Allegations of torture are "
       "prosecuted, if at all, as 'abuse of office'. In 2020 and 2021 the Prosecutor General's office received "
       "1,260 complaints of ill-treatment by police and opened 37 criminal cases.")


def newsletter(path):
    """A newsletter whose name is set so large it wraps onto two lines of the masthead, with the
    issue line under it in a rule-bounded strip."""
    pdf = new_pdf(header="Inside Detention | Issue 12 | Autumn 2020", footer="Tolvik Detention Visitors Network",
                  footer_from=2)
    pdf.add_page()
    block(pdf, 44, 17, "INSIDE\nDETENTION", "B")
    y = pdf.get_y() + 2
    pdf.line(10, y, 200, y)
    pdf.ln(4)
    line(pdf, 10, 6, "The newsletter of the Tolvik Detention Visitors Network  |  Issue 12  |  Autumn 2020")
    y = pdf.get_y() + 1
    pdf.line(10, y, 200, y)
    pdf.ln(8)
    line(pdf, 18, 10, "Record numbers held at Tolvik", "B")
    lines(pdf, 10, NEWS + " " + NEWS, height=5)
    pdf.ln(4)
    line(pdf, 12, 8, "Also in this issue", "B")
    lines(pdf, 10, "Visiting resumes - p. 2\nA detainee writes - p. 3\nVolunteer training dates for 2021 - p. 4",
          height=5)
    pdf.add_page()
    body_pages(pdf, ["Visiting resumes", "A detainee writes"], NEWS)
    pdf.output(path)


def policy_brief(path):
    """A policy brief: the series and the institute on the cover, no day; an imprint page with the
    copyright, ISBN and 'First published in November 2020 by'; the body with a running head."""
    pdf = new_pdf(header="Policy Brief 7 - Insulting the President", footer="Centre for Legal Reform Lunesia",
                  footer_from=3, header_align="L")
    pdf.add_page()
    line(pdf, 11, 6, "Centre for Legal Reform Lunesia", "B")
    line(pdf, 10, 6, "POLICY BRIEF 7")
    pdf.ln(50)
    block(pdf, 30, 13, "Insulting the President", "B")
    pdf.ln(2)
    block(pdf, 16, 8, "The case for repealing article 301 of the Criminal Code of Lunesia")
    pdf.add_page()
    pdf.ln(160)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(0, 4, "(c) Centre for Legal Reform Lunesia 2020\n\nAll rights reserved. First published in "
                   "November 2020 by the Centre for Legal Reform Lunesia, 40 Harbour Road, Port Calder.\n\n"
                   "ISBN 978-0-000000-77-1 (print)\nISBN 978-0-000000-78-8 (PDF)\n\nAuthor: Daniel Ferraro\n\n"
                   "Printed by Quayside Press, Port Calder.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body_pages(pdf, ["Summary", "The law and its use", "Recommendations"], BRIEF)
    pdf.output(path)


def inspection(path):
    """An inspectorate's report: the cover names the prison, the inspector and the inspection's days;
    'Published' with its day on the back of the cover."""
    pdf = new_pdf(header="Report on an unannounced inspection of HMP Harrow Point", footer="", footer_from=2)
    pdf.set_title("Microsoft Word - HP_2021_report_v6_FINAL.docx")
    pdf.set_author("kpatel")
    pdf.set_creation_date(datetime.datetime(2021, 8, 30, 11, 4, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    line(pdf, 10, 6, "HM Inspectorate of Prisons for the Norland Isles", "B")
    pdf.ln(40)
    block(pdf, 24, 11, "Report on an unannounced inspection of\nHMP Harrow Point", "B")
    pdf.ln(6)
    line(pdf, 13, 7, "by HM Chief Inspector of Prisons")
    pdf.ln(6)
    line(pdf, 13, 7, "3-14 May 2021")
    pdf.add_page()
    pdf.ln(150)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 5, "This inspection was carried out under the Prisons (Inspection) Act.\n\nPublished "
                   "September 2021\n\nHM Inspectorate of Prisons for the Norland Isles, 2 Quay Lane, Dunmere.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body_pages(pdf, ["Introduction", "Fact page", "Safety", "Respect"], INSP)
    pdf.output(path)


def submission(path):
    """An NGO's submission to a treaty body, made in a word processor: the PDF's own title is the
    file name; the first page carries the heading block, the NGO and the day."""
    pdf = new_pdf(header="", footer="", footer_from=1)
    pdf.set_title("Microsoft Word - Document1")
    pdf.set_author("Admin")
    pdf.add_page()
    line(pdf, 9, 5, "Kavaria Helsinki Group")
    line(pdf, 9, 5, "17 Linden Street, Asterby, Kavaria")
    pdf.ln(10)
    block(pdf, 15, 8, "Submission to the UN Committee against Torture\nfor its review of Kavaria at the 76th session", "B")
    pdf.ln(3)
    line(pdf, 11, 6, "(17 April - 12 May 2023)")
    pdf.ln(3)
    line(pdf, 10, 6, "Asterby, 13 March 2023")
    pdf.ln(6)
    lines(pdf, 10, "1. Introduction", "B")
    lines(pdf, 10, SUB + " " + SUB, height=5)
    lines(pdf, 10, "2. Recommendations", "B")
    lines(pdf, 10, "The Committee may wish to ask the State party to make torture a separate crime, with penalties "
          "that reflect its gravity, and to set up an investigative body independent of the prosecutor.", height=5)
    pdf.output(path)


if __name__ == "__main__":
    corpus = os.path.join(HERE, "corpus")
    newsletter(os.path.join(corpus, "newsletter-wrap-masthead.pdf"))
    policy_brief(os.path.join(corpus, "policy-brief-isbn.pdf"))
    inspection(os.path.join(corpus, "inspection-report.pdf"))
    submission(os.path.join(corpus, "treaty-body-submission.pdf"))
