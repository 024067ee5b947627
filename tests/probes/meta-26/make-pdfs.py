#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, body_pages, line, lines  # noqa: E402
from pdfgen import new_pdf  # noqa: E402

HC = ("The Committee heard evidence from human rights defenders, lawyers and officials. Witnesses described "
      "travel bans imposed on activists without a court order, the freezing of the bank accounts of "
      "associations receiving foreign funds, and the prosecution of journalists under the cybercrime law. "
      "We conclude that the Government's engagement with Veldmark has not given these concerns enough weight.")

EOM = ("Voting was conducted in a calm atmosphere and was assessed positively in the large majority of polling "
       "stations observed. The campaign was competitive, but the dominance of the ruling party in the state "
       "media and the misuse of administrative resources gave it an undue advantage. Counting was assessed "
       "negatively in one in five polling stations observed, mainly owing to procedural errors.")

ICJ = ("Since the 2018 amendments to the Judicial Service Act, the executive has nominated a majority of the "
       "members of the Judicial Service Commission. The mission met 41 judges, magistrates and lawyers in "
       "Nairobi, Kisumu and Mombasa. Several judges described transfers following rulings against the "
       "government and a disciplinary process that lacked basic guarantees of fairness.")

POL = ("Community health workers deliver most primary care in rural Kestria, yet two thirds of them are unpaid "
       "volunteers without contracts. This paper sets out the case for recognising them as public employees "
       "and estimates the cost of doing so at 0.3 per cent of the health budget.")

DP = ("We study the effect of the 2016 legal aid reform on pre-trial detention in Kestria using court records "
      "for 48,000 criminal cases between 2012 and 2019. The reform reduced the share of defendants detained "
      "before trial by nine percentage points, with the largest effects for first offenders.")


def committee_report(path):
    """A parliamentary select committee's report: the house and committee at the top, the
    report's number and session, the title, 'Ordered by the House ... to be printed' with a
    day, the HC number and 'Published on DAY by authority of the House'."""
    pdf = new_pdf(footer="Human rights defenders in Veldmark", footer_from=3)
    pdf.add_page()
    line(pdf, 12, 7, "House of Commons", "B")
    line(pdf, 11, 6, "Foreign Affairs Committee")
    pdf.ln(40)
    line(pdf, 26, 13, "Human rights defenders in", "B")
    line(pdf, 26, 13, "Veldmark", "B")
    pdf.ln(6)
    line(pdf, 13, 7, "Fourth Report of Session 2023-24")
    pdf.ln(10)
    lines(pdf, 10, "Report, together with formal minutes relating to the report\n\nOrdered by the House of "
          "Commons to be printed 12 March 2024", height=5)
    pdf.ln(60)
    line(pdf, 10, 5, "HC 412")
    line(pdf, 9, 5, "Published on 19 March 2024 by authority of the House of Commons")
    pdf.add_page()
    line(pdf, 12, 7, "The Foreign Affairs Committee", "B")
    lines(pdf, 9, "The Foreign Affairs Committee is appointed by the House of Commons to examine the "
          "expenditure, administration, and policy of the Foreign, Commonwealth and Development Office.\n\n"
          "Current membership\nAlice Marsh MP (Labour, Hartwell) (Chair)\nGeorge Pym MP (Conservative, "
          "Lowdale)\nSunita Rao MP (Liberal Democrat, Fenwick)", height=4.5)
    pdf.add_page()
    body_pages(pdf, ["Summary", "1 Introduction", "2 The situation of defenders", "3 The UK's response",
                     "Conclusions and recommendations"], HC, repeat=2)
    pdf.output(path)


def eom_statement(path):
    """An international election observation mission's 'Statement of preliminary findings
    and conclusions': the mission in capitals, the country and election with its day, the
    statement's name, the place and day of issue."""
    pdf = new_pdf(footer="International Election Observation Mission - Kestria - Parliamentary Elections, "
                  "9 June 2024", footer_from=2)
    pdf.add_page()
    line(pdf, 14, 8, "INTERNATIONAL ELECTION OBSERVATION MISSION", "B")
    line(pdf, 12, 7, "Republic of Kestria - Parliamentary Elections, 9 June 2024")
    pdf.ln(6)
    line(pdf, 14, 8, "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS", "B")
    pdf.ln(4)
    line(pdf, 11, 6, "Tarvel, 10 June 2024 - The 9 June parliamentary elections were competitive and "
         "fundamental")
    lines(pdf, 11, "freedoms were generally respected, but the ruling party benefited from the blurring of the "
          "line between state and party and from biased coverage in the public media, concluded the "
          "international observers in a statement issued today.", height=6)
    pdf.ln(4)
    block(pdf, 10, 5, "The International Election Observation Mission is a joint undertaking of the OSCE "
          "Office for Democratic Institutions and Human Rights (ODIHR), the OSCE Parliamentary Assembly and "
          "the Parliamentary Assembly of the Council of Europe (PACE). The ODIHR election observation "
          "mission has been deployed since 2 May 2024.")
    pdf.ln(4)
    line(pdf, 12, 7, "Preliminary Conclusions", "B")
    lines(pdf, 10, EOM, height=5)
    pdf.add_page()
    body_pages(pdf, ["Findings and Conclusions", "Background", "Legal Framework", "Election Administration",
                     "Campaign Environment", "Media", "Election Day"], EOM, repeat=2)
    pdf.output(path)


