#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import line, lines, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = datetime.timezone.utc


def sections(pdf, items, head_size=11, body_size=10):
    """Headed paragraphs, each printed once."""
    for head, text in items:
        if head:
            lines(pdf, head_size, head, "B", 7)
        for para in text.split("\n\n"):
            if para:
                lines(pdf, body_size, para, height=5)
                pdf.ln(2)


# --- 1. A Home Office country policy and information note --------------------------------------

CPIN = [
    ("Executive summary",
     "The government of Kesmaria, led since 2014 by President Idris Vantal and the National Renewal Party, "
     "tolerates little organised opposition. Opposition parties are legal but their leaders and members, as "
     "well as journalists, lawyers and activists perceived as critical of the government, are subject to "
     "arbitrary arrest, prolonged pre-trial detention and prosecution under broadly worded security laws, "
     "some of which carry the death penalty.\n\n"
     "In general, a person who is a low-level member or supporter of an opposition party is unlikely to be at "
     "real risk of persecution on that basis alone. However, a person who has a significant political profile, "
     "or who is perceived to be involved in organising protests or in contact with armed opposition groups, "
     "is likely to be at real risk of serious harm, including prosecution before the Special Criminal Court "
     "for offences punishable by death.\n\n"
     "The state is the actor of persecution. Protection is not available and internal relocation is not "
     "reasonable. Where a claim is refused, it is unlikely to be certifiable as 'clearly unfounded' under "
     "section 94 of the Nationality, Immigration and Asylum Act 2002."),
    ("Assessment",
     "Section updated: 12 September 2023\n\n"
     "About the assessment\n\n"
     "This section considers the evidence relevant to this note - that is the country information, refugee/"
     "human rights laws and policies, and applicable caselaw - and provides an assessment of whether, in "
     "general, a person who is, or is perceived to be, an opponent of the government is likely to face a real "
     "risk of persecution or serious harm by the state.\n\n"
     "Decision makers must, however, still consider all claims on an individual basis, taking into account each "
     "case's specific facts."),
    ("1. Material facts, credibility and other checks/referrals",
     "Decision makers must consider whether there are reasons to apply the exclusion clauses. Members of the "
     "Kesmarian Liberation Front (KLF), which has carried out armed attacks since 2017, may have been involved in "
     "serious crimes. If the person is excluded, decision makers must consider whether there are any obstacles "
     "to removal."),
    ("2. Risk",
     "2.1.1 Sources consistently report that the authorities use the 2016 Special Criminal Court Act and the "
     "Penal Code's provisions on offences against the security of the State against political opponents (see "
     "Legal framework). Eleven offences within the jurisdiction of the Special Criminal Court carry the death "
     "penalty. According to the Fair Trial Observatory, the Special Criminal Court sentenced six people to death "
     "between July and November 2022 (see Death penalty).\n\n"
     "2.1.2 No execution has been carried out in Kesmaria since 2011. However, the Minister of Justice said in "
     "March 2023 that the government 'reserves the right' to carry out executions of persons convicted of "
     "terrorism, and sources indicate that at least 63 people were under sentence of death in April 2023. In "
     "the absence of a formal moratorium, decision makers should not assume that a death sentence will not be "
     "carried out.\n\n"
     "2.1.3 Following the protests of 18-21 January 2023, at least 340 people were arrested, and the authorities "
     "charged 27 of them with 'armed rebellion', an offence punishable by death. The trial of 12 of these "
     "defendants opened before the Special Criminal Court on 5 June 2023 and was continuing at the date of this "
     "note."),
    ("Country information",
     "Section updated: 30 June 2023\n\n"
     "3. Political system\n\n"
     "3.1.1 Kesmaria is a presidential republic. The constitution of 1998, amended by referendum in 2015, "
     "removed the limit on presidential terms. Parliamentary elections held in November 2022 were boycotted by "
     "the two largest opposition parties. The National Renewal Party and its allies won 187 of 200 seats.\n\n"
     "4. Legal framework\n\n"
     "4.1.1 The Special Criminal Court Act 2016 gives the court jurisdiction over terrorism, offences against the "
     "security of the State and, since 4 April 2019, armed robbery resulting in death. The Act defines "
     "terrorism to include acts intended to 'disturb public order or undermine national unity'.\n\n"
     "5. Death penalty\n\n"
     "5.1.1 The Kesmaria Lawyers for Human Rights reported in December 2022 that retracted confessions were the "
     "principal prosecution evidence in most capital cases before the Special Criminal Court it monitored, and "
     "that the court did not order medical examinations where torture was alleged.\n\n"
     "5.1.2 Amnesty International recorded at least 14 new death sentences in Kesmaria in 2022, compared with 9 "
     "in 2021."),
    ("Terms of Reference",
     "A 'Terms of Reference' (ToR) is a broad outline of what a CPIN seeks to cover. For this particular CPIN, "
     "the following topics were identified prior to drafting as relevant and on which research was undertaken: "
     "political system; treatment of opposition parties, protesters, journalists and lawyers; legal framework; "
     "the Special Criminal Court; the death penalty."),
    ("Bibliography",
     "Amnesty International, 'Death Sentences and Executions 2022', 16 May 2023\n\n"
     "Fair Trial Observatory, 'Trial Monitoring Bulletin No. 7', 12 December 2022\n\n"
     "Kesmaria Today, 'Minister: right to execute terrorists reserved', 14 March 2023\n\n"
     "UN Human Rights Committee, 'Concluding observations on the third periodic report of Kesmaria', "
     "27 July 2021\n\n"
     "US Department of State, '2022 Country Reports on Human Rights Practices: Kesmaria', 20 March 2023"),
    ("Version control and feedback",
     "Clearance\n\n"
     "Below is information on when this note was cleared:\n"
     "- version 3.0\n"
     "- valid from 14 September 2023\n\n"
     "Official - sensitive: Start of section\n\n"
     "The information in this section has been removed as it is restricted for internal Home Office use.\n\n"
     "Official - sensitive: End of section\n\n"
     "Changes from last version of this note\n\n"
     "Updated country information and assessment following the January 2023 protests. Version 2.0 of this note "
     "was published in May 2021.\n\n"
     "Feedback to the Home Office\n\n"
     "Our goal is to provide accurate, reliable and up-to-date COI and clear guidance. We welcome feedback on how "
     "to improve our products. If you would like to comment on this note, please email the Country Policy and "
     "Information Team.\n\n"
     "Independent Advisory Group on Country Information\n\n"
     "The Independent Advisory Group on Country Information (IAGCI) was set up in March 2009 by the Independent "
     "Chief Inspector of Borders and Immigration to support them in reviewing the efficiency, effectiveness and "
     "consistency of approach of COI produced by the Home Office. The IAGCI may be contacted at: Independent "
     "Chief Inspector of Borders and Immigration, 1st Floor, Clive House, 70 Petty France, London SW1H 9EX."),
]

