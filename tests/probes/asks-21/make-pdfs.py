#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import line, lines, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

KEY_FINDINGS = [
    "At least 476 people were executed for drug offences in 2023 in the four countries where figures "
    "could be confirmed, up from 323 in 2022. The true number is far higher: China and Viet Nam treat "
    "their figures as state secrets and are not included in the total.",
    "Iran alone accounted for 468 of the confirmed drug executions in 2023, against 255 in 2022.",
    "Saudi Arabia executed two people for drug offences in 2023, after executing 57 in 2022.",
    "Singapore hanged five people for drug trafficking in 2023. It hanged 11 in 2022.",
    "Death sentences for drug offences were handed down in at least 15 countries in 2023. Indonesia "
    "imposed the most that could be confirmed: 114, up from 94 in 2022.",
]

TABLE1 = [
    ("Country", "2023", "2022", "Notes"),
    ("Iran", "468", "255", "(a)"),
    ("Saudi Arabia", "2", "57", ""),
    ("Singapore", "5", "11", "(b)"),
    ("Kuwait", "1", "0", ""),
    ("China", "+", "+", "(c)"),
    ("Viet Nam", "+", "+", "(c)"),
    ("North Korea", "n/a", "n/a", ""),
    ("Total (confirmed)", "476", "323", ""),
]

TABLE2 = [
    ("Country", "2023", "2022"),
    ("Indonesia", "114", "94"),
    ("Viet Nam", "74+", "55+"),
    ("Malaysia", "23", "40"),
    ("Singapore", "6", "4"),
    ("Sri Lanka", "n/a", "17"),
    ("Bangladesh", "9+", "n/a"),
]

NOTES = (
    "Table notes. \"+\" means that executions or death sentences are known to have taken place but that no "
    "minimum figure could be confirmed. \"n/a\" means that no information was available. (a) Figure compiled "
    "from reports by Iranian human rights groups; the authorities publish no figures. (b) An earlier version of "
    "this briefing, circulated to partners in March 2024, gave Singapore's 2022 figure as 13; the correct figure "
    "is 11. (c) Believed to be in the hundreds or more; figures are classified."
)

COUNTRY_NOTES = [
    ("Iran",
     "Executions for drug offences in Iran in 2023 were the highest since 2015. The rise followed the "
     "amendment of the Anti-Narcotics Law in 2017, which had sharply reduced such executions in 2018 and 2019; "
     "that reduction has now been reversed. Most of those executed were from the Baluch minority and were held "
     "in prisons in Sistan and Baluchestan province, in Zahedan, and in Ghezel Hesar prison in Karaj. Iranian "
     "groups also reported that two of those executed in 2023 had been arrested as children, but the briefing "
     "was unable to verify this."),
    ("Saudi Arabia",
     "Saudi Arabia resumed executions for drug offences in November 2022, after a pause of nearly three years "
     "that the Human Rights Commission had described in January 2021 as a moratorium. The authorities have not "
     "confirmed that the moratorium was ever formally adopted, and no text of it has been published. Both people "
     "executed for drug offences in 2023 were foreign nationals."),
    ("Singapore",
     "Five men were hanged at Changi Prison Complex in 2023 for trafficking in cannabis or diamorphine. Among "
     "them was Rizal bin Othman, a 43-year-old Singaporean, who was hanged on 3 August 2023. He had been "
     "convicted in 2019 of trafficking 1,021 grams of cannabis. His application for a stay, filed on the eve "
     "of the execution, was dismissed by the Court of Appeal on 2 August 2023. The authorities did not say "
     "whether a petition for clemency had been considered."),
    ("Kuwait",
     "One man, a national of Sri Lanka, was hanged for drug trafficking at the Central Prison on 27 July 2023. "
     "Kuwait had carried out no executions for drug offences in 2022."),
    ("Malaysia",
     "Malaysia did not carry out any executions in 2023; it has had an official moratorium since 2018. The "
     "Abolition of Mandatory Death Penalty Act 2023 came into force on 4 July 2023 and gave the courts "
     "discretion in all drug trafficking cases. The Federal Court began resentencing hearings in November 2023; "
     "by 31 December 2023 it had resentenced 86 of the 936 people eligible, commuting the death sentences of 79 "
     "of them and confirming seven."),
    ("Indonesia",
     "Indonesia has not carried out an execution since July 2016, but its courts have not stopped sentencing "
     "people to death for drug offences. The new Criminal Code, signed in January 2023, will come into force "
     "in January 2026; it provides for a ten-year probationary period after which a death sentence may be "
     "commuted."),
    ("Sri Lanka",
     "The Supreme Court has not yet ruled on petitions challenging the former President's 2022 announcement that "
     "executions for drug offences would resume. No execution has taken place in Sri Lanka since 1976."),
]

METHOD = (
    "Methodology. Figures are minimums. They are drawn from official statements, court records, media reports "
    "and information from lawyers and human rights groups, cross-checked where possible against Amnesty "
    "International's annual global report on death sentences and executions. A country is counted only where "
    "at least one execution or death sentence for a drug offence could be confirmed by two independent sources. "
    "Figures for 2022 have been revised since Briefing No. 6 where new information came to light."
)


def table(pdf, rows, widths):
    for i, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if i == 0 or row[0].startswith("Total") else "", 9)
        for w, cell in zip(widths, row):
            pdf.cell(w, 6, cell, border=1)
        pdf.ln(6)


def main():
    pdf = new_pdf(header="CDJN Briefing No. 7 - Executed for drugs: the death penalty for drug offences in 2023",
                  footer="Capital Drug Justice Network | www.cdjn.org | April 2024")
    pdf.add_page()
    lines(pdf, 10, "CAPITAL DRUG JUSTICE NETWORK", "B", 6)
    lines(pdf, 9, "Briefing No. 7  |  April 2024", height=5)
    pdf.ln(4)
    lines(pdf, 18, "Executed for drugs", "B", 9)
    lines(pdf, 12, "The death penalty for drug offences in 2023", height=7)
    pdf.ln(3)
    lines(pdf, 9, "Authors: Priya Raghunathan and Tomas Eklund. Research assistance: Layla Haddad.", "I", 5)
    pdf.ln(4)
    lines(pdf, 12, "Key findings", "B", 7)
    for k in KEY_FINDINGS:
        lines(pdf, 10, "- " + k, height=5)
        pdf.ln(1)
    pdf.ln(3)
    lines(pdf, 11, "Table 1. Executions for drug offences, 2023 and 2022", "B", 7)
    table(pdf, TABLE1, (50, 25, 25, 30))
    pdf.ln(4)
    lines(pdf, 11, "Table 2. Death sentences for drug offences, selected countries, 2023 and 2022", "B", 7)
    table(pdf, TABLE2, (50, 25, 25))
    pdf.ln(3)
    lines(pdf, 8, NOTES, "I", 4)
    pdf.ln(4)
    lines(pdf, 12, "Country notes", "B", 7)
    for head, body in COUNTRY_NOTES:
        lines(pdf, 10, head, "B", 6)
        lines(pdf, 10, body, height=5)
        pdf.ln(2)
    lines(pdf, 9, METHOD, height=4.5)
    pdf.ln(3)
    lines(pdf, 8, "The Capital Drug Justice Network is a coalition of lawyers and harm-reduction organisations working "
                  "to end the use of the death penalty for drug offences. This briefing may be reproduced with "
                  "acknowledgement. Contact: briefings@cdjn.org", height=4)
    pdf.output(os.path.join(HERE, "corpus", "cdjn-briefing-7-drug-executions-2023.pdf"))


if __name__ == "__main__":
    main()
