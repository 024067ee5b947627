#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from fpdf import FPDF  # noqa: E402
from pdfgen import body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

CP = ("The Government accepts 17 of the review's 22 recommendations in full and three in part. We will "
      "introduce a statutory time limit of 28 days on immigration detention for adults at risk, extend "
      "independent medical examinations to all detainees within 24 hours of arrival, and publish quarterly "
      "data on the length of detention by nationality and vulnerability.")

INQ = ("Between 12 and 14 August 2022 at least 37 people were killed in Port Alven when security forces "
       "dispersed protests against the increase in fuel prices. The Commission heard 412 witnesses, "
       "examined 1,900 hours of video and visited the morgue, the hospitals and the places of detention. "
       "It finds that live ammunition was used against unarmed protesters without warning.")

LAB = ("During the year the Board granted legal aid in 48,210 criminal matters and 9,874 civil matters. "
       "The duty lawyer scheme at police stations was extended to all eleven regions. Average waiting "
       "times for a first consultation fell from 19 to 11 days.")


def command_paper(path):
    """A government's response laid as a command paper: title on the cover, 'Presented to
    Parliament by ... by Command of His Majesty', the month and year, the CP number; the
    imprint page with Crown copyright, ISBN and print code."""
    pdf = new_pdf(footer="Government Response to the Independent Review of Detention Safeguards", footer_from=3)
    pdf.add_page()
    line(pdf, 10, 6, "HM Government", "B")
    pdf.ln(35)
    lines(pdf, 22, "The Government Response to the Independent Review of Immigration Detention Safeguards",
          "B", 11)
    pdf.ln(25)
    lines(pdf, 10, "Presented to Parliament\nby the Secretary of State for the Home Department\nby Command of "
          "His Majesty", height=5)
    pdf.ln(6)
    line(pdf, 10, 5, "March 2025")
    pdf.ln(50)
    line(pdf, 10, 5, "CP 1287")
    pdf.add_page()
    lines(pdf, 8, "(c) Crown copyright 2025\n\nThis publication is licensed under the terms of the Open "
          "Government Licence v3.0 except where otherwise stated.\n\nAny enquiries regarding this publication "
          "should be sent to us at Home Office, 2 Marsham Street, London SW1P 4DF.\n\nISBN 978-1-5286-5555-1\n"
          "E03311871 03/25", height=4)
    pdf.add_page()
    body_pages(pdf, ["Ministerial foreword", "Introduction", "Response to the recommendations"], CP)
    pdf.output(path)


def slide_deck(path):
    """A briefing presentation exported to PDF: landscape slides, the title slide with
    subtitle, audience, place and day and the organisation; a footer on each slide."""
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_y(55)
    line(pdf, 30, 15, "Monitoring Pre-Trial Detention in Eskeland", "B")
    line(pdf, 18, 10, "Findings from the 2023 court-watch programme")
    pdf.ln(18)
    line(pdf, 13, 7, "Briefing to the Donor Working Group on Justice")
    line(pdf, 13, 7, "Lindau, 6 February 2024")
    pdf.set_y(-30)
    line(pdf, 11, 6, "Eskeland Bar Association | Access to Justice Project", "B")
    slides = [
        ("About the programme", "Volunteer lawyers observed 2,140 first appearance hearings in nine district "
         "courts between January and December 2023."),
        ("Key findings", "- 71% of suspects had no lawyer at the first hearing\n- Average hearing length: "
         "4 minutes\n- Detention was ordered in 64% of hearings\n- Reasons were given orally in fewer than "
         "half of detention orders"),
        ("Recommendations", "- Duty lawyer at every first appearance\n- Written, reasoned detention orders\n"
         "- Review of detention every 30 days"),
        ("Next steps", "The 2024 programme will extend observation to the appeal courts and add a survey "
         "of detainees' families."),
    ]
    for n, (head, text) in enumerate(slides, 2):
        pdf.add_page()
        pdf.set_y(20)
        line(pdf, 24, 12, head, "B")
        pdf.ln(8)
        lines(pdf, 16, text, height=10)
        pdf.set_y(-18)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 6, "Eskeland Bar Association - Court-watch 2023", align="L")
        pdf.set_x(-30)
        pdf.cell(0, 6, str(n), align="R")
    pdf.output(path)


