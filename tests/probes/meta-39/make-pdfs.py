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


# --- 1. A UN special rapporteur's thematic report to the General Assembly -----------------------

SR_SUMMARY = (
    "In the present report, the Special Rapporteur on extrajudicial, summary or arbitrary executions, "
    "Tomas Arellano Vidal, examines the imposition of the death penalty following trials before military "
    "courts, special security courts and other exceptional tribunals. He finds that in at least 19 States "
    "civilians may be tried for capital offences by courts that are neither independent nor impartial, and "
    "that death sentences imposed after such trials are arbitrary deprivations of life within the meaning of "
    "article 6 of the International Covenant on Civil and Political Rights. He calls on States to end the "
    "jurisdiction of military and exceptional courts over civilians in capital cases and to review all death "
    "sentences imposed by such courts.")

SR_BODY = [
    ("I. Introduction",
     "1. The present report is submitted to the General Assembly pursuant to Assembly resolution 75/168 and "
     "Human Rights Council resolution 44/5. It follows the Special Rapporteur's previous report to the "
     "Assembly (A/76/264), submitted in August 2021, which addressed the use of lethal force in places of "
     "detention.\n\n"
     "2. In preparing the report, the Special Rapporteur issued a call for input on 14 February 2022 and "
     "received 41 submissions from States, national human rights institutions, civil society organizations "
     "and academics, which are available on the web page of the mandate. He also held an expert consultation "
     "in Geneva on 9 and 10 May 2022. He is grateful to all those who contributed."),
    ("II. Activities of the Special Rapporteur",
     "3. The activities of the Special Rapporteur during the period from 1 April 2021 to 31 March 2022 are "
     "described in his report to the Human Rights Council at its fiftieth session (A/HRC/50/34). Since then, "
     "he has sent 37 communications, alone or jointly with other mandate holders, concerning imminent "
     "executions in 11 States, and conducted an official visit to Kelvara from 4 to 15 July 2022, the report "
     "on which will be presented to the Council at its fifty-third session."),
    ("III. Legal framework",
     "4. Article 14 of the Covenant guarantees to everyone the right to a fair and public hearing by a "
     "competent, independent and impartial tribunal established by law. In capital cases, the guarantees must "
     "be scrupulously respected: any death sentence imposed following a trial that did not meet the "
     "requirements of article 14 violates article 6 of the Covenant. The Human Rights Committee, in its "
     "general comment No. 36 (2018), stated that the trial of civilians by military courts in capital cases "
     "is, in principle, incompatible with article 6.\n\n"
     "5. The safeguards guaranteeing protection of the rights of those facing the death penalty, approved by "
     "the Economic and Social Council in its resolution 1984/50 of 25 May 1984, require that capital "
     "punishment be carried out only pursuant to a final judgment rendered by a competent court after a legal "
     "process which gives all possible safeguards to ensure a fair trial."),
    ("IV. Exceptional courts and the death penalty in practice",
     "6. The submissions received describe three recurrent patterns. First, in several States, security or "
     "counter-terrorism legislation transfers offences punishable by death from the ordinary courts to "
     "military or special courts whose judges are serving officers or are appointed by, and removable by, the "
     "executive. Secondly, the proceedings of such courts are frequently closed to the public, the families of "
     "the accused and independent observers, and defence lawyers are given access to the case file only days "
     "before trial. Thirdly, the right of appeal is limited or non-existent: in four States, the sentences of "
     "special courts are confirmed by the Head of State rather than reviewed by a higher tribunal.\n\n"
     "7. In Kesmaria, the Special Criminal Court, established in 2016, has jurisdiction over eleven offences "
     "punishable by death. Monitoring by civil society has found that retracted confessions were the principal "
     "evidence in most capital cases before the Court. In Dravenia, military courts have tried civilians for "
     "'armed rebellion' since the state of emergency declared on 2 March 2020; at least 46 death sentences "
     "were imposed by those courts in 2021.\n\n"
     "8. By contrast, a number of States have recently removed capital offences from the jurisdiction of "
     "military courts or abolished the death penalty under military law, including two States in the course "
     "of 2022 alone. The Special Rapporteur welcomes those developments."),
    ("V. Conclusions and recommendations",
     "9. The imposition of a death sentence by a court that lacks independence and impartiality, or after "
     "proceedings that do not respect the guarantees of article 14 of the Covenant, is arbitrary and unlawful. "
     "Pending abolition, the Special Rapporteur recommends that States:\n"
     "(a) End the jurisdiction of military and special courts over civilians in all cases that may result in "
     "the death penalty;\n"
     "(b) Review, with a view to commutation, all death sentences imposed by such courts;\n"
     "(c) Guarantee an effective right of appeal to a higher, independent tribunal in every capital case;\n"
     "(d) Establish an official moratorium on executions, as called for by the General Assembly in its "
     "resolutions on a moratorium on the use of the death penalty, the first of which was adopted in 2007."),
]


