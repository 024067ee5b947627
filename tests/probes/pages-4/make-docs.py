#!/usr/bin/env python3
"""Writes the probe's documents whose bytes matter: the 1998 page in windows-1252 bytes
(under a header that says iso-8859-1, as such pages did) and the two PDFs (fpdf2 and the
shared builders of `tests/probes/pdfgen.py`). Text written for this probe:
`python3 make-docs.py`."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from pdfgen import new_pdf, line, lines  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")

OLD_PAGE = """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 3.0">
<TITLE>SPAN Bulletin 14</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003366" VLINK="#666666">
<TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD COLSPAN="2" BGCOLOR="#003366"><IMG SRC="images/span_logo.gif" WIDTH="300" HEIGHT="60" ALT="SPAN logo"><FONT FACE="Arial" COLOR="#FFFFFF" SIZE="4"><B>Swaziland Prisoners\u2019 Aid Network</B></FONT></TD></TR>
<TR>
<TD WIDTH="160" VALIGN="TOP" BGCOLOR="#E0E8F0"><FONT FACE="Arial" SIZE="1">
<A HREF="index.htm">Home</A><BR>
<A HREF="about.htm">About the Network</A><BR>
<A HREF="bulletins.htm">Bulletins</A><BR>
<A HREF="bull13.htm">Bulletin No. 13 (March 1998)</A><BR>
<A HREF="bull12.htm">Bulletin No. 12 (December 1997)</A><BR>
<A HREF="links.htm">Links</A><BR>
<A HREF="mailto:webmaster@span.org.sz">Contact us</A><BR><BR>
<IMG SRC="images/netscape.gif" ALT="Best viewed with Netscape Navigator 4"><BR>
Best viewed at 800x600
</FONT></TD>
<TD WIDTH="600" VALIGN="TOP">
<FONT FACE="Arial, Helvetica" SIZE="2">
<CENTER><FONT SIZE="5"><B>SWAZILAND: \u201cNo one should hang in our name\u201d</B></FONT></CENTER>
<BR>
<I>Bulletin No. 14 \u2014 June 1998</I>
<BR><BR>
Mbabane, 2 June 1998 \u2014 The High Court in Mbabane on 19 May 1998 sentenced Mandla Shongwe, 31, to death for the murder of a shopkeeper in Manzini. Four people have now been sentenced to death in Swaziland this year. His lawyer, Th\u00e9r\u00e8se Maseko, told the Network that she would lodge an appeal \u201cbefore the month is out\u201d.
<BR><BR>
The last execution in Swaziland was carried out on 21 July 1983, when two men were hanged at Matsapha Central Prison. Since then the Head of State has commuted every death sentence that reached him \u2014 twelve in all.
<BR><BR>
On 6 April 1998 King Mswati III commuted the death sentences of Sibusiso Nkambule and Jos\u00e9 Mendon\u00e7a, a Mozambican national, to life imprisonment. Mr Mendon\u00e7a\u2019s family had petitioned the King\u2019s Office for three years.
<BR><BR>
Police arrested Nkosinathi Gamedze, a trade unionist, on 3 February 1998 in Piggs Peak after a protest at a sawmill. He told our researchers that officers beat him with sjamboks for two days at the police station before he was charged with public violence. He was released on bail on 17 February 1998.
<BR><BR>
Swaziland has not ratified the International Covenant on Civil and Political Rights. The Network urges the Government to ratify it \u201cwithout further delay\u201d and to abolish the death penalty.
<BR><BR>
<HR SIZE="1" NOSHADE>
<FONT SIZE="1">[ <A HREF="index.htm">Home</A> | <A HREF="bull13.htm">Previous bulletin</A> | <A HREF="subscribe.htm">Subscribe</A> ]<BR>
Last updated: 06/02/98. &copy; 1998 Swaziland Prisoners\u2019 Aid Network. You are visitor number <IMG SRC="cgi-bin/counter.gif" ALT="004821">.</FONT>
</FONT>
</TD>
</TR>
</TABLE>
</BODY>
</HTML>
"""


def old_page(path):
    with open(path, "wb") as f:
        f.write(OLD_PAGE.encode("cp1252"))


def hyphenated(pdf, text, width):
    """Lines of `text` no wider than `width`, long words split with a hyphen at the end of a
    line as a typesetter would (after at least three letters, leaving at least three)."""
    out, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if pdf.get_string_width(trial) <= width:
            cur = trial
            continue
        done = False
        if len(word) >= 8 and word.isalpha():
            for cut in range(len(word) - 4, 3, -1):
                head = (cur + " " + word[:cut] + "-").strip()
                if pdf.get_string_width(head) <= width:
                    out.append(head)
                    cur = word[cut:]
                    done = True
                    break
        if not done:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def column_text(pdf, x, y, width, paras, marks, size=9.5, lead=4.6):
    """Paragraphs set in a column from (x, y); a word followed by "^N" gets the footnote mark N
    in small raised type right after it."""
    pdf.set_font("Helvetica", "", size)
    for para in paras:
        for ln in hyphenated(pdf, para, width):
            cx = x
            for i, tok in enumerate(ln.split(" ")):
                if i:
                    cx += pdf.get_string_width(" ")
                word, _, mark = tok.partition("^")
                pdf.set_font("Helvetica", "", size)
                pdf.text(cx, y, word)
                cx += pdf.get_string_width(word)
                if mark:
                    pdf.set_font("Helvetica", "", 6)
                    pdf.text(cx, y - 1.5, mark)
                    cx += pdf.get_string_width(mark)
                    pdf.set_font("Helvetica", "", size)
            y += lead
        y += 2.5
    return y


def two_column_report(path):
    """A prison-conditions report set in two columns: running header and footer, footnote marks
    glued to the words (one to a year), footnotes at the foot of the page, words hyphenated at
    the ends of lines."""
    pdf = new_pdf(header="Behind the Walls: Zambia's Condemned Section | Lusaka Centre for Penal Reform",
                  footer="LCPR Report 3/2019", footer_from=1, header_align="L")
    pdf.add_page()
    line(pdf, 9, 5, "LUSAKA CENTRE FOR PENAL REFORM | REPORT 3/2019 | MARCH 2019", "B")
    pdf.ln(3)
    lines(pdf, 18, "Behind the Walls: Zambia's Condemned Section", "B", 8)
    pdf.ln(4)
    left = [
        "Zambia has not carried out an execution since 14 January 1997, when eight prisoners were hanged at "
        "Mukobeko Maximum Security Prison in Kabwe. The gallows there have stood unused for more than two "
        "decades, yet the courts continue to impose the penalty for murder, treason and aggravated robbery.",
        "The courts sentenced 101 people to death in 2018^3 against 84 in 2017. Most of them were convicted of "
        "aggravated robbery, an offence that carried a mandatory death sentence until the end of 2018.",
        "Mukobeko, built for 400 inmates, held 1,312 people in December 2018.^4 The condemned section alone "
        "held 463 men in cells designed for a quarter of that number. Prisoners told our researchers that "
        "they were let out of their cells for less than one hour a day.",
    ]
    right = [
        "On 11 July 2016 President Edgar Lungu commuted the death sentences of 214 prisoners to life "
        "imprisonment, the largest commutation since independence. Those moved off the condemned section "
        "were transferred to overcrowded general wings.",
        "Chanda Mwale, a 54-year-old prisoner, died in the condemned section on 2 September 2018 after "
        "being denied treatment for tuberculosis for several weeks.^5 His family learned of his death from "
        "another prisoner's relative.",
        "The High Court in Ndola convicted Bwalya Phiri of aggravated robbery on 17 October 2018 and "
        "sentenced him to death. He was nineteen years old at the time of the offence.^6",
        "Parliament passed the Penal Code (Amendment) Act on 5 December 2018, making the death penalty "
        "discretionary for aggravated robbery. In December 2018 Zambia voted for the United Nations General "
        "Assembly resolution calling for a moratorium on executions, for the first time.",
    ]
    top = pdf.get_y() + 4
    column_text(pdf, 12, top, 88, left, True)
    column_text(pdf, 110, top, 88, right, True)
    pdf.set_font("Helvetica", "", 7)
    y = 248
    pdf.line(12, y - 4, 70, y - 4)
    for note in [
        "3 Judiciary of Zambia, Annual Report 2018, p. 44; the figure for 2017 is from the same report.",
        "4 Inspection visit by the Centre, 12 February 2019.",
        "5 Interview with a fellow prisoner, Kabwe, 4 March 2019.",
        "6 Judgment of the High Court at Ndola, Cause No. HN/127/2018.",
    ]:
        pdf.text(12, y, note)
        y += 3.6
    pdf.add_page()
    left2 = [
        "Death-row prisoners wait years for their appeals. Of the 463 men in the condemned section, 129 had "
        "waited more than five years for the Supreme Court to hear their appeals, and 31 had waited more than "
        "ten years. Legal aid lawyers carry caseloads that make proper preparation impossible.",
        "Women sentenced to death are held at Lusaka Central Prison, where 9 women were on death row at the "
        "end of 2018.",
    ]
    right2 = [
        "The Centre recommends that the Government establish an official moratorium on executions, commute "
        "all death sentences, and ratify the Second Optional Protocol to the International Covenant on Civil "
        "and Political Rights. Zambia should also abolish the death penalty in law.",
        "Methodology: researchers visited Mukobeko and Lusaka Central prisons between November 2018 and "
        "February 2019 and interviewed 58 prisoners and 12 officers.",
    ]
    top = pdf.get_y() + 4
    column_text(pdf, 12, top, 88, left2, True)
    column_text(pdf, 110, top, 88, right2, True)
    pdf.output(path)


def toc_report(path):
    """A report with a cover, a contents page with dot leaders and page numbers, a list of
    abbreviations, then the chapters; running header and page numbers."""
    pdf = new_pdf(header="Beirut Observatory for Justice | Confessions Under Duress", footer_from=2)
    pdf.add_page()
    pdf.ln(40)
    lines(pdf, 24, "Confessions Under Duress", "B", 12)
    lines(pdf, 14, "Torture, military courts and the death penalty in Lebanon", "", 8)
    pdf.ln(10)
    line(pdf, 11, 6, "Beirut Observatory for Justice")
    line(pdf, 11, 6, "November 2020")
    pdf.add_page()
    line(pdf, 16, 10, "Contents", "B")
    pdf.set_font("Helvetica", "", 11)
    for title, page in [("Summary", 3), ("1. Arrest and interrogation", 3), ("2. Military courts", 4),
                        ("3. The death penalty", 4), ("4. Recommendations", 5), ("Annex: Methodology", 5)]:
        dots = "." * 200
        label = title + " "
        w = 150 - pdf.get_string_width(label) - pdf.get_string_width(" " + str(page))
        while pdf.get_string_width(dots) > w:
            dots = dots[:-1]
        pdf.cell(0, 8, f"{label}{dots} {page}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    line(pdf, 13, 8, "Abbreviations", "B")
    pdf.set_font("Helvetica", "", 10)
    for a, b in [("ISF", "Internal Security Forces"), ("PMC", "Permanent Military Court"),
                 ("UNCAT", "United Nations Convention against Torture")]:
        pdf.cell(25, 6, a)
        pdf.cell(0, 6, b, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body = [
        ("Summary", "This report documents 36 cases of people who said they were tortured in order to "
         "extract confessions between 2017 and 2020, and the trials that followed before military courts. "
         "In 2019 Lebanese courts handed down at least 17 death sentences, although no one has been executed "
         "since 19 January 2004, when three men were put to death at Roumieh prison."),
        ("1. Arrest and interrogation", "On 7 August 2019 ISF officers arrested Karim Haddad, a 23-year-old "
         "student, at a checkpoint in Tripoli. Haddad said that during four days of interrogation officers "
         "suspended him by his wrists for hours and threatened to detain his sister. He was not allowed to "
         "see a lawyer until he had signed a statement he was not permitted to read."),
        ("2. Military courts", "The Permanent Military Court tried Haddad together with 11 co-defendants in a "
         "single session on 3 March 2020. The court did not examine his complaint of torture. On 10 March "
         "2020 it convicted him of belonging to an armed group and sentenced him to death. His appeal is "
         "pending before the Military Court of Cassation."),
        ("3. The death penalty", "Lebanon has kept the death penalty in its Penal Code and in the Military "
         "Justice Code. Parliament adopted Law No. 65, which made torture a crime, on 19 September 2017, "
         "but the law has not been applied to a single officer."),
        ("4. Recommendations", "The authorities should establish an official moratorium on executions with "
         "a view to abolishing the death penalty, and transfer all cases of civilians from military courts "
         "to ordinary courts."),
        ("Annex: Methodology", "Researchers interviewed 36 former detainees, 9 lawyers and 4 doctors in "
         "Beirut and Tripoli between January and September 2020."),
    ]
    for head, text in body:
        lines(pdf, 13, head, "B", 8)
        lines(pdf, 10.5, text, height=5.5)
        pdf.ln(4)
    pdf.output(path)


if __name__ == "__main__":
    old_page(os.path.join(CORPUS, "ngo-1998-swaziland.html"))
    two_column_report(os.path.join(CORPUS, "report-2col-zambia.pdf"))
    toc_report(os.path.join(CORPUS, "report-toc-lebanon.pdf"))
