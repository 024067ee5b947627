#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, line, lines, new_pdf  # noqa: E402

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


# --- 1. A religious-freedom commission's country chapter cut from its annual report ---------

RF_PREV_TAIL = ("...and to press the government to release the remaining prisoners of conscience named in "
                "USCIRF's Frank R. Wolf Freedom of Religion or Belief Victims List.")

RF = [
    ("KEY FINDINGS",
     "In 2022, religious freedom conditions in Qaryat remained poor. The government continued to enforce "
     "blasphemy and apostasy provisions of the Penal Code of 1994, under which apostasy remains punishable by "
     "death, and courts sentenced at least two people to death for blasphemy during the year. Although no "
     "executions for religious offenses have been carried out since 2011, the sentences send a chilling message "
     "to religious minorities and to non-believers.\n\n"
     "Authorities continued to detain members of the Ahmadiyya and Baha'i communities. In March, police raided a "
     "private Baha'i gathering in Saranid and arrested 17 people, of whom nine remained in detention at the end of "
     "the year. In September, the Criminal Court sentenced blogger Yusuf Haddad to death for social media posts "
     "that prosecutors said insulted the Prophet; his appeal was pending at the end of the reporting period.\n\n"
     "The government took some positive steps. In June, it licensed the first new church building in the capital "
     "since 2008, and in November the Ministry of Education removed passages from secondary school textbooks that "
     "disparaged Shi'a Muslims."),
    ("RECOMMENDATIONS FOR THE U.S. GOVERNMENT",
     "- Designate Qaryat as a 'country of particular concern,' or CPC, for engaging in systematic, ongoing, and "
     "egregious violations of religious freedom, as defined by the International Religious Freedom Act (IRFA);\n"
     "- Urge the Department of State to raise the cases of individuals sentenced to death for blasphemy at the "
     "highest levels, and to press for the repeal of the death penalty for apostasy and blasphemy;\n"
     "- Encourage the U.S. Congress to hold hearings on religious freedom in Qaryat and the wider region."),
    ("BACKGROUND",
     "Qaryat's population is estimated at 6.1 million, of whom about 85 percent are Sunni Muslim, 9 percent Shi'a "
     "Muslim and 6 percent Christian, Baha'i, Hindu or other. The constitution, adopted in 1996, declares Islam the "
     "religion of the state and Shari'a a principal source of legislation. It provides for freedom of belief "
     "'within the limits of the law.' In 2021 the U.S. Department of State placed Qaryat on its Special Watch List, "
     "and the Secretary of State renewed that placement in December 2022."),
    ("Blasphemy and Apostasy",
     "Article 211 of the Penal Code punishes insulting God, the prophets or the religion of the state with death "
     "or life imprisonment. At least 11 people were in prison on blasphemy charges at the end of 2022, according to "
     "local lawyers. In addition to Mr. Haddad, a 24-year-old student was sentenced to death in absentia in "
     "February. In October, the Supreme Court commuted to 15 years' imprisonment the death sentence imposed in 2019 "
     "on a Christian convert, Samir Nouri, after USCIRF and other governments raised his case."),
    ("Religious Minorities",
     "Baha'is are not recognized as a religious community and cannot register marriages or own property for "
     "religious purposes. Ahmadis are considered non-Muslims and their publications are banned. Shi'a Muslims "
     "reported discrimination in public sector employment."),
    ("Key U.S. Policy",
     "The United States and Qaryat maintain close security cooperation. In May 2022, the U.S. Ambassador met "
     "Baha'i community leaders in Saranid, and in August the State Department's Office of International Religious "
     "Freedom hosted a delegation of Qaryati religious leaders in Washington. USCIRF Commissioners visited "
     "Qaryat in October 2022 and met officials of the Ministry of Justice and the Ministry of Endowments. "
     "In January 2023, after the end of the reporting period, Mr. Haddad's death sentence was upheld on appeal."),
    ("",
     "Unless otherwise noted, this chapter covers developments during calendar year 2022 (January 1 to December "
     "31, 2022)."),
]


class RFChapter(Chapter):
    footer_text = "USCIRF | 2023 ANNUAL REPORT"
    first_page_number = 51


