#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

TH = ("This dissertation studies the right of indigenous communities in Velmar to be consulted before the "
      "State grants mining concessions on their land. It reviews 64 concessions granted between 2005 and 2019 "
      "and the 17 court cases that communities brought against them.")

GZ = ("IT IS NOTIFIED for general information that the Minister of Home Affairs, in exercise of the powers "
      "conferred by section 12 of the Societies Act, has cancelled the registration of the societies named in "
      "the Schedule with effect from the date of this notice.")

PS = ("The appellant was convicted in 2019 of sedition for a speech given at a rally in Portmere on 3 March "
      "2018. The Court of Appeal dismissed his appeal on 14 July 2021. The question for this Court was whether "
      "section 44 of the Penal Code, as interpreted by the courts below, is compatible with Article 19 of the "
      "Constitution.")

UN = ("The Special Rapporteur visited Norland from 2 to 13 October 2023 at the invitation of the Government. "
      "She met officials, judges, members of civil society and people who had been detained, and visited "
      "five places of detention.")


def thesis(path):
    """A doctoral dissertation's title page with the university and faculty in capitals at
    the top, the title in bold, 'by' and the author, the degree statement, and the month and
    year at the foot; an acknowledgements page; chapters."""
    pdf = new_pdf(footer="", footer_from=3)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "UNIVERSITY OF SARNETOWN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 7, "Faculty of Law", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(35)
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, "Consulted but Not Heard: Free, Prior and Informed Consent and Mining Concessions in Velmar",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 7, "by", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Tomas Aguirre Lenk", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Dissertation presented for the degree of\nDoctor of Laws (LLD)",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.multi_cell(0, 6, "Supervisor: Professor Hanna Merel\nCo-supervisor: Dr Ruben Osei", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(25)
    pdf.cell(0, 6, "September 2020", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    line(pdf, 13, 8, "Acknowledgements", "B")
    lines(pdf, 11, "I thank the communities of the Upper Ruvo who welcomed me between 2016 and 2018, and my "
          "supervisors for their patience.", height=6)
    pdf.add_page()
    body_pages(pdf, ["Abstract", "Chapter 1. Introduction", "Chapter 2. Consultation in the Constitution of 2008"], TH)
    pdf.output(path)


def gazette(path):
    """A government gazette issue as a PDF: the arms line, the gazette's name large, the
    'Published by Authority' line, a row 'Vol. ... No. ... PLACE, DAY Price', a contents list,
    a notice with its number and signature; the gazette's name and day in the running header."""
    pdf = new_pdf(header="THE NORLAND GAZETTE, 21st April, 2023", footer="", footer_from=2, header_align="C")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "REPUBLIC OF NORLAND", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 28)
    pdf.cell(0, 16, "THE NORLAND GAZETTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 6, "Published by Authority of the Republic of Norland", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(60, 6, "Vol. LXXII - No. 31", align="L")
    pdf.cell(70, 6, "VELDHAVEN, 21st April, 2023", align="C")
    pdf.cell(0, 6, "Price 40 Cents", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    line(pdf, 11, 7, "CONTENTS", "B")
    lines(pdf, 10, "Gazette Notice No. 1187 - The Societies Act - Cancellation of registration ........ 611\n"
          "Gazette Notice No. 1188 - The Land Registration Act - Loss of title ........ 612\n"
          "Gazette Notice No. 1189 - The Public Holidays Act - Appointment of a public holiday ........ 612", height=5)
    pdf.ln(6)
    line(pdf, 11, 7, "GAZETTE NOTICE No. 1187", "B")
    line(pdf, 11, 7, "THE SOCIETIES ACT", "B")
    line(pdf, 10, 6, "(Cap. 108)")
    line(pdf, 11, 7, "CANCELLATION OF REGISTRATION", "B")
    lines(pdf, 10, GZ, height=5)
    pdf.ln(3)
    lines(pdf, 10, "SCHEDULE\n1. Veldhaven Residents' Rights Association\n2. Northern Fishers' Welfare Society\n"
          "3. Coastal Women's Forum", height=5)
    pdf.ln(3)
    lines(pdf, 10, "Dated the 12th April, 2023.\n\nP. K. ANDERS,\nRegistrar of Societies.", height=5)
    pdf.add_page()
    line(pdf, 11, 7, "GAZETTE NOTICE No. 1188", "B")
    lines(pdf, 10, "THE LAND REGISTRATION ACT - LOSS OF TITLE. Notice is given that the title deed for parcel "
          "Veldhaven/Block 4/221 has been lost. Dated the 3rd April, 2023.", height=5)
    pdf.output(path)


def press_summary(path):
    """A supreme court's press summary as a PDF: the court's name, 'PRESS SUMMARY', the day,
    the case name with the parties' roles, the neutral citation, 'On appeal from', the
    justices; 'Background to the appeal', 'Judgment', 'Reasons'; the disclaimer."""
    pdf = new_pdf(footer="", footer_from=2)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "SUPREME COURT OF VELMAR", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "PRESS SUMMARY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    line(pdf, 11, 6, "6 March 2024")
    pdf.ln(2)
    line(pdf, 11, 6, "Daniel Oroko (Appellant) v Director of Public Prosecutions (Respondent)", "B")
    line(pdf, 11, 6, "[2024] VSC 9")
    line(pdf, 11, 6, "On appeal from: [2021] VCA 77")
    pdf.ln(2)
    line(pdf, 11, 6, "JUSTICES: Chief Justice Amani, Justice Berg, Justice Cole, Justice Daudi, Justice Enver")
    pdf.ln(4)
    line(pdf, 12, 7, "BACKGROUND TO THE APPEAL", "B")
    lines(pdf, 10, PS, height=5)
    pdf.ln(3)
    line(pdf, 12, 7, "JUDGMENT", "B")
    lines(pdf, 10, "The Supreme Court unanimously allows the appeal and quashes the conviction. Justice Cole "
          "gives the lead judgment, with which the other Justices agree.", height=5)
    pdf.ln(3)
    line(pdf, 12, 7, "REASONS FOR THE JUDGMENT", "B")
    lines(pdf, 10, PS + " " + PS, height=5)
    pdf.ln(4)
    lines(pdf, 9, "This summary is provided to help in understanding the Court's decision. It does not form "
          "part of the reasons for the decision. The full judgment of the Court is the only authoritative "
          "document. Judgments are public documents and are available at www.supremecourt.vl-example.org", "I",
          height=4.5)
    pdf.output(path)


def un_report(path):
    """A UN report with its symbol block set as cells on shared lines: 'United Nations' left and
    the symbol right, then 'General Assembly' beside 'Distr.: General / DAY / Original:
    English', the session and agenda item, the title, the kind line and the summary."""
    pdf = new_pdf(header="A/HRC/56/48/Add.1", footer="GE.24-07713(E)", footer_from=1, header_align="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(95, 7, "United Nations", align="L")
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 7, "A/HRC/56/48/Add.1", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(110, 9, "General Assembly", align="L")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Distr.: General\n2 May 2024\n\nOriginal: English", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    lines(pdf, 10, "Human Rights Council\nFifty-sixth session\n18 June-12 July 2024\nAgenda item 3\n"
          "Promotion and protection of all human rights, civil,\npolitical, economic, social and cultural rights,\n"
          "including the right to development", "B", height=5)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, "Visit to Norland\n", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6, "Report of the Special Rapporteur on torture and other cruel, inhuman or degrading "
                   "treatment or punishment, Ilse Varga*", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    lines(pdf, 10, "Summary", "B", 6)
    lines(pdf, 10, "The Special Rapporteur on torture and other cruel, inhuman or degrading treatment or "
          "punishment visited Norland from 2 to 13 October 2023. In the present report, she sets out her "
          "findings and makes recommendations.", height=5)
    pdf.ln(20)
    lines(pdf, 8, "* The summary of the report is circulated in all official languages. The report itself is "
          "annexed to the summary and is circulated in the language of submission only.", height=4)
    pdf.add_page()
    body_pages(pdf, ["I. Introduction", "II. Legal and institutional framework", "III. Conditions of detention"], UN)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    thesis(os.path.join(here, "dissertation-title-page.pdf"))
    gazette(os.path.join(here, "gazette-issue.pdf"))
    press_summary(os.path.join(here, "court-press-summary.pdf"))
    un_report(os.path.join(here, "un-visit-report.pdf"))
