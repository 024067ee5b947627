#!/usr/bin/env python3
"""Write corpus/NAME.txt and gold.jsonl from stories.txt (copied from ../dates-20; markup and layout of
../newswire-dates-4 and ../dates-17: `=== NAME DCT` starts a document, `[[words|VALUE]]` is a
DATE, `[[words|TYPE|VALUE]]` another TIMEX3 type; lines starting with `#` before the first
document are comments). Each corpus file opens with `Published: DCT` and a blank line; gold
offsets count from the character after that blank line, as in ../../../../shared/eval/meantime.
Self-contained (standard library only). Run from anywhere: python3 make-gold.py [DIR]
"""
import json
import os
import re
import sys

MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]+?)\]\]")


def parse(path):
    docs, cur = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            name, dct = line[4:].split()
            cur = {"name": name, "dct": dct, "lines": []}
            docs.append(cur)
        elif cur is None:
            continue
        else:
            cur["lines"].append(line)
    return docs


def render(doc):
    lines = list(doc["lines"])
    while lines and not lines[-1].strip():
        lines.pop()
    src = "\n".join(lines) + "\n"
    out, rows, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        text, rest = m.group(1), m.group(2).split("|")
        typ, val = ("DATE", rest[0]) if len(rest) == 1 else (rest[0], rest[1])
        assert typ in ("DATE", "TIME", "DURATION", "SET"), (doc["name"], m.group(0))
        start = sum(len(s) for s in out)
        out.append(text)
        n += 1
        rows.append({"doc": doc["name"], "dct": doc["dct"], "text": text, "type": typ,
                     "value": val, "start": start, "end": start + len(text), "tid": "t%d" % n})
        pos = m.end()
    out.append(src[pos:])
    body = "".join(out)
    assert "[[" not in body and "]]" not in body, doc["name"]
    for r in rows:
        assert body[r["start"]:r["end"]] == r["text"]
    return body, rows


def main(here):
    os.makedirs(os.path.join(here, "corpus"), exist_ok=True)
    allrows = []
    for doc in parse(os.path.join(here, "stories.txt")):
        body, rows = render(doc)
        with open(os.path.join(here, "corpus", doc["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write("Published: %s\n\n%s" % (doc["dct"], body))
        allrows += rows
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in allrows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return allrows


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
