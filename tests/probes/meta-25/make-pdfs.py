#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

SR = ("The Special Rapporteur met judges of all instances, prosecutors, members of the bar and of the "
      "Judicial Council, and visited two prisons. She heard consistent accounts of pressure on judges who "
      "ruled against the executive, including disciplinary proceedings opened on vague grounds and transfers "
      "to distant courts without consent. Access to a lawyer during the first hours of police custody is "
      "not guaranteed in practice.")

NPM = ("In 2023 the National Preventive Mechanism carried out 41 visits, 12 of them unannounced night visits, "
       "to prisons, police custody suites, psychiatric wards, care homes and immigration detention. The "
       "mechanism found that isolation of prisoners for more than 22 hours a day remained common in three "
       "high-security prisons, and that restraint beds were used in psychiatric wards without recording.")

NGO = ("Women held on remand in the northern provinces wait on average fourteen months for trial. Most of "
       "the 112 women we interviewed had not seen a lawyer before their first court appearance; many were "
       "detained for petty offences that carry no custodial sentence. Several were held with their infants "
       "in cells without running water.")

FRA = ("The year 2023 brought new challenges for fundamental rights in the European Union. The report "
       "reviews developments in the fields of equality and non-discrimination, racism, Roma equality, asylum "
       "and borders, information society, the rights of the child, access to justice, and the implementation "
       "of the Convention on the Rights of Persons with Disabilities.")

WP = ("Emergency decrees adopted after 2015 allowed the police to hold suspects for up to thirty days "
      "without judicial review. We trace how the courts of Norland responded, drawing on 214 published "
      "habeas corpus rulings, and argue that deference grew as the state of emergency was renewed.")


def sr_visit_report(path):
    """A UN special procedure's country-visit report: the UN masthead with the document
    symbol (an Add.1), 'Distr.: General' and the day, the council's session block, the
    country 'Visit to ...' over 'Report of the Special Rapporteur on ..., NAME*'."""
    pdf = new_pdf(header="A/HRC/56/48/Add.1", footer="GE.24-07712(E)", footer_from=1, header_align="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(60, 6, "United Nations")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 6, "A/HRC/56/48/Add.1", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(100, 10, "General Assembly")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "Distr.: General\n2 May 2024\n\nOriginal: English", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    lines(pdf, 10, "Human Rights Council\nFifty-sixth session\n18 June-12 July 2024\nAgenda item 3\n"
          "Promotion and protection of all human rights, civil,\npolitical, economic, social and cultural "
          "rights,\nincluding the right to development", height=5)
    pdf.ln(6)
    line(pdf, 14, 8, "Visit to Norland", "B")
    pdf.ln(2)
    lines(pdf, 14, "Report of the Special Rapporteur on the independence of judges\nand lawyers, Maria "
          "Ortega*", "B", 7)
    pdf.ln(6)
    line(pdf, 11, 6, "Summary", "B")
    block(pdf, 10, 5, "The Special Rapporteur on the independence of judges and lawyers, Maria Ortega, "
          "conducted an official visit to Norland from 4 to 15 September 2023. In the present report, she "
          "assesses the independence of the judiciary and of the legal profession and makes recommendations "
          "to the Government.")
    pdf.ln(20)
    lines(pdf, 8, "* The summary of the present report is circulated in all official languages. The report "
          "itself, which is annexed to the summary, is circulated in the language of submission only.",
          height=4)
    pdf.add_page()
    body_pages(pdf, ["I. Introduction", "II. Legal and institutional framework",
                     "III. Independence of judges", "IV. Conclusions and recommendations"], SR, repeat=2)
    pdf.output(path)


def npm_annual(path):
    """A national preventive mechanism's annual report: the ombudsman's name at the top, the
    mechanism's name, 'Annual Report 2023' with a subtitle naming the protocol; an imprint
    page with the address and 'Velmar, March 2024'."""
    pdf = new_pdf(footer="National Preventive Mechanism - Annual Report 2023", footer_from=2)
    pdf.add_page()
    line(pdf, 12, 7, "PARLIAMENTARY OMBUDSMAN OF NORLAND", "B")
    line(pdf, 11, 6, "National Preventive Mechanism against Torture and Ill-treatment")
    pdf.ln(50)
    line(pdf, 28, 14, "Annual Report 2023", "B")
    lines(pdf, 13, "Monitoring places of deprivation of liberty under the Optional Protocol\nto the "
          "UN Convention against Torture", height=7)
    pdf.add_page()
    pdf.ln(120)
    lines(pdf, 9, "Parliamentary Ombudsman of Norland\nNational Preventive Mechanism\nKirkegata 4, "
          "0153 Velmar\nwww.ombudsman.nl.example\n\nISBN 978-82-93012-44-1\nLayout: Studio Fjell\n"
          "Cover photo: Velmar District Prison, NPM\n\nVelmar, March 2024", height=5)
    pdf.add_page()
    line(pdf, 14, 8, "Foreword by the Ombudsman", "B")
    lines(pdf, 10, NPM, height=5)
    pdf.ln(4)
    body_pages(pdf, ["1. The year in brief", "2. Prisons", "3. Police custody", "4. Psychiatric wards",
                     "5. Follow-up of recommendations"], NPM, repeat=2)
    pdf.output(path)


