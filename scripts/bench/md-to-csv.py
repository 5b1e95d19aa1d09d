#!/usr/bin/env python3
"""An XLSForm written as a markdown-like table (tests/forms style) to the CSV the converter reads."""
import sys

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line.startswith("|"):
        rows.append([c.strip() for c in line.strip("|").split("|")])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for cells in rows:
        out.write(",".join('"' + c.replace('"', '""') + '"' for c in cells) + "\n")