def religious_freedom_chapter(path):
    """Two pages cut from the bound report: the previous chapter's tail, then the country heading in
    capitals; outer-side footer with the report's name; Info title the whole report's, Info day a file date."""
    pdf = RFChapter()
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_title("USCIRF 2023 Annual Report")
    pdf.set_creation_date(datetime.datetime(2023, 4, 28, 14, 2, tzinfo=UTC))
    pdf.add_page()
    lines(pdf, 9, RF_PREV_TAIL, height=4.5)
    pdf.ln(6)
    line(pdf, 20, 10, "QARYAT", "B")
    line(pdf, 11, 6, "TIER 1 | USCIRF-RECOMMENDED FOR COUNTRIES OF PARTICULAR CONCERN (CPC)", "B")
    pdf.ln(3)
    sections(pdf, RF)
    pdf.output(path)


# --- 2. A parliamentary research service briefing, updated edition -------------------------

RB = [
    ("Summary",
     "The Penal Code (Abolition of the Death Penalty) Bill 2022 was tabled in the National Assembly by the "
     "Minister of Justice on 21 June 2022 and passed its first reading on 2 November 2022 by 71 votes to 38. On 8 "
     "February 2023 it was referred to the Standing Committee on Constitutional, Legal and Parliamentary Affairs, "
     "which has called for written evidence by 28 April 2023.\n\n"
     "The Bill would remove the death penalty from the Penal Code and four other Acts, replace it with life "
     "imprisonment, and commute the sentences of all persons under sentence of death when it comes into force. "
     "This briefing explains the Bill's provisions, the constitutional questions it raises, and the positions "
     "taken on it so far. It does not take a view on the merits of the Bill."),
    ("1. Background",
     "The death penalty is provided for in Tarvona for 11 offences. The last executions took place in March 2009. "
     "Since then successive presidents have commuted death sentences in batches, most recently in December 2019, "
     "when 21 sentences were commuted to life imprisonment. According to the Ministry of Justice, 62 people were "
     "under sentence of death at the end of September 2022.\n\n"
     "The Constitution Review Commission recommended abolition in its final report of 2011, but the Government's "
     "White Paper of 2012 rejected the recommendation on the ground that article 13 of the Constitution, which "
     "permits the deprivation of life 'in execution of the sentence of a court', could only be amended by "
     "referendum."),
    ("2. The Bill's main provisions",
     "Clause 2 substitutes life imprisonment for the death penalty for murder, treason, piracy, genocide and "
     "armed robbery resulting in death. Clause 5 provides for the commutation of existing death sentences. Clause "
     "7 requires the Prisons Service to review the conditions of detention of persons whose sentences are "
     "commuted within six months."),
    ("3. Constitutional questions",
     "Whether abolition by ordinary Act is consistent with article 13 is disputed. The Attorney-General's opinion, "
     "laid before the Assembly in October 2022, is that article 13 permits but does not require the death "
     "penalty, so that Parliament may abolish it without a referendum. Some members have argued the contrary."),
    ("4. Positions",
     "The Bill is supported by the Government, by the People's Progressive Party and by the Tarvona Law Society. "
     "The Association of Victims of Violent Crime has opposed it. The Catholic Bishops' Conference and the "
     "Christian Council have called for abolition since 2006. Tarvona voted in favour of the UN General Assembly "
     "resolution on a moratorium in December 2020 and December 2022."),
    ("About this briefing",
     "This briefing was first published on 21 October 2022. This edition has been updated to take account of the "
     "first reading and the referral of the Bill to the Standing Committee.\n\n"
     "The Parliamentary Research and Library Service provides impartial information and analysis to Members of "
     "the National Assembly and their staff. Briefings are not intended to address the specific circumstances of "
     "any particular individual and do not represent the views of the National Assembly or of any Member. "
     "Enquiries: research@parliament.gov.tv."),
]


