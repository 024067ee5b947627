#!/usr/bin/env python3
"""Generate examples/corpus/amnesty-declaration-2025.pdf for the dossier demo corpus.

The PDF is written by hand with the standard library only: a Catalog, a Pages
tree, one Page object per page, the standard Helvetica and Helvetica-Bold Type1
fonts (WinAnsiEncoding), one uncompressed content stream per page and an Info
dictionary. The output is deterministic, so re-running the script reproduces the
committed file byte for byte.

Usage:  python3 examples/make_pdf.py [output.pdf]
"""

import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "corpus", "amnesty-declaration-2025.pdf")

TITLE = "Kazakhstan's 2025 amnesty and the reform of criminal justice"
AUTHOR = "Parliamentary Assembly (written declaration)"
CREATION_DATE = "D:20250710093000+02'00'"

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN_X, TOP_Y = 72, 770
PARA_GAP = 22  # extra points between paragraphs (on top of the 14 pt leading)
WRAP = 84  # characters per line for 10.5 pt Helvetica within the margins

# Each page is a list of (style, text) items. Styles: "h" = bold heading,
# "b" = bold line, "p" = wrapped paragraph, "l" = single line, "" = blank line.
PAGES = [
    [
        ("b", "Doc. 16301"),
        ("l", "10 July 2025"),
        ("", ""),
        ("h", TITLE),
        ("", ""),
        ("b", "Written declaration No. 823"),
        ("", ""),
        ("p", "Only the members who have signed this declaration are committed by it; it "
              "does not express the view of the Assembly and will not be debated."),
        ("", ""),
        ("p", "The undersigned members of the Assembly state as follows:"),
        ("", ""),
        ("p", "1. President Kassym-Jomart Tokayev gave his signature on 23 June 2025 to an "
              "amnesty law adopted to mark thirty years since the Constitution of Kazakhstan was "
              "approved. According to the authorities, more than 15 000 people who have "
              "been convicted will benefit: about 2 000 are to be set free, and the "
              "remaining beneficiaries will see their sentences shortened."),
        ("", ""),
        ("p", "2. The law is aimed at people convicted of minor and moderately serious "
              "offences, with priority for groups in a vulnerable position such as "
              "mothers of young children, juveniles and older persons. People convicted "
              "of offences that seriously endanger public order or the security of the "
              "State are left out of its scope."),
        ("", ""),
        ("p", "3. We recall that Kazakhstan abolished capital punishment for every offence "
              "in 2021 and then ratified the Second Optional Protocol to the International "
              "Covenant on Civil and Political Rights in March 2022."),
        ("", ""),
        ("p", "4. We welcome the amnesty as a sign that the country intends to make its "
              "criminal justice system less punitive. We call on the authorities to "
              "publish the number of people actually released, to extend legal aid to "
              "those whose cases are reviewed, and to pursue the reform of the prison "
              "system."),
        ("", ""),
        ("l", "Signed (see next page)"),
    ],
    [
        ("b", "Doc. 16301 - Written declaration No. 823"),
        ("", ""),
        ("b", "Signed (1):"),
        ("", ""),
        ("l", "ANDERSEN Karin, Denmark, SOC"),
        ("l", "BERISHA Arben, Albania, EPP/CD"),
        ("l", "COSTA Ines, Portugal, SOC"),
        ("l", "DUMITRESCU Radu, Romania, EPP/CD"),
        ("l", "FISCHER Lukas, Austria, ALDE"),
        ("l", "HALVORSEN Sigrid, Norway, UEL"),
        ("l", "KOVAC Petra, Slovenia, ALDE"),
        ("l", "LAMBERT Olivier, Belgium, EPP/CD"),
        ("l", "NOWAK Tomasz, Poland, EC/DA"),
        ("l", "O'SULLIVAN Niamh, Ireland, SOC"),
        ("", ""),
        ("l", "Total = 10"),
        ("", ""),
        ("l", "(1) ALDE: Alliance of Liberals and Democrats for Europe"),
        ("l", "EC/DA: European Conservatives Group and Democratic Alliance"),
        ("l", "EPP/CD: Group of the European People's Party"),
        ("l", "SOC: Socialists, Democrats and Greens Group"),
        ("l", "UEL: Group of the Unified European Left"),
    ],
]


def pdf_string(text):
    """Encode text as a PDF literal string (WinAnsi; parentheses and backslashes escaped)."""
    text.encode("ascii")  # keep the generator honest: ASCII only
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def content_stream(items):
    ops = ["BT", "/F1 10.5 Tf", "14 TL", "%d %d Td" % (MARGIN_X, TOP_Y)]
    font = "F1"

    def use(f, size):
        nonlocal font
        ops.append("/%s %s Tf" % (f, size))
        font = f

    for style, text in items:
        if style == "":
            # Extra vertical space between blocks. A gap of one plain T* is too
            # small for text extractors (pdftotext) to see a paragraph break.
            ops.append("0 -%d Td" % PARA_GAP)
            continue
        if style == "h":
            use("F2", 13)
            lines = textwrap.wrap(text, 70)
        elif style == "b":
            use("F2", 10.5)
            lines = [text]
        elif style == "p":
            use("F1", 10.5)
            lines = textwrap.wrap(text, WRAP)
        else:
            use("F1", 10.5)
            lines = [text]
        for line in lines:
            ops.append(pdf_string(line) + " Tj T*")
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("latin-1")


def build():
    objects = {}  # object number -> bytes (body between "n 0 obj" and "endobj")
    n_pages = len(PAGES)
    # 1 Catalog, 2 Pages, 3 F1, 4 F2, 5 Info, then (Page, Contents) pairs.
    page_nums = [6 + 2 * i for i in range(n_pages)]
    kids = " ".join("%d 0 R" % n for n in page_nums)
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode()
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objects[5] = ("<< /Title %s /Author %s /Subject %s /Creator %s /Producer %s "
                  "/CreationDate %s /ModDate %s >>" % (
                      pdf_string(TITLE), pdf_string(AUTHOR),
                      pdf_string("Amnesty law signed on 23 June 2025"),
                      pdf_string("dossier examples/make_pdf.py"),
                      pdf_string("hand-written PDF (Python standard library)"),
                      pdf_string(CREATION_DATE), pdf_string(CREATION_DATE))).encode()
    for i, items in enumerate(PAGES):
        page_no, contents_no = page_nums[i], page_nums[i] + 1
        objects[page_no] = (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_W, PAGE_H, contents_no)).encode()
        stream = content_stream(items)
        objects[contents_no] = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"endstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref_at = len(out)
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    file_id = hashlib.md5(bytes(out)).hexdigest()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\n"
            % (size, file_id.encode(), file_id.encode()))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    data = build()
    with open(out_path, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (out_path, len(data)))


if __name__ == "__main__":
    main()
