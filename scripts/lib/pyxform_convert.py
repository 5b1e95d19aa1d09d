#!/usr/bin/env python3
"""pyxform behind our CLI's contract, for `forms-differential.py --self-check`.

    pyxform_convert.py form convert [--name NAME] [-o FILE] FORM.xlsx

prints the XForm on stdout (exit 0), or the error on stderr (exit 1), as
`datashift form convert` does.
"""

import argparse
import sys

from pyxform.xls2xform import convert


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("form_cmd", choices=["form"])
    ap.add_argument("convert_cmd", choices=["convert"])
    ap.add_argument("--name")
    ap.add_argument("-o", "--output")
    ap.add_argument("xlsx")
    args = ap.parse_args()
    warnings: list = []
    try:
        result = convert(xlsform=args.xlsx, warnings=warnings, pretty_print=True, form_name=args.name)
    except Exception as e:
        print(f"error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(result.xform)
    else:
        sys.stdout.write(result.xform)
    return 0


if __name__ == "__main__":
    sys.exit(main())