def mission_report(path):
    """A jurists' NGO's fact-finding mission report: the organisation, the title and
    subtitle, and at the cover's foot the imprint 'PLACE, MONTH YEAR'."""
    pdf = new_pdf(header="Kenya: Judges under Pressure", footer="International Commission of Jurists",
                  footer_from=2)
    pdf.add_page()
    line(pdf, 11, 6, "INTERNATIONAL COMMISSION OF JURISTS", "B")
    pdf.ln(50)
    line(pdf, 28, 14, "Judges under Pressure", "B")
    lines(pdf, 14, "The independence of the judiciary in Kenya after the\n2018 reforms", height=7)
    pdf.ln(8)
    line(pdf, 11, 6, "Report of a fact-finding mission")
    pdf.ln(90)
    line(pdf, 11, 6, "Geneva, November 2019", "B")
    pdf.add_page()
    pdf.ln(150)
    lines(pdf, 8, "Composed of 60 eminent judges and lawyers from all regions of the world, the "
          "International Commission of Jurists promotes and protects human rights through the Rule of "
          "Law.\n\n(c) Copyright International Commission of Jurists\nP.O. Box 1740, Rue des Buis 3, "
          "CH 1211 Geneva 1, Switzerland", height=4)
    pdf.add_page()
    body_pages(pdf, ["Executive summary", "1. Introduction", "2. Appointments", "3. Transfers and discipline",
                     "4. Recommendations"], ICJ, repeat=2)
    pdf.output(path)


def policy_paper(path):
    """A think tank's policy paper: the series and month in a strip at the top ('Policy
    paper | MONTH YEAR'), the title over a subtitle, the authors, the institute at the foot."""
    pdf = new_pdf(footer="Tarvel Institute for Social Policy", footer_from=2)
    pdf.add_page()
    line(pdf, 10, 6, "Policy paper | October 2021", "B")
    pdf.ln(40)
    line(pdf, 24, 12, "Paid, Protected, Counted", "B")
    lines(pdf, 13, "Why Kestria's community health workers need employment rights", height=7)
    pdf.ln(8)
    line(pdf, 11, 6, "Ingrid Solberg and Yusuf Adeyemi")
    pdf.ln(100)
    line(pdf, 10, 6, "TARVEL INSTITUTE FOR SOCIAL POLICY", "B")
    pdf.add_page()
    body_pages(pdf, ["Key points", "1. Who the community health workers are", "2. The cost of recognition",
                     "3. Recommendations"], POL, repeat=2)
    pdf.output(path)


def discussion_paper(path):
    """A university's discussion paper: the series and number, the title, the authors,
    'This version:' a day and 'First version:' an earlier day, the abstract, JEL codes."""
    pdf = new_pdf(header="Legal aid and pre-trial detention", footer="", footer_from=2)
    pdf.add_page()
    line(pdf, 10, 6, "University of Tarvel - Department of Economics")
    line(pdf, 10, 6, "Discussion Paper No. 12/2021")
    pdf.ln(20)
    lines(pdf, 18, "Does Legal Aid Keep People out of Jail?\nEvidence from Kestria's 2016 Reform", "B", 9)
    pdf.ln(6)
    line(pdf, 11, 6, "Lena Marsh, Omar Khalil and Pia Norberg")
    pdf.ln(4)
    line(pdf, 10, 5, "This version: 3 May 2021")
    line(pdf, 10, 5, "First version: 12 January 2021")
    pdf.ln(8)
    line(pdf, 10, 6, "Abstract", "B")
    block(pdf, 10, 5, DP)
    pdf.ln(4)
    line(pdf, 9, 5, "JEL codes: K14, K41, H76. Keywords: legal aid, pre-trial detention, courts.")
    pdf.add_page()
    body_pages(pdf, ["1 Introduction", "2 The 2016 reform", "3 Data", "4 Results", "5 Conclusion"], DP,
               repeat=2)
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    committee_report(os.path.join(here, "commons-committee-report.pdf"))
    eom_statement(os.path.join(here, "ieom-preliminary-findings.pdf"))
    mission_report(os.path.join(here, "icj-mission-report.pdf"))
    policy_paper(os.path.join(here, "think-tank-policy-paper.pdf"))
    discussion_paper(os.path.join(here, "discussion-paper.pdf"))
