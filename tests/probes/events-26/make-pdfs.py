"""Builds the two PDFs of this probe (needs fpdf2):
- corpus/hc-fac-okonjo-report.pdf: a parliamentary select committee report (House of Commons
  style: cover, summary, numbered paragraphs, footnotes at the foot of each page, a running
  header with the report's short title, and an Annex with a chronology table);
- corpus/gulf-dp-report-ch3-kuwait.pdf: a country chapter cut from an NGO's regional report,
  with running headers alternating between the report's name and the country, page numbers
  from 41, footnotes at the foot of each page and a paragraph broken across a page turn.
Pages are laid out by hand (no automatic page breaks), so that footnotes stay on their page."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from fpdf import FPDF  # noqa: E402


class Footnoted(FPDF):
    """Pages with a running header (from page `header_from`) and a page number footer."""

    header_from = 2
    first_page_number = 1
    headers = ("",)  # one per page parity: even, odd
    footer_text = ""

    def header(self):
        if self.page_no() < self.header_from:
            return
        n = self.first_page_number + self.page_no() - 1
        text = self.headers[n % len(self.headers)]
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 8, text, align="R" if n % 2 else "L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        n = self.first_page_number + self.page_no() - 1
        label = f"{self.footer_text}   {n}" if self.footer_text else str(n)
        self.cell(0, 8, label, align="C")


def page(pdf, blocks, notes=()):
    """One page: `blocks` are (kind, text); `notes` the footnotes set at its foot."""
    pdf.add_page()
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "row":
            date, entry = text
            pdf.set_font("Helvetica", "", 9)
            y = pdf.get_y()
            pdf.set_x(10)
            pdf.multi_cell(32, 4.5, date, border=0)
            pdf.set_xy(44, y)
            pdf.multi_cell(156, 4.5, entry, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    if notes:
        height = 4 * sum(1 + len(n) // 120 for n in notes) + 6
        pdf.set_y(-18 - height)
        pdf.line(10, pdf.get_y(), 70, pdf.get_y())
        pdf.ln(1.5)
        pdf.set_font("Helvetica", "", 7.5)
        for n in notes:
            pdf.multi_cell(0, 3.6, n, new_x="LMARGIN", new_y="NEXT")


def build(cls, pages, name):
    pdf = cls()
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 12, 18)
    for blocks, notes in pages:
        page(pdf, blocks, notes)
    out = os.path.join(HERE, "corpus", name)
    pdf.output(out)
    print("wrote", out)


# ---------------------------------------------------------------- committee report

class Committee(Footnoted):
    headers = ("Consular support for British nationals facing the death penalty: the case of Daniel Okonjo",)
    footer_text = ""


from texts import COMMITTEE_PAGES, KUWAIT_PAGES  # noqa: E402


class Kuwait(Footnoted):
    first_page_number = 41
    header_from = 1
    headers = ("THE DEATH PENALTY IN THE GULF STATES 2024", "CHAPTER 3 | KUWAIT")
    footer_text = "Gulf Justice Monitor"


if __name__ == "__main__":
    build(Committee, COMMITTEE_PAGES, "hc-fac-okonjo-report.pdf")
    build(Kuwait, KUWAIT_PAGES, "gulf-dp-report-ch3-kuwait.pdf")
