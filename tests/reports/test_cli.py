"""`casefiles summary` and `casefiles hearing-summary` in real subprocesses."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.factories import demo_document, store_with
from tests.reports.conftest import LIQUIDATION
from tests.reports.pdfutil import page_texts, reader, text

EPOCH = {"SOURCE_DATE_EPOCH": "1796083200"}


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    store_with(data_dir, demo_document()).close()
    return data_dir


def _one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("casefiles: error: "), stderr
    return lines[0]


def test_summary_and_hearing_summary_written_reproducibly(
    cli: Any, demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    first, second = out / "summary.pdf", out / "again.pdf"
    r = cli(
        "--data-dir", str(demo_dir), "summary", "--case", LIQUIDATION, "-o", str(first), env=EPOCH
    )
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    assert r.stdout == f"wrote the procedural summary of {LIQUIDATION} to {first}\n"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    # Another process, another hash seed: the same bytes.
    r = cli(
        "--data-dir", str(demo_dir), "summary", "--case", LIQUIDATION, "-o", str(second), env=EPOCH
    )
    assert r.returncode == 0, r.stderr
    assert first.read_bytes() == second.read_bytes()
    assert "Procedural summary" in text(first.read_bytes())

    ru = out / "hearing-ru-letter.pdf"
    r = cli(
        "--data-dir",
        str(demo_dir),
        "hearing-summary",
        "--case",
        LIQUIDATION,
        "--hearing",
        "h2",
        "-o",
        str(ru),
        "--lang",
        "ru",
        "--page-size",
        "letter",
        env=EPOCH,
    )
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    pdf = ru.read_bytes()
    assert "Сводка по судебному заседанию" in text(pdf)
    assert float(reader(pdf).pages[0].mediabox.width) == pytest.approx(612)
    assert sorted(p.name for p in out.iterdir()) == [
        "again.pdf",
        "hearing-ru-letter.pdf",
        "summary.pdf",
    ]


def test_bad_input_one_line_exit_2_nothing_written(
    cli: Any, demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "s.pdf"
    base = ("--data-dir", str(demo_dir))
    cases = [
        (
            ("summary", "--case", "9-9999/2099", "-o", str(target)),
            "no case with reference '9-9999/2099'",
        ),
        (
            ("hearing-summary", "--case", LIQUIDATION, "--hearing", "h9", "-o", str(target)),
            "no hearing 'h9' in case '2-1187/2025' (its hearings: h1, h2, h3)",
        ),
        (
            ("summary", "--case", LIQUIDATION, "-o", str(target), "--lang", "de"),
            "unknown language 'de'",
        ),
        (
            ("summary", "--case", LIQUIDATION, "-o", str(target), "--page-size", "a3"),
            "unknown page size 'a3'",
        ),
        (
            ("summary", "--case", LIQUIDATION, "-o", str(out / "missing" / "s.pdf")),
            "does not exist",
        ),
        (("summary", "--case", LIQUIDATION, "-o", str(out)), "is a folder"),
    ]
    for args, message in cases:
        r = cli(*base, *args)
        assert r.returncode == 2, (args, r.stderr)
        assert message in _one_error_line(r.stderr), r.stderr
        assert r.stdout == ""
        assert list(out.iterdir()) == [], args


def test_options_are_checked_before_the_passphrase_is_asked(
    cli: Any, demo_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "s.pdf"
    r = cli(
        "--data-dir",
        str(demo_dir),
        "summary",
        "--case",
        LIQUIDATION,
        "-o",
        str(target),
        "--lang",
        "xx",
        passphrase=None,
    )
    assert r.returncode == 2
    assert "unknown language 'xx'" in _one_error_line(r.stderr)
    r = cli(
        "--data-dir",
        str(demo_dir),
        "summary",
        "--case",
        LIQUIDATION,
        "-o",
        str(target),
        passphrase=None,
        env={"SOURCE_DATE_EPOCH": "tomorrow"},
    )
    assert r.returncode == 2
    assert "SOURCE_DATE_EPOCH must be a whole number" in _one_error_line(r.stderr)
    assert not target.exists()


def test_an_existing_file_is_kept_unless_forced(cli: Any, demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "s.pdf"
    target.write_bytes(b"precious")
    args = ("--data-dir", str(demo_dir), "summary", "--case", LIQUIDATION, "-o", str(target))
    r = cli(*args)
    assert r.returncode == 2
    assert "already exists; choose another name or add --force" in _one_error_line(r.stderr)
    assert target.read_bytes() == b"precious"
    r = cli(*args, "--force")
    assert r.returncode == 0, r.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_an_unwritable_target_is_a_clean_error(cli: Any, demo_dir: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    r = cli(
        "--data-dir",
        str(demo_dir),
        "summary",
        "--case",
        LIQUIDATION,
        "-o",
        str(not_a_folder / "s.pdf"),
    )
    assert r.returncode == 2
    assert "cannot write" in _one_error_line(r.stderr)
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        r = cli(
            "--data-dir",
            str(demo_dir),
            "summary",
            "--case",
            LIQUIDATION,
            "-o",
            str(locked / "s.pdf"),
        )
        assert r.returncode == 2
        assert "permission denied" in _one_error_line(r.stderr)
        assert list(locked.iterdir()) == []


def test_unprintable_characters_are_a_warning_and_the_pdf_is_written(
    cli: Any, data_dir: Path, tmp_path: Path
) -> None:
    doc = demo_document()
    doc["cases"][0]["title"] = "Case with 中文 in its title"
    store_with(data_dir, doc).close()
    target = tmp_path / "s.pdf"
    r = cli("--data-dir", str(data_dir), "summary", "--case", LIQUIDATION, "-o", str(target))
    assert r.returncode == 0
    (line,) = r.stderr.splitlines()
    assert line == (
        "casefiles: warning: 2 character(s) have no glyph in the shipped fonts and are printed "
        "as [U+XXXX]: 中 (U+4E2D), 文 (U+6587)"
    )
    assert "Case with [U+4E2D][U+6587] in its title" in page_texts(target.read_bytes())[0].replace(
        "\n", " "
    )
