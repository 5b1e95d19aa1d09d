#!/usr/bin/env python3
"""Seed corpora for scripts/fuzz, made from the XLSForm corpus (tests/forms/**/*.md).

    fuzz_seeds.py --xlsform DIR --xpath DIR

--xlsform DIR  every corpus form (valid and invalid) in the one-file CSV layout, and as .xlsx
               (with openpyxl) and .xls (with xlwt) when those can be imported
--xpath DIR    every distinct expression of the corpus (relevant, constraint, calculation,
               choice_filter, required, read_only, repeat_count, default, trigger,
               instance_name), one file each

Files are named after a hash of their content, as libFuzzer names its corpus.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.dont_write_bytecode = True  # no __pycache__ in scripts/lib
sys.path.insert(0, str(ROOT / "scripts" / "lib"))
from md2xlsx import md_to_sheets, write_xlsx  # noqa: E402 (after the sys.path line)

EXPRESSION_COLUMNS = {
    "relevant",
    "constraint",
    "calculation",
    "choice_filter",
    "required",
    "read_only",
    "repeat_count",
    "default",
    "trigger",
    "instance_name",
}


def write_unique(directory: Path, data: bytes, suffix: str = "") -> None:
    (directory / (hashlib.sha1(data).hexdigest() + suffix)).write_bytes(data)


def csv_layout(sheets: dict) -> bytes:
    """The one-file CSV layout: a sheet's name in the first column of its header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for name, rows in sheets.items():
        for i, row in enumerate(rows):
            writer.writerow([name if i == 0 else ""] + [c or "" for c in row])
    return out.getvalue().encode("utf-8")


def write_xls(sheets: dict, path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name[:31])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    ws.write(r, c, value)
    wb.save(str(path))


def expressions(sheets: dict) -> set[str]:
    found = set()
    for rows in sheets.values():
        if not rows:
            continue
        header = [(h or "").split("::")[0].strip().lower() for h in rows[0]]
        for row in rows[1:]:
            for column, value in zip(header, row):
                if column in EXPRESSION_COLUMNS and value and value.lower() not in ("yes", "no"):
                    found.add(value)
    return found


def have(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xlsform", type=Path, required=True)
    ap.add_argument("--xpath", type=Path, required=True)
    args = ap.parse_args()
    args.xlsform.mkdir(parents=True, exist_ok=True)
    args.xpath.mkdir(parents=True, exist_ok=True)
    with_xlsx, with_xls = have("openpyxl"), have("xlwt")
    forms = sorted((ROOT / "tests" / "forms").glob("*/*.md"))
    exprs: set[str] = set()
    tmp = args.xlsform / ".tmp"
    for md in forms:
        sheets = md_to_sheets(md.read_text(encoding="utf-8"))
        exprs |= expressions(sheets)
        write_unique(args.xlsform, csv_layout(sheets))
        for enabled, writer in ((with_xlsx, write_xlsx), (with_xls, write_xls)):
            if enabled:
                writer(sheets, tmp)
                write_unique(args.xlsform, tmp.read_bytes())
                tmp.unlink()
    for e in exprs:
        write_unique(args.xpath, e.encode("utf-8"))
    kinds = "csv" + (", xlsx" if with_xlsx else "") + (", xls" if with_xls else "")
    print(f"fuzz seeds: {len(forms)} forms ({kinds}), {len(exprs)} expressions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
