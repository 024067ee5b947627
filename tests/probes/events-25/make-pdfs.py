"""Builds the two PDFs of this probe (needs fpdf2):
- corpus/ccpr-replies-mdv-rq2.pdf: a UN treaty body document (a State party's replies to the
  list of issues prior to reporting), with the UN symbol as running header from page 2 and the
  GE. job number as footer on the first page;
- corpus/png-votes-proceedings-47-49.pdf: a parliament's Votes and Proceedings for three sitting
  days, each sitting dated only by its heading, with a running header."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from pdfgen import new_pdf, lines, line  # noqa: E402


MDV_FRONT = [
    ("United Nations", 14, "B"),
    ("CCPR/C/MDV/RQ/2", 12, "B"),
    ("International Covenant on Civil and Political Rights", 11, ""),
    ("Distr.: General\n14 May 2024\n\nOriginal: English\nEnglish, Arabic, French and Spanish only", 9, ""),
    ("Human Rights Committee", 12, "B"),
    ("Replies of Maldives to the list of issues prior to submission of its second periodic report*", 13, "B"),
    ("[Date received: 2 April 2024]", 10, ""),
    ("* The present document is being issued without formal editing.", 8, ""),
]

MDV_TOC = """Contents
                                                                                     Page
I.   General information ........................................................ 2
II.  Specific information on the implementation of articles 1-27 of the Covenant .. 2
     A. Constitutional and legal framework within which the Covenant is implemented (art. 2) .. 2
     B. Right to life (art. 6) ..................................................... 3
     C. Prohibition of torture and cruel, inhuman or degrading treatment (arts. 7 and 10) .. 4
     D. Liberty and security of person (art. 9) .................................... 4
     E. Freedom of expression (art. 19) ........................................... 5"""

MDV_BODY = [
    ("h", "I. General information"),
    ("h2", "Reply to paragraph 1 of the list of issues (CCPR/C/MDV/QPR/2)"),
    ("p", "1. Since the consideration of its initial report in July 2012, the State party has taken a number of legislative, institutional and policy measures to give effect to the Covenant, which are described in the present replies. The replies were prepared by the Ministry of Foreign Affairs in consultation with the Attorney General's Office, the Maldives Police Service, the Maldives Correctional Service, the Prosecutor General's Office and the Human Rights Commission of the Maldives, and were shared with civil society organizations before submission."),
    ("p", "2. Maldives acceded to the Covenant on 19 September 2006 and to the first Optional Protocol thereto on the same day. On 28 September 2019, the State party acceded to the Optional Protocol to the Convention on the Rights of the Child on a communications procedure. The Government is studying accession to the Second Optional Protocol to the Covenant, aiming at the abolition of the death penalty, but no decision has yet been taken."),
    ("h", "II. Specific information on the implementation of articles 1-27 of the Covenant"),
    ("h3", "A. Constitutional and legal framework within which the Covenant is implemented (art. 2)"),
    ("h2", "Reply to paragraph 2 of the list of issues"),
    ("p", "3. The Anti-Torture (Amendment) Bill was passed by the People's Majlis on 21 June 2023 and ratified by the President on 4 July 2023 as Law No. 9/2023. The Law entered into force upon its publication in the Government Gazette on 9 July 2023. It extends the definition of torture to acts committed by private security contractors acting on behalf of the State and removes the limitation period for claims of compensation."),
    ("p", "4. A bill to amend the Penal Code (Law No. 9/2014) so as to exclude the death penalty for offences committed by persons under 18 years of age was submitted to the People's Majlis in March 2024 and is currently before the Committee on National Security Services. The Government expects the bill to be adopted before the end of the year."),
    ("p", "5. The Anti-Defamation and Freedom of Expression Act (Law No. 11/2016), which had made defamation a criminal offence, was repealed by the People's Majlis on 14 November 2018."),
    ("h3", "B. Right to life (art. 6)"),
    ("h2", "Reply to paragraph 9 of the list of issues"),
    ("p", "6. The State party wishes to reiterate that no death sentence has been carried out in the Maldives since 1953. The moratorium on the implementation of death sentences, observed since 1954, has not been lifted. The Regulation on Investigating and Executing the Death Penalty (No. 2014/R-33), which set out a procedure for execution by lethal injection, has never been applied, and the Government has no intention of applying it."),
    ("p", "7. During the period from 1 January 2018 to 31 December 2023, the Criminal Court sentenced 11 persons to death for murder. The High Court upheld four of those sentences and quashed two; the remaining appeals are pending. No death sentence has been handed down for a drug-related offence."),
    ("p", "8. On 10 December 2022, Human Rights Day, the President commuted to life imprisonment the death sentences of two persons who were under 18 years of age at the time of the offence. The State party is not aware of any other person currently under sentence of death for an offence committed as a child."),
    ("p", "9. With regard to the information referred to in paragraph 9 (c) of the list of issues, alleging that Mr. Ali Zaidhan was sentenced to death on the basis of a confession obtained under duress, the State party considers the allegation unfounded. The Criminal Court sentenced Mr. Zaidhan to death on 22 August 2019 on the basis of forensic and eyewitness evidence, and his confession was not relied upon. His appeal is pending before the High Court."),
    ("p", "10. At its seventy-seventh session, on 15 December 2022, the General Assembly adopted resolution 77/222 on a moratorium on the use of the death penalty. The Maldives voted against the resolution, for the reasons set out in its explanation of vote, which reaffirmed the sovereign right of States to determine their own legal systems. The State party notes that some States in the region, such as Sri Lanka, have announced in the past that they would resume executions; the Maldives has made no such announcement."),
    ("h3", "C. Prohibition of torture and cruel, inhuman or degrading treatment (arts. 7 and 10)"),
    ("h2", "Reply to paragraph 12 of the list of issues"),
    ("p", "11. The State party rejects the allegations that detainees held at the Dhoonidhoo Custodial Centre were beaten during interrogation in February 2022. An inquiry by the Police Integrity Commission found no evidence to support the allegations."),
    ("p", "12. Two deaths in custody were recorded in 2023. A prisoner at Maafushi Prison, aged 46, died of a heart attack on 12 March 2023; an investigation by the Human Rights Commission of the Maldives found no evidence of ill-treatment. A detainee at the Dhoonidhoo Custodial Centre died on 30 October 2023 after being restrained by police officers; the Prosecutor General charged two officers with his murder on 14 February 2024, and their trial is ongoing."),
    ("p", "13. A new regulation on health care in custodial facilities is being drafted and will be issued in the second half of 2024."),
    ("h3", "D. Liberty and security of person (art. 9)"),
    ("h2", "Reply to paragraph 15 of the list of issues"),
    ("p", "14. With respect to the events of 31 August 2023 referred to in paragraph 15 of the list of issues, the State party wishes to clarify that 23 persons were arrested in Male' on that date for obstructing police duty during a demonstration, of whom 19 were released without charge the following day. The remaining four persons were charged and were later acquitted by the Criminal Court."),
    ("p", "15. Mr. Hussain Shamin, a journalist, was arrested on 3 November 2022 under the Anti-Terrorism Act and was released on bail two days later. The Prosecutor General withdrew the charges against him on 18 May 2023."),
    ("p", "16. The State party has taken note of reports from non-governmental organizations claiming that at least 40 persons were detained without a warrant during the local council elections of 2021. Those claims have not been substantiated by any complaint to the Police Integrity Commission or the Human Rights Commission."),
    ("h3", "E. Freedom of expression (art. 19)"),
    ("h2", "Reply to paragraph 18 of the list of issues"),
    ("p", "17. Section 136 of the Evidence Act (Law No. 11/2022), which could have compelled journalists to disclose their sources, has been the subject of extensive consultation with the Maldives Media Council. The Government intends to propose an amendment to the section in 2025."),
]

PNG_HEADER = "VOTES AND PROCEEDINGS - Eleventh Parliament - Twentieth Meeting"

PNG_FRONT = """NATIONAL PARLIAMENT OF PAPUA NEW GUINEA

