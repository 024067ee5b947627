"""Builds corpus/ai-report-2011-sudan.pdf (needs fpdf2: `pip install fpdf2`): a country
chapter in the shape of an Amnesty International annual report of the 2000s, titled 2011 and
covering the events of 2010 (head block with "Death penalty: retentionist", running header
with the country's name from the second page, running footer "Amnesty International Report
2011" with page numbers from 302, the closing "Amnesty International visits/reports" block).
The text is invented for session 41 (see README.md)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from fpdf import FPDF  # noqa: E402

HEAD = [
    "REPUBLIC OF SUDAN",
    "Head of state and government: Omar Hassan Ahmed Al Bashir",
    "Death penalty: retentionist",
    "Population: 43.2 million",
    "Life expectancy: 58.9 years",
    "Under-5 mortality (m/f): 117/104 per 1,000",
    "Adult literacy: 69.3 per cent",
]

SUMMARY = (
    "The National Intelligence and Security Service (NISS) continued to arrest and detain "
    "government critics, journalists and students, and some were tortured. Armed conflict in "
    "Darfur intensified and hundreds of civilians were killed. Courts continued to hand down "
    "death sentences, many after unfair trials, and executions were carried out. Refugees and "
    "asylum-seekers were forcibly returned to countries where they were at risk of serious "
    "human rights violations."
)

SECTIONS = [
    ("Background",
     "National elections, the first with more than one party since 1986, were held in April. "
     "The main opposition parties in the north boycotted the presidential vote, alleging "
     "fraud, and President Al Bashir was declared the winner. Preparations continued for the "
     "referendum on self-determination for Southern Sudan, scheduled for 9 January 2011, but "
     "the demarcation of the North-South border was not completed and the status of Abyei "
     "remained unresolved. Negotiations between the government and armed groups from Darfur, "
     "held in Doha, made little progress."),
    ("Armed conflict - Darfur",
     "Fighting between government forces and armed opposition groups resumed in Jebel Marra "
     "in February and spread to South Darfur later in the year. On 19 September, government "
     "aircraft bombed the village of Dar Sila Gedid, north of Nyala, killing at least 23 "
     "civilians, among them 11 children. A government spokesperson denied that the area had "
     "been bombed. Local leaders said that militias allied to the government had killed "
     "dozens more villagers near Tawila in November; Amnesty International was unable to "
     "confirm the figure.\n"
     "Peacekeepers of the UN-AU Mission in Darfur (UNAMID) were repeatedly denied access to "
     "areas of fighting. The UN Security Council extended UNAMID's mandate for a further year "
     "in July."),
    ("Arbitrary arrests and detentions",
     "The NISS used its wide powers of arrest under the National Security Act of 2010, which "
     "allows detention without judicial review for up to four and a half months. On 2 June, "
     "NISS officers arrested Kamal Abdelrahim Musa, editor of the daily Al-Wataniya, after the "
     "paper published an article on corruption in the Ministry of Finance. He was held "
     "incommunicado for six weeks. On 12 July, the Press and Publications Court convicted him "
     "of \"undermining the constitutional order\" and sentenced him to five years' "
     "imprisonment. He said he had been beaten and deprived of sleep during interrogation.\n"
     "Students from Darfur were targeted. On 27 October, Adam Ishag Yahya, a student at the "
     "University of Khartoum, died in NISS custody, three days after his arrest at a "
     "demonstration. The authorities said he had died of malaria; no investigation was "
     "opened."),
    ("Death penalty",
     "At least 41 people were sentenced to death during the year and at least 10 were "
     "executed, compared with nine executions recorded in 2009. Many of those sentenced were "
     "convicted by special courts in Darfur, which do not meet international standards of "
     "fair trial.\n"
     "In May, the Special Criminal Court in Nyala sentenced 10 men to death for the killing "
     "of a police officer and a driver during a robbery on the Nyala-Kass road in 2008. The "
     "men said they had confessed under torture. On 14 August, six of the 10 men were hanged "
     "in Kober prison in Khartoum North; the execution of the remaining four was stayed "
     "pending an application to the Constitutional Court.\n"
     "On 18 February, President Al Bashir pardoned 57 members of the Justice and Equality "
     "Movement (JEM) who had been sentenced to death for their part in the armed attack on "
     "Omdurman in May 2008. They were released from Kober prison the following week. Some "
     "50 others sentenced over the same attack remained on death row at the end of the year, "
     "and the government said it would consider their cases once a peace agreement was "
     "signed."),
    ("Refugees and migrants",
     "On 9 August, the authorities forcibly returned at least 15 Eritrean asylum-seekers, "
     "including a woman and two children, from Kassala to Eritrea, where they were at risk of "
     "torture. The UN refugee agency, UNHCR, was not given access to them before their "
     "removal. Neighbouring Chad announced in May that it would close camps hosting Sudanese "
     "refugees, but no refugees were returned from Chad during the year."),
    ("Amnesty International visits/reports",
     "The government did not respond to Amnesty International's requests to visit the "
     "country.\n"
     "Sudan: Agents of fear - the National Security Service in Sudan (AFR 54/010/2010)\n"
     "Sudan: Executions after unfair trials in Darfur must stop (AFR 54/021/2010)"),
]


class Chapter(FPDF):
    first_page_number = 302

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "B", 8)
            self.cell(0, 8, "SUDAN", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        n = self.first_page_number + self.page_no() - 1
        self.cell(0, 10, "Amnesty International Report 2011", align="L")
        self.set_x(-30)
        self.cell(0, 10, str(n), align="R")


def main():
    pdf = Chapter()
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title("Amnesty International Report 2011: Sudan")
    pdf.set_author("Amnesty International")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(0, 12, "SUDAN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, HEAD[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for h in HEAD[1:]:
        pdf.multi_cell(0, 4.5, h, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 5, SUMMARY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, body in SECTIONS:
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for para in body.split("\n"):
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(1)
    pdf.output(os.path.join(HERE, "corpus", "ai-report-2011-sudan.pdf"))


if __name__ == "__main__":
    main()