CPIN_PREFACE = (
    "Preface\n\n"
    "Purpose\n\n"
    "This note provides country of origin information (COI) and analysis of COI for use by Home Office "
    "decision makers handling particular types of protection and human rights claims (as set out in the Introduction "
    "section). It is not intended to be an exhaustive survey of a particular subject or theme.\n\n"
    "It is split into two parts: (1) an assessment of COI and other evidence; and (2) COI. These are explained in "
    "more detail below.\n\n"
    "Country of origin information\n\n"
    "The country information in this note has been carefully selected in accordance with the general principles "
    "of COI research as set out in the Common EU [European Union] Guidelines for Processing Country of Origin "
    "Information (COI), April 2008, and the Austrian Centre for Country of Origin and Asylum Research and "
    "Documentation's (ACCORD), Researching Country Origin Information - Training Manual, 2013.\n\n"
    "All information included in the note was published or made publicly available on or before the 'cut-off' "
    "date(s) in the country information section. Any event taking place or report/article published after these "
    "date(s) is not included.")


def cpin(path):
    """Cover with the country and topic, the version and a month; the day it is valid from only in the
    'Version control' section at the end; section update days; Info author a person, title a file name."""
    pdf = new_pdf(header="", footer="", footer_from=2)
    pdf.set_title("CPIN_Kesmaria_Opposition_v3.0_FINAL_accessible")
    pdf.set_author("J. Whitaker")
    pdf.set_creation_date(datetime.datetime(2023, 9, 13, 16, 22, tzinfo=UTC))
    pdf.add_page()
    pdf.ln(60)
    lines(pdf, 24, "Country Policy and Information Note", "B", 12)
    pdf.ln(4)
    lines(pdf, 18, "Kesmaria: Actual or perceived opposition to\nthe government", "", 9)
    pdf.ln(10)
    line(pdf, 12, 7, "Version 3.0")
    line(pdf, 12, 7, "September 2023")
    pdf.add_page()
    for para in CPIN_PREFACE.split("\n\n"):
        lines(pdf, 10, para, height=5)
        pdf.ln(2)
    pdf.add_page()
    sections(pdf, CPIN)
    pdf.output(path)


