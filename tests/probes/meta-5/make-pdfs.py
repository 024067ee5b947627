#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the
shared builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, block, line, started  # noqa: E402

LOREM_2016 = [
    "The authorities continued to impose death sentences after trials that failed to meet international standards, "
    "and executions were carried out in secret, without notice to families or lawyers.",
    "At least 88 people were executed during the year, most of them for terrorism-related offences. Many had been "
    "convicted on the basis of confessions they said had been extracted under torture.",
    "In August, 36 men were hanged in a single day at a prison in the south of the country after a trial that lasted "
    "a few hours. Human rights organizations said several of the men had been denied access to a lawyer.",
    "Government forces and militias committed unlawful killings, and thousands of men and boys fleeing areas of "
    "fighting were subjected to enforced disappearance.",
    "Women and girls continued to face discrimination in law and in practice, and the authorities failed to "
    "protect them from gender-based violence.",
]


def ai_chapter(path, footer, first, country, head, paragraphs, headings):
    Chapter.footer_text = footer
    Chapter.first_page_number = first
    pdf = started(25, Chapter)
    line(pdf, 18, 12, country, "B")
    for text in head:
        line(pdf, 9, 5, text, "B")
    pdf.ln(4)
    for i in range(3):
        for h, p in zip(headings, paragraphs):
            line(pdf, 11, 8, h.upper() if i == 0 else f"{h} ({i + 1})", "B")
            block(pdf, 10, 5, p + " " + p)
            pdf.ln(2)
    pdf.output(path)


def un_document(path):
    pdf = started(20)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(90, 10, "United Nations")
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "E/2015/49", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(10, 22, 200, 22)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(110, 14, "Economic and Social Council")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "Distr.: General\n13 April 2015\n\nOriginal: English", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    block(pdf, 10, 5, "Substantive session of 2015\nNew York, 22-25 June 2015\nItem 19 (c) of the provisional agenda*\n"
          "Social and human rights questions: crime prevention and criminal justice", "B")
    pdf.ln(6)
    block(pdf, 15, 7, "Capital punishment and implementation of the safeguards guaranteeing protection of the "
          "rights of those facing the death penalty", "B", x=35)
    pdf.ln(3)
    line(pdf, 12, 7, "Report of the Secretary-General", "B", x=35)
    pdf.ln(3)
    block(pdf, 10, 5, "Summary\nThe present report is the ninth quinquennial report of the Secretary-General on capital "
          "punishment. It covers the period from 2009 to 2013 and reviews changes in law and practice "
          "regarding the death penalty worldwide.", x=35)
    pdf.ln(3)
    for i in range(1, 9):
        block(pdf, 10, 5, f"{i}. During the period under review, the trend towards abolition of the death penalty "
              "continued. A number of States abolished the death penalty for all crimes, and others "
              "introduced or maintained moratoriums on executions, while a small number of States "
              "resumed executions after a long pause.")
        pdf.ln(1)
    pdf.set_y(-25)
    line(pdf, 8, 5, "* E/2015/1.")
    pdf.cell(0, 5, "15-05840 (E)    200415")
    pdf.output(path)


def ngo_report(path):
    pdf = started(20)
    pdf.ln(40)
    block(pdf, 28, 14, "\"They Came at Dawn\"", "B")
    block(pdf, 16, 9, "Secret Executions and the Families Left Behind in Vietnam")
    pdf.ln(90)
    line(pdf, 14, 10, "RIGHTS WITNESS ASIA", "B")
    pdf.add_page()
    pdf.ln(150)
    block(pdf, 9, 4.5, "Copyright (c) 2015 Rights Witness Asia\nAll rights reserved.\nPrinted in the United Kingdom\n"
          "ISBN: 978-1-00000-123-4\nCover photo: A prison wall at dawn.\n\nRights Witness Asia documents "
          "human rights violations in South-East Asia and works with families of people on death row.\n\n"
          "MARCH 2015")
    pdf.add_page()
    line(pdf, 14, 10, "Summary", "B")
    for _ in range(6):
        block(pdf, 10, 5, "Families of people sentenced to death are often told of an execution only after it has "
              "taken place, sometimes weeks later, and are denied the body. This report is based on "
              "interviews with 41 relatives of prisoners executed between 2011 and 2014.")
        pdf.ln(2)
    pdf.output(path)


if __name__ == "__main__":
    ai_chapter("corpus/ai-2016-chapter.pdf", "Amnesty International Report 2016/17", 197, "IRAQ",
               ["Republic of Iraq", "Head of state: Fuad Masum", "Head of government: Haider al-Abadi"],
               LOREM_2016, ["Background", "Death penalty", "Unfair trials", "Enforced disappearances",
                             "Women's rights"])
    ai_chapter("corpus/ai-2009-chapter.pdf", "Amnesty International Report 2009", 312, "SUDAN",
               ["REPUBLIC OF THE SUDAN", "Head of state and government: Omar Hassan Ahmed al-Bashir",
                "Death penalty: retentionist", "Population: 41.3 million"],
               [p.replace("during the year", "in 2008") for p in LOREM_2016],
               ["Background", "Death penalty", "Unfair trials", "Arbitrary detention", "Violence against women"])
    un_document("corpus/un-ecosoc.pdf")
    ngo_report("corpus/ngo-report.pdf")
