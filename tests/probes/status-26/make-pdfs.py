#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders of
`tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import block, line, new_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------- d02: treaty-body concluding observations (CAT)

D02_PARAS = [
    ("A. Introduction", [
        "1. The Committee considered the fourth periodic report of Qatar (CAT/C/QAT/4) at its 2081st "
        "and 2084th meetings, held on 23 and 24 April 2024, and adopted the present concluding "
        "observations at its 2098th meeting, held on 8 May 2024.",
        "2. The Committee expresses its appreciation to the State party for accepting the simplified "
        "reporting procedure and for submitting its periodic report thereunder, as this improves the "
        "cooperation between the State party and the Committee and focuses the examination of the "
        "report and the dialogue with the delegation.",
        "3. The Committee appreciates the opportunity to have engaged in a constructive dialogue with "
        "the State party's delegation and the responses provided to the questions and concerns raised "
        "during the consideration of the periodic report.",
    ]),
    ("B. Positive aspects", [
        "4. The Committee welcomes the legislative measures taken by the State party in areas of "
        "relevance to the Convention, including the adoption of Law No. 13 of 2018 amending certain "
        "provisions of Law No. 21 of 2015 regulating the entry, exit and residence of expatriates, "
        "which removed the exit permit requirement for most migrant workers, and Law No. 17 of 2020 "
        "on the minimum wage.",
        "5. The Committee also welcomes the establishment of labour dispute settlement committees and "
        "of a workers' support and insurance fund.",
    ]),
    ("C. Principal subjects of concern and recommendations", [
        "Unresolved issues from the previous reporting cycle",
        "6. In its previous concluding observations (CAT/C/QAT/CO/3, para. 37), the Committee requested "
        "the State party to provide information on the implementation of its recommendations concerning "
        "fundamental legal safeguards, the independence of the National Human Rights Committee and "
        "the situation of migrant domestic workers. In the light of the information received, the "
        "Committee considers that these recommendations have been partially implemented.",
        "Definition and criminalization of torture",
        "7. The Committee notes that article 159 bis of the Penal Code criminalizes torture, but remains "
        "concerned that the definition does not fully reflect article 1 of the Convention, in particular "
        "as regards acts committed by persons acting in an official capacity at the instigation of or with "
        "the consent or acquiescence of a public official.",
        "Fundamental legal safeguards",
        "8. The Committee is concerned at reports that persons deprived of their liberty, in particular "
        "migrant workers, are not always afforded all fundamental legal safeguards from the very outset "
        "of their deprivation of liberty, including access to a lawyer and to an interpreter, and that "
        "persons may be held for up to six months without charge under Law No. 17 of 2002 on the "
        "protection of society.",
    ]),
    ("Death penalty", [
        "9. The Committee recalls that in its previous concluding observations it noted with "
        "appreciation that no execution had been carried out in the State party since 2003. It "
        "regrets that the State party ended that practice on 20 May 2020, when a national of Nepal, "
        "convicted of murder in 2017, was executed by firing squad, the first execution in the State "
        "party since 2003, and that it has not provided the information requested on whether any "
        "further executions have taken place since that date. The Committee notes the delegation's "
        "statement that no execution has been carried out since May 2020 and that death sentences "
        "are subject to confirmation by the Emir, but it is concerned that the courts continue to "
        "impose death sentences, including on foreign nationals, for offences that do not meet the "
        "threshold of the most serious crimes, such as drug-related offences, and that the Penal Code "
        "and Law No. 9 of 1987 on narcotic drugs continue to provide for the death penalty.",
        "10. The Committee takes note of the information provided by the delegation that a draft "
        "amendment to the Penal Code, prepared by the Ministry of Justice in 2022, would reduce the "
        "number of offences punishable by death. It regrets, however, that the draft has not been "
        "submitted to the Shura Council and that the delegation could not indicate when it would be.",
        "11. The State party should:",
        "(a) Consider establishing an official moratorium on executions with a view to abolishing "
        "the death penalty, and commute all death sentences to terms of imprisonment;",
        "(b) Ensure that, pending abolition, the death penalty is imposed only for the most serious "
        "crimes involving intentional killing, and that persons facing the death penalty, in "
        "particular foreign nationals, benefit from all fair trial guarantees, including effective "
        "legal assistance and interpretation at all stages of the proceedings and consular access;",
        "(c) Ensure that the conditions of detention of persons on death row are not cruel, inhuman "
        "or degrading;",
        "(d) Consider acceding to the Second Optional Protocol to the International Covenant on Civil "
        "and Political Rights, aiming at the abolition of the death penalty.",
    ]),
    ("Migrant workers", [
        "12. While acknowledging the reforms of the kafala system, the Committee remains concerned "
        "about reports that migrant workers, the majority of whom are nationals of India, Nepal and "
        "Bangladesh, continue to face passport confiscation, non-payment of wages, excessive working "
        "hours and heat stress, and that domestic workers, who are excluded from the protection of "
        "the Labour Law, are exposed to physical and sexual abuse by their employers.",
        "13. The State party should ensure the prompt, impartial and effective investigation of all "
        "allegations of abuse of migrant workers, prosecute those responsible and provide victims "
        "with redress, and extend the protection of the Labour Law to domestic workers.",
    ]),
    ("Corporal punishment", [
        "14. The Committee is concerned that flogging continues to be provided for in law as a "
        "punishment for certain offences, including the consumption of alcohol and extramarital "
        "sexual relations by Muslims, and that it was imposed in at least two cases during the "
        "period under review. The State party should abolish corporal punishment in law and in "
        "practice.",
    ]),
    ("Follow-up procedure", [
        "15. The Committee requests the State party to provide, by 10 May 2025, information on "
        "follow-up to the Committee's recommendations on fundamental legal safeguards, on the death "
        "penalty and on migrant workers (see paras. 8, 11 (a) and 13 above).",
        "Other issues",
        "16. The State party is invited to submit its next report, which will be its fifth, by "
        "10 May 2028. For that purpose, and in view of the fact that the State party has agreed to "
        "report to the Committee in accordance with the simplified reporting procedure, the "
        "Committee will, in due course, transmit to the State party a list of issues prior to "
        "reporting.",
    ]),
]


def d02():
    pdf = new_pdf(header="CAT/C/QAT/CO/4", footer="GE.24-08816(E)", footer_from=1)
    pdf.add_page()
    line(pdf, 9, 5, "United Nations                                                                   CAT/C/QAT/CO/4")
    line(pdf, 14, 8, "Convention against Torture", "B")
    line(pdf, 10, 5, "and Other Cruel, Inhuman or Degrading Treatment or Punishment")
    line(pdf, 9, 5, "Distr.: General")
    line(pdf, 9, 5, "17 May 2024")
    line(pdf, 9, 5, "Original: English")
    line(pdf, 9, 5, "Advance unedited version")
    pdf.ln(4)
    line(pdf, 12, 7, "Committee against Torture", "B")
    pdf.ln(2)
    line(pdf, 13, 8, "Concluding observations on the fourth periodic report of Qatar*", "B")
    pdf.ln(2)
    for heading, paras in D02_PARAS:
        line(pdf, 11, 7, heading, "B")
        for p in paras:
            if len(p) < 70 and not p[0].isdigit() and not p.startswith("("):
                line(pdf, 10, 6, p, "I")
            else:
                block(pdf, 10, 5, p)
                pdf.ln(1)
        pdf.ln(2)
    block(pdf, 8, 4, "* Adopted by the Committee at its seventy-ninth session (15 April - 10 May 2024).")
    pdf.output(os.path.join(HERE, "corpus", "d02_qatar_cat-concluding-observations-2024.pdf"))


if __name__ == "__main__":
    d02()
