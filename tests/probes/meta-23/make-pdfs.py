#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

CPT = ("The delegation received very few allegations of physical ill-treatment by police officers. However, "
       "several persons met at Velmar Remand Prison alleged that they had been slapped or kicked by custodial "
       "staff during cell searches. The CPT recommends that the authorities deliver a clear message of zero "
       "tolerance of ill-treatment to all prison staff.")

MOJ = ("The prison population on 31 December 2023 was 14,212, up 3% on the same date a year earlier. The "
       "remand population rose by 9% over the quarter, driven by longer waiting times for trial. The number of "
       "women in custody fell slightly, to 611.")

HRW = ("The government of Norland continued to restrict peaceful assembly in 2023. Police used tear gas and "
       "rubber bullets to disperse protests against fuel prices in the capital, Velmar, in March, injuring dozens. "
       "Authorities detained at least 40 journalists and bloggers under the 2021 cybercrime law.")


def cpt_report(path):
    """A Council of Europe torture-prevention committee's visit report: the document number
    at the top, the report's long title naming the visit's days, the government's consent
    to publish and 'Strasbourg, DATE' on the cover."""
    pdf = new_pdf(footer="CPT/Inf (2024) 17", footer_from=2)
    pdf.add_page()
    line(pdf, 10, 6, "CPT/Inf (2024) 17", "B")
    pdf.ln(20)
    lines(pdf, 16, "Report to the Government of Norland\non the visit to Norland carried out by the "
          "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment "
          "(CPT)\n\nfrom 2 to 13 October 2023", "B", 8)
    pdf.ln(20)
    lines(pdf, 9, "The Government of Norland has requested the publication of this report and of its "
          "response. The Government's response is set out in document CPT/Inf (2024) 18.", height=5)
    pdf.ln(30)
    line(pdf, 10, 6, "Strasbourg, 16 May 2024")
    pdf.add_page()
    body_pages(pdf, ["Executive summary", "I. Introduction", "II. Facts found during the visit",
                     "Appendix: List of establishments visited"], CPT, repeat=2)
    pdf.output(path)


def moj_bulletin(path):
    """A ministry's statistical bulletin: ministry and series over the title with its
    quarter, a 'Published' day and the next release, a running header of the series."""
    pdf = new_pdf(header="Prison Population Statistics Bulletin", footer="Ministry of Justice of Norland",
                  footer_from=2)
    pdf.add_page()
    line(pdf, 11, 6, "Ministry of Justice of Norland", "B")
    line(pdf, 10, 6, "Statistics bulletin")
    pdf.ln(12)
    lines(pdf, 20, "Prison Population Statistics:\nQuarterly, October to December 2023", "B", 10)
    pdf.ln(8)
    line(pdf, 10, 6, "Published 25 April 2024")
    line(pdf, 10, 6, "Next update: 25 July 2024")
    pdf.ln(8)
    line(pdf, 12, 7, "Main points", "B")
    lines(pdf, 10, "- 14,212 people in prison on 31 December 2023, up 3% on a year earlier\n"
          "- Remand population up 9% over the quarter\n- 611 women in custody", height=5)
    pdf.ln(4)
    body_pages(pdf, ["1. Overall population", "2. Remand", "3. Women in custody", "Further information"],
               MOJ, repeat=2)
    pdf.output(path)


def hrw_chapter(path):
    """A chapter of a watchdog's yearly world report printed on its own: the running
    header carries the book's name and the organisation, the chapter opens with the
    country's name only."""
    pdf = new_pdf(header="WORLD REPORT 2024", footer="HUMAN RIGHTS WATCH", footer_from=1, header_align="L")
    pdf.add_page()
    line(pdf, 24, 12, "Norland", "B")
    pdf.ln(6)
    lines(pdf, 10, HRW, height=5)
    pdf.ln(4)
    body_pages(pdf, ["Freedom of Assembly", "Freedom of Expression", "Prison Conditions",
                     "Key International Actors"], HRW, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    cpt_report(os.path.join(here, "cpt-visit-report.pdf"))
    moj_bulletin(os.path.join(here, "moj-statistics-bulletin.pdf"))
    hrw_chapter(os.path.join(here, "hrw-world-report-chapter.pdf"))
