"""Builds corpus/ai-chapter-singapore-2col.pdf: an annual-report country chapter set in two
columns, with running headers (report name on even pages, country on odd pages) and page
numbers starting at 331, as in a chapter cut from a bound report. Needs fpdf2."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfgen import Chapter, started  # noqa: E402


class TwoCol(Chapter):
    first_page_number = 331
    footer_text = "Amnesty International Report 2023/24"

    def header(self):
        n = self.first_page_number + self.page_no() - 1
        self.set_font("Helvetica", "I", 8)
        text = "SINGAPORE" if n % 2 else "THE STATE OF THE WORLD'S HUMAN RIGHTS"
        self.cell(0, 8, text, align="R" if n % 2 else "L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


COL1_P1 = """Executions for drug trafficking rose to their highest level in two decades. The authorities continued to harass activists and restrict peaceful assembly. Migrant workers remained exposed to exploitation.

DEATH PENALTY
Five men and one woman were executed, all for drug-related offences. On 26 April, Tamil Selvan Ravi was hanged at Changi Prison for conspiring to traffic 1kg of cannabis, despite concerns that he had no interpreter when questioned by the Central Narcotics Bureau. On 28 July, Siti Aminah binte Osman became the first woman executed in Singapore since 2004. Two days after her execution, Hamzah bin Salleh was hanged at Changi Prison, although his family had filed a fresh application the previous evening."""

COL2_P1 = """Courts continued to impose the mandatory death sentence. On 14 March, the High Court sentenced Rajan Pillai, a Malaysian national, to death for importing 52g of diamorphine.

On 5 October, the Court of Appeal dismissed an application by 36 prisoners on death row challenging the Post-Appeal Applications in Capital Cases Act, which Parliament had passed in November 2022. The prisoners argued that the law's new filing rules would prevent them from raising fresh evidence. At the end of the year, at least 50 people remained under sentence of death."""

COL1_P2 = """FREEDOM OF EXPRESSION AND ASSEMBLY
The authorities used the Public Order Act against peaceful protesters. On 2 June, police arrested two activists after they held a silent protest outside the Istana in support of a prisoner facing execution; they were charged with taking part in an unlawful procession. The Ministry of Home Affairs issued correction directions against online critics throughout the year."""

COL2_P2 = """LGBTI PEOPLE'S RIGHTS
The repeal of section 377A of the Penal Code, passed by Parliament on 29 November 2022, came into force on 3 January. At the same time, a constitutional amendment shielding the definition of marriage from court challenge remained in place.

MIGRANT WORKERS' RIGHTS
Migrant workers continued to be housed in crowded dormitories and were at risk of debt bondage."""


def chapter(path):
    pdf = started(25, TwoCol)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 12, "SINGAPORE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Republic of Singapore", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Head of state: Tharman Shanmugaratnam (replaced Halimah Yacob in September)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Head of government: Lee Hsien Loong", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for left, right in ((COL1_P1, COL2_P1), (COL1_P2, COL2_P2)):
        top = pdf.get_y()
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_xy(10, top)
        pdf.multi_cell(92, 4.8, left)
        pdf.set_xy(108, top)
        pdf.multi_cell(92, 4.8, right)
        if left is COL1_P1:
            pdf.add_page()
    pdf.output(path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    chapter(os.path.join(here, "ai-chapter-singapore-2col.pdf"))
