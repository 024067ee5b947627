#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import line, lines, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

COVER = [
    (16, "B", "CAMEROON"),
    (14, "B", "Death sentences, torture and the military courts"),
    (12, "", "Joint alternative report to the UN Committee against Torture"),
    (12, "", "79th session - consideration of the sixth periodic report of Cameroon"),
    (11, "", "Submitted by the Cameroonian Network of Human Rights Defenders (RECADH)"),
    (11, "", "and the Centre for Justice and Rights, Buea (CJR)"),
    (11, "", "March 2024"),
]

SUMMARY = (
    "This report is submitted to the Committee against Torture ahead of its consideration of the sixth "
    "periodic report of Cameroon. It addresses the use of the death penalty by military tribunals against "
    "civilians, the use of confessions obtained under torture in those proceedings, and conditions on "
    "death row. It draws on 38 interviews with former detainees, relatives and lawyers carried out between "
    "June 2023 and January 2024, and on the registries of four military tribunals."
)

SECTIONS = [
    ("1. Legal framework",
     "Cameroon retains the death penalty. Law No. 2016/007 of 12 July 2016 on the Penal Code retained it for "
     "murder, aggravated theft, secession and a range of offences against the security of the State. Law No. "
     "2014/028 of 23 December 2014 on the suppression of acts of terrorism provides for the death penalty for "
     "any act of terrorism and gives military tribunals jurisdiction to try civilians charged under it. "
     "Cameroon has not ratified the Second Optional Protocol to the International Covenant on Civil and "
     "Political Rights. In its sixth periodic report the State party told the Committee that no death "
     "sentence had been carried out since 1997. Our organisations have found no evidence of any execution "
     "since that year, and Cameroon is therefore regarded as abolitionist in practice. This does not make "
     "the death sentences harmless: those sentenced spend years in conditions described below, and nothing "
     "in law prevents executions from resuming."),
    ("2. Death sentences imposed by military tribunals",
     "Since the crisis in the North-West and South-West regions began in 2016, and in the Far North region "
     "where the armed group Boko Haram operates, military tribunals have tried thousands of civilians under "
     "the 2014 law. Table 1 sets out the death sentences we were able to confirm from the registries of the "
     "four tribunals to which our lawyers had access. The Government does not publish figures."),
]

TABLE = [
    ("Military tribunal", "2021", "2022", "2023"),
    ("Yaounde", "6", "4", "9"),
    ("Maroua (Far North)", "27", "19", "22"),
    ("Bamenda (North-West)", "11", "12", "17"),
    ("Buea (South-West)", "5", "6", "6"),
    ("Total", "49", "41", "54"),
]

TABLE_NOTES = (
    "Table 1. Death sentences confirmed in the registries of four military tribunals, 2021-2023. Sentences "
    "imposed in absentia are excluded. Note: our submission to the Universal Periodic Review in 2022 gave "
    "the total for 2021 as 61. That figure counted sentences imposed in absentia; the corrected figure, "
    "excluding them, is 49. Figures for the Ebolowa and Bertoua tribunals could not be obtained."
)

SECTIONS2 = [
    ("3. Confessions obtained under torture",
     "In 29 of the 38 interviews, former detainees or their lawyers described beatings, suspension by the "
     "arms, or the threat of death during interrogation, most often at the State Secretariat for Defence "
     "(SED) in Yaounde or at gendarmerie units in Bamenda and Maroua. Military judges admitted statements "
     "made in those conditions and, in the cases we reviewed, did not order any inquiry when defendants "
     "said in court that they had been tortured."),
    ("Case: Ebenezer Nkwain Fon",
     "Ebenezer Nkwain Fon, a motorcycle taxi driver, was arrested at a checkpoint in Bamenda on 2 November "
     "2020 and transferred to the SED in Yaounde, where he says he was held for five months without access "
     "to a lawyer and beaten until he signed a statement admitting that he supplied fuel to separatist "
     "fighters. He was sentenced to death by the Bamenda Military Tribunal on 14 June 2023 on charges of "
     "terrorism and secession. His appeal to the North-West Court of Appeal was lodged the same month and had "
     "not been heard at the time of writing. His co-defendant, his cousin, was acquitted."),
    ("4. Conditions on death row",
     "People under sentence of death are held with the general population at Kondengui Central Prison in "
     "Yaounde and at the central prisons of Maroua and Bamenda. Kondengui, built for 1,500 prisoners, held "
     "more than 4,800 in January 2024 according to lawyers who visit it. Four women under sentence of death "
     "were held at Kondengui at the end of 2023. Prisoners under sentence of death are not told of the "
     "progress of clemency applications; we know of no presidential pardon or commutation of a death "
     "sentence since the general commutation decree of 2020."),
    ("5. Recommendations",
     "We urge the Committee to recommend that Cameroon: (a) establish an official moratorium on executions "
     "with a view to abolishing the death penalty, and ratify the Second Optional Protocol; (b) amend the "
     "2014 law to end the trial of civilians by military tribunals; (c) exclude, in law and in practice, "
     "any statement obtained under torture, and order independent investigations whenever a defendant "
     "alleges torture; (d) publish annual figures of death sentences, commutations and persons under "
     "sentence of death, by sex and region. A draft law to abolish the death penalty, prepared by a group "
     "of members of the National Assembly in 2019, has never been tabled."),
]


def make():
    pdf = new_pdf(header="Joint alternative report - Cameroon - CAT 79th session",
                  footer="RECADH / CJR - March 2024")
    pdf.add_page()
    pdf.ln(40)
    for size, style, text in COVER:
        lines(pdf, size, text, style, height=size * 0.6)
        pdf.ln(3)
    pdf.add_page()
    lines(pdf, 12, "Summary", "B", 8)
    lines(pdf, 10, SUMMARY, height=5)
    pdf.ln(3)
    for h, body in SECTIONS:
        lines(pdf, 12, h, "B", 8)
        lines(pdf, 10, body, height=5)
        pdf.ln(3)
    widths = (70, 30, 30, 30)
    pdf.set_font("Helvetica", "", 10)
    for i, row in enumerate(TABLE):
        pdf.set_font("Helvetica", "B" if i in (0, len(TABLE) - 1) else "", 10)
        for w, cell in zip(widths, row):
            pdf.cell(w, 7, cell, border=1, align="L" if w == 70 else "C")
        pdf.ln(7)
    pdf.ln(2)
    lines(pdf, 9, TABLE_NOTES, "I", height=4.5)
    pdf.ln(3)
    for h, body in SECTIONS2:
        lines(pdf, 12, h, "B", 8)
        lines(pdf, 10, body, height=5)
        pdf.ln(3)
    line(pdf, 9, 6, "Contact: RECADH, BP 1420, Yaounde | CJR, Molyko, Buea", "I")
    pdf.output(os.path.join(HERE, "corpus", "recadh-cjr-cameroon-cat-2024.pdf"))


if __name__ == "__main__":
    make()
