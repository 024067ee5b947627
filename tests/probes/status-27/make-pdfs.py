#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders of
`tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------- d01: an intergovernmental organisation's annual background paper

INTRO = [
    ("Foreword", [
        "The Office for Democratic Institutions and Human Rights (ODIHR) publishes this background paper "
        "each year on or around the World Day against the Death Penalty, 10 October. It is intended to "
        "inform the discussion of the death penalty at the annual Warsaw Human Dimension Conference and "
        "to follow up on the commitments made by the participating States in the 1990 Copenhagen "
        "Document, in which they agreed to keep the question of capital punishment under consideration "
        "and to make information on its use available to the public.",
        "The present edition covers the period from 1 January 2023 to 30 June 2024. Unless otherwise "
        "stated, the status of each participating State is given as at 30 June 2024. Information was "
        "obtained from the replies of participating States to the ODIHR questionnaire, from public "
        "sources and from civil society organizations; ODIHR is grateful to the 41 participating States "
        "that replied.",
    ]),
    ("1. Overview", [
        "Of the 57 OSCE participating States, two, Belarus and the United States of America, continued "
        "to carry out executions during the reporting period. Two further States, the Russian Federation "
        "and Tajikistan, retain the death penalty in law but observe moratoriums on its imposition or "
        "execution. All other participating States have abolished the death penalty for all crimes.",
        "ODIHR notes that no participating State is now abolitionist for ordinary crimes only. The last "
        "State in that category was Latvia, which had retained the death penalty for murder committed "
        "in time of war until amendments to its Criminal Law abolishing it for all crimes took effect on "
        "1 January 2012.",
        "Map 1 (not reproduced in the text version). Legend: dark grey - retentionist; hatched - "
        "abolitionist in practice / moratorium; light grey - abolitionist for all crimes; white - "
        "abolitionist for ordinary crimes only (no participating State in this category); dotted - "
        "Partner for Co-operation. The boundaries shown do not imply official endorsement or acceptance "
        "by the OSCE.",
    ]),
]

TABLE = [
    ("State", "Status at 30 June 2024", "Last execution", "ICCPR-OP2", "Note"),
    ("Belarus", "Retentionist", "2023", "No", "a"),
    ("United States", "Retentionist", "2024", "No", "b"),
    ("Russian Federation", "Abolitionist in practice", "1996", "No", "c"),
    ("Tajikistan", "Abolitionist in practice", "2004", "No", "d"),
    ("Kazakhstan", "Abolitionist, all crimes (2022)", "2003", "Yes (2022)", "e"),
    ("Mongolia", "Abolitionist, all crimes (2017)", "2008", "Yes (2012)", "f"),
    ("Uzbekistan", "Abolitionist, all crimes (2008)", "2005", "Yes (2008)", "g"),
    ("Kyrgyzstan", "Abolitionist, all crimes (2007)", "1998", "Yes (2010)", ""),
]

FOOTNOTES = [
    "a  Executions in Belarus are carried out in secret and are not announced; relatives are not "
    "informed of the date or of the place of burial. ODIHR received credible information that at least "
    "one execution was carried out in 2023. Belarus has carried out executions in every year since 1991 "
    "except 2016 and 2022 for which no information could be confirmed. A law of 18 May 2022 extended the "
    "death penalty to attempted acts of terrorism.",
    "b  The death penalty is retained at the federal level, by the military and by 27 states; 23 states "
    "have abolished it. In 2023, 24 executions were carried out in five states: Texas (8), Florida (6), "
    "Missouri (4), Oklahoma (4) and Alabama (2). On 25 January 2024 Alabama carried out the first "
    "execution by nitrogen hypoxia. No federal execution has taken place since January 2021; on 1 July "
    "2021 the Attorney General announced a moratorium on federal executions pending a review of "
    "policies and procedures.",
    "c  The last execution in the Russian Federation took place on 2 August 1996. Executions had "
    "continued in 1995 and 1996 despite the undertaking given on accession to the Council of Europe. "
    "A Constitutional Court ruling of 2 February 1999 prohibited death sentences until jury trials were "
    "available in all regions, and its ruling of 19 November 2009 held that the moratorium could not be "
    "lifted. ODIHR has classified the Russian Federation as abolitionist in practice since its 2007 "
    "edition. Protocol No. 6 to the European Convention, signed in 1997, was never ratified.",
    "d  A law of 15 July 2004 introduced a moratorium on the imposition and execution of death sentences; "
    "the last known executions took place in April 2004. ODIHR has counted Tajikistan as abolitionist in "
    "practice since 2014, ten years after those executions; before then it was listed as retentionist "
    "with a moratorium. The Criminal Code continues to provide for the death penalty for five offences.",
    "e  See section 3.",
    "f  The new Criminal Code, which contains no provision for the death penalty, entered into force on "
    "1 July 2017. A moratorium had been in place since 14 January 2010. See also section 4.",
    "g  The death penalty was abolished with effect from 1 January 2008. The last executions known to "
    "ODIHR were carried out in 2005.",
]

SECTIONS = [
    ("2. Developments in retentionist States", [
        "Belarus. The authorities of Belarus did not reply to the ODIHR questionnaire. A working group on "
        "the death penalty established in the House of Representatives in 2010 has not met since 2019, "
        "and public statements by officials during the reporting period did not suggest that a "
        "moratorium was under consideration. At least two death sentences were handed down in 2023.",
        "United States. Executions continued in the states listed in note b. Courts in several states "
        "considered challenges to new execution methods. A bill to abolish the death penalty at the "
        "federal level was reintroduced in Congress in 2023 but has not been considered in committee.",
    ]),
    ("3. Kazakhstan: completion of abolition", [
        "The 2021 edition of this paper listed Kazakhstan as abolitionist for ordinary crimes only. That "
        "entry is superseded. Since the constitutional amendment of 21 May 2007, Kazakhstan had retained "
        "the death penalty only for terrorist offences resulting in loss of life and for especially grave "
        "crimes committed in time of war, and a moratorium on executions had applied since 17 December "
        "2003. The Law on Amendments to the Criminal Code, signed by the President on 29 December 2021, "
        "abolished the death penalty for all crimes with effect from 2 January 2022; the Constitution was "
        "amended accordingly following the referendum of 5 June 2022. Kazakhstan acceded to the Second "
        "Optional Protocol to the ICCPR on 24 March 2022.",
    ]),
    ("4. Proposals to reintroduce the death penalty", [
        "Proposals to reintroduce capital punishment were made in several participating States during "
        "the reporting period. In Mongolia, a group of members of the State Great Khural registered a "
        "draft law in March 2024 that would restore the death penalty for the murder of a child; at the "
        "time of writing the draft had not been placed on the agenda of a plenary session. In Kyrgyzstan, "
        "the President repeated in 2023 a call, first made in 2021, to restore the death penalty for the "
        "rape and murder of children; as the Constitution prohibits the death penalty, no bill was tabled. "
        "ODIHR recalls that States parties to the Second Optional Protocol may not reintroduce the death "
        "penalty.",
    ]),
    ("5. The Mediterranean Partners for Co-operation", [
        "Of the Mediterranean Partners, Algeria, Morocco and Tunisia retain the death penalty in law but "
        "have not carried out executions for three decades: the last executions took place in 1993 in "
        "Algeria and Morocco and in 1991 in Tunisia, and all three are regarded as abolitionist in "
        "practice. The President of Tunisia said in September 2020 that he favoured the resumption of "
        "executions for murder; none has taken place. Israel has abolished the death penalty for ordinary "
        "crimes since 1954 but retains it for genocide, crimes against humanity and treason in time of "
        "war. Egypt and Jordan continued to carry out executions.",
        "Among the Asian Partners, Japan and Thailand retain the death penalty; Japan carried out one "
        "execution in July 2022 and none during the reporting period.",
    ]),
]


def d01():
    pdf = new_pdf(header="ODIHR - The Death Penalty in the OSCE Area - Background Paper 2024",
                  footer="OSCE/ODIHR, Warsaw", footer_from=2)
    pdf.add_page()
    line(pdf, 9, 5, "Organization for Security and Co-operation in Europe")
    line(pdf, 9, 5, "Office for Democratic Institutions and Human Rights")
    pdf.ln(10)
    line(pdf, 18, 10, "The Death Penalty in the OSCE Area", "B")
    line(pdf, 13, 8, "Background Paper 2024")
    pdf.ln(4)
    line(pdf, 10, 6, "Warsaw, 10 October 2024")
    line(pdf, 9, 5, "ODIHR.GAL/61/24")
    pdf.ln(8)
    for heading, paras in INTRO:
        line(pdf, 12, 7, heading, "B")
        for p in paras:
            block(pdf, 10, 5, p)
            pdf.ln(2)
    line(pdf, 11, 7, "Table 1. Participating States that retain the death penalty or have abolished it since 2005 (selected)", "B")
    widths = (48, 58, 28, 28, 14)
    for i, row in enumerate(TABLE):
        pdf.set_font("Helvetica", "B" if i == 0 else "", 9)
        for w, cell in zip(widths, row):
            pdf.cell(w, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(2)
    for f in FOOTNOTES:
        block(pdf, 8, 4, f)
        pdf.ln(1)
    pdf.ln(3)
    for heading, paras in SECTIONS:
        line(pdf, 12, 7, heading, "B")
        for p in paras:
            block(pdf, 10, 5, p)
            pdf.ln(2)
    block(pdf, 8, 4, "This paper is published for information. The views expressed do not necessarily "
          "reflect the position of the OSCE or of its participating States.")
    pdf.output(os.path.join(HERE, "corpus", "d01_osce-odihr-death-penalty-background-paper-2024.pdf"))


if __name__ == "__main__":
    d01()
