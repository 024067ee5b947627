#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the
shared builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, lines, new_pdf  # noqa: E402

BODY = (
    "Courts continued to hand down death sentences after trials that fell short of international standards, "
    "and prisoners spent years on death row without a final decision on their appeals. Families were rarely "
    "told in advance of an execution, and several prisoners were executed while their applications for "
    "clemency were still pending."
)


def ngo_global_report(path):
    pdf = new_pdf(footer="Global Abolition Network | Death Sentences and Executions 2017")
    pdf.add_page()
    lines(pdf, 12, "GLOBAL ABOLITION NETWORK", "B", 8)
    pdf.ln(60)
    lines(pdf, 30, "DEATH SENTENCES\nAND EXECUTIONS\n2017", "B", 14)
    pdf.ln(6)
    lines(pdf, 14, "Global report", height=8)
    pdf.ln(70)
    lines(pdf, 8, "Cover: A candlelight vigil outside a prison, 2017.", height=4)
    pdf.add_page()
    pdf.ln(150)
    lines(pdf, 9, "Global Abolition Network is a network of more than 150 organizations working to end the death "
          "penalty worldwide.\n\nFirst published in April 2018 by Global Abolition Network, 1 Abolition Road, "
          "London, United Kingdom\n\n(c) Global Abolition Network 2018\nIndex: GAN 50/7955/2018\n"
          "Original language: English", height=4.5)
    pdf.add_page()
    lines(pdf, 14, "Contents", "B", 10)
    lines(pdf, 10, "Key facts and figures ........ 4\nGlobal trends ........ 6\nRegional overviews ........ 12\n"
          "Annex I: Reported death sentences and executions in 2017 ........ 40", height=6)
    pdf.add_page()
    lines(pdf, 14, "Global trends", "B", 10)
    lines(pdf, 10, "This report covers the judicial use of the death penalty for the period January to December 2017. "
          + BODY, height=5)
    body_pages(pdf, ["Executions", "Death sentences", "Commutations and exonerations"], BODY)
    pdf.output(path)


def inspectorate_annual_report(path):
    pdf = new_pdf(header="Annual Report 2018-19", footer="Office of the Inspector of Custodial Services")
    pdf.add_page()
    pdf.ln(30)
    lines(pdf, 16, "Office of the Inspector of Custodial Services", "B", 9)
    pdf.ln(40)
    lines(pdf, 34, "Annual Report\n2018-19", "B", 16)
    pdf.ln(60)
    lines(pdf, 9, "Independent oversight of prisons, youth detention and court custody", height=5)
    pdf.add_page()
    lines(pdf, 14, "Letter to the Minister", "B", 10)
    lines(pdf, 10, "Dear Minister,\n\nIn accordance with section 33 of the Inspector of Custodial Services Act 2003, "
          "I submit for your information and presentation to Parliament the Annual Report of the Office of the "
          "Inspector of Custodial Services for the year ended 30 June 2019.\n\nInspector of Custodial Services\n"
          "20 September 2019", height=5)
    pdf.ln(10)
    lines(pdf, 9, "Tabled in Parliament on 24 October 2019", "I", 5)
    pdf.add_page()
    lines(pdf, 14, "The year in review", "B", 10)
    body_pages(pdf, ["Inspections", "Deaths in custody", "Recommendations"], BODY)
    pdf.output(path)


def briefing_paper(path):
    pdf = new_pdf(header="Briefing Paper No. 12 | September 2020",
                  footer="(c) Penal Reform Watch 2020 | www.penalreformwatch.example")
    pdf.add_page()
    lines(pdf, 8, "Briefing Paper No. 12 | September 2020", "I", 5)
    lines(pdf, 10, "PENAL REFORM WATCH", "B", 8)
    pdf.ln(6)
    lines(pdf, 20, "Women on Death Row: Gender and the Death Penalty in South Asia", "B", 10)
    pdf.ln(4)
    lines(pdf, 11, "Key points", "B", 7)
    lines(pdf, 10, "- At least 120 women are under sentence of death in the region.\n"
          "- Most were convicted of murder of a family member after years of abuse.\n"
          "- Courts rarely consider a history of violence as a mitigating factor.", height=5)
    pdf.ln(4)
    body_pages(pdf, ["Introduction", "Findings", "Recommendations"], BODY)
    pdf.output(path)


def un_resolution(path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(90, 10, "United Nations")
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "A/RES/73/175", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(10, 22, 200, 22)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(110, 14, "General Assembly")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "Distr.: General\n23 January 2019", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    lines(pdf, 10, "Seventy-third session\nAgenda item 74 (b)", "B", 5)
    pdf.ln(4)
    lines(pdf, 13, "Resolution adopted by the General Assembly on 17 December 2018", "B", 7)
    lines(pdf, 10, "[on the report of the Third Committee (A/73/589/Add.2)]", height=5)
    pdf.ln(4)
    lines(pdf, 12, "73/175. Moratorium on the use of the death penalty", "B", 7)
    pdf.ln(2)
    lines(pdf, 10, "The General Assembly,\n\nGuided by the purposes and principles contained in the Charter of the "
          "United Nations,\n\nRecalling the Universal Declaration of Human Rights, the International Covenant on "
          "Civil and Political Rights and the Convention on the Rights of the Child,", height=5)
    for i in range(1, 8):
        lines(pdf, 10, f"{i}. Calls upon all States to respect international standards that provide safeguards "
              "guaranteeing protection of the rights of those facing the death penalty, and to progressively "
              "restrict its use.", height=5)
    pdf.set_y(-25)
    lines(pdf, 8, "18-22360 (E)    230119", height=5)
    pdf.output(path)


if __name__ == "__main__":
    ngo_global_report("corpus/ngo-global-report.pdf")
    inspectorate_annual_report("corpus/inspectorate-annual.pdf")
    briefing_paper("corpus/briefing-paper.pdf")
    un_resolution("corpus/un-ga-resolution.pdf")