VOTES AND PROCEEDINGS

ELEVENTH PARLIAMENT - TWENTIETH MEETING

Nos. 47, 48 and 49

Published by authority of the Parliament"""

PNG_SITTINGS = [
    ("No. 47", "TUESDAY, 18 JANUARY 2022", [
        "1. MEETING OF PARLIAMENT - The Parliament met at 10.00 a.m., pursuant to adjournment. The Speaker (Hon. Job Pomat) took the Chair, and read Prayers.",
        "2. ANNOUNCEMENT - DEATH OF FORMER MEMBER - The Speaker informed the Parliament of the death on 2 January 2022 of Mr. Tom Koraea Kamuna, former Member for Kerema Open, and invited Members to stand in silence as a mark of respect.",
        "3. CERTIFICATION OF ACTS - The Speaker informed the Parliament that on 14 December 2021 he had certified, under Section 110 of the Constitution, the following Acts passed during the previous meeting: Correctional Service (Amendment) Act 2021; Public Finances (Management) (Amendment) Act 2021.",
        "4. PETITION - Mr Kunjil presented a petition from 1,142 citizens of Enga Province praying that the Parliament retain the death penalty for wilful murder and sorcery-related killings. Petition received.",
        "5. PAPERS - The following papers were presented: Correctional Service Annual Report 2020; Ombudsman Commission - Report on the Investigation into the Conditions at Bomana Correctional Institution.",
        "6. MINISTERIAL STATEMENT - DEATH IN CUSTODY AT BOMANA - The Minister for Correctional Services (Hon. Chris Nangoi) made a statement informing the Parliament that a remand detainee, Mr Peter Waiye, had died at Bomana Correctional Institution on 9 January 2022 after being assaulted by other detainees, and that two officers had been suspended pending an inquiry. Mr Marape moved - That the Parliament take note of the paper. Debate adjourned.",
        "7. CRIMINAL CODE (AMENDMENT) BILL 2022 - The Minister for Justice and Attorney-General (Hon. Bryan Kramer) presented a Bill for an Act entitled Criminal Code (Amendment) Act 2022, being an Act to amend the Criminal Code Act (Chapter 262) to abolish the death penalty and substitute life imprisonment, and for related purposes. Bill read a first time. Mr Kramer moved - That the Bill be now read a second time. Debate ensued. Debate adjourned - (Mr Basil)."
    ]),
    ("No. 48", "WEDNESDAY, 19 JANUARY 2022", [
        "1. MEETING OF PARLIAMENT - The Parliament met at 10.00 a.m., pursuant to adjournment. The Speaker took the Chair, and read Prayers.",
        "2. MOTION - COMMISSION OF INQUIRY INTO SORCERY-RELATED VIOLENCE - Mr Tomuriesa moved - That this Parliament call upon the National Executive Council to establish a Commission of Inquiry into sorcery accusation-related violence. Question - put and negatived.",
        "3. FRAUD AND RELATED OFFENCES BILL 2021 - Order of the Day read for the resumption of the debate on the question - That the Bill be now read a second time. Debate resumed. Question - put and passed. Bill read a second time. Leave granted to proceed to the third reading forthwith. Bill read a third time and passed.",
        "4. MINISTERIAL STATEMENT - ACCESSION TO THE CONVENTION AGAINST TORTURE - The Minister for Foreign Affairs (Hon. Soroi Eoe) made a statement informing the Parliament that the Government had deposited the instrument of accession of Papua New Guinea to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment with the Secretary-General of the United Nations on 15 December 2021, and that the Government would consider accession to the Optional Protocol to that Convention in due course.",
        "5. MINING (AMENDMENT) BILL 2021 - Order of the Day read for the resumption of the debate on the question - That the Bill be now read a second time. Debate resumed. Debate adjourned - (Mr Rosso). Resumption of the debate made an Order of the Day for the next sitting."
    ]),
    ("No. 49", "THURSDAY, 20 JANUARY 2022", [
        "1. MEETING OF PARLIAMENT - The Parliament met at 10.00 a.m., pursuant to adjournment. The Speaker took the Chair, and read Prayers.",
        "2. SUSPENSION OF STANDING ORDERS - Mr Kramer moved - That so much of the Standing Orders be suspended as would prevent the Criminal Code (Amendment) Bill 2022 being passed through all its remaining stages without delay. Question - put and passed, with the concurrence of an absolute majority.",
        "3. CRIMINAL CODE (AMENDMENT) BILL 2022 - Order of the Day read for the resumption of the debate on the question - That the Bill be now read a second time. Debate resumed. Question - put and passed. Bill read a second time. Bill considered in Committee of the whole. Bill agreed to without amendment. Bill reported without amendment; report adopted. Mr Kramer moved - That the Bill be now read a third time. Question - put. The Parliament divided (the Speaker, Hon. Job Pomat, in the Chair) - AYES, 72; NOES, 4. And so it was resolved in the affirmative. Bill read a third time and passed.",
        "4. CONSTITUTIONAL LAWS AND CERTIFICATION - The Speaker informed the Parliament that the Criminal Code (Amendment) Act 2022 would be certified by him in accordance with Section 110 of the Constitution on a date to be notified.",
        "5. MOTION - REFERENCE TO PERMANENT PARLIAMENTARY COMMITTEE ON JUSTICE - Mr Basil moved - That the question of compensation for families of victims of wilful murder be referred to the Permanent Parliamentary Committee on Justice for inquiry and report. Question - put and passed.",
        "6. ADJOURNMENT - Mr Marape moved - That the Parliament do now adjourn. Question - put and passed. The Parliament adjourned at 4.12 p.m. until Tuesday, 22 March 2022, at 10.00 a.m."
    ]),
]

PNG_END = """MEMBERS PRESENT - All Members were present at some time during the sittings except Mr Agarobe, Mr Bird, Ms Kippel and Sir Puka Temu.

