"""Page builders shared by the probes' `make-pdfs.py` scripts (fpdf2: `pip install fpdf2`).

A probe's script puts `tests/probes` on its path and imports these; the text of each PDF
stays in the probe's own script.
"""
from fpdf import FPDF


class Paged(FPDF):
    """A PDF with an optional running header (from the second page on) and a running footer
    with the page number (from page `footer_from` on)."""

    running_header = ""
    running_footer = ""
    footer_from = 2
    header_align = "R"
    numbered = True

    def header(self):
        if self.page_no() > 1 and self.running_header:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, self.running_header, align=self.header_align, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        if self.page_no() >= self.footer_from:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            if self.running_footer:
                self.cell(0, 10, self.running_footer, align="L")
            if self.numbered:
                self.set_x(-30)
                self.cell(0, 10, str(self.page_no()), align="R")


def new_pdf(header="", footer="", footer_from=2, header_align="R", numbered=True):
    pdf = Paged()
    pdf.running_header = header
    pdf.running_footer = footer
    pdf.footer_from = footer_from
    pdf.header_align = header_align
    pdf.numbered = numbered
    pdf.set_auto_page_break(True, margin=25)
    return pdf


def lines(pdf, size, text, style="", height=None, x=None):
    """A paragraph (or lines split at newlines) in Helvetica of `size`."""
    pdf.set_font("Helvetica", style, size)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(0, height or size * 0.5, text, new_x="LMARGIN", new_y="NEXT")


def body_pages(pdf, headings, body, repeat=2):
    """Body text under each heading, `repeat` times over (the later rounds "(continued)")."""
    for i in range(repeat):
        for h in headings:
            lines(pdf, 11, h if i == 0 else f"{h} (continued)", "B", 8)
            lines(pdf, 10, body + " " + body, height=5)
            pdf.ln(2)



def line(pdf, size, height, text, style="", x=None):
    """One line in Helvetica of `size`, from `x` if given."""
    pdf.set_font("Helvetica", style, size)
    if x is not None:
        pdf.set_x(x)
    pdf.cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def block(pdf, size, height, text, style="", x=None):
    """A paragraph in Helvetica of `size`, lines `height` apart; from `x`, 150 mm wide, if given."""
    pdf.set_font("Helvetica", style, size)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(0 if x is None else 150, height, text, new_x="LMARGIN", new_y="NEXT")


class Chapter(FPDF):
    """A chapter cut from a bound report: its pages numbered from `first_page_number`, the
    running footer (the report's name) on the outer side of each page, beside the number."""

    footer_text = ""
    first_page_number = 1

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        n = self.first_page_number + self.page_no() - 1
        if n % 2:
            self.cell(0, 10, f"{self.footer_text}", align="L")
            self.set_x(-30)
            self.cell(0, 10, str(n), align="R")
        else:
            self.cell(0, 10, str(n), align="L")
            self.set_x(-90)
            self.cell(0, 10, f"{self.footer_text}", align="R")


def started(margin, cls=FPDF):
    """A document of class `cls` with its first page begun."""
    pdf = cls()
    pdf.set_auto_page_break(True, margin=margin)
    pdf.add_page()
    return pdf
