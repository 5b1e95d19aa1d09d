#!/usr/bin/env python3
"""Differential test: our XLSForm converter against pyxform, over the form corpus.

For each corpus form (tests/forms/valid/*.md, tests/forms/invalid/*.md) the markdown is
written as `data.xlsx` in a fresh temporary directory (stem `data`, so the form id and title
default to the same thing on both sides), then converted

  * by pyxform, in this process: pyxform.xls2xform.convert(xlsform=data.xlsx, form_name="data")
  * by us: `$DATASHIFT_BIN form convert --name data data.xlsx` (working directory: the temp dir)

and the results compared:

  * valid/   both must succeed, and the two XForms must be equivalent: same element names and
             namespaces, same namespace declarations, attributes as sets (order ignored; values
             compared with runs of whitespace outside XPath string literals collapsed and the
             ends stripped, unless --exact-attributes), text and tails with surrounding
             whitespace ignored, children in the same order, except <bind> elements (compared
             as a set keyed by @nodeset) and itext <text> entries (a set keyed by @id).
  * invalid/ both must refuse (non-zero exit; a crash -- exit 101 or a signal -- is no refusal).

One line per form, then the plain line `forms-differential: N passed, N failed` (with
`, N skipped` appended when forms listed in known-differences.txt were skipped). Exit 1 if
anything failed.

tests/forms/known-differences.txt lists forms that currently fail (one per line,
`valid/name  # reason`; blank lines and `#` lines ignored). A listed form that fails is
reported as `known` and not counted as a failure; a listed form that passes is reported as
`FIXED` and counts as a failure until its line is removed, so the list stays honest. A form
that pyxform itself refuses in valid/ (or accepts in invalid/) is a corpus bug and always fails.

Usage:
  forms-differential.py [--bin PATH] [--self-check] [--out DIR] [-j N] [-v] [FORM.md ...]

  --bin PATH          our binary (default: $DATASHIFT_BIN, else target/debug/datashift)
  --self-check        use pyxform on both sides (through scripts/lib/pyxform_convert.py), to
                      prove the corpus and the comparison
  --odk-validate      also run ODK Validate (Java, shipped in pyxform) on pyxform's side
  --out DIR           write both XForms and both error outputs of every form that is not ok
  --known FILE        known differences (default tests/forms/known-differences.txt)
  --exact-attributes  compare attribute values byte for byte
  --test-compare      only check the comparison itself on a built-in XForm and its mutations
  -j N                parallel conversions on our side (default: number of CPUs)
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.dont_write_bytecode = True  # no __pycache__ in scripts/lib
sys.path.insert(0, str(ROOT / "scripts" / "lib"))
from md2xlsx import md_file_to_xlsx  # noqa: E402 (after the sys.path line)

CORPUS = ROOT / "tests" / "forms"
XF = "http://www.w3.org/2002/xforms"
TIMEOUT = 60
STEM = "data"


# ----------------------------------------------------------------------------- running


@dataclass
class Outcome:
    ok: bool  # converted (exit 0 and an XForm)
    xml: str = ""
    error: str = ""  # error text (pyxform's message, our stderr)
    crash: bool = False  # exit 101 (Rust panic), a signal, a timeout
    warnings: list[str] = field(default_factory=list)


def run_pyxform(xlsx: Path, validate: bool) -> Outcome:
    from pyxform.xls2xform import convert

    warnings: list[str] = []
    try:
        result = convert(
            xlsform=str(xlsx),
            warnings=warnings,
            validate=validate,
            pretty_print=True,
            form_name=STEM,
        )
    except Exception as e:  # PyXFormError, ODKValidateError, and pyxform's own bugs
        return Outcome(ok=False, error=f"{type(e).__name__}: {e}")
    return Outcome(ok=True, xml=result.xform, warnings=warnings)


def run_ours(argv: list[str], cwd: Path) -> Outcome:
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return Outcome(ok=False, crash=True, error=f"timed out after {TIMEOUT}s")
    stderr = p.stderr.decode("utf-8", "replace")
    if p.returncode == 0:
        xml = p.stdout.decode("utf-8", "replace")
        if not xml.strip():
            return Outcome(ok=False, crash=True, error="exit 0 but nothing on stdout\n" + stderr)
        return Outcome(ok=True, xml=xml, error=stderr)
    crash = p.returncode < 0 or p.returncode == 101
    how = f"killed by signal {-p.returncode}" if p.returncode < 0 else f"exit {p.returncode}"
    return Outcome(ok=False, crash=crash, error=f"[{how}] {stderr}")


# ----------------------------------------------------------------------------- comparing


class Doc:
    def __init__(self, xml: str):
        self.decls: set[tuple[str, str]] = set()
        root = None
        for event, item in ET.iterparse(io.BytesIO(xml.encode("utf-8")), events=("start", "start-ns")):
            if event == "start-ns":
                self.decls.add(item)
            elif root is None:
                root = item
        self.root = root


_LITERAL_OR_SPACE = re.compile(r"('[^']*'|\"[^\"]*\")|\s+")


def norm_attr(value: str) -> str:
    """Collapse whitespace outside XPath string literals; strip the ends."""
    return _LITERAL_OR_SPACE.sub(lambda m: m.group(1) or " ", value).strip()


def norm_text(value: str | None) -> str:
    return (value or "").strip()


class Comparer:
    def __init__(self, prefixes: dict[str, str], exact_attributes: bool):
        self.prefixes = prefixes  # uri -> prefix ("" for the default namespace)
        self.exact = exact_attributes

    def qn(self, name: str) -> str:
        if name.startswith("{"):
            uri, local = name[1:].split("}", 1)
            prefix = self.prefixes.get(uri)
            if prefix is None:
                return name
            return f"{prefix}:{local}" if prefix else local
        return name

    def step(self, el: ET.Element, siblings: list[ET.Element]) -> str:
        name = self.qn(el.tag)
        for key in ("nodeset", "ref", "id"):
            if key in el.attrib:
                return f"{name}[@{key}={el.attrib[key]!r}]"
        same = [s for s in siblings if s.tag == el.tag]
        if len(same) > 1:
            return f"{name}[{same.index(el) + 1}]"
        return name

    def attr_value(self, v: str) -> str:
        return v if self.exact else norm_attr(v)

    def element(self, exp: ET.Element, got: ET.Element, path: str) -> str | None:
        if exp.tag != got.tag:
            return f"{path}: expected element <{self.qn(exp.tag)}>, got <{self.qn(got.tag)}>"
        for key in exp.attrib:
            if key not in got.attrib:
                return f"{path}/@{self.qn(key)}: missing (expected {exp.attrib[key]!r})"
        for key in got.attrib:
            if key not in exp.attrib:
                return f"{path}/@{self.qn(key)}: unexpected attribute ({got.attrib[key]!r})"
        for key in exp.attrib:
            if self.attr_value(exp.attrib[key]) != self.attr_value(got.attrib[key]):
                return f"{path}/@{self.qn(key)}: expected {exp.attrib[key]!r}, got {got.attrib[key]!r}"
        if norm_text(exp.text) != norm_text(got.text):
            return f"{path}/text(): expected {norm_text(exp.text)!r}, got {norm_text(got.text)!r}"
        return self.children(exp, got, path)

    def children(self, exp: ET.Element, got: ET.Element, path: str) -> str | None:
        exp_kids, got_kids = list(exp), list(got)
        local = exp.tag.rsplit("}", 1)[-1]
        keyed_tag, key = None, None
        if exp.tag == f"{{{XF}}}model":
            keyed_tag, key = f"{{{XF}}}bind", "nodeset"
        elif local == "translation":
            keyed_tag, key = f"{{{XF}}}text", "id"
        if keyed_tag:
            diff = self.keyed(
                [k for k in exp_kids if k.tag == keyed_tag],
                [k for k in got_kids if k.tag == keyed_tag],
                key,
                path,
                exp_kids,
                got_kids,
            )
            if diff:
                return diff
            exp_kids = [k for k in exp_kids if k.tag != keyed_tag]
            got_kids = [k for k in got_kids if k.tag != keyed_tag]
        return self.ordered(exp_kids, got_kids, path, list(exp), list(got))

    def ordered(self, exp_kids, got_kids, path, exp_all, got_all) -> str | None:
        for i in range(max(len(exp_kids), len(got_kids))):
            if i >= len(got_kids):
                step = self.step(exp_kids[i], exp_all)
                return f"{path}/{step}: missing element (and {len(exp_kids) - i - 1} more after it)"
            if i >= len(exp_kids):
                step = self.step(got_kids[i], got_all)
                return f"{path}/{step}: unexpected element (and {len(got_kids) - i - 1} more after it)"
            e, g = exp_kids[i], got_kids[i]
            step = self.step(e, exp_all)
            if e.tag != g.tag:
                return (
                    f"{path}/{step}: expected element <{self.qn(e.tag)}>, "
                    f"got <{self.qn(g.tag)}> ({self.step(g, got_all)})"
                )
            diff = self.element(e, g, f"{path}/{step}")
            if diff:
                return diff
            exp_tail, got_tail = norm_text(e.tail), norm_text(g.tail)
            if exp_tail != got_tail:
                return f"{path}/{step}/following-text(): expected {exp_tail!r}, got {got_tail!r}"
        return None

    def keyed(self, exp_items, got_items, key, path, exp_all, got_all) -> str | None:
        def index(items):
            out: dict[str, ET.Element] = {}
            for el in items:
                k = el.attrib.get(key, "")
                n, base = 1, k
                while k in out:  # duplicate keys: keep them apart
                    n += 1
                    k = f"{base}#{n}"
                out[k] = el
            return out

        exp_map, got_map = index(exp_items), index(got_items)
        for k, el in exp_map.items():
            if k not in got_map:
                return f"{path}/{self.step(el, exp_all)}: missing element"
        for k, el in got_map.items():
            if k not in exp_map:
                return f"{path}/{self.step(el, got_all)}: unexpected element"
        for k, el in exp_map.items():
            diff = self.element(el, got_map[k], f"{path}/{self.step(el, exp_all)}")
            if diff:
                return diff
        return None


def compare(expected_xml: str, got_xml: str, exact_attributes: bool = False) -> str | None:
    """First difference between two XForms (pyxform's first), or None if equivalent."""
    exp = Doc(expected_xml)
    try:
        got = Doc(got_xml)
    except ET.ParseError as e:
        return f"our XForm is not well-formed XML: {e}"
    prefixes = {uri: prefix for prefix, uri in sorted(exp.decls)}
    cmp = Comparer(prefixes, exact_attributes)
    missing = sorted(exp.decls - got.decls)
    extra = sorted(got.decls - exp.decls)
    if missing or extra:
        fmt = lambda ds: ", ".join(f"xmlns{':' + p if p else ''}={u!r}" for p, u in ds)  # noqa: E731
        return f"namespace declarations: missing [{fmt(missing)}], unexpected [{fmt(extra)}]"
    return cmp.element(exp.root, got.root, "/" + cmp.qn(exp.root.tag))


_SAMPLE = """<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" \
xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms">
  <h:head>
    <h:title>T</h:title>
    <model odk:xforms-version="1.0.0">
      <itext>
        <translation lang="en" default="true()">
          <text id="/data/a:label"><value>A</value></text>
          <text id="/data/b:label"><value>B <output value=" /data/a "/> !</value></text>
        </translation>
      </itext>
      <instance><data id="data"><a/><b>3</b></data></instance>
      <bind nodeset="/data/a" type="string" required="true()"/>
      <bind nodeset="/data/b" type="int" relevant=" /data/a  = 'x  y'"/>
    </model>
  </h:head>
  <h:body>
    <input ref="/data/a"><label ref="jr:itext('/data/a:label')"/></input>
    <input ref="/data/b"><label ref="jr:itext('/data/b:label')"/></input>
  </h:body>
</h:html>
"""


def selftest_compare() -> int:
    """The comparison finds what it must and forgives what it may (`--test-compare`)."""
    same = [
        ("attribute order", ('type="string" required="true()"', 'required="true()" type="string"'), None),
        ("bind order", None, "swap-binds"),
        ("itext text order", None, "swap-texts"),
        ("indentation", ("\n      <bind", "<bind"), None),
        ("surrounding whitespace of text", ("<value>A</value>", "<value>\n A \n</value>"), None),
        ("whitespace in an XPath attribute", (" /data/a  = 'x  y'", "/data/a = 'x  y'"), None),
    ]
    differ = [
        ("attribute value", ('type="int"', 'type="string"')),
        ("missing attribute", (' required="true()"', "")),
        ("extra attribute", ('type="string"', 'type="string" readonly="true()"')),
        ("space inside an XPath string literal", ("'x  y'", "'x y'")),
        ("text", ("<value>A</value>", "<value>a</value>")),
        ("tail text after a child", ('"/> !</value>', '"/> ?</value>')),
        ("element name", ("<a/><b>3</b>", "<c/><b>3</b>")),
        ("instance default", ("<b>3</b>", "<b>4</b>")),
        ("body order", None),
        ("missing bind", ('<bind nodeset="/data/a" type="string" required="true()"/>', "")),
        ("namespace", ('xmlns:odk="http://www.opendatakit.org/xforms"', 'xmlns:odk="urn:other"')),
        ("default namespace", ("<h:body>", '<h:body xmlns="urn:x">')),
    ]
    failures = 0

    def swap(xml: str, a: str, b: str) -> str:
        return xml.replace(a, "\0").replace(b, a).replace("\0", b)

    bind_a = '<bind nodeset="/data/a" type="string" required="true()"/>'
    bind_b = '<bind nodeset="/data/b" type="int" relevant=" /data/a  = \'x  y\'"/>'
    text_a = '<text id="/data/a:label"><value>A</value></text>'
    text_b = '<text id="/data/b:label"><value>B <output value=" /data/a "/> !</value></text>'
    body_a = '<input ref="/data/a"><label ref="jr:itext(\'/data/a:label\')"/></input>'
    body_b = '<input ref="/data/b"><label ref="jr:itext(\'/data/b:label\')"/></input>'
    for what, rep, special in same:
        if special == "swap-binds":
            got = swap(_SAMPLE, bind_a, bind_b)
        elif special == "swap-texts":
            got = swap(_SAMPLE, text_a, text_b)
        else:
            assert rep[0] in _SAMPLE, what
            got = _SAMPLE.replace(rep[0], rep[1], 1)
        assert got != _SAMPLE, what
        diff = compare(_SAMPLE, got)
        if diff:
            print(f"compare self-test: {what} should not matter, but: {diff}")
            failures += 1
    for what, rep in differ:
        if rep is None:
            got = swap(_SAMPLE, body_a, body_b)
        else:
            assert rep[0] in _SAMPLE, what
            got = _SAMPLE.replace(rep[0], rep[1], 1)
        assert got != _SAMPLE, what
        if not compare(_SAMPLE, got):
            print(f"compare self-test: a different {what} went unnoticed")
            failures += 1
    total = len(same) + len(differ)
    print(f"compare self-test: {total - failures} passed, {failures} failed")
    return 1 if failures else 0


# ----------------------------------------------------------------------------- the run


@dataclass
class Result:
    name: str  # valid/foo
    passed: bool
    line: str
    corpus_bug: bool = False
    theirs: Outcome | None = None
    ours: Outcome | None = None


def first_line(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= limit else line[: limit - 3] + "..."
    return "(no message)"


def judge(name: str, valid: bool, theirs: Outcome, ours: Outcome, exact: bool) -> Result:
    def res(passed, line, corpus_bug=False):
        return Result(name, passed, line, corpus_bug, theirs, ours)

    if valid:
        if not theirs.ok:
            return res(False, f"PYXFORM-REFUSES {name}: {first_line(theirs.error)}", True)
        if ours.crash:
            return res(False, f"CRASH {name}: {first_line(ours.error)}")
        if not ours.ok:
            return res(False, f"WE-REFUSE {name}: {first_line(ours.error)}")
        try:
            diff = compare(theirs.xml, ours.xml, exact)
        except ET.ParseError as e:
            return res(False, f"PYXFORM-BAD-XML {name}: {e}", True)
        if diff:
            return res(False, f"DIFF {name}: {diff}")
        return res(True, f"ok {name}")
    if theirs.ok:
        return res(False, f"PYXFORM-ACCEPTS {name}: pyxform converts this invalid form", True)
    if ours.crash:
        return res(False, f"CRASH {name}: {first_line(ours.error)}")
    if ours.ok:
        return res(False, f"WE-ACCEPT {name}: pyxform refuses it: {first_line(theirs.error)}")
    return res(True, f"BOTH-REFUSE ok {name}")


def read_known(path: Path) -> dict[str, str]:
    known: dict[str, str] = {}
    if not path.exists():
        return known
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition("#")
        name = name.strip().removesuffix(".md")
        known[name] = reason.strip()
    return known


def form_name(md: Path) -> str:
    try:
        rel = md.resolve().relative_to(CORPUS)
        return str(rel.with_suffix(""))
    except ValueError:
        return str(md.with_suffix(""))


def attachments(md: Path) -> list[Path]:
    """Files beside the form (CSV, XML, GeoJSON...) that the form names."""
    text = md.read_text(encoding="utf-8")
    return [p for p in md.parent.iterdir() if p.is_file() and p.suffix != ".md" and p.name in text]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("forms", nargs="*", type=Path)
    ap.add_argument("--bin", default=os.environ.get("DATASHIFT_BIN"))
    ap.add_argument("--self-check", action="store_true")
    ap.add_argument("--odk-validate", action="store_true")
    ap.add_argument("--exact-attributes", action="store_true")
    ap.add_argument("--known", type=Path, default=CORPUS / "known-differences.txt")
    ap.add_argument("--out", type=Path)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--test-compare", action="store_true")
    args = ap.parse_args(argv)
    if args.test_compare:
        return selftest_compare()

    started = time.monotonic()
    if args.self_check:
        ours_cmd = [sys.executable, str(ROOT / "scripts" / "lib" / "pyxform_convert.py")]
    else:
        binary = args.bin or str(ROOT / "target" / "debug" / "datashift")
        # ours runs in a temporary directory: make the path absolute (or find it on PATH)
        binary = str(Path(binary).resolve()) if os.sep in binary else (shutil.which(binary) or binary)
        if not os.access(binary, os.X_OK):
            print(f"forms-differential: no executable {binary} (set DATASHIFT_BIN or --bin)", file=sys.stderr)
            return 2
        ours_cmd = [binary]
    ours_cmd += ["form", "convert", "--name", STEM, f"{STEM}.xlsx"]

    forms = args.forms or sorted((CORPUS / "valid").glob("*.md")) + sorted((CORPUS / "invalid").glob("*.md"))
    known = {} if args.self_check else read_known(args.known)
    names = {form_name(f) for f in forms}
    if not args.forms:
        stale = [k for k in known if k not in names]
        if stale:
            print(
                f"forms-differential: {args.known} lists unknown forms: {', '.join(stale)}", file=sys.stderr
            )
            return 2

    work = Path(tempfile.mkdtemp(prefix="forms-differential."))
    try:
        jobs = []
        for i, md in enumerate(forms):
            d = work / f"{i:03d}"
            d.mkdir()
            md_file_to_xlsx(md, d / f"{STEM}.xlsx")
            for a in attachments(md):
                shutil.copy(a, d / a.name)
            valid = md.resolve().parent.name != "invalid"
            jobs.append((md, d, valid))

        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            ours_futures = [pool.submit(run_ours, ours_cmd, d) for _, d, _ in jobs]
            # pyxform runs here meanwhile (it is not thread-safe enough to share)
            theirs_all = [run_pyxform(d / f"{STEM}.xlsx", args.odk_validate) for _, d, _ in jobs]
            ours_all = [f.result() for f in ours_futures]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    passed = failed = skipped = 0
    for (md, _, valid), theirs, ours in zip(jobs, theirs_all, ours_all):
        name = form_name(md)
        r = judge(name, valid, theirs, ours, args.exact_attributes)
        listed = name in known or md.stem in known
        reason = known.get(name, known.get(md.stem, ""))
        if listed and not r.corpus_bug:
            if r.passed:
                print(f"FIXED {name}: passes now; remove it from {args.known.name}")
                failed += 1
            else:
                print(f"known {r.line}" + (f"  # {reason}" if reason else ""))
                skipped += 1
        else:
            print(r.line)
            if r.passed:
                passed += 1
            else:
                failed += 1
        if args.verbose and not r.passed:
            if theirs.error:
                print(f"    pyxform: {theirs.error.strip()[:2000]}")
            if ours.error:
                print(f"    ours:    {ours.error.strip()[:2000]}")
        if args.out and not r.passed:
            dest = args.out / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            for suffix, text in (
                (".pyxform.xml", theirs.xml),
                (".pyxform.err", theirs.error),
                (".ours.xml", ours.xml),
                (".ours.err", ours.error),
            ):
                if text:
                    Path(str(dest) + suffix).write_text(text, encoding="utf-8")

    elapsed = time.monotonic() - started
    if args.out and (failed or skipped):
        print(f"(XForms of the forms that are not ok: {args.out})")
    if skipped:
        print(f"({skipped} forms listed in {args.known.name} skipped; {elapsed:.1f}s)")
    else:
        print(f"({elapsed:.1f}s)")
    print(
        f"forms-differential: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