KALA AWEI
Clerk of the National Parliament"""


def mdv(path):
    pdf = new_pdf(header="CCPR/C/MDV/RQ/2", footer="", footer_from=2, header_align="L")
    pdf.add_page()
    for text, size, style in MDV_FRONT:
        lines(pdf, size, text, style)
        pdf.ln(3)
    pdf.ln(10)
    line(pdf, 8, 4, "GE.24-08817(E)")
    pdf.add_page()
    lines(pdf, 9, MDV_TOC, height=5)
    pdf.ln(6)
    for kind, text in MDV_BODY:
        if kind == "h":
            pdf.ln(2)
            lines(pdf, 12, text, "B", 7)
        elif kind == "h3":
            lines(pdf, 11, text, "B", 6)
        elif kind == "h2":
            lines(pdf, 10, text, "I", 6)
        else:
            lines(pdf, 10, text, height=5)
            pdf.ln(2)
    pdf.output(path)


def png(path):
    pdf = new_pdf(header=PNG_HEADER, footer="", footer_from=1, header_align="C")
    pdf.add_page()
    lines(pdf, 13, PNG_FRONT, "B", 7)
    pdf.ln(8)
    for no, day, items in PNG_SITTINGS:
        lines(pdf, 12, no, "B", 7)
        lines(pdf, 11, day, "B", 7)
        pdf.ln(2)
        for it in items:
            lines(pdf, 10, it, height=5)
            pdf.ln(2)
        lines(pdf, 10, "KALA AWEI\nClerk of the National Parliament", "I", 5)
        pdf.ln(6)
    lines(pdf, 10, PNG_END, height=5)
    pdf.output(path)


if __name__ == "__main__":
    mdv(os.path.join(HERE, "corpus", "ccpr-replies-mdv-rq2.pdf"))
    png(os.path.join(HERE, "corpus", "png-votes-proceedings-47-49.pdf"))
