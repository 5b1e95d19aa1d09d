#!/usr/bin/env python3
"""Load every XForm our converter makes from the valid corpus forms in two independent engines.

For each valid corpus form (tests/forms/valid/*.md) not listed in tests/forms/known-differences.txt,
the workbook is written as `data.xlsx` exactly as scripts/forms-differential.py does, converted by
`$DATASHIFT_BIN form convert --name data data.xlsx`, and the XForm is loaded by

  * the ODK Web Forms engine (@getodk/xforms-engine): `node validate-xform.mjs FILES...` in an
    installed copy of ../shared/tools/xform-validate (--web-forms DIR; scripts/test copies it and
    runs `npm install` there). The engine loads the form and creates an instance, which runs
    its binds, calculations and relevance. Its attachments (`jr://file/...`, `jr://file-csv/...`)
    are the corpus files beside the forms, served by scripts/lib/jr-attachments.mjs (a `node
    --import` preload; without it the engine fetches `jr:` URLs from the network and every form
    with an external instance fails with "fetch failed", pyxform's own XForms included);
    attachments that do not exist load as blank instances, as the tool's
    `missingResourceBehavior: 'BLANK'` intends.
  * ODK Validate (JavaRosa), the Java checker shipped inside pyxform:
    `java -Djava.awt.headless=true -jar ODK_Validate.jar FILE`, one run per form, as pyxform
    runs it (--odk-validate-jar JAR, default: the jar of the pyxform installed in this Python).

One line per form (`ok`, `FAIL` with the engine and its message, `NO-XFORM` when our converter
refuses the form, `known` for listed forms, which are not loaded), then the plain line
`xform-engines: N passed, N failed, N skipped; web-forms: N loaded, N failed; odk-validate: N
loaded, N failed`. Exit 1 if any form failed (a form we refuse counts: it cannot be loaded).

A form whose XForm fails an engine because of a converter bug goes into known-differences.txt
with the reason, like a form that differs from pyxform.

Usage:
  xform-engines.py --web-forms DIR [--odk-validate-jar JAR] [--bin PATH] [--out DIR] [-j N]
                   [-v] [FORM.md ...]

  --bin PATH          our binary (default: $DATASHIFT_BIN, else target/debug/datashift)
  --web-forms DIR     an installed copy of shared/tools/xform-validate (npm install done)
  --odk-validate-jar  ODK Validate (default: pyxform/validators/odk_validate/bin/*.jar of the
                      pyxform this Python imports)
  --out DIR           write the XForm and the engines' full output of every form that fails
  --known FILE        known differences (default tests/forms/known-differences.txt)
  -j N                parallel engine runs (default: number of CPUs)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.dont_write_bytecode = True  # no __pycache__ in scripts/


def _load_differential():
    """scripts/forms-differential.py as a module: the corpus, the known list and running us."""
    spec = importlib.util.spec_from_file_location("forms_differential", ROOT / "scripts" / "forms-differential.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


fd = _load_differential()
PRELOAD = ROOT / "scripts" / "lib" / "jr-attachments.mjs"
NODE_TIMEOUT = 600
JAVA_TIMEOUT = 100  # pyxform's own limit for ODK Validate


@dataclass
class Form:
    name: str  # valid/foo
    md: Path
    xml_path: Path | None = None
    xml: str = ""
    refused: str = ""  # our converter's error when it produced no XForm
    failures: list[str] = field(default_factory=list)  # "engine: message"
    details: list[str] = field(default_factory=list)  # full engine output, for --out


def default_jar() -> Path | None:
    try:
        import pyxform
    except ImportError:
        return None
    jars = sorted((Path(pyxform.__file__).parent / "validators" / "odk_validate" / "bin").glob("*.jar"))
    return jars[0] if jars else None


# ----------------------------------------------------------------------------- engines


def run_web_forms(tool: Path, forms: list[Form], attachments: Path) -> str | None:
    """One `node validate-xform.mjs` over all the XForms; it prints `OK   PATH (...)` or `FAIL
    PATH: MESSAGE` per file. Returns an error of the run itself (not of a form), if any."""
    by_path = {str(f.xml_path): f for f in forms}
    env = dict(os.environ, JR_ATTACHMENTS_DIR=str(attachments))
    argv = ["node", "--import", PRELOAD.as_uri(), "validate-xform.mjs", *by_path]
    try:
        p = subprocess.run(argv, cwd=tool, env=env, capture_output=True, text=True, timeout=NODE_TIMEOUT)
        out, err, rc = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        err, rc = f"timed out after {NODE_TIMEOUT}s", None
    # Messages are gathered here first: ODK Validate appends to form.failures meanwhile.
    messages: dict[str, list[str]] = {}  # path -> lines of its FAIL message
    seen: set[str] = set()
    current: str | None = None  # the path a multi-line FAIL message belongs to
    for line in out.splitlines():
        status = "OK" if line.startswith("OK   ") else "FAIL" if line.startswith("FAIL ") else None
        rest = line[5:]
        sep = ": " if status == "FAIL" else " "
        path = next((p for p in by_path if status and rest.startswith(p + sep)), None)
        if path is None:
            if current is not None and line.strip():
                messages[current].append(line.strip())
            continue
        seen.add(path)
        current = None
        if status == "FAIL":
            messages[path] = [rest[len(path) + 2 :].strip() or "(no message)"]
            current = path
    for path in by_path:
        if path not in seen:  # node stopped before this file
            how = "timed out" if rc is None else f"node exited {rc}"
            messages[path] = [f"no result ({how}): {fd.first_line(err)}"]
    for path, lines in messages.items():
        by_path[path].failures.append("web-forms: " + " ".join(lines))
        by_path[path].details.append("web-forms:\n" + "\n".join(lines) + (f"\nnode stderr:\n{err}" if err else ""))
    failures = len(messages)
    if rc not in (0, 1) or (rc == 1) != bool(failures):
        return f"node exited {rc} ({fd.first_line(err)})"
    return None


_JAVA_NOISE = re.compile(
    r"^(\s+at |\s*$|Validating: |>> Xform parsing completed|The following files failed validation"
    r"|Result: Invalid)"
)


def run_odk_validate(jar: Path, form: Form) -> None:
    argv = ["java", "-Djava.awt.headless=true", "-jar", str(jar), str(form.xml_path)]
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=JAVA_TIMEOUT)
    except subprocess.TimeoutExpired:
        form.failures.append(f"odk-validate: timed out after {JAVA_TIMEOUT}s")
        return
    if p.returncode == 0:
        return
    text = p.stdout + p.stderr
    lines = []
    for line in text.splitlines():
        if _JAVA_NOISE.match(line) or line.strip() == str(form.xml_path) or line.strip() in lines:
            continue
        lines.append(line.strip())
    message = " | ".join(lines) or f"exit {p.returncode}, no message"
    if len(message) > 600:
        message = message[:597] + "..."
    form.failures.append(f"odk-validate: {message}")
    form.details.append(f"odk-validate (exit {p.returncode}):\n{text}")


# ----------------------------------------------------------------------------- the run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("forms", nargs="*", type=Path)
    ap.add_argument("--bin", default=os.environ.get("DATASHIFT_BIN"))
    ap.add_argument("--web-forms", type=Path, required=True)
    ap.add_argument("--odk-validate-jar", type=Path)
    ap.add_argument("--known", type=Path, default=fd.CORPUS / "known-differences.txt")
    ap.add_argument("--out", type=Path)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--served",
        type=Path,
        help="also load every *.xml in this directory as it is: XForms the server handed out over "
        "OpenRosa in the Rust tests (test-output/downloaded-xforms)",
    )
    args = ap.parse_args(argv)
    started = time.monotonic()

    binary = args.bin or str(ROOT / "target" / "debug" / "datashift")
    binary = str(Path(binary).resolve()) if os.sep in binary else (shutil.which(binary) or binary)
    if not os.access(binary, os.X_OK):
        print(f"xform-engines: no executable {binary} (set DATASHIFT_BIN or --bin)", file=sys.stderr)
        return 2
    if not (args.web_forms / "validate-xform.mjs").is_file() or not (args.web_forms / "node_modules").is_dir():
        print(f"xform-engines: {args.web_forms} is not an installed copy of xform-validate", file=sys.stderr)
        return 2
    jar = args.odk_validate_jar or default_jar()
    if jar is None or not jar.is_file():
        print("xform-engines: no ODK Validate jar (install pyxform or pass --odk-validate-jar)", file=sys.stderr)
        return 2
    for tool in ("node", "java"):
        if not shutil.which(tool):
            print(f"xform-engines: {tool} is not on PATH", file=sys.stderr)
            return 2

    mds = args.forms or sorted((fd.CORPUS / "valid").glob("*.md"))
    known = fd.read_known(args.known)
    forms: list[Form] = []
    skipped: list[tuple[str, str]] = []
    for md in mds:
        name = fd.form_name(md)
        if md.resolve().parent.name == "invalid":
            continue  # nothing to load: both converters refuse these
        if name in known or md.stem in known:
            skipped.append((name, known.get(name, known.get(md.stem, ""))))
            continue
        forms.append(Form(name, md))

    work = Path(tempfile.mkdtemp(prefix="xform-engines."))
    try:
        attachments = work / "attachments"
        attachments.mkdir()
        jobs = []
        for i, form in enumerate(forms):
            d = work / f"{i:03d}"
            d.mkdir()
            fd.md_file_to_xlsx(form.md, d / f"{fd.STEM}.xlsx")
            for a in fd.attachments(form.md):
                shutil.copy(a, d / a.name)
                shutil.copy(a, attachments / a.name)
            jobs.append(d)
        cmd = [binary, "form", "convert", "--name", fd.STEM, f"{fd.STEM}.xlsx"]
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            outcomes = list(pool.map(lambda d: fd.run_ours(cmd, d), jobs))
        xforms = work / "xforms"
        for form, outcome in zip(forms, outcomes):
            if not outcome.ok:
                form.refused = fd.first_line(outcome.error)
                continue
            form.xml = outcome.xml
            form.xml_path = xforms / form.name.replace("/", os.sep)
            form.xml_path = form.xml_path.with_name(form.xml_path.name + ".xml")
            form.xml_path.parent.mkdir(parents=True, exist_ok=True)
            form.xml_path.write_text(outcome.xml, encoding="utf-8")
        if args.served and args.served.is_dir():
            for served in sorted(args.served.glob("*.xml")):
                form = Form(f"served/{served.stem}", served)
                form.xml = served.read_text(encoding="utf-8")
                form.xml_path = xforms / "served" / served.name
                form.xml_path.parent.mkdir(parents=True, exist_ok=True)
                form.xml_path.write_text(form.xml, encoding="utf-8")
                forms.append(form)
        loadable = [f for f in forms if f.xml_path]

        web_started = time.monotonic()
        java_seconds = 0.0
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            web = pool.submit(run_web_forms, args.web_forms, loadable, attachments) if loadable else None

            def timed_java(form: Form) -> float:
                t = time.monotonic()
                run_odk_validate(jar, form)
                return time.monotonic() - t

            java_seconds = sum(pool.map(timed_java, loadable))
            web_error = web.result() if web else None
        web_elapsed = time.monotonic() - web_started
    finally:
        shutil.rmtree(work, ignore_errors=True)

    passed = failed = 0
    if web_error:
        print(f"FAIL the Web Forms run itself: {web_error}")
        failed += 1
    web_failed = sum(any(m.startswith("web-forms:") for m in f.failures) for f in loadable)
    java_failed = sum(any(m.startswith("odk-validate:") for m in f.failures) for f in loadable)
    for form in forms:
        if form.refused:
            print(f"NO-XFORM {form.name}: our converter refuses it: {form.refused}")
            failed += 1
        elif form.failures:
            for message in sorted(form.failures, key=lambda m: not m.startswith("web-forms")):
                print(f"FAIL {form.name}: {message}")
            failed += 1
        else:
            print(f"ok {form.name}")
            passed += 1
        if args.out and (form.refused or form.failures):
            dest = args.out / form.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            if form.xml:
                Path(str(dest) + ".ours.xml").write_text(form.xml, encoding="utf-8")
            report = [form.refused] if form.refused else form.failures + [""] + form.details
            Path(str(dest) + ".engines.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    for name, reason in skipped:
        print(f"known {name}: not loaded (listed in {args.known.name})" + (f"  # {reason}" if reason else ""))

    elapsed = time.monotonic() - started
    if args.out and failed:
        print(f"(XForms and engine output of the failing forms: {args.out})")
    print(
        f"({len(loadable)} XForms; both engines {web_elapsed:.1f}s wall, ODK Validate {java_seconds:.1f}s "
        f"summed over its runs; {elapsed:.1f}s in all)"
    )
    print(
        f"xform-engines: {passed} passed, {failed} failed"
        + (f", {len(skipped)} skipped" if skipped else "")
        + f"; web-forms: {len(loadable) - web_failed} loaded, {web_failed} failed"
        + f"; odk-validate: {len(loadable) - java_failed} loaded, {java_failed} failed"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
