#!/usr/bin/env python3
"""Writes the probe's two PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- d03: clinic factsheet

D03_AT_A_GLANCE = [
    ("Classification (as of last update)", "Abolitionist de facto"),
    ("Death penalty in law", "Yes - Penal Code of Eritrea, 2015"),
    ("Last known judicial execution", "1989"),
    ("Persons under sentence of death", "Unknown"),
    ("Second Optional Protocol to the ICCPR", "Not signed, not ratified"),
    ("UN General Assembly moratorium resolution (2020)", "Abstained"),
]

D03_KEY = (
    "CLASSIFICATION KEY. ABOL-ALL: abolitionist for all crimes - the law does not provide for the "
    "death penalty for any crime. ABOL-ORD: abolitionist for ordinary crimes only - the law "
    "provides for the death penalty only for exceptional crimes, such as crimes under military law "
    "or crimes committed in time of war. DE FACTO: abolitionist de facto - the death penalty is "
    "retained in law, but no judicial execution has been carried out for at least ten years and "
    "there is no indication that the State intends to resume executions. RET: retentionist - the "
    "death penalty is retained in law and judicial executions have been carried out within the last "
    "ten years. Our category DE FACTO corresponds to the category that Amnesty International calls "
    "abolitionist in practice."
)

D03_SECTIONS = [
    ("1. Overview",
     "Eritrea retains the death penalty in its criminal legislation but has not, so far as we have "
     "been able to establish, carried out a judicial execution since it became independent in May "
     "1993. Information on the administration of criminal justice in the country is very limited: "
     "judgments of the ordinary courts and of the Special Court are not published, no official "
     "statistics on death sentences are released, and independent monitors have not been permitted "
     "to visit places of detention. The entries below are therefore based on the legislation, on the "
     "Government's statements to United Nations bodies, and on the reports of UN mechanisms and "
     "non-governmental organisations listed under Sources."),
    ("2. Legal framework",
     "At independence the Transitional Government adopted the Transitional Penal Code of Eritrea "
     "(1991), a lightly amended version of the Ethiopian Penal Code of 1957, which provided for the "
     "death penalty for aggravated homicide, armed robbery, treason and a number of military "
     "offences. The Penal Code of the State of Eritrea, proclaimed on 15 May 2015 (Proclamation No. "
     "158/2015), replaced it. The 2015 Code reduced the number of capital offences but retains the "
     "death penalty for aggravated murder, treason, genocide, crimes against humanity and certain "
     "offences against the constitutional order. The Code provides that a sentence of death may not "
     "be imposed on a person who was under eighteen years of age at the time of the offence or on a "
     "pregnant woman, and that a death sentence may not be carried out without the approval of the "
     "Head of State. The Constitution ratified in 1997, which guarantees the right to life, has never "
     "entered into force."),
    ("3. Executions",
     "The last judicial execution that we have been able to identify in Eritrea took place in 1989, "
     "in Asmara, before independence. We have found no credible report of a judicial execution "
     "since then, and the Government told the Human Rights Council during its universal periodic "
     "review in 2019 that no death sentence had been carried out since independence. Applying the "
     "ten-year threshold described in the key, our database records Eritrea as RET for the years "
     "1993 to 1998 and as DE FACTO from 1999 onwards; the classification was confirmed at each "
     "annual review, most recently in January 2022.",),
    ("3.1 Killings outside the judicial process",
     "The absence of judicial executions must not be mistaken for an absence of killing by agents of "
     "the State. UN mechanisms have documented summary killings of conscripts attempting to desert, "
     "and of persons attempting to cross the border, as well as deaths in incommunicado detention. "
     "These killings are grave violations of the right to life, but they are not executions carried "
     "out pursuant to a sentence of a court, and they do not affect the classification above.",),
    ("4. Death sentences",
     "We are aware of a small number of death sentences reported in the press between 2003 and 2016, "
     "all for aggravated murder. We have no information on whether any of those sentences were later "
     "commuted. The size of the death row population is unknown.",),
    ("5. International position",
     "Eritrea acceded to the International Covenant on Civil and Political Rights in 2002. It has "
     "not signed the Second Optional Protocol. At the universal periodic review of 2019 it noted, "
     "without accepting, recommendations to establish an official moratorium and to abolish the "
     "death penalty. In the General Assembly it abstained on the moratorium resolution in 2016, 2018 "
     "and 2020.",),
    ("6. Regional snapshot (Horn of Africa)",
     "The codes below follow the classification key. Ethiopia - DE FACTO - last judicial execution "
     "2007; courts continue to impose death sentences. Sudan - RET - executions were reported in "
     "2020. Somalia - RET - executions by firing squad, most recently in 2021, following trials by "
     "military courts. South Sudan - RET - executions were reported in 2021.",),
]

D03_SOURCES = [
    "Sources",
    "[1] Human Rights Council, Report of the Working Group on the Universal Periodic Review: Eritrea, "
    "A/HRC/41/14 (2019).",
    "[2] Special Rapporteur on the situation of human rights in Eritrea, report to the Human Rights "
    "Council, A/HRC/47/21 (2021).",
    "[3] Ministry of Justice of the Republic of Djibouti, Rapport national soumis a l'Examen "
    "periodique universel (2018).",
    "[4] Penal Code of the State of Eritrea, Proclamation No. 158/2015.",
    "[5] Transitional Penal Code of Eritrea (1991).",
    "[6] Amnesty International, Death Sentences and Executions in 2020 (2021).",
    "",
    "This factsheet is produced by students of the Capital Punishment Research Clinic under the "
    "supervision of clinic faculty. It is provided for research and educational purposes and is not "
    "legal advice. Corrections are welcome: clinic@calloway-law.example.edu.",
]


def d03():
    pdf = new_pdf(footer="Capital Punishment Research Clinic - Eritrea factsheet - last updated 12 January 2022",
                  footer_from=1)
    pdf.add_page()
    line(pdf, 9, 6, "CALLOWAY SCHOOL OF LAW - CAPITAL PUNISHMENT RESEARCH CLINIC", "B")
    line(pdf, 9, 6, "Country Factsheet Series")
    pdf.ln(4)
    line(pdf, 20, 12, "ERITREA", "B")
    line(pdf, 10, 6, "Death Penalty Country Factsheet - last updated 12 January 2022")
    pdf.ln(4)
    line(pdf, 11, 7, "At a glance", "B")
    for k, v in D03_AT_A_GLANCE:
        line(pdf, 10, 6, f"{k}:  {v}")
    pdf.ln(4)
    block(pdf, 8, 4.5, D03_KEY)
    pdf.ln(4)
    for heading, body in D03_SECTIONS:
        line(pdf, 11, 7, heading, "B")
        block(pdf, 10, 5, body if isinstance(body, str) else body[0])
        pdf.ln(3)
    for i, s in enumerate(D03_SOURCES):
        if i == 0:
            line(pdf, 11, 7, s, "B")
        else:
            block(pdf, 8, 4.5, s)
    pdf.output(os.path.join(HERE, "corpus", "d03_eritrea_law-clinic-country-factsheet-2022.pdf"))


# ---------------------------------------------------------------- d07: pastoral letter

D07_PARAS = [
    ("", "Dear brothers and sisters in Christ, and all people of good will,"),
    ("", "As we begin the holy season of Lent, a season of repentance and of mercy, we your Bishops "
         "wish to speak to you about a matter that touches the dignity of every human person: the "
         "death penalty. We write because the question is before our nation once again, and because "
         "we believe that the moment has come to close the door on the gallows for good."),
    ("1. Where our nation stands",
     "Our country last carried out a hanging in 2005. Between independence in 1980 and that year, "
     "seventy-eight men were hanged at Harare Central Prison. Since then no one has been executed, "
     "although our courts continue to pass sentences of death, and some sixty men are held today "
     "on death row, several of them for more than fifteen years. In the language of those who study "
     "these matters, Zimbabwe is abolitionist in practice: the law still permits the penalty, but the "
     "State has not used it for almost twenty years. The post of hangman has stood vacant since 2005."),
    ("",
     "Section 48 of the Constitution of 2013 permits the death penalty only for murder committed in "
     "aggravating circumstances. It may not be imposed on women, on men who were under twenty-one "
     "years of age when the offence was committed, or on men over seventy. We welcomed those limits "
     "when the Constitution was adopted; we said then, and we say again, that they do not go far "
     "enough."),
    ("2. A step welcomed, a task unfinished",
     "On 6 February 2024 Cabinet approved the principles of a Death Penalty Abolition Bill, and the "
     "Minister of Justice announced that the Bill would be gazetted and brought before Parliament. We "
     "welcome this step with gratitude. But a Cabinet decision is not a law. Until Parliament passes "
     "the Bill and the President signs it into law, the death penalty remains part of our law, and "
     "the men on death row remain under sentence of death. We ask the members of both Houses to "
     "give the Bill their support."),
    ("3. What our neighbours have done",
     "We are not alone on this road. Our neighbours in Zambia saw their Parliament abolish the death "
     "penalty for all offences in December 2022, when the President assented to the amendment of "
     "the Penal Code. In South Africa the Constitutional Court declared the death penalty "
     "unconstitutional in 1995, and since the Criminal Law Amendment Act of 1997 there has been no "
     "death penalty there for any crime. Mozambique has forbidden the death penalty for all crimes "
     "since its Constitution of 1990."),
    ("",
     "Others have gone the other way. Botswana continues to hang prisoners, and executions took place "
     "there in 2022 and again in 2023. In Eswatini two men were hanged in 2019, breaking a long "
     "silence. Each of these deaths is a wound to the whole family of nations."),
    ("4. The teaching of the Church",
     "The Catechism of the Catholic Church, as revised by Pope Francis in 2018, teaches that the death "
     "penalty is inadmissible because it is an attack on the inviolability and dignity of the person, "
     "and that the Church works with determination for its abolition worldwide. The Church does not "
     "ignore the suffering of victims and their families. Justice for victims is a duty we share. But "
     "justice is not served by adding one death to another. The person who has done grave wrong "
     "remains a child of God, and the possibility of conversion must never be taken away."),
    ("5. What we ask",
     "We ask Parliament to pass the Death Penalty Abolition Bill without delay. We ask the President, "
     "who has spoken of his own opposition to the death penalty, to commute the sentences of all "
     "those on death row. We ask our parishes to pray for victims of crime and their families, for "
     "prisoners and their families, and for prison officers. And we ask every Catholic to make this "
     "Lent a time to reflect on mercy."),
    ("", "May the Lord, who came not to condemn the world but to save it, bless you and your families."),
    ("", "Given at Harare on Ash Wednesday, 14 February 2024."),
    ("", "Most Rev. Tobias Makoni, Archbishop of Bulawayo, President of the ZCBC\n"
         "Rt Rev. Clement Mutasa, Bishop of Gweru, Vice-President\n"
         "Rt Rev. Anselm Chidzere, Bishop of Masvingo, Secretary\n"
         "and all the Bishops of the Conference"),
]


def d07():
    pdf = new_pdf(footer="ZCBC Pastoral Letter - Lent 2024", footer_from=1)
    pdf.add_page()
    line(pdf, 10, 6, "ZIMBABWE CATHOLIC BISHOPS' CONFERENCE", "B")
    line(pdf, 9, 5, "Social Communications Department - 42 Fifth Street, Harare")
    pdf.ln(6)
    line(pdf, 18, 10, "CHOOSE LIFE", "B")
    line(pdf, 12, 7, "A Pastoral Letter on the Death Penalty for Lent 2024")
    line(pdf, 10, 6, "\"I have set before you life and death ... Choose life.\" (Deuteronomy 30:19)", "I")
    pdf.ln(5)
    for heading, body in D07_PARAS:
        if heading:
            line(pdf, 11, 7, heading, "B")
        block(pdf, 10, 5, body)
        pdf.ln(3)
    pdf.output(os.path.join(HERE, "corpus", "d07_zimbabwe_bishops-pastoral-letter-lent-2024.pdf"))


if __name__ == "__main__":
    d03()
    d07()
