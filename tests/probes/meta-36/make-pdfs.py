#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, block, line, lines, new_pdf, started  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = datetime.timezone.utc


def sections(pdf, items, head_size=11, body_size=10):
    """Headed paragraphs, each printed once."""
    for head, text in items:
        if head:
            lines(pdf, head_size, head, "B", 7)
        for para in text.split("\n\n"):
            lines(pdf, body_size, para, height=5)
            pdf.ln(2)


# --- 1. A State Department country report as PDF ------------------------------------------

STATE = [
    ("", "Dravenia is a presidential republic. The constitution provides for a strong executive, a bicameral "
         "parliament, and a judiciary that is nominally independent. President Aurel Teodor has held office since "
         "2004 and was re-elected in August 2020 in an election that international observers said was neither free "
         "nor fair. The Organization for Security and Co-operation in Europe's Office for Democratic Institutions and "
         "Human Rights did not deploy an observation mission to the October 2022 local elections because it was not "
         "invited in time.\n\n"
         "The Ministry of Internal Affairs oversees the police and the Department of Penal Enforcement. The State "
         "Security Service reports directly to the president. Civilian authorities maintained effective control over "
         "the security forces. There were credible reports that members of the security forces committed numerous "
         "abuses.\n\n"
         "Significant human rights issues included credible reports of: torture or cruel, inhuman, or degrading "
         "treatment or punishment by the government; harsh and life-threatening prison conditions; arbitrary arrest "
         "or detention; political prisoners; serious problems with the independence of the judiciary; serious "
         "restrictions on free expression and media, including violence against journalists and censorship; "
         "substantial interference with the freedom of peaceful assembly and freedom of association; and serious "
         "restrictions on political participation.\n\n"
         "The government took few steps to identify, investigate, prosecute, or punish officials who committed human "
         "rights abuses. Impunity remained pervasive."),
    ("Section 1. Respect for the Integrity of the Person", ""),
    ("a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings",
     "There were no reports that the government or its agents committed arbitrary or unlawful killings during the "
     "year. In February the Karvo Regional Court closed the investigation into the death of protester Ilie Sorin, "
     "who died in police custody in August 2020, finding that he had died of heart failure. His family stated they "
     "would appeal to the European Court of Human Rights."),
    ("b. Disappearance", "There were no reports of disappearances by or on behalf of government authorities."),
    ("c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment",
     "The constitution and law prohibit such practices; however, there were credible reports that police and "
     "prison officials beat detainees to extract confessions. The Karvo Human Rights Centre documented 41 cases of "
     "alleged torture in police custody during the year, compared with 36 in 2021. In one case in June, a student "
     "detained after a street protest in Severin stated that officers placed a plastic bag over his head during "
     "questioning. Authorities opened an inquiry but closed it in September without charges.\n\n"
     "Prison and Detention Center Conditions: Conditions in prisons and pretrial detention centers were harsh and "
     "at times life threatening due to overcrowding, inadequate medical care, and poor sanitation. According to the "
     "Department of Penal Enforcement, 21 persons died in custody during the year. NGOs stated the actual figure "
     "was higher."),
    ("d. Arbitrary Arrest or Detention",
     "The law prohibits arbitrary arrest and detention, but the government did not observe these prohibitions. "
     "Police detained at least 380 persons in connection with protests during the year, most for short periods "
     "under the Code of Administrative Offenses. Pretrial Detention: Lengthy pretrial detention remained a problem. "
     "As of November, approximately 31 percent of prisoners were in pretrial detention."),
    ("e. Denial of Fair Public Trial",
     "Although the constitution provides for an independent judiciary, the judiciary was subject to executive "
     "influence. Political Prisoners and Detainees: Local human rights groups considered 64 persons to be political "
     "prisoners at year's end, including journalists Oskar Veld and Andrej Kolev, sentenced in November 2019. On "
     "January 16, 2023, after the period covered by this report, authorities released two of the 'Karvo 12' "
     "defendants on parole."),
    ("Section 2. Respect for Civil Liberties", ""),
    ("a. Freedom of Expression, Including for Members of the Press and Other Media",
     "The constitution provides for freedom of expression, including for members of the press and other media, but "
     "the government did not respect this right. Amendments to the Law on Mass Media adopted in December 2022, which "
     "enter into force in 2023, require online outlets with more than 5,000 daily readers to register with the "
     "Ministry of Information. Authorities blocked access to at least 14 independent news websites during the "
     "year."),
    ("b. Freedoms of Peaceful Assembly and Association",
     "The government restricted freedom of peaceful assembly and association. Amendments to the Law on "
     "Non-Commercial Organizations adopted on December 22 require organizations receiving more than 20 percent of "
     "their income from foreign sources to register as such; the amendments take effect February 1, 2023."),
    ("Section 3. Freedom to Participate in the Political Process",
     "The law provides citizens the ability to choose their government in free and fair periodic elections held by "
     "secret ballot and based on universal and equal suffrage, but the government severely restricted this ability. "
     "Elections and Political Participation: Recent Elections: Local elections took place on October 9. Independent "
     "observers reported ballot stuffing and pressure on public-sector employees to vote. The opposition Civic "
     "Platform was denied registration in 11 of 14 regions. Parliamentary elections are scheduled for March 2024."),
    ("Section 4. Corruption and Lack of Transparency in Government",
     "The law provides criminal penalties for corruption by officials, but the government did not implement the "
     "law effectively. In July a former deputy minister of health was convicted of embezzlement relating to the "
     "procurement of medical equipment in 2020 and sentenced to six years' imprisonment."),
    ("Section 5. Governmental Posture Towards International and Nongovernmental Investigation of Alleged Abuses "
     "of Human Rights",
     "A number of domestic and international human rights groups generally operated with government restrictions. "
     "Government officials were rarely cooperative or responsive to their views. The government did not respond to "
     "requests by UN special rapporteurs to visit the country. Government Human Rights Bodies: The Ombudsperson for "
     "Human Rights lacked independence and did not publicly criticize the government."),
    ("Section 6. Discrimination and Societal Abuses",
     "Women: Rape and Domestic Violence: The law criminalizes rape, including spousal rape, but does not "
     "specifically criminalize domestic violence. NGOs reported that police often declined to intervene in cases of "
     "domestic violence. The Ministry of Internal Affairs recorded 2,816 complaints of domestic violence in 2022."),
    ("Section 7. Worker Rights",
     "The law provides for the right of workers to form and join independent unions, bargain collectively, and "
     "conduct legal strikes, but the government did not respect these rights. In April authorities dissolved the "
     "Independent Miners' Union of Severin after it organized a strike over unpaid wages."),
]