def research_briefing(path):
    """Cover with the number and the edition's day ("Updated"), the first day only on the last page;
    running header with the number and the update day; Info title a working file name."""
    pdf = new_pdf(header="Research Briefing RB 2023-07 | Updated 14 March 2023",
                  footer="Parliament of Tarvona - Parliamentary Research and Library Service", footer_from=2)
    pdf.set_title("RB2023-07_DeathPenaltyBill_v3")
    pdf.set_creation_date(datetime.datetime(2023, 3, 14, 8, 40, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 10, 6, "PARLIAMENT OF TARVONA", "B")
    line(pdf, 10, 6, "Parliamentary Research and Library Service")
    pdf.ln(18)
    line(pdf, 12, 7, "RESEARCH BRIEFING", "B")
    line(pdf, 10, 6, "Number RB 2023-07")
    line(pdf, 10, 6, "Updated 14 March 2023")
    pdf.ln(8)
    lines(pdf, 22, "The Penal Code (Abolition of the Death\nPenalty) Bill 2022: background and issues", "B", 10)
    pdf.ln(6)
    line(pdf, 11, 6, "By Adwoa Nyarko and Daniel Osei-Bonsu")
    pdf.ln(10)
    lines(pdf, 10, "Contents\n1. Background\n2. The Bill's main provisions\n3. Constitutional questions\n"
                   "4. Positions", height=5)
    pdf.add_page()
    sections(pdf, RB)
    pdf.output(path)


# --- 3. A protection cluster's quarterly monitoring report ----------------------------------

PM = [
    ("1. Overview",
     "This report presents the findings of protection monitoring carried out by cluster partners in Norland and "
     "Eastern provinces between 1 July and 30 September 2023. During the quarter, 1,846 household interviews and "
     "212 key informant interviews were conducted in 64 locations, compared with 1,502 household interviews in the "
     "second quarter (April - June 2023).\n\n"
     "The security situation deteriorated in August, when fighting between government forces and the Norland "
     "Liberation Front displaced an estimated 38,000 people from Karif district. Partners recorded 2,317 protection "
     "incidents, an increase of 26 per cent on the previous quarter."),
    ("2. Key findings",
     "- Arbitrary arrest and detention were the most frequently reported incidents (31%), followed by extortion at "
     "checkpoints (22%) and gender-based violence (14%).\n"
     "- 63% of displaced households interviewed lacked at least one civil documentation item; 41% of children born "
     "in displacement since 2021 had no birth certificate.\n"
     "- Forced returns: on 19 September 2023 authorities closed Al-Hamra informal site and transported about 600 "
     "families to areas of origin where fighting had not ended.\n"
     "- Eleven children were killed or injured by explosive ordnance during the quarter."),
    ("3. Trends since 2022",
     "The number of incidents of arbitrary detention reported has risen every quarter since the last quarter of "
     "2022. In the whole of 2022 partners recorded 5,904 incidents; 6,410 were recorded in the first nine months "
     "of 2023 alone."),
    ("4. Recommendations",
     "To the authorities: release people detained without charge for more than the 30 days permitted by the Code "
     "of Criminal Procedure; suspend the closure of informal sites until voluntary, safe and dignified solutions "
     "are available.\n\n"
     "To humanitarian actors: scale up mobile civil documentation services; strengthen referral pathways for "
     "survivors of gender-based violence in Karif district."),
    ("Methodology",
     "Data were collected by 14 partner organizations using the cluster's common protection monitoring tool (2022 "
     "version). Findings are indicative and not statistically representative of the displaced population as a "
     "whole. Locations in Karif district could not be accessed between 12 and 27 August."),
]


def protection_monitoring(path):
    """Cover: cluster name, the report type, the quarter with its months, the day of publication; co-lead
    agencies and the donor in the band at the foot; Info title left over from last quarter's file."""
    pdf = new_pdf(header="Protection Monitoring Report | Q3 2023",
                  footer="Protection Cluster Saranid | Co-led by UNHCR and Nordic Refugee Aid", footer_from=1)
    pdf.set_title("Protection Monitoring Report Q2 2023")
    pdf.set_author("PC Saranid IMO")
    pdf.set_creation_date(datetime.datetime(2023, 10, 25, 16, 11, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 10, 6, "UNHCR     |     NORDIC REFUGEE AID     |     Funded by European Union Humanitarian Aid")
    pdf.ln(12)
    line(pdf, 14, 8, "PROTECTION CLUSTER SARANID", "B")
    pdf.ln(4)
    line(pdf, 24, 12, "PROTECTION MONITORING REPORT", "B")
    line(pdf, 14, 8, "Norland and Eastern Provinces")
    line(pdf, 12, 7, "Quarter 3: July - September 2023")
    pdf.ln(4)
    line(pdf, 10, 6, "Published: 26 October 2023")
    pdf.ln(10)
    sections(pdf, PM[:2])
    pdf.add_page()
    sections(pdf, PM[2:])
    lines(pdf, 8, "For more information: Protection Cluster Coordinator, Saranid, "
                  "coord.saranid@protectioncluster.example | Information Management Officer, imo.saranid@example.org."
                  " This report was produced with the support of the European Union. Its contents are the sole "
                  "responsibility of the Protection Cluster.", height=4)
    pdf.output(path)


# --- 4. A law school clinic's report prepared for a client ----------------------------------

CL = [
    ("Acknowledgements",
     "This report was researched and written by students of the International Human Rights Clinic at Harwood "
     "University School of Law, under the supervision of Professor Miriam Abeyta and Clinical Instructor Jonah "
     "Leclerc. It was prepared at the request of the Tarvona Law Society, which reviewed a draft but is not "
     "responsible for its conclusions. Research was conducted between September 2021 and February 2022, including "
     "remote interviews with 23 lawyers and former prisoners. We thank the Penal Reform Trust of Tarvona for "
     "sharing its data."),
    ("Executive Summary",
     "Sixty-two people are under sentence of death in Tarvona. Most of them were convicted after trials in which "
     "they were represented by lawyers assigned by the state on the morning of the trial, paid a flat fee of the "
     "equivalent of USD 45 for the whole case, and given no funds to investigate. This report finds that the "
     "state legal aid scheme for capital cases falls far short of the guarantees of article 14 of the "
     "International Covenant on Civil and Political Rights, which Tarvona ratified in 2000, and of the safeguards "
     "adopted by the UN Economic and Social Council in 1984.\n\n"
     "Of the 41 capital trials since 2012 for which we could obtain the record, in 29 the defence called no "
     "witnesses; in 17 the accused met counsel for the first time on the day of trial; and in none was an expert "
     "retained by the defence. In 2018 the High Court in Port Adel described the scheme as 'a lottery in which the "
     "prize is a lawyer'. The Legal Aid Commission's own budget for capital cases fell by a third between 2015 "
     "and 2020."),
    ("Recommendations",
     "1. Parliament should enact the Abolition of the Death Penalty Bill. Pending abolition, no death sentence "
     "should be carried out where the accused did not receive effective legal assistance at every stage.\n"
     "2. The Legal Aid Commission should establish a specialist capital defence unit, with funds for "
     "investigators and experts.\n"
     "3. The Chief Justice should issue a practice direction requiring that counsel be assigned at least 30 days "
     "before trial in capital cases."),
    ("I. Methodology",
     "We reviewed court files, the Legal Aid Commission's annual reports for 2012 to 2020, and the decisions of "
     "the Court of Appeal in capital cases. Interviews were conducted by video and telephone because travel was "
     "not possible during the research period."),
]


def clinic_report(path):
    """No Info fields at all (no title, no author, no creation day); the cover carries the clinic and the
    season; the client is named on the cover as the one the report was prepared for."""
    pdf = new_pdf(header="", footer="International Human Rights Clinic | Harwood University School of Law",
                  footer_from=2)
    pdf.set_creation_date(datetime.datetime(2022, 5, 2, 12, 0, tzinfo=UTC))
    pdf.add_page()
    pdf.ln(30)
    lines(pdf, 22, "A Lawyer on the Morning of Trial", "B", 11)
    lines(pdf, 14, "Legal Representation in Capital Cases in Tarvona", "", 8)
    pdf.ln(20)
    line(pdf, 11, 6, "Prepared for the Tarvona Law Society")
    pdf.ln(30)
    line(pdf, 11, 6, "International Human Rights Clinic", "B")
    line(pdf, 11, 6, "Harwood University School of Law")
    line(pdf, 11, 6, "Spring 2022")
    pdf.add_page()
    lines(pdf, 9, "(c) 2022 International Human Rights Clinic, Harwood University School of Law. All rights "
                  "reserved. Cover photograph: the High Court building, Port Adel, 2019.", height=4.5)
    pdf.ln(6)
    sections(pdf, CL)
    data = bytes(pdf.output())
    # blank the Info creation day in place (same length, so the xref offsets stay right)
    data = re.sub(rb"/CreationDate \([^)]*\)", lambda m: b" " * len(m.group(0)), data)
    with open(path, "wb") as f:
        f.write(data)


# --- 5. A city council's minutes -------------------------------------------------------------

MIN = [
    ("1. OPENING AND ACKNOWLEDGEMENT OF COUNTRY",
     "The Mayor, Cr Rosa Delgado, declared the meeting open at 6.32pm and acknowledged the Traditional Owners of "
     "the land on which the meeting was held."),
    ("2. PRESENT",
     "Cr Rosa Delgado (Mayor), Cr Ben Atherton (Deputy Mayor), Cr Lien Tran, Cr Hamish Doyle, Cr Priya Nair, "
     "Cr Sam O'Keefe, Cr Judith Wren.\n\n"
     "Officers: Mark Ellison (Chief Executive Officer), Dana Foulkes (Director Community Services), Ivan Petrovic "
     "(Manager Governance)."),
    ("3. APOLOGIES", "Cr Tony Vasquez (leave of absence granted at the meeting of 8 August 2023)."),
    ("4. CONFIRMATION OF MINUTES",
     "Moved Cr Atherton, seconded Cr Nair, that the minutes of the Ordinary Council Meeting held on 8 August 2023 "
     "be confirmed. CARRIED"),
    ("5. NOTICE OF MOTION NM 14/2023 - SISTER CITY RELATIONSHIP WITH KARIF (SARANID)",
     "Cr Tran moved, seconded Cr Doyle:\n\n"
     "That Council:\n"
     "1. notes reports by the United Nations and Amnesty International of mass arrests, forced returns and "
     "executions in Saranid during 2023, including the closure of informal displacement sites near Karif in "
     "late August 2023;\n"
     "2. suspends the sister city relationship with the Municipality of Karif, established in 2011, until the "
     "Mayor reports to Council on the outcome of consultation with the Saranid community in Merrivale;\n"
     "3. writes to the Minister for Foreign Affairs expressing Council's concern.\n\n"
     "An amendment moved by Cr O'Keefe, to replace 'suspends' with 'reviews', was LOST 2-5.\n\n"
     "The motion was CARRIED 5-2. For: Crs Delgado, Tran, Doyle, Nair, Wren. Against: Crs Atherton, O'Keefe."),
    ("6. OFFICER REPORT CS 41/2023 - REFUGEE WELCOME ZONE: ANNUAL UPDATE 2022-23",
     "The report outlined activities under Council's Refugee Welcome Zone commitment for the 2022-23 financial "
     "year (1 July 2022 to 30 June 2023), including 14 English conversation groups and the employment of two "
     "bicultural workers.\n\n"
     "Moved Cr Nair, seconded Cr Wren, that Council receives the report. CARRIED unanimously."),
    ("7. PUBLIC QUESTION TIME",
     "Ms Amal Yousef, of the Merrivale Saranid Community Association, thanked Council for NM 14/2023 and asked "
     "whether Council would host a community forum. The Mayor advised that a forum would be held in October."),
    ("8. CLOSE", "There being no further business, the Mayor declared the meeting closed at 8.47pm."),
]


def council_minutes(path):
    """Minutes of a council meeting: running header with the meeting's name and day, running footer
    with the confirmation line; Info author a user name and the title a file's."""
    pdf = new_pdf(header="Ordinary Council Meeting - Minutes - Tuesday 12 September 2023",
                  footer="These minutes were confirmed at the Ordinary Council Meeting held on 10 October 2023. "
                         "Mayor ........", footer_from=1)
    pdf.set_title("OCM Minutes 12092023 FINAL")
    pdf.set_author("ipetrovic")
    pdf.set_creation_date(datetime.datetime(2023, 9, 14, 9, 3, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 16, 9, "MERRIVALE CITY COUNCIL", "B")
    pdf.ln(4)
    line(pdf, 14, 8, "MINUTES", "B")
    line(pdf, 12, 7, "Ordinary Council Meeting")
    line(pdf, 11, 6, "Held on Tuesday 12 September 2023 at 6.30pm")
    line(pdf, 11, 6, "Council Chamber, Merrivale Civic Centre, 1 Station Street, Merrivale")
    pdf.ln(8)
    sections(pdf, MIN)
    pdf.ln(6)
    lines(pdf, 9, "Merrivale City Council | ABN 31 555 012 987 | www.merrivale.vic.gov.example | "
                  "Merrivale Libraries and the Merrivale Aquatic Centre are operated by Merrivale Leisure Ltd on "
                  "behalf of Council.", height=4)
    pdf.output(path)


if __name__ == "__main__":
    corpus = os.path.join(HERE, "corpus")
    religious_freedom_chapter(os.path.join(corpus, "religious-freedom-chapter.pdf"))
    research_briefing(os.path.join(corpus, "research-briefing-updated.pdf"))
    protection_monitoring(os.path.join(corpus, "protection-monitoring-quarterly.pdf"))
    clinic_report(os.path.join(corpus, "law-clinic-report.pdf"))
    council_minutes(os.path.join(corpus, "council-minutes.pdf"))