def letterhead_letter(path):
    """An NGO's letter to a minister on letterhead: the organisation's name and address at
    the top, 'Our ref', the day, the addressee, 'Dear Minister,', a 'Re:' subject line, a
    two-page body and the signature."""
    pdf = new_pdf(footer="Ostrel Penal Reform Alliance - registered association no. 4471", footer_from=1,
                  numbered=False)
    pdf.add_page()
    line(pdf, 16, 8, "OSTREL PENAL REFORM ALLIANCE", "B")
    line(pdf, 8, 4, "14 Harbour Street, Kelmar 2203, Ostrel  |  +00 21 555 0190  |  info@example.org")
    pdf.ln(12)
    line(pdf, 10, 5, "Our ref: OPRA/2025/017")
    line(pdf, 10, 5, "17 January 2025")
    pdf.ln(6)
    lines(pdf, 10, "The Hon. Lena Farrow MP\nMinister of Justice\nMinistry of Justice\nGovernment Buildings, "
          "Kelmar", height=5)
    pdf.ln(6)
    line(pdf, 10, 5, "Dear Minister,")
    pdf.ln(3)
    line(pdf, 10, 5, "Re: Overcrowding and deaths at Kelmar Central Prison", "B")
    pdf.ln(3)
    text = ("We write to express our grave concern about conditions at Kelmar Central Prison, which held 2,310 "
            "people on 1 January 2025 in space built for 900. Eight prisoners died in custody in 2024, three "
            "of them during the heatwave in August. Our monitors found cells of 20 square metres holding up "
            "to 14 people, with one toilet and no ventilation. ")
    lines(pdf, 10, text * 3, height=5)
    pdf.ln(3)
    lines(pdf, 10, "We ask you to order an independent inquiry into the eight deaths, to publish the prison's "
          "occupancy figures monthly and to expand the use of non-custodial measures for people awaiting "
          "trial.\n\nWe would welcome the opportunity to meet you to discuss these concerns.", height=5)
    pdf.ln(6)
    lines(pdf, 10, "Yours sincerely,\n\n\nMarta Okonjo\nExecutive Director", height=5)
    pdf.output(path)


def inquiry_report(path):
    """A presidential commission of inquiry's report: the republic's name, the commission's
    name holding the events' days, 'Report', the volume, 'Presented to His Excellency the
    President on DAY'; a letter of transmittal on the second page."""
    pdf = new_pdf(footer="Report of the Presidential Commission of Inquiry - Volume I", footer_from=3)
    pdf.add_page()
    line(pdf, 12, 7, "REPUBLIC OF VARNIA", "B")
    pdf.ln(30)
    lines(pdf, 20, "REPORT OF THE PRESIDENTIAL COMMISSION OF INQUIRY INTO THE EVENTS OF 12-14 AUGUST 2022 IN "
          "PORT ALVEN", "B", 10)
    pdf.ln(10)
    line(pdf, 14, 8, "Volume I: Findings and Recommendations")
    pdf.ln(40)
    line(pdf, 11, 6, "Presented to His Excellency the President on 30 June 2023")
    pdf.add_page()
    line(pdf, 12, 7, "LETTER OF TRANSMITTAL", "B")
    lines(pdf, 10, "Puerto Alven, 30 June 2023\n\nYour Excellency,\n\nBy Decree No. 88 of 2 September 2022 you "
          "appointed us to inquire into the deaths, injuries and arrests that occurred during the events of "
          "12 to 14 August 2022 in Port Alven. We have the honour to submit our report.\n\nJustice Amara "
          "Quintero (Chair)\nDr. Felix Ondaatje\nMs. Serena Vale", height=5)
    pdf.add_page()
    body_pages(pdf, ["Chapter 1: Mandate and methodology", "Chapter 2: The events", "Chapter 3: Findings"], INQ)
    pdf.output(path)


def legal_aid_annual(path):
    """A statutory board's annual report for a financial year: 'Annual Report 2023/24', 'for
    the year ended 31 March 2024', 'Laid before Parliament on DAY' at the cover's foot."""
    pdf = new_pdf(footer="Legal Aid Board of Ostrel | Annual Report 2023/24", footer_from=2)
    pdf.add_page()
    line(pdf, 14, 8, "Legal Aid Board of Ostrel", "B")
    pdf.ln(40)
    line(pdf, 28, 14, "Annual Report 2023/24", "B")
    line(pdf, 13, 7, "for the year ended 31 March 2024")
    pdf.ln(60)
    line(pdf, 10, 5, "Laid before Parliament pursuant to section 41 of the Legal Aid Act 2011")
    line(pdf, 10, 5, "on 15 October 2024")
    pdf.add_page()
    body_pages(pdf, ["Chairperson's statement", "Performance in 2023/24", "Financial statements"], LAB)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    command_paper(os.path.join(here, "command-paper-response.pdf"))
    slide_deck(os.path.join(here, "briefing-slides.pdf"))
    letterhead_letter(os.path.join(here, "letterhead-letter.pdf"))
    inquiry_report(os.path.join(here, "inquiry-commission-report.pdf"))
    legal_aid_annual(os.path.join(here, "legal-aid-annual-report.pdf"))
