"""Builds corpus/ai-report-2023-24-bangladesh.pdf (needs fpdf2): a country chapter of an
Amnesty-style annual report, with the chapter's head block, a running header from the second
page, a running footer with page numbers from 112, endnotes at the chapter's end. The text is
in texts.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, ".."))
from fpdf import FPDF  # noqa: E402
import texts  # noqa: E402


class Chapter(FPDF):
    first_page_number = 112

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, "AMNESTY INTERNATIONAL REPORT 2023/24", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        n = self.first_page_number + self.page_no() - 1
        self.cell(0, 10, "Amnesty International Report 2023/24 - The state of the world's human rights",
                  align="L")
        self.set_x(-30)
        self.cell(0, 10, str(n), align="R")


def main():
    pdf = Chapter()
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title("Amnesty International Report 2023/24: Bangladesh")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 12, texts.HEAD[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for h in texts.HEAD[1:]:
        pdf.multi_cell(0, 5, h, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 5, texts.SUMMARY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, body in texts.SECTIONS:
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for para in body.split("\n"):
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(1)
    pdf.set_font("Helvetica", "", 8)
    for n in texts.NOTES:
        pdf.multi_cell(0, 4, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(HERE, "corpus", "ai-report-2023-24-bangladesh.pdf"))


if __name__ == "__main__":
    main()