# --- 2. A children's agency's humanitarian situation report ------------------------------------

SR = [
    ("Highlights",
     "- Fighting between the Almorian Armed Forces and the Southern Defence Movement in Tessel and Marrow provinces "
     "displaced an estimated 96,000 people between April and June, more than half of them children.\n"
     "- On 3 May, an attack on a school in Kerrit district killed seven children and injured 22. UNICEF condemned "
     "the attack in a statement issued the same day.\n"
     "- The country task force on monitoring and reporting verified 214 grave violations against children in the "
     "quarter, including 61 cases of recruitment and use and 38 cases of detention of children for alleged "
     "association with armed groups.\n"
     "- With partners, UNICEF reached 148,300 people with safe water and screened 61,200 children for "
     "malnutrition.\n"
     "- UNICEF's 2024 Humanitarian Action for Children appeal for Almoria is 21 per cent funded."),
    ("Situation Overview & Humanitarian Needs",
     "The security situation deteriorated sharply in the quarter. Following the collapse of the ceasefire agreed in "
     "Geneva on 14 November 2023, armed clashes resumed in Tessel province on 9 April and spread to Marrow province "
     "in May. Humanitarian access to four districts was cut for most of the period. The Humanitarian Coordinator "
     "declared a system-wide scale-up on 22 May.\n\n"
     "Children continue to bear the brunt of the conflict. Of the 214 grave violations verified in the quarter, "
     "killing and maiming accounted for 83, recruitment and use for 61 and attacks on schools and hospitals for "
     "19. At least 38 children, the youngest aged 13, were held in military detention facilities for alleged "
     "association with armed groups. Under the Counter-Terrorism Act 2019, persons over 15 convicted of membership "
     "of a terrorist group may face the death penalty; UNICEF is not aware of any child having been sentenced to "
     "death, but two 17-year-olds were charged under the Act in June. The Government has not yet endorsed the "
     "handover protocol for children associated with armed groups, which has been under discussion since "
     "February 2022."),
    ("Summary Analysis of Programme Response",
     "Child Protection\n\n"
     "UNICEF and partners provided psychosocial support to 18,450 children in displacement sites and host "
     "communities. 412 unaccompanied and separated children were identified and registered, of whom 156 were "
     "reunified with their families. UNICEF continued advocacy with the Ministry of Justice and the Ministry of "
     "Defence for the release of children held in military detention; 11 children were released to civilian "
     "care on 27 June following a joint visit to the Camp Harrow facility.\n\n"
     "Education\n\n"
     "127 schools remained closed or occupied by displaced families at the end of June. UNICEF supported 64 "
     "temporary learning spaces serving 23,900 children.\n\n"
     "WASH\n\n"
     "148,300 people, including 79,100 children, gained access to safe water through water trucking, borehole "
     "rehabilitation and chlorination. A cholera outbreak declared in Marrow province on 16 June had caused 312 "
     "suspected cases and four deaths by the end of the month."),
    ("Humanitarian Leadership, Coordination and Strategy",
     "UNICEF leads the Nutrition and WASH Clusters and the Child Protection Area of Responsibility, and co-leads "
     "the Education Cluster with Save the Children. The 2024 Humanitarian Response Plan for Almoria, launched on "
     "18 January, seeks US$ 612 million to reach 1.9 million people."),
    ("Funding Overview and Partnerships",
     "UNICEF appeals for US$ 48.6 million to meet the humanitarian needs of children in Almoria in 2024. As of 30 "
     "June, US$ 10.2 million had been received, including carry-over from 2023. UNICEF expresses its sincere "
     "gratitude to all public and private donors for their contributions, in particular the European Union "
     "(ECHO), the Governments of Germany, Japan and Norway, the United Kingdom (FCDO), the Central Emergency "
     "Response Fund (CERF) and the Almoria Humanitarian Fund."),
    ("Next SitRep: 15 October 2024",
     "UNICEF Almoria Humanitarian Action for Children appeal: www.unicef.org/appeals/almoria\n\n"
     "Who to contact for further information:\n"
     "Helene Marchetti, Representative, UNICEF Almoria, hmarchetti@unicef.org\n"
     "Yusuf Adebayo, Chief of Field Operations and Emergency, UNICEF Almoria, yadebayo@unicef.org"),
]

