#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import lines, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

TITLE = ("AN ACT TO AMEND CHAPTERS 14 AND 15 OF THE PENAL LAW OF 1976 AND THE CRIMINAL PROCEDURE LAW "
         "TO ABOLISH THE DEATH PENALTY AND TO PROVIDE FOR THE COMMUTATION OF EXISTING DEATH SENTENCES")

WHEREAS = [
    "WHEREAS, Article 20(a) of the Constitution of the Republic of Liberia (1986) provides that no person shall be "
    "deprived of life, liberty, security of the person, property, privilege or any other right except as the outcome "
    "of a hearing judgment consistent with the provisions laid down in the Constitution and in accordance with due "
    "process of law;",
    "WHEREAS, the Republic of Liberia acceded to the Second Optional Protocol to the International Covenant on Civil "
    "and Political Rights, aiming at the abolition of the death penalty, on September 16, 2005;",
    "WHEREAS, notwithstanding the said accession, the Legislature in 2008 enacted an amendment to the Penal Law "
    "re-introducing the death penalty for armed robbery, terrorism and hijacking where death results;",
    "WHEREAS, no execution has been carried out in the Republic of Liberia since 2000, and the courts have "
    "nevertheless continued to impose sentences of death;",
    "WHEREAS, the Independent National Commission on Human Rights has reported that fourteen (14) persons remained "
    "under sentence of death in the Republic as of December 31, 2023, some of whom have been held for more than "
    "ten (10) years;",
    "WHEREAS, the Republic of Sierra Leone and the Republic of Guinea, sister States of the Mano River Union, have "
    "abolished the death penalty, the Republic of Sierra Leone having done so for all crimes in 2021;",
    "NOW, THEREFORE, IT IS ENACTED BY THE SENATE AND HOUSE OF REPRESENTATIVES OF THE REPUBLIC OF LIBERIA, IN "
    "LEGISLATURE ASSEMBLED:",
]

SECTIONS = [
    ("Section 1. Short Title",
     "This Act shall be known and cited as the Penal Law (Abolition of the Death Penalty) Amendment Act of 2024."),
    ("Section 2. Amendment of the Penal Law",
     "Sections 14.1 (Murder), 15.32 (Armed Robbery), 15.33 (Terrorism) and 15.34 (Hijacking) of the Penal Law of 1976, "
     "as amended, are hereby further amended by deleting the words \"death or\" wherever they appear and "
     "substituting therefor the words \"life imprisonment or\". No court of the Republic shall hereafter impose a "
     "sentence of death for any offence."),
    ("Section 3. Commutation of Existing Sentences",
     "Every sentence of death imposed by a court of the Republic before the effective date of this Act is hereby "
     "commuted to a sentence of life imprisonment. A person whose sentence is commuted under this Section and who "
     "has served not less than twenty-five (25) years of imprisonment shall be eligible to apply to the Board of "
     "Parole for release on parole."),
    ("Section 4. Resentencing",
     "A person whose sentence is commuted under Section 3 may, within one hundred and eighty (180) days of the "
     "effective date of this Act, petition the court which imposed the sentence of death for resentencing. The court "
     "shall hear the petition and may impose a term of years in lieu of life imprisonment, having regard to the "
     "circumstances of the offence and of the offender, including the time already served."),
    ("Section 5. Report to the Legislature",
     "The Minister of Justice shall, within ninety (90) days of the effective date of this Act, submit to both Houses "
     "of the Legislature a list of all persons whose sentences are commuted under Section 3, stating for each the "
     "offence, the court, the date of sentence and the place of detention."),
    ("Section 6. Amendment of the Criminal Procedure Law",
     "Chapter 30 of the Criminal Procedure Law, providing for the execution of sentences of death, is hereby "
     "repealed in its entirety."),
    ("Section 7. Repeal of Inconsistent Laws",
     "All laws and parts of laws inconsistent with this Act are hereby repealed to the extent of such "
     "inconsistency."),
    ("Section 8. Effective Date",
     "This Act shall take effect immediately upon publication into handbill. ANY LAW TO THE CONTRARY "
     "NOTWITHSTANDING."),
]

PASSAGE = [
    "House's Enrolled Bill No. 11",
    "Passed by the House of Representatives on May 16, 2024.",
    "Concurred in by the Honourable Liberian Senate on July 11, 2024.",
    "",
    "Marvin T. Sirleaf, Chief Clerk, House of Representatives, R.L.",
    "Comfort N. Kpadeh, Secretary, Liberian Senate, R.L.",
    "",
    "APPROVED this 21st day of August, A.D. 2024, at 3:15 P.M.",
    "",
    "Joseph Nyuma Boakai, Sr.",
    "PRESIDENT OF THE REPUBLIC OF LIBERIA",
]

ERRATUM = (
    "ERRATUM: In the copy of this Act circulated to members of the Legislature on August 26, 2024, Section 4 read "
    "\"within ninety (90) days of the effective date\". That was a clerical error. The period for petitions for "
    "resentencing is one hundred and eighty (180) days, as printed above. The ninety (90) day period applies only "
    "to the report of the Minister of Justice under Section 5."
)


def main():
    pdf = new_pdf(header="Penal Law (Abolition of the Death Penalty) Amendment Act of 2024 - Handbill",
                  footer="Published by Authority, Ministry of Foreign Affairs, Monrovia")
    pdf.add_page()
    lines(pdf, 9, "Extraordinary                                                             Vol. XXXII, No. 14")
    pdf.ln(4)
    lines(pdf, 16, "REPUBLIC OF LIBERIA", "B", 9)
    lines(pdf, 11, "PUBLISHED BY AUTHORITY\nMINISTRY OF FOREIGN AFFAIRS\nMONROVIA, LIBERIA", height=6)
    pdf.ln(2)
    lines(pdf, 10, "FRIDAY, AUGUST 30, 2024", "B", 6)
    pdf.ln(6)
    lines(pdf, 10, "The Ministry of Foreign Affairs, by directive of the President of the Republic, hereby publishes "
          "into handbill the following Act of the Legislature for the information of the general public.", height=5)
    pdf.ln(6)
    lines(pdf, 12, TITLE, "B", 6)
    pdf.ln(4)
    for w in WHEREAS:
        lines(pdf, 10, w, height=5)
        pdf.ln(2)
    pdf.add_page()
    for head, body in SECTIONS:
        lines(pdf, 11, head, "B", 7)
        lines(pdf, 10, body, height=5)
        pdf.ln(3)
    pdf.ln(4)
    for p in PASSAGE:
        if p:
            lines(pdf, 10, p, height=5)
        else:
            pdf.ln(3)
    pdf.ln(6)
    lines(pdf, 9, ERRATUM, "I", 4.5)
    pdf.ln(4)
    lines(pdf, 9, "Printed by the Government Printing Office, Monrovia. Price: L$ 250.00", height=4.5)
    pdf.output(os.path.join(HERE, "corpus", "lr-handbill-abolition-act-2024.pdf"))


if __name__ == "__main__":
    main()
