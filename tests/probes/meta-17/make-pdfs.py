#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

STORY = ("Relatives of four activists who disappeared after a protest in Portmere last month marched to the "
         "police headquarters on Wednesday to demand information. The four, all members of the Citizens' "
         "Rights Forum, were last seen being led into an unmarked van near the central market on March 11. "
         "Police spokesman Inspector Tomas Greer said the force had no record of their arrest and that "
         "investigations were continuing.")

OTHER = ("The city council approved a new budget for street lighting on Tuesday after a debate that lasted "
         "more than six hours. Councillors from the opposition walked out before the vote, saying the "
         "contracts had not been put out to tender.")


def epaper(path):
    """A newspaper e-paper page: running header with the paper, the day and the page number on
    every page, a section strip, the lead story's headline, byline, body; a second story below."""
    pdf = new_pdf(footer="", footer_from=99, numbered=False)
    for page, (section, head, by, body) in enumerate([
            ("NATIONAL NEWS", "Families demand answers over missing activists", "By RUTH ABARA", STORY),
            ("CITY", "Council passes lighting budget amid walkout", "By SAMUEL OKAFOR", OTHER)]):
        pdf.add_page()
        line(pdf, 8, 5, f"4  THE PORTMERE TIMES            Thursday, April 6, 2023            www.portmeretimes.com")
        pdf.ln(2)
        line(pdf, 10, 6, section, "B")
        pdf.ln(4)
        line(pdf, 22, 11, head, "B")
        pdf.ln(2)
        line(pdf, 9, 5, by, "B")
        pdf.ln(2)
        for _ in range(3):
            lines(pdf, 10, body, height=5)
            pdf.ln(2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    epaper(os.path.join(here, "epaper-page.pdf"))
