#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the
shared builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, block, body_pages, line, lines, new_pdf, started  # noqa: E402

BODY = ("Courts continued to impose death sentences after trials that did not meet international standards of "
        "fairness, and prisoners remained on death row for many years while their appeals were pending. "
        "Families were not told in advance of executions, and bodies were not returned for burial.")

PRISONS = ("Prison populations continued to grow, and in many countries prisons held far more people than they "
           "were built for. Alternatives to imprisonment were little used, and people held before trial made up "
           "a third of all prisoners. Health care in prisons remained poor, and deaths in custody were rarely "
           "investigated independently.")


def ai_report_with_cover(path):
    """An annual report's first pages: cover, copyright page, then a chapter with the running footer."""
    Chapter.footer_text = "Amnesty International Report 2013"
    Chapter.first_page_number = 1
    pdf = started(25, Chapter)
    pdf.ln(50)
    block(pdf, 30, 14, "AMNESTY INTERNATIONAL\nREPORT 2013", "B")
    pdf.ln(6)
    line(pdf, 16, 9, "THE STATE OF THE WORLD'S HUMAN RIGHTS")
    pdf.add_page()
    pdf.ln(120)
    block(pdf, 9, 4.5, "Amnesty International is a global movement of more than 3 million supporters, members and "
          "activists in more than 150 countries and territories who campaign to end grave abuses of human rights."
          "\n\nFirst published in 2013 by Amnesty International Publications\nInternational Secretariat\n"
          "Peter Benenson House\n1 Easton Street\nLondon WC1X 0DW\nUnited Kingdom\n\n"
          "(c) Amnesty International Publications 2013\nIndex: POL 10/001/2013\nOriginal language: English\n\n"
          "This report covers the period January to December 2012.")
    pdf.add_page()
    line(pdf, 18, 12, "WESTLAND", "B")
    for text in ["REPUBLIC OF WESTLAND", "Head of state and government: Arthur Bell", "Death penalty: retentionist"]:
        line(pdf, 9, 5, text, "B")
    pdf.ln(4)
    for i in range(3):
        for h in ["Background", "Death penalty", "Torture and other ill-treatment"]:
            line(pdf, 11, 8, h if i == 0 else f"{h} ({i + 1})", "B")
            block(pdf, 10, 5, BODY + " " + BODY)
            pdf.ln(2)
    pdf.output(path)


def ai_chapter_covering(path):
    """A chapter cut from a 2005 annual report, its head line saying the events it covers."""
    Chapter.footer_text = "Amnesty International Report 2005"
    Chapter.first_page_number = 141
    pdf = started(25, Chapter)
    line(pdf, 8, 5, "Covering events from January - December 2004", "I")
    pdf.ln(2)
    line(pdf, 18, 12, "JAMAICA", "B")
    for text in ["JAMAICA", "Head of state: Queen Elizabeth II, represented by Governor General",
                 "Head of government: Percival Clarke", "Death penalty: retentionist",
                 "International Criminal Court: signed"]:
        line(pdf, 9, 5, text, "B")
    pdf.ln(4)
    for i in range(3):
        for h in ["Police killings", "Death penalty", "Prison conditions"]:
            line(pdf, 11, 8, h if i == 0 else f"{h} ({i + 1})", "B")
            block(pdf, 10, 5, BODY + " " + BODY)
            pdf.ln(2)
    pdf.output(path)


def un_report(path):
    """A UN report whose summary gives its period to the day."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(90, 10, "United Nations")
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "A/HRC/42/31", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(10, 22, 200, 22)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(110, 14, "General Assembly")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "Distr.: General\n5 September 2019\n\nOriginal: English", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    lines(pdf, 10, "Human Rights Council\nForty-second session\n9-27 September 2019\nAgenda item 2\n"
          "Annual report of the United Nations High Commissioner\nfor Human Rights and reports of the Office of the\n"
          "High Commissioner and the Secretary-General", "B", 5)
    pdf.ln(6)
    block(pdf, 15, 7, "Situation of human rights in Westland", "B", x=35)
    pdf.ln(3)
    block(pdf, 12, 6, "Report of the Office of the United Nations High Commissioner for Human Rights", "B", x=35)
    pdf.ln(3)
    block(pdf, 10, 5, "Summary\nThe present report, submitted pursuant to Human Rights Council resolution 39/1, "
          "covers the period from 16 August 2018 to 15 August 2019. It describes the human rights situation in "
          "Westland, including the use of the death penalty, and sets out recommendations to the Government.",
          x=35)
    pdf.ln(3)
    for i in range(1, 9):
        block(pdf, 10, 5, f"{i}. During the period under review, the Office continued to receive reports of "
              "death sentences handed down after trials that did not meet fair trial standards, and of "
              "executions carried out without notice to the families of the prisoners.")
        pdf.ln(1)
    pdf.set_y(-25)
    line(pdf, 8, 5, "19-15213 (E)    100919")
    pdf.output(path)


def prison_trends(path):
    """An NGO's annual publication titled with its edition's year; its text names no period."""
    pdf = new_pdf(footer="Penal Reform Watch | Global Prison Trends 2022")
    pdf.add_page()
    lines(pdf, 12, "PENAL REFORM WATCH", "B", 8)
    pdf.ln(60)
    lines(pdf, 30, "Global Prison\nTrends 2022", "B", 14)
    pdf.ln(70)
    lines(pdf, 9, "Cover photo: A corridor in a remand prison.", height=4)
    pdf.add_page()
    pdf.ln(150)
    lines(pdf, 9, "Penal Reform Watch is an independent non-governmental organisation that works on criminal "
          "justice reform worldwide.\n\nPublished in May 2022 by Penal Reform Watch\n2 Reform Street, London\n\n"
          "(c) Penal Reform Watch 2022\nISBN: 978-1-00000-222-9", height=4.5)
    pdf.add_page()
    lines(pdf, 14, "Foreword", "B", 10)
    lines(pdf, 10, PRISONS, height=5)
    body_pages(pdf, ["Prison populations", "Alternatives to imprisonment", "Health in prisons"], PRISONS)
    pdf.output(path)


def fact_sheet(path):
    """One page, its footer (the body's name and address) the last line of the text."""
    pdf = new_pdf(footer="Westland Coalition Against the Death Penalty | www.wcadp.example", footer_from=1,
                  numbered=False)
    pdf.add_page()
    lines(pdf, 10, "FACT SHEET", "B", 6)
    lines(pdf, 20, "The Death Penalty in Westland", "B", 10)
    lines(pdf, 10, "October 2019", height=6)
    pdf.ln(4)
    for h, t in [("Law", "The death penalty is mandatory for murder and may be imposed for drug trafficking and "
                  "treason. The last execution was carried out in 2008."),
                 ("Death row", "At least 86 people were under sentence of death at the end of September 2019, "
                  "four of them women. Twelve have been on death row for more than fifteen years."),
                 ("What you can do", "Write to the Minister of Justice calling for a moratorium on executions "
                  "and for the commutation of all death sentences.")]:
        lines(pdf, 11, h, "B", 7)
        lines(pdf, 10, t, height=5)
        pdf.ln(2)
    pdf.output(path)


if __name__ == "__main__":
    ai_report_with_cover("corpus/ai-2013-cover.pdf")
    ai_chapter_covering("corpus/ai-2005-chapter.pdf")
    un_report("corpus/un-report-period.pdf")
    prison_trends("corpus/ngo-trends-2022.pdf")
    fact_sheet("corpus/factsheet-one-page.pdf")