def un_ga_report(path):
    """A note by the Secretary-General transmitting a special rapporteur's report: UN masthead with
    the symbol, 'Distr.: General' over the day, the session and provisional agenda item, the
    mandate's name as the title, 'Note by the Secretary-General', then the report's own heading;
    the job number 'GE.22-...' with its processing days at the foot of the first page."""
    pdf = new_pdf(header="A/77/291", footer="", footer_from=2, header_align="L")
    pdf.set_title("A/77/291")
    pdf.set_author("dts")
    pdf.set_creation_date(datetime.datetime(2022, 8, 18, 9, 41, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(60, 6, "United Nations")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 6, "A/77/291", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(110, 10, "General Assembly")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "Distr.: General\n12 August 2022\n\nOriginal: English", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    lines(pdf, 10, "Seventy-seventh session\nItem 69 (b) of the provisional agenda*\nPromotion and protection of "
          "human rights: human rights questions,\nincluding alternative approaches for improving the effective\n"
          "enjoyment of human rights and fundamental freedoms", height=5)
    pdf.ln(6)
    line(pdf, 15, 8, "Extrajudicial, summary or arbitrary executions", "B")
    pdf.ln(2)
    line(pdf, 12, 7, "Note by the Secretary-General", "B")
    pdf.ln(2)
    lines(pdf, 10, "The Secretary-General has the honour to transmit to the General Assembly the report of the "
          "Special Rapporteur on extrajudicial, summary or arbitrary executions, Tomas Arellano Vidal, submitted "
          "in accordance with Human Rights Council resolution 44/5.", height=5)
    pdf.ln(20)
    lines(pdf, 8, "* A/77/150.", height=4)
    pdf.ln(4)
    lines(pdf, 8, "GE.22-12611 (E)    160822    170822", height=4)
    lines(pdf, 8, "*2212611*        Please recycle", "B", height=4)
    pdf.add_page()
    lines(pdf, 13, "Report of the Special Rapporteur on extrajudicial, summary\nor arbitrary executions, "
          "Tomas Arellano Vidal", "B", 7)
    pdf.ln(2)
    line(pdf, 12, 7, "Death sentences imposed by military and exceptional courts", "B")
    pdf.ln(2)
    line(pdf, 11, 7, "Summary", "B")
    lines(pdf, 10, SR_SUMMARY, height=5)
    pdf.ln(4)
    sections(pdf, SR_BODY)
    pdf.output(path)


# --- 2. An asylum agency's country of origin information report ----------------------------------

COI_ABOUT = (
    "About the report\n\n"
    "This report has been produced by Lifos - Centre for Country of Origin Information and Analysis at the "
    "Swedish Migration Agency. It addresses the situation in Kelvara with regard to the conduct of the "
    "security forces, conditions of detention and the application of the death penalty, which are relevant to "
    "the assessment of applications for international protection.\n\n"
    "The report covers developments from January 2019 onwards and is based on information up to 30 June 2021. "
    "It replaces the Lifos thematic report on Kelvara published on 14 December 2018. Events after the cut-off "
    "date have not been taken into account, with the exception of the tabling of the Penal Code (Amendment) "
    "Bill in Parliament on 6 July 2021, which is noted in section 5.\n\n"
    "The report is based on written sources and on interviews conducted by video link with lawyers, "
    "researchers and representatives of civil society organisations between 15 and 17 March 2021. Sources have "
    "been selected in accordance with established principles of source criticism. The report is not intended "
    "to be exhaustive and should not be regarded as conclusive as to the determination of any particular "
    "application. The report does not express any position on the part of the Swedish Migration Agency.")

COI_BODY = [
    ("Summary",
     "The security forces in Kelvara, in particular the police's Special Crimes Unit, continue to be "
     "responsible for extrajudicial killings, enforced disappearances and torture of persons in custody. The "
     "Kelvara Human Rights Network documented 131 killings by police in 2020, compared with 107 in 2019. "
     "Prison conditions are harsh: the prisons held more than twice their official capacity in 2020. The "
     "death penalty is mandatory for murder, robbery with violence and treason. No execution has been carried "
     "out since March 2009, but death sentences continue to be imposed; the death row population was 591 on "
     "30 June 2021."),
    ("1. Security forces",
     "The National Police Service is responsible for internal security. The Special Crimes Unit was "
     "established in 2015 to counter armed robbery and organised crime. Several sources interviewed for this "
     "report described the unit as operating with impunity. The Independent Police Oversight Authority "
     "received 1,244 complaints in the financial year 2019/20 and secured two convictions of police officers "
     "for unlawful killings. The US Department of State's report on human rights practices in 2020, published "
     "on 30 March 2021, describes similar patterns."),
    ("2. Detention",
     "Kelvara has 96 prisons with an official capacity of 26,800. According to the Prisons Service, the "
     "prison population was 55,300 in December 2020, of whom about 45 per cent were in pre-trial detention. "
     "During the COVID-19 pandemic, the Chief Justice directed in April 2020 that petty offenders be released "
     "on non-custodial sentences, which reduced the population temporarily."),
    ("3. The death penalty",
     "Capital offences are tried by the High Court. Appeals lie to the Court of Appeal and, in cases involving "
     "constitutional questions, to the Supreme Court. The President may exercise the prerogative of mercy on "
     "the advice of the Advisory Committee on the Power of Mercy, which last met in 2016. The last executions, "
     "of two men convicted of murder, took place on 3 March 2009.\n\n"
     "A petition challenging the mandatory death sentence for murder (the Ngata petition) was filed with the "
     "Supreme Court in 2019. At the cut-off date of this report, a hearing had not yet been fixed. Sources "
     "interviewed for this report considered that the Court was likely to follow the approach taken by other "
     "courts in the region. One lawyer said that 'no one on death row expects to be hanged, but no one expects "
     "to be released either'."),
    ("4. Persons at risk",
     "Persons suspected of armed robbery or of membership of criminal gangs, young men in informal "
     "settlements, and persons who have filed complaints against the police are described by sources as at "
     "particular risk of abuse by the security forces."),
    ("5. Legislative developments",
     "The Penal Code (Amendment) Bill, which would abolish the mandatory death sentence, was approved by "
     "the Cabinet in May 2021 and was tabled in Parliament on 6 July 2021."),
    ("Sources",
     "Kelvara Human Rights Network, Annual Report 2020, 26 February 2021\n\n"
     "Kelvara Prisons Service, Statistical Abstract 2020, March 2021\n\n"
     "Independent Police Oversight Authority, Annual Report 2019/20, 30 October 2020\n\n"
     "US Department of State, 2020 Country Reports on Human Rights Practices: Kelvara, 30 March 2021\n\n"
     "Lifos, Kelvara - Security forces and prison conditions (version 1.0), 14 December 2018\n\n"
     "Interviews: lawyer, Port Amsel, 15 March 2021; researcher, university of Port Amsel, 16 March 2021; "
     "representative of a civil society organisation, 17 March 2021"),
]


def coi_report(path):
    """A Lifos-style COI report: the centre and the agency at the top of the cover, the kind
    'Thematic report', the country and the topic, 'Version 1.0' and the publication date in ISO
    form; 'information up to 30 June 2021' only inside 'About the report'. Footer with the agency."""
    pdf = new_pdf(header="Lifos thematic report: Kelvara - Security forces, detention and the death penalty",
                  footer="Swedish Migration Agency | Lifos", footer_from=2)
    pdf.set_title("Lifos Kelvara tematisk rapport 2021")
    pdf.set_author("Lifos")
    pdf.set_creation_date(datetime.datetime(2021, 8, 20, 13, 2, tzinfo=UTC))
    pdf.add_page()
    line(pdf, 11, 6, "Lifos - Centre for Country of Origin Information and Analysis", "B")
    line(pdf, 10, 6, "Swedish Migration Agency")
    pdf.ln(50)
    line(pdf, 12, 7, "Thematic report")
    pdf.ln(2)
    lines(pdf, 22, "Kelvara - Security forces,\ndetention and the death penalty", "B", 11)
    pdf.ln(14)
    line(pdf, 10, 6, "Version 1.0")
    line(pdf, 10, 6, "Publication date: 2021-08-25")
    pdf.ln(40)
    lines(pdf, 8, "Cover photo: Port Amsel Central Prison, 2017. Lifos.\n"
                  "(c) 2021 Swedish Migration Agency, Lifos. Content may be reproduced provided the source is "
                  "acknowledged.", height=4)
    pdf.add_page()
    for para in COI_ABOUT.split("\n\n"):
        lines(pdf, 10, para, "B" if para == "About the report" else "", height=5)
        pdf.ln(2)
    pdf.add_page()
    sections(pdf, COI_BODY)
    pdf.output(path)


if __name__ == "__main__":
    un_ga_report(os.path.join(HERE, "corpus", "un-sr-ga-report.pdf"))
    coi_report(os.path.join(HERE, "corpus", "coi-thematic-report.pdf"))