SR_TABLE = [
    ("Sector", "2024 target", "Total results"),
    ("Children screened for wasting", "240,000", "61,200"),
    ("Children with psychosocial support", "75,000", "18,450"),
    ("People with access to safe water", "520,000", "148,300"),
    ("Children in learning spaces", "90,000", "23,900"),
]


def sitrep(path):
    """Agency over the country, report number, then the reporting period as the only dated line of
    the cover; no day of issue anywhere; 'Next SitRep' day; Info creation day a file date."""
    pdf = new_pdf(header="", footer="UNICEF Almoria Humanitarian Situation Report No. 2", footer_from=1)
    pdf.set_title("Almoria SitRep 2 2024 draft")
    pdf.set_author("Reports Officer")
    pdf.set_creation_date(datetime.datetime(2024, 7, 18, 11, 5, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 10, 6, "unicef  |  for every child", "B")
    pdf.ln(4)
    line(pdf, 20, 10, "Almoria", "B")
    line(pdf, 14, 8, "Humanitarian Situation Report No. 2")
    line(pdf, 11, 6, "Reporting Period: 1 April - 30 June 2024", "I")
    pdf.ln(4)
    line(pdf, 10, 6, "Situation in Numbers (OCHA, as of 20 June 2024)", "B")
    lines(pdf, 10, "1,100,000 children in need of humanitarian assistance\n"
                   "2,300,000 people in need\n"
                   "412,000 internally displaced persons\n"
                   "96,000 newly displaced since April 2024", height=5)
    pdf.ln(3)
    sections(pdf, SR[:1])
    line(pdf, 10, 6, "UNICEF's Response and Funding Status (1 January - 30 June 2024)", "B")
    pdf.set_font("Helvetica", "", 9)
    for row in SR_TABLE:
        pdf.cell(90, 6, row[0], border=1)
        pdf.cell(40, 6, row[1], border=1)
        pdf.cell(40, 6, row[2], border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    sections(pdf, SR[1:])
    pdf.output(path)


if __name__ == "__main__":
    cpin(os.path.join(HERE, "corpus", "country-policy-note.pdf"))
    sitrep(os.path.join(HERE, "corpus", "humanitarian-sitrep.pdf"))
