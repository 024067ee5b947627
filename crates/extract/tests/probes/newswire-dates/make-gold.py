#!/usr/bin/env python3
"""Write corpus/NAME.txt and gold.jsonl from stories.txt (the probe's marked-up source).

Each story becomes a plain text whose first line is `Published: YYYY-MM-DD` and second
line blank, then one sentence a line, as ../shared/eval/meantime has it; each
[[words|VALUE]] (a TIMEX3 DATE) or [[words|TYPE|VALUE]] becomes a row of gold.jsonl
{doc, dct, text, type, value, start, end, tid}, with start/end character offsets into
the text after the two header lines. Run from this folder: python3 make-gold.py
"""
import json
import os
import re

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def main(here=None):
    """`here`: the probe folder (default: this script's; newswire-dates-2 passes its own)."""
    here = here or os.path.dirname(os.path.abspath(__file__))
    blocks, cur = [], None
    for line in open(os.path.join(here, "stories.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            name, dct = line[4:].split()
            cur = {"name": name, "dct": dct, "lines": []}
            blocks.append(cur)
        elif line.strip() and cur is not None:
            cur["lines"].append(line)
    os.makedirs(os.path.join(here, "corpus"), exist_ok=True)
    rows = []
    for b in blocks:
        body, tid = "", 0
        for line in b["lines"]:
            pos = 0
            for m in MARK.finditer(line):
                body += line[pos:m.start()]
                words, rest = m.group(1), m.group(2).split("|")
                typ, value = ("DATE", rest[0]) if len(rest) == 1 else (rest[0], rest[1])
                tid += 1
                rows.append({"doc": b["name"], "dct": b["dct"], "text": words, "type": typ,
                             "value": value, "start": len(body), "end": len(body) + len(words),
                             "tid": "t%d" % tid})
                body += words
                pos = m.end()
            body += line[pos:] + "\n"
        with open(os.path.join(here, "corpus", b["name"] + ".txt"), "w", encoding="utf-8") as h:
            h.write("Published: %s\n\n%s" % (b["dct"], body))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as h:
        for r in rows:
            h.write(json.dumps(r) + "\n")
    dates = sum(r["type"] == "DATE" for r in rows)
    print("%d stories, %d TIMEX3 (%d DATE)" % (len(blocks), len(rows), dates))


if __name__ == "__main__":
    main()