def ngo_donor_report(path):
    """An NGO's donor-funded research report: a strip of partner and donor logos (as text)
    above the title, 'Research report | March 2024', an imprint page with the copyright
    line and the donor's disclaimer."""
    pdf = new_pdf(header="Locked Out of Justice", footer="Velmar Legal Aid Centre", footer_from=2)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(60, 8, "VELMAR LEGAL AID CENTRE")
    pdf.cell(60, 8, "KESSEL WOMEN'S NETWORK", align="C")
    pdf.cell(0, 8, "Funded by the European Union", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(60)
    line(pdf, 30, 15, "Locked Out of Justice", "B")
    lines(pdf, 14, "Pre-trial detention of women in Norland's northern provinces", height=7)
    pdf.ln(10)
    line(pdf, 11, 6, "Research report | March 2024")
    pdf.add_page()
    pdf.ln(150)
    lines(pdf, 8, "(c) 2024 Velmar Legal Aid Centre. All rights reserved.\n\nThis publication was produced "
          "with the financial support of the European Union. Its contents are the sole responsibility of "
          "the Velmar Legal Aid Centre and the Kessel Women's Network and do not necessarily reflect the "
          "views of the European Union.\n\nCover photo: a women's wing in Kessel, 2023.\n"
          "Velmar Legal Aid Centre, 12 Harbour Road, Velmar", height=4)
    pdf.add_page()
    body_pages(pdf, ["Summary", "Methodology", "1. Waiting for trial", "2. Access to a lawyer",
                     "3. Mothers and infants", "Recommendations"], NGO, repeat=2)
    pdf.output(path)


def fra_annual(path):
    """An EU agency's yearly rights report: the report's name with the year of issue on the
    cover, the agency at the foot; an imprint page naming the publications office and the
    copyright year; a foreword saying which year it covers."""
    pdf = new_pdf(footer="Fundamental Rights Report 2024", footer_from=3)
    pdf.add_page()
    pdf.ln(40)
    line(pdf, 30, 15, "FUNDAMENTAL RIGHTS", "B")
    line(pdf, 30, 15, "REPORT 2024", "B")
    pdf.ln(120)
    line(pdf, 10, 6, "EUROPEAN UNION AGENCY FOR FUNDAMENTAL RIGHTS", "B")
    pdf.add_page()
    pdf.ln(140)
    lines(pdf, 8, "(c) European Union Agency for Fundamental Rights, 2024\nReproduction is authorised "
          "provided the source is acknowledged.\n\nLuxembourg: Publications Office of the European Union, "
          "2024\n\nPrint ISBN 978-92-9489-311-2 doi:10.2811/41203 TK-AH-24-001-EN-C\n"
          "PDF ISBN 978-92-9489-310-5 doi:10.2811/47732 TK-AH-24-001-EN-N", height=4)
    pdf.add_page()
    line(pdf, 14, 8, "Foreword", "B")
    lines(pdf, 10, FRA, height=5)
    pdf.ln(4)
    body_pages(pdf, ["1. Equality and non-discrimination", "2. Racism", "3. Asylum and borders",
                     "4. Rights of the child", "5. Access to justice"], FRA, repeat=2)
    pdf.output(path)


def working_paper(path):
    """An academic working paper: a journal-style header line with series, number and ISSN,
    the title, authors with starred affiliations, 'This version:' day, an abstract across
    the page and the body in two columns."""
    pdf = new_pdf(header="Habeas Corpus under Emergency Rule - Petrova & Keller", footer="", footer_from=2)
    pdf.add_page()
    line(pdf, 8, 5, "VELMAR CENTRE FOR HUMAN RIGHTS LAW  -  WORKING PAPER SERIES  -  No. 07/2024  -  "
         "ISSN 2750-1234")
    pdf.ln(10)
    lines(pdf, 18, "Habeas Corpus under Emergency Rule:\nThe Courts of Norland, 2015-2023", "B", 9)
    pdf.ln(4)
    line(pdf, 11, 6, "Anna Petrova* and Jonas Keller**")
    line(pdf, 9, 5, "This version: 14 February 2024")
    pdf.ln(4)
    line(pdf, 10, 6, "Abstract", "B")
    block(pdf, 9, 4.5, WP + " Keywords: habeas corpus; emergency powers; judicial deference; Norland.")
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_font("Helvetica", "", 9)
    col = ("1. Introduction\n" + WP + " " + WP + "\n\n2. The emergency decrees\n" + WP + " " + WP)
    pdf.set_xy(10, top)
    pdf.multi_cell(92, 4.5, col)
    pdf.set_xy(108, top)
    pdf.multi_cell(92, 4.5, "3. The rulings\n" + WP + " " + WP + "\n\n4. Deference\n" + WP + " " + WP)
    pdf.set_y(250)
    lines(pdf, 7, "* Lecturer in Public Law, University of Velmar. ** Research Fellow, Velmar Centre for "
          "Human Rights Law. Comments welcome: a.petrova@uvel.example", height=3.5)
    pdf.add_page()
    body_pages(pdf, ["5. The courts after 2020", "6. Conclusion", "References"], WP, repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    sr_visit_report(os.path.join(here, "sr-visit-report.pdf"))
    npm_annual(os.path.join(here, "npm-annual-report.pdf"))
    ngo_donor_report(os.path.join(here, "ngo-donor-report.pdf"))
    fra_annual(os.path.join(here, "eu-agency-annual-report.pdf"))
    working_paper(os.path.join(here, "working-paper-two-column.pdf"))
