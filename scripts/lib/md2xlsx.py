#!/usr/bin/env python3
"""Turn a corpus form (tests/forms/**/*.md) into an .xlsx workbook.

Corpus format: each sheet is a heading line `## survey` (`## choices`, `## settings`,
`## entities`, ...) followed by an ordinary markdown table whose first row is the header:

    ## survey

    | type    | name | label::English (en) |
    |---------|------|---------------------|
    | integer | age  | How old are you?    |

Everything that is not a `## ` heading or a table row (`|...|`) is prose and ignored, so a
form can explain itself. Separator rows (`|---|---|`) are skipped, cells are stripped, an
empty cell is an empty cell, `\\|` is a literal pipe inside a cell, and a row whose cells are
all empty is dropped (as pyxform's markdown reader does). Every cell is written as text, as
pyxform's own test harness does, so `1` stays the string "1" and `=x` is not a formula.

Usage: md2xlsx.py FORM.md OUT.xlsx   (or import and call md_to_sheets / write_xlsx)
       md2xlsx.py --format FORM.md...  (re-align the tables of corpus files in place)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HEADING = re.compile(r"^##\s+(\S.*?)\s*$")
ROW = re.compile(r"^\s*\|(.*)\|\s*$")
SEPARATOR = re.compile(r"^[\s|:-]+$")
PIPE = re.compile(r"(?<!\\)\|")


def _cell(raw: str) -> str | None:
    value = raw.strip().replace("\\|", "|")
    return value if value else None


def md_to_sheets(text: str) -> dict[str, list[list[str | None]]]:
    """Parse the corpus markdown into {sheet name: rows}, header row first."""
    sheets: dict[str, list[list[str | None]]] = {}
    current: str | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        heading = HEADING.match(line)
        if heading:
            current = heading.group(1)
            if current in sheets:
                raise ValueError(f"line {lineno}: sheet {current!r} appears twice")
            sheets[current] = []
            continue
        row = ROW.match(line)
        if not row:
            continue
        if current is None:
            raise ValueError(f"line {lineno}: table row before any '## sheet' heading")
        inner = row.group(1)
        if SEPARATOR.match(inner) and "-" in inner:
            continue
        cells = [_cell(c) for c in PIPE.split(inner)]
        if all(c is None for c in cells):
            continue
        sheets[current].append(cells)
    return sheets


def write_xlsx(sheets: dict[str, list[list[str | None]]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title=title)
        for row in rows:
            cells = []
            for value in row:
                if value is None:
                    cells.append(None)
                    continue
                cell = WriteOnlyCell(ws, value=value)
                # openpyxl would infer formulas ("=...") and error codes ("#N/A"): force text.
                cell.data_type = "s"
                cells.append(cell)
            ws.append(cells)
    wb.save(str(path))


def md_file_to_xlsx(md_path: Path, xlsx_path: Path) -> None:
    write_xlsx(md_to_sheets(Path(md_path).read_text(encoding="utf-8")), Path(xlsx_path))


def _width(s: str) -> int:
    w = 0
    for ch in s:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def format_md(text: str) -> str:
    """Align the columns of every table (cosmetic: the cells are unchanged)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not ROW.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        block = []
        while i < len(lines) and ROW.match(lines[i]):
            block.append(lines[i])
            i += 1
        rows, seps = [], []
        for line in block:
            inner = ROW.match(line).group(1)
            is_sep = bool(SEPARATOR.match(inner) and "-" in inner)
            seps.append(is_sep)
            rows.append([] if is_sep else [c.strip() for c in PIPE.split(inner)])
        ncol = max(len(r) for r in rows)
        widths = [3] * ncol
        for r in rows:
            for j, c in enumerate(r):
                widths[j] = max(widths[j], _width(c))
        for r, is_sep in zip(rows, seps):
            if is_sep:
                out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
            else:
                cells = r + [""] * (ncol - len(r))
                out.append("| " + " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)) + " |")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[1] == "--format":
        for name in argv[2:]:
            path = Path(name)
            text = path.read_text(encoding="utf-8")
            new = format_md(text)
            if new != text:
                path.write_text(new, encoding="utf-8")
        return 0
    if len(argv) != 3:
        print("usage: md2xlsx.py FORM.md OUT.xlsx", file=sys.stderr)
        return 2
    md_file_to_xlsx(Path(argv[1]), Path(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
