#!/usr/bin/env python3
"""Writes the probe's PDF (text written for this probe) with fpdf2 and the shared builders
of `tests/probes/pdfgen.py`: `python3 make-pdfs.py`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pdfgen import Chapter, lines, started  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = [
    (18, "B", "VIET NAM"),
    (10, "", "Socialist Republic of Viet Nam"),
    (10, "", "Head of state: Vo Van Thuong (replaced Nguyen Xuan Phuc in March)"),
    (10, "", "Head of government: Pham Minh Chinh"),
]

INTRO = (
    "The authorities continued to suppress the rights to freedom of expression, peaceful assembly and "
    "association. Land-rights activists, bloggers and environmental defenders were arrested and sentenced to "
    "long prison terms under vaguely worded provisions of the Criminal Code. Deaths in police custody "
    "continued to be reported. Courts continued to hand down death sentences, and information about the "
    "use of the death penalty remained classified as a state secret."
)

SECTIONS = [
    ("BACKGROUND",
     "In January, President Nguyen Xuan Phuc resigned after the Communist Party said he bore political "
     "responsibility for corruption by officials under his authority. In March, the National Assembly elected "
     "Vo Van Thuong as President. The government's anti-corruption campaign continued, and dozens of officials "
     "were prosecuted, some of whom faced the death penalty for embezzlement or bribery. In November, the "
     "government submitted its national report for the country's fourth Universal Periodic Review (UPR), "
     "scheduled for May 2024."),
    ("FREEDOM OF EXPRESSION AND ASSOCIATION",
     "At least 163 people were held in prison for peacefully exercising their human rights at the end of the "
     "year, compared with 171 at the end of 2022, according to a count by Vietnamese activists abroad.\n"
     "On 5 January, Nguyen Thi Hanh, a land-rights activist from Thai Binh province, was arrested at her home "
     "after she had posted videos of a dispute between villagers and a property developer. She was held "
     "incommunicado for four months before her family was told that she had been charged under Article 117 of "
     "the Criminal Code with \"making, storing, disseminating or propagating information, materials or items "
     "for the purpose of opposing the State\". On 20 October, the People's Court of Thai Binh province "
     "sentenced her to six years' imprisonment followed by four years' probation. Her appeal hearing, set for "
     "December, was postponed without explanation.\n"
     "In July, Facebook user Le Minh Tri was sentenced to five years' imprisonment for posts criticizing the "
     "handling of a flood relief fund. On 14 August, environmental activist Dang Quoc Vinh was released "
     "after serving two years of a three-year sentence for tax evasion, on condition that he leave the "
     "country; he travelled to Germany the same week."),
    ("TORTURE AND OTHER ILL-TREATMENT",
     "Media reported at least seven deaths in police custody during the year. On 2 May, Dinh Van Loc, a "
     "27-year-old construction worker, died at a police station in Ha Noi three days after he was arrested "
     "on suspicion of theft. The police said he had taken his own life; his family said that his body bore "
     "bruises on the chest and arms. In July, two police officers were suspended pending an investigation. "
     "No one had been charged in connection with his death by the end of the year."),
    ("DEATH PENALTY",
     "The Criminal Code provides for the death penalty for 18 offences, including drug trafficking, murder, "
     "embezzlement and the production and trading of counterfeit medicines. Official figures on death "
     "sentences and executions remained classified. In September, state media reported, citing a senior "
     "court official, that courts had handed down at least 102 death sentences in the first eight months of "
     "the year, most of them for drug-related offences. Amnesty International was unable to confirm any "
     "executions, but information from prisoners' families indicated that executions by lethal injection "
     "continued.\n"
     "On 11 April, the People's Court of Dong Nai province sentenced eight men to death and four others to "
     "life imprisonment for trafficking more than 300kg of methamphetamine. In December, the High People's "
     "Court in Ho Chi Minh City upheld the death sentences of six of them and commuted the sentences of the "
     "other two to life imprisonment.\n"
     "Ho Van Thanh, who has been on death row since 2009 for a murder he has always denied committing, "
     "remained at risk of execution. In June, the Supreme People's Procuracy rejected, for the third time, a "
     "request for a cassation review of his case, despite evidence that his confession had been extracted "
     "under torture. His family said in December that they feared his execution was imminent.\n"
     "In November, the Ministry of Public Security published draft amendments to the Criminal Code that would "
     "remove the death penalty for embezzlement and for the production and trading of counterfeit "
     "medicines. The draft had not been submitted to the National Assembly by the end of the year."),
    ("RIGHT TO A HEALTHY ENVIRONMENT",
     "Viet Nam continued to depend on coal for about a third of its electricity. Four environmental "
     "defenders who had worked on the country's energy transition remained in prison at the end of the year."),
]


def make():
    pdf = started(25, Chapter)
    pdf.footer_text = "Amnesty International Report 2023/24: The State of the World's Human Rights"
    pdf.first_page_number = 389
    for size, style, text in HEAD:
        lines(pdf, size, text, style, height=size * 0.55)
        pdf.ln(1)
    pdf.ln(3)
    lines(pdf, 10, INTRO, height=5)
    pdf.ln(3)
    for h, body in SECTIONS:
        lines(pdf, 11, h, "B", 7)
        for para in body.split("\n"):
            lines(pdf, 10, para, height=5)
            pdf.ln(2)
        pdf.ln(2)
    pdf.output(os.path.join(HERE, "corpus", "ai-viet-nam-2023.pdf"))


if __name__ == "__main__":
    make()
