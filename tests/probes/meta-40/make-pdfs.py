#!/usr/bin/env python3
"""Writes the probe's PDFs (text written for this probe) with fpdf2 and the shared
builders of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, lines, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
UTC = datetime.timezone.utc


# --- 1. A Supreme Court of India judgment whose day is only at its foot --------------------

PARAS = [
    "1. Leave was granted on 08.07.2019 and the execution of the sentence of death was stayed in the meantime. "
    "This appeal is directed against the judgment and final order dated 17.04.2018 passed by the High Court of "
    "Jharkhand at Ranchi in Death Reference No. 3 of 2016 with Criminal Appeal (D.B.) No. 412 of 2016, whereby the "
    "High Court confirmed the sentence of death awarded to the appellant by the learned Additional Sessions "
    "Judge-I, Dumka, by judgment and order dated 09.05.2016 in Sessions Trial No. 88 of 2014, and dismissed the "
    "appeal of the appellant against his conviction under Sections 302 and 201 of the Indian Penal Code, 1860.",
    "2. The case of the prosecution, briefly stated, is that on the night intervening 21st and 22nd October, 2013 "
    "the appellant killed his sister-in-law and her two minor sons at their house in village Bhalki over a "
    "dispute concerning a small parcel of agricultural land. The First Information Report was registered at "
    "Dumka Mufassil Police Station on 22.10.2013 on the statement of the neighbour, PW-4, who had seen the "
    "appellant leaving the house shortly before midnight. The charge-sheet was filed on 14.01.2014.",
    "3. The Trial Court, relying on the testimony of PW-4, the recovery of the weapon at the instance of the "
    "appellant and the medical evidence, convicted the appellant and, holding that the case fell within the "
    "category of the rarest of rare cases, sentenced him to death. The High Court concurred on both counts.",
    "4. We have heard learned counsel for the parties at length. Having examined the evidence, we see no reason "
    "to differ with the concurrent findings of guilt recorded by the Courts below. The testimony of PW-4 is "
    "consistent and is corroborated by the recovery and by the report of the Forensic Science Laboratory "
    "dated 03.03.2014. The conviction is accordingly affirmed.",
    "5. The question of sentence stands on a different footing. The Constitution Bench in Bachan Singh v. State "
    "of Punjab, (1980) 2 SCC 684, held that the sentence of death may be imposed only when the alternative "
    "option is unquestionably foreclosed, and that the circumstances of the offender must be weighed along with "
    "those of the crime. Neither the Trial Court nor the High Court called for any material relating to the "
    "appellant. The Trial Court heard the appellant on sentence on the very day of conviction.",
    "6. By order dated 21.11.2023 this Court called for reports from the Probation Officer, the jail authorities "
    "and a psychologist. The report of the Superintendent of the Central Jail, Dumka, dated 11.12.2023 records "
    "that the appellant has been a teacher in the jail literacy programme for five years and that there is no "
    "adverse report against him. The psychological evaluation filed on 05.01.2024 does not indicate any "
    "tendency to violence. The appellant had no criminal antecedents and was 29 years of age on the date of "
    "the incident.",
    "7. In our considered view, the possibility of reformation cannot be ruled out, and the case does not fall "
    "in the category of the rarest of rare cases. At the same time, the crime was brutal and took the lives of "
    "two children. Having regard to the principle laid down by this Court in Union of India v. V. Sriharan, "
    "(2016) 7 SCC 1, we consider it appropriate to commute the sentence of death to imprisonment for life with "
    "the direction that the appellant shall not be released before he has actually served 25 years of "
    "imprisonment, without remission.",
    "8. The appeal is partly allowed in the above terms. The judgment of the High Court dated 17.04.2018 stands "
    "modified to that extent. Pending application(s), if any, shall stand disposed of.",
]


def sci_judgment(path):
    pdf = new_pdf(footer="", footer_from=1)
    pdf.set_title("")
    pdf.set_creation_date(datetime.datetime(2024, 2, 7, 17, 2, 41, tzinfo=IST))
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(150, 10)
    pdf.cell(45, 5, "2024 INSC 98", align="R")
    pdf.set_xy(10, 18)
    line(pdf, 9, 5, "Signature Not Verified")
    line(pdf, 7, 4, "Digitally signed by")
    line(pdf, 7, 4, "RAKESH KUMAR BISHT")
    line(pdf, 7, 4, "Date: 2024.02.07")
    line(pdf, 7, 4, "17:02:41 IST")
    line(pdf, 7, 4, "Reason:")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "REPORTABLE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for t in ["IN THE SUPREME COURT OF INDIA", "CRIMINAL APPELLATE JURISDICTION", "",
              "CRIMINAL APPEAL NO. 1187 OF 2019"]:
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "HARIPRASAD MEHTO                                   ...APPELLANT(S)", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "VERSUS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "STATE OF JHARKHAND                                 ...RESPONDENT(S)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "J U D G M E N T", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    line(pdf, 11, 7, "SUDHIR VARMA, J.", "B")
    for p in PARAS:
        block(pdf, 11, 6, p)
        pdf.ln(3)
    pdf.ln(6)
    for name in ["(SUDHIR VARMA)", "(ANITA RAGHAVAN)"]:
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(0, 6, "..............................................J.", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, name, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    line(pdf, 11, 6, "NEW DELHI;")
    line(pdf, 11, 6, "FEBRUARY 06, 2024.")
    pdf.output(path)


# --- 2. An NGO monitoring report whose cover gives an eighteen-month period ----------------

INTRO = [
    ("About this report",
     "This is the third monitoring report of the Centre for Justice and Dignity on detention and the death "
     "penalty in Mirovia. It covers the eighteen months from 1 January 2022 to 30 June 2023, a longer period "
     "than our earlier reports, so that our reporting cycle can follow the sessions of the Human Rights Council. "
     "Our previous report, covering 2020 and 2021, was published in March 2022.\n\n"
     "The findings are based on 64 interviews with former detainees, relatives of prisoners under sentence of "
     "death and lawyers, conducted between February 2022 and July 2023, on court records obtained from "
     "defence counsel, and on the replies of the Ministry of Justice to our requests for information of 6 April "
     "and 2 August 2023. Some field data were collected after the end of the period covered, up to 15 July 2023; "
     "where they are used, the text says so."),
    ("Key findings",
     "Courts in Mirovia handed down nine new death sentences during the period covered, seven of them for "
     "murder and two for drug trafficking. No executions were carried out; the last took place in June 2018. "
     "At 30 June 2023 at least 11 people were under sentence of death, all of them men.\n\n"
     "All prisoners under sentence of death are held in the special regime unit of Kastor Central Prison, "
     "where they spend at least 22 hours a day in their cells. Family visits take place through a glass "
     "partition and are limited to one hour a month.\n\n"
     "In four of the nine cases, the defendants told the court that they had been beaten during police "
     "questioning. In none of these cases did the court order an investigation.\n\n"
     "President Ivo Marek rejected three petitions for clemency and granted none. The Constitutional Court "
     "declined, on 14 November 2022, to review the constitutionality of the mandatory death sentence for "
     "the murder of a police officer."),
    ("Recommendations",
     "To the Government: establish an official moratorium on executions with a view to abolishing the death "
     "penalty, and publish the number of people under sentence of death each year.\n\n"
     "To Parliament: ratify the Second Optional Protocol to the International Covenant on Civil and Political "
     "Rights, and repeal the provisions of the Criminal Code of 2005 that make the death penalty mandatory.\n\n"
     "To the prison administration: end the isolation of prisoners under sentence of death and allow "
     "independent monitors unannounced access to the special regime unit."),
]


def ngo_report(path):
    pdf = new_pdf(footer="Behind the Walls | Centre for Justice and Dignity | 2023", footer_from=3)
    pdf.set_title("CJD_report_final_v7")
    pdf.set_author("mkovac")
    pdf.set_creation_date(datetime.datetime(2023, 9, 19, 10, 12, tzinfo=UTC))
    pdf.add_page()
    pdf.ln(10)
    line(pdf, 12, 7, "CENTRE FOR JUSTICE AND DIGNITY (CJD)", "B")
    pdf.ln(40)
    line(pdf, 30, 14, "Behind the Walls", "B")
    block(pdf, 16, 8, "Monitoring report on detention and the\ndeath penalty in Mirovia")
    pdf.ln(8)
    line(pdf, 14, 8, "January 2022 - June 2023")
    pdf.ln(60)
    line(pdf, 9, 5, "With the support of the Embassy of the Kingdom of the Netherlands")
    pdf.add_page()
    pdf.ln(150)
    block(pdf, 9, 4.5,
          "First published in September 2023 by the Centre for Justice and Dignity\n"
          "7 Lipa Street, Kastor, Mirovia\nwww.cjd-mirovia.org\n\n"
          "(c) Centre for Justice and Dignity 2023\n\n"
          "This report was produced with the financial support of the Kingdom of the Netherlands. Its contents "
          "are the sole responsibility of the Centre for Justice and Dignity and do not necessarily reflect the "
          "views of the Government of the Netherlands.\n\n"
          "Cover photograph: the perimeter wall of Kastor Central Prison, 2019.")
    pdf.add_page()
    for head, text in INTRO:
        lines(pdf, 13, head, "B", 8)
        for para in text.split("\n\n"):
            lines(pdf, 10, para, height=5)
            pdf.ln(2)
        pdf.ln(2)
    pdf.output(path)


if __name__ == "__main__":
    corpus = os.path.join(HERE, "corpus")
    sci_judgment(os.path.join(corpus, "sci-judgment-foot-date.pdf"))
    ngo_report(os.path.join(corpus, "ngo-monitoring-report.pdf"))