def state_report(path):
    """The country chapter as the Department's site serves it: heading in capitals, the executive summary,
    the series and the bureau as a running footer on every page; Info title a slug, Info day the file's."""
    pdf = new_pdf(footer="Country Reports on Human Rights Practices for 2022 | United States Department of State | "
                         "Bureau of Democracy, Human Rights and Labor", footer_from=1)
    pdf.set_title("DRAVENIA-2022-HUMAN-RIGHTS-REPORT")
    pdf.set_creation_date(datetime.datetime(2023, 3, 17, 19, 4, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "DRAVENIA 2022 HUMAN RIGHTS REPORT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    line(pdf, 11, 7, "EXECUTIVE SUMMARY", "B")
    sections(pdf, STATE)
    pdf.output(path)


# --- 2. An Amnesty annual-report chapter cut from the bound report --------------------------

AI_PREV_TAIL = ("...at the end of the year, and the authorities had not responded to requests from UN experts to "
                "visit the country. Two journalists detained in October remained in pre-trial detention at the end "
                "of the year.")

AI = [
    ("", "The authorities continued to restrict freedom of expression and peaceful assembly in the run-up to and "
         "after the March parliamentary elections. Police used excessive force against demonstrators in Alto Mira. "
         "Pre-trial detention was prolonged and prison conditions remained harsh. Violence against women was "
         "widespread and prosecutions were rare."),
    ("BACKGROUND",
     "The ruling Party of National Renewal retained its majority in parliamentary elections held on 8 March 2015, "
     "which regional observers described as orderly but marred by the misuse of state resources. In July, the "
     "National Assembly adopted amendments to the Penal Code extending the offence of criminal defamation to "
     "publications on social media. Calvera's human rights record was assessed under the UN Universal Periodic "
     "Review in May."),
    ("FREEDOM OF EXPRESSION",
     "Journalists and bloggers critical of the government were harassed and prosecuted. In April, blogger Helder "
     "Morais was sentenced to 18 months' imprisonment for criminal defamation of the Minister of Finance; he was "
     "released in November after an appeal court reduced his sentence. The community radio station Voz do Sul was "
     "closed by the broadcasting regulator in August for 'repeated breaches of licence conditions' after it "
     "broadcast interviews with opposition candidates."),
    ("FREEDOM OF ASSEMBLY",
     "On 14 and 15 March, police in Alto Mira fired live ammunition and tear gas to disperse demonstrators "
     "protesting against the election results. Two people, including a 16-year-old boy, were killed and at least "
     "30 injured. The Minister of Internal Security announced an inquiry; its findings had not been made public "
     "by the end of the year. More than 120 people were arrested; most were released without charge within a week, "
     "but 14 were charged with rioting and remained in detention at the end of the year."),
    ("TORTURE AND OTHER ILL-TREATMENT",
     "Detainees arrested after the Alto Mira protests reported being beaten with batons and forced to kneel for "
     "hours in police stations. The Independent Police Conduct Authority received 212 complaints of assault by "
     "police officers during the year, but only four officers were prosecuted."),
    ("PRISON CONDITIONS",
     "Prisons were severely overcrowded. Port Serrano Central Prison, built for 900 prisoners, held more than 2,300 "
     "in December. Around 60% of prisoners were awaiting trial, some for more than five years. Access to medical "
     "care was inadequate and at least 17 prisoners died in custody during the year."),
    ("VIOLENCE AGAINST WOMEN AND GIRLS",
     "Domestic and sexual violence remained widespread. The Domestic Violence Act adopted in 2013 was poorly "
     "implemented; only three of the planned 10 shelters were operating. Women's rights organizations reported "
     "that police frequently refused to register complaints and urged women to reconcile with their abusers."),
    ("DEATH PENALTY",
     "Calvera remained abolitionist in practice. No executions have been carried out since 1994. Courts imposed "
     "two new death sentences during the year, both for murder. In October, the President commuted the death "
     "sentences of 11 prisoners to life imprisonment."),
    ("REFUGEES AND ASYLUM-SEEKERS",
     "Asylum-seekers arriving by sea continued to be detained at the Baixa holding centre, some for more than a "
     "year. In September, 37 asylum-seekers from the Horn of Africa were returned to a transit country without "
     "having their claims assessed. UNHCR expressed concern about the returns."),
    ("HOUSING RIGHTS - FORCED EVICTIONS",
     "Hundreds of families were forcibly evicted from informal settlements in Port Serrano to make way for the "
     "Marginal Sul road project. In June, more than 400 homes in the Bairro da Ponte settlement were demolished "
     "without adequate notice, consultation or compensation. Many of those evicted were still living in tents at "
     "the end of the year. A court challenge brought by residents in July was pending."),
    ("JUSTICE SYSTEM",
     "Chronic delays in the justice system continued. The Chief Justice stated in December that more than 11,000 "
     "criminal cases were pending before the High Court. Legal aid remained unavailable to most defendants outside "
     "the capital. In November, the National Assembly approved a bill to create a public defender's office, which "
     "had not been established by the end of the year."),
]


class AIChapter(Chapter):
    footer_text = "Amnesty International Report 2015/16"
    first_page_number = 117


def amnesty_chapter(path):
    """A country entry of the yearly report, its pages cut from the bound volume (numbered from 117), the
    report's name as the running footer beside the number; the first page opens with the last lines of the
    country before."""
    pdf = AIChapter()
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_creation_date(datetime.datetime(2016, 2, 19, 11, 0, tzinfo=UTC))
    pdf.add_page()
    lines(pdf, 10, AI_PREV_TAIL, height=5)
    pdf.ln(10)
    line(pdf, 20, 10, "CALVERA", "B")
    line(pdf, 10, 5, "Republic of Calvera")
    line(pdf, 10, 5, "Head of state: Aurelio Fontes")
    line(pdf, 10, 5, "Head of government: Marta Lisboa-Neves (replaced Joaquim Reis in April)")
    pdf.ln(4)
    sections(pdf, AI)
    pdf.output(path)


# --- 3. A UN Human Rights Council report (advance unedited version) ---------------------------

UN = [
    ("I. Introduction",
     "1. The present report is submitted pursuant to Human Rights Council resolution 52/34, in which the Council "
     "requested the High Commissioner to present a comprehensive report on the situation of human rights in "
     "Dravenia at its fifty-fifth session, followed by an interactive dialogue. It covers the period from 1 "
     "December 2022 to 30 November 2023 and builds on the High Commissioner's previous report (A/HRC/52/70).\n\n"
     "2. The report is based on information gathered by the Office of the United Nations High Commissioner for "
     "Human Rights (OHCHR), including 163 interviews with victims, witnesses, lawyers and members of civil society, "
     "conducted remotely and in neighbouring countries, and on a review of court documents, official statements and "
     "open-source material. OHCHR requested access to Dravenia on 12 January and 3 July 2023; no reply was "
     "received."),
    ("II. Context",
     "3. The reporting period was marked by the entry into force, on 1 February 2023, of the amendments to the Law "
     "on Non-Commercial Organizations and, on 1 April 2023, of the amendments to the Law on Mass Media. Parliamentary "
     "elections are scheduled for 17 March 2024."),
    ("III. Civic space",
     "4. OHCHR documented the arbitrary detention of 214 persons in connection with the exercise of their rights to "
     "freedom of expression and peaceful assembly during the reporting period, including 38 women. At least 61 of "
     "them were sentenced to terms of imprisonment. Following the protests of 7 and 8 October 2023 in Karvo and "
     "Severin, police detained more than 150 people in two days.\n\n"
     "5. As of 30 November 2023, 71 organizations had been registered as receiving foreign funding and 9 had been "
     "dissolved by court order. Several human rights organizations told OHCHR that they had closed or moved their "
     "staff abroad."),
    ("IV. Torture and ill-treatment",
     "6. OHCHR received credible allegations of torture or ill-treatment of 47 persons in places of detention, in "
     "particular in the Karvo pre-trial detention centre and Penal Colony No. 4. The High Commissioner is not aware "
     "of any prosecution of officials for such acts during the reporting period."),
    ("V. Conclusions and recommendations",
     "7. The High Commissioner is deeply concerned by the continued narrowing of civic space in Dravenia. He urges "
     "the Government to release all persons detained for the exercise of their human rights, to repeal or amend the "
     "legislation referred to in the present report, and to grant OHCHR access to the country."),
]


def un_report(path):
    """A Council report in the UN's PDF shape: 'Advance unedited version' on top, the symbol at the right, the
    organ, 'Distr.: General' over the day, the session and agenda item, the title and author line, a summary
    giving the covered period, the job number at the foot; Info author a staff member, Info day later."""
    pdf = new_pdf(header="A/HRC/55/61", footer="", footer_from=2)
    pdf.set_title("A/HRC/55/61")
    pdf.set_author("Marchetti")
    pdf.set_creation_date(datetime.datetime(2024, 2, 2, 10, 22, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 9, 5, "Advance unedited version", "B")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(95, 6, "United Nations")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 6, "A/HRC/55/61", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(120, 9, "General Assembly")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Distr.: General", new_x="LMARGIN", new_y="NEXT")
    for t in ["19 January 2024", "", "Original: English"]:
        pdf.set_x(130)
        pdf.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for t, st in [("Human Rights Council", "B"), ("Fifty-fifth session", "B"), ("26 February-5 April 2024", ""),
                  ("Agenda item 10", ""), ("Technical assistance and capacity-building", "B")]:
        line(pdf, 10, 5, t, st)
    pdf.ln(6)
    block(pdf, 15, 8, "Situation of human rights in Dravenia", "B", x=30)
    pdf.ln(2)
    block(pdf, 12, 6, "Report of the United Nations High Commissioner for Human Rights*", "B", x=30)
    pdf.ln(6)
    line(pdf, 11, 6, "Summary", "B", x=30)
    block(pdf, 10, 5, "In the present report, submitted pursuant to Human Rights Council resolution 52/34, the "
                      "United Nations High Commissioner for Human Rights provides an overview of the situation of "
                      "human rights in Dravenia covering the period from 1 December 2022 to 30 November 2023. The "
                      "High Commissioner documents the continued detention of persons for the exercise of their "
                      "rights to freedom of expression and of peaceful assembly, the impact of new restrictive "
                      "legislation on civil society and the media, and allegations of torture and ill-treatment in "
                      "detention, and makes recommendations to the Government.", x=30)
    pdf.ln(20)
    line(pdf, 8, 4, "* The present report was submitted after the deadline in order to reflect the most recent "
                    "developments.")
    line(pdf, 9, 5, "GE.24-01123(E)", "B")
    pdf.add_page()
    sections(pdf, UN)
    pdf.output(path)


# --- 4. A journal article with its history dates ---------------------------------------------

JA = [
    ("1 Introduction",
     "Calvera's Constitution of 2009 preserved the ancient writ of habeas corpus and placed it beyond the reach of "
     "the emergency powers in article 112. Yet between 2016 and 2020 the country spent 31 months under a declared "
     "state of emergency, during which the Preventive Detention (Emergency) Regulations authorised the Minister of "
     "Internal Security to detain any person for up to 90 days, renewable, without charge. This article asks how "
     "the High Court responded to applications for habeas corpus from persons held under those Regulations.\n\n"
     "We draw on an original dataset of all 212 applications decided by the High Court between 1 January 2016 and "
     "31 December 2020, compiled from the Court's registers in Port Serrano and Alto Mira in 2019 and 2020. We "
     "complement it with interviews with 14 judges and 22 advocates, conducted between May and September 2020."),
    ("2 Habeas corpus and emergency rule",
     "The comparative literature on emergency adjudication identifies three judicial postures: deference, in which "
     "courts decline to examine the grounds of detention; process review, in which they insist on compliance with "
     "procedural requirements but not on the substance of the Minister's belief; and substantive review. Our "
     "findings suggest that the High Court moved from the first to the second posture during the period, but "
     "rarely reached the third."),
    ("3 Findings",
     "Of the 212 applications, 57 (27 per cent) were granted. The grant rate rose from 11 per cent in 2016 to 41 "
     "per cent in 2020. Applications were most likely to succeed where the detention order had not been served, "
     "where the renewal had been signed after the previous order had expired, or where the detainee had not been "
     "brought before a magistrate within the period required by regulation 9. In only three cases did the Court "
     "find that the Minister lacked reasonable grounds for the detention itself."),
    ("4 Conclusion",
     "The High Court's jurisprudence during the emergency shows that procedural review can secure the release of "
     "many detainees without direct confrontation with the executive. But it also shows the limits of that "
     "approach: detainees whose paperwork was in order had little prospect of release, however thin the grounds."),
]


def journal_article(path):
    """An article's first page: kicker, title, authors and affiliations, the history dates on one line, the
    copyright and publisher line, abstract; the journal, volume and pages as running header; Info title the
    production file's."""
    pdf = new_pdf(header="Commonwealth Journal of Human Rights Law, 2022, Vol. 9, No. 2, 145-171", footer="",
                  footer_from=2)
    pdf.set_title("huab031 145..171")
    pdf.set_creation_date(datetime.datetime(2022, 6, 14, 7, 55, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 8, 5, "Commonwealth Journal of Human Rights Law, 2022, 9(2), 145-171")
    line(pdf, 8, 5, "https://doi.org/10.4821/cjhrl/huab031")
    line(pdf, 8, 5, "Advance Access Publication Date: 2 December 2021")
    line(pdf, 9, 6, "ORIGINAL ARTICLE", "B")
    pdf.ln(4)
    block(pdf, 17, 8, "Habeas Corpus under Emergency Rule: Judicial Review of Preventive Detention in Calvera", "B")
    pdf.ln(3)
    line(pdf, 11, 6, "Lucia Ferreira-Gomes* and Daniel Osei**")
    pdf.ln(2)
    line(pdf, 8, 4, "* Senior Lecturer in Law, University of Port Serrano. Email: l.ferreira@ups.ac.cv")
    line(pdf, 8, 4, "** Research Fellow, Centre for Migration Law, University of Westmarch.")
    pdf.ln(3)
    line(pdf, 8, 5, "Received: 4 March 2021; Revised: 2 August 2021; Accepted: 19 October 2021; "
                    "Published online: 2 December 2021")
    pdf.ln(3)
    lines(pdf, 10, "ABSTRACT", "B")
    lines(pdf, 9, "This article examines all 212 habeas corpus applications decided by the High Court of Calvera "
                  "between 2016 and 2020 by persons held under emergency preventive detention regulations. It "
                  "finds that the Court increasingly enforced procedural safeguards, and that the grant rate rose "
                  "from 11 to 41 per cent, but that it almost never reviewed the substantive grounds of detention. "
                  "We argue that procedural review offered real protection to many detainees while leaving the "
                  "emergency regime itself unchallenged.", height=4.5)
    pdf.ln(2)
    lines(pdf, 9, "KEYWORDS: habeas corpus, preventive detention, states of emergency, judicial review, Calvera",
          height=4.5)
    pdf.ln(4)
    lines(pdf, 7, "(c) The Author(s) 2021. Published by Meridian Academic Press on behalf of the Commonwealth Legal "
                  "Studies Association. All rights reserved. For permissions, please email "
                  "journals.permissions@meridianpress.org. This research was funded by the Calvera Bar Foundation "
                  "(grant CBF-2019-07); the funder had no role in the study.", height=3.5)
    pdf.add_page()
    sections(pdf, JA)
    pdf.output(path)


# --- 5. A refugee agency's fact sheet -------------------------------------------------------------

FS = [
    ("Working with partners",
     "UNHCR works closely with the Ministry of Home Affairs and National Security, which is responsible for "
     "refugee status determination, and with the Calvera Refugee Legal Aid Clinic, the Calvera Red Cross Society "
     "and four national NGOs. UNHCR co-chairs the Protection Working Group with the Ministry."),
    ("Main activities",
     "Protection: UNHCR monitors the Baixa holding centre and the border crossing points at Norte and Ilha Verde, "
     "and supports legal aid for asylum-seekers in detention. In January and February 2023, UNHCR and its partners "
     "intervened in 146 cases of detained asylum-seekers, 61 of whom were released.\n\n"
     "Documentation: UNHCR supports the Immigration Department to issue refugee identity cards. 3,218 cards were "
     "issued in 2022.\n\n"
     "Education: 4,410 refugee children were enrolled in public primary schools at the start of the 2022/23 school "
     "year. UNHCR pays school fees for secondary students.\n\n"
     "Health: Refugees have access to public health services on the same basis as nationals under the Ministry of "
     "Health's circular of 2019."),
    ("Challenges",
     "The Immigration (Expulsion and Removal) Act of 2019 continues to affect asylum-seekers who arrive irregularly. "
     "The backlog of pending asylum claims stood at 9,870 at the end of February 2023. UNHCR's operation remains "
     "underfunded: as of 28 February 2023, 14 per cent of the 2023 requirements had been received."),
    ("Thanks to our donors",
     "UNHCR is grateful to the donors who have contributed to the operation in Calvera in 2023, including the "
     "European Union, Japan, Norway, Sweden and the United States of America, and to donors of unearmarked funds."),
]


def factsheet(path):
    """A two-page fact sheet: the agency's name as a logo line, 'FACT SHEET', the country and the month, key
    figures 'as of' a day of the month before, funding 'as of' the same day; Info title a working file name."""
    pdf = new_pdf(footer="www.unhcr.org", footer_from=1, numbered=True)
    pdf.set_title("Calvera Factsheet_March 2023_FINAL")
    pdf.set_author("GARCIAM")
    pdf.set_creation_date(datetime.datetime(2023, 3, 21, 13, 37, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 10, 5, "UNHCR", "B")
    line(pdf, 8, 4, "The UN Refugee Agency")
    pdf.ln(6)
    line(pdf, 22, 10, "FACT SHEET", "B")
    line(pdf, 16, 8, "Calvera")
    line(pdf, 11, 6, "March 2023")
    pdf.ln(4)
    lines(pdf, 10, "Calvera hosts refugees and asylum-seekers mainly from the Great Lakes region and the Horn of "
                   "Africa. Most live in Port Serrano and in the Norte settlement. New arrivals increased in late "
                   "2022.", height=5)
    pdf.ln(3)
    line(pdf, 11, 6, "KEY FIGURES (as of 28 February 2023)", "B")
    for t in ["38,452  refugees and asylum-seekers", "9,870  pending asylum claims",
              "1,142  new arrivals in January-February 2023", "58%  of refugees are women and children"]:
        line(pdf, 10, 5, t)
    pdf.ln(3)
    line(pdf, 11, 6, "FUNDING (as of 28 February 2023)", "B")
    line(pdf, 10, 5, "USD 48.2 M requested for Calvera in 2023")
    line(pdf, 10, 5, "Funded 14% | Gap 86%")
    pdf.ln(3)
    line(pdf, 11, 6, "UNHCR PRESENCE", "B")
    line(pdf, 10, 5, "Staff: 46 national staff, 9 international staff")
    line(pdf, 10, 5, "Offices: 1 country office in Port Serrano, 1 field office in Norte")
    pdf.add_page()
    sections(pdf, FS)
    lines(pdf, 8, "CONTACTS: External Relations Officer, Port Serrano, calpsext@unhcr.org", height=4)
    pdf.output(path)


if __name__ == "__main__":
    corpus = os.path.join(HERE, "corpus")
    state_report(os.path.join(corpus, "state-dept-country-report.pdf"))
    amnesty_chapter(os.path.join(corpus, "amnesty-report-chapter.pdf"))
    un_report(os.path.join(corpus, "hrc-report-advance.pdf"))
    journal_article(os.path.join(corpus, "journal-article-history.pdf"))
    factsheet(os.path.join(corpus, "refugee-agency-factsheet.pdf"))
