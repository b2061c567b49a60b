"""Collect the desktop app's translatable strings into Qt Linguist files, and build them.

    .venv/bin/python resources/i18n/update.py

Qt's `pyside6-lupdate` cannot see our per-module `_tr("...")` helpers, so this
walks the sources itself: `_tr(LITERAL)` (context: the one its module's `_tr`
passes to `QCoreApplication.translate`), `QCoreApplication.translate(CTX, LITERAL)`
and `QT_TRANSLATE_NOOP(CTX, LITERAL)`.  It writes:

- `casefiles_en.ts` and `.qm`: English plural forms for strings with `%n`
  ("1 day", "2 days"); every other English string is its own source text;
- `casefiles_ru.ts` and `.qm`: the Russian translation, edited with Qt Linguist
  or by hand.  Existing translations are kept; a new string is added as
  unfinished (it shows in English until translated), and a translation whose
  source text is no longer in the code is dropped and named on the output, so
  a reworded string is noticed and translated again.  The `.qm` the app loads
  for Russian is rebuilt from it each time.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ROOT / "casefiles" / "ui"


def _module_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return None


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def collect() -> dict[str, dict[str, str]]:
    """context -> source text -> "file:line" of its first use."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = _module_context(tree)
        rel = path.relative_to(ROOT).as_posix()
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            ctx = text = None
            if name == "_tr" and own and call.args:
                ctx, text = own, _literal(call.args[0])
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
                ctx, text = _literal(call.args[0]), _literal(call.args[1])
            if ctx and text:
                found.setdefault(ctx, {}).setdefault(text, f"{rel}:{call.lineno}")
    return found


def _english_plural(text: str) -> tuple[str, str]:
    one = re.sub(r"\((e?s)\)", "", text)
    many = re.sub(r"\((e?s)\)", r"\1", text)
    return one, many


def _existing(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out  # type: ignore[return-value]


def write_ts(
    path: Path, language: str, found: dict[str, dict[str, str]], english: bool
) -> list[tuple[str, str]]:
    """Write `path`; return the (context, source) of translations no longer used."""
    old = _existing(path)
    root = ET.Element("TS", version="2.1", language=language)
    for ctx in sorted(found):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for text, where in sorted(found[ctx].items()):
            numerus = "%n" in text
            message = ET.SubElement(context, "message")
            if numerus:
                message.set("numerus", "yes")
            file, line = where.rsplit(":", 1)
            ET.SubElement(message, "location", filename=f"../../{file}", line=line)
            ET.SubElement(message, "source").text = text
            kept = old.get((ctx, text))
            if english:
                translation = ET.SubElement(message, "translation")
                if numerus:
                    for form in _english_plural(text):
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.set("type", "unfinished")
            elif kept is not None:
                message.append(kept)
            else:
                translation = ET.SubElement(message, "translation", type="unfinished")
                if numerus:
                    for _ in range(3):
                        ET.SubElement(translation, "numerusform")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    if english:
        return []
    return sorted(
        key
        for key, translation in old.items()
        if key[1] not in found.get(key[0], {}) and _finished(translation)
    )


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return bool((translation.text or "").strip() or any(f.text for f in translation))


def main() -> int:
    found = collect()
    write_ts(HERE / "casefiles_en.ts", "en", found, english=True)
    dropped = write_ts(HERE / "casefiles_ru.ts", "ru", found, english=False)
    for ctx, text in dropped:
        print(f"dropped the Russian translation of {ctx}: {text!r} (no longer in the code)")  # noqa: T201
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    for language in ("en", "ru"):
        subprocess.run([lrelease, "-silent", str(HERE / f"casefiles_{language}.ts")], check=True)
    print(sum(len(v) for v in found.values()), "strings in", len(found), "contexts")  # noqa: T201 - a script reports what it wrote
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
