"""The real `casefiles` command in subprocesses, as a user or a script runs it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.factories import PASSPHRASE, demo_document, example_document, make_store, store_with


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    store_with(data_dir, demo_document()).close()
    return data_dir


def _write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_init_import_cases_export_verify_as_a_new_user(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = str(tmp_path / "my cases")
    r = cli("--data-dir", d, "init")
    assert r.returncode == 0, r.stderr
    assert "Created an empty case file" in r.stdout
    example = _write(tmp_path / "hand-written.json", example_document())
    r = cli("--data-dir", d, "import", str(example))
    assert (r.returncode, r.stderr) == (0, "")
    assert "imported 1 case(s): EC-118/2024" in r.stdout
    r = cli("--data-dir", d, "cases")
    assert r.stdout == (
        "EC-118/2024\tMinistry of Labour v. Independent Union of Rail Workers (liquidation)"
        "\tappeal\t\n"
    )
    r = cli("--data-dir", d, "hearings", "--case", "EC-118/2024")
    assert r.stdout == "h1\t2024-03-20T10:00\theld\tHearing on the merits\n"
    out = tmp_path / "export.json"
    r = cli("--data-dir", d, "export", "-o", str(out))
    assert r.returncode == 0, r.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported.pop("exported_at").endswith("Z")
    assert exported["cases"][0]["motions"] == example_document()["cases"][0]["motions"]
    r = cli("--data-dir", d, "verify")
    assert r.returncode == 0 and "OK: no damage found" in r.stdout


def test_init_refuses_a_short_passphrase_and_an_existing_store(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("--data-dir", str(data_dir), "init", passphrase="short")
    assert r.returncode == 2 and "too short" in r.stderr
    make_store(data_dir).close()
    r = cli("--data-dir", str(data_dir), "init")
    assert r.returncode == 2 and "already exists" in r.stderr
    r = cli("--data-dir", str(data_dir), "demo")
    assert r.returncode == 2 and "already exists" in r.stderr


def test_demo_creates_a_store_with_passphrase_demo(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = str(tmp_path / "demo")
    r = cli("--data-dir", d, "demo", passphrase=None)
    assert r.returncode == 0, r.stderr
    assert "Passphrase: demo" in r.stdout
    r = cli("--data-dir", d, "cases", "--json", passphrase="demo")
    refs = [c["reference"] for c in json.loads(r.stdout)]
    assert refs == sorted(c["reference"] for c in demo_document()["cases"])


def test_cases_json_and_env_data_dir(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("cases", "--json", env={"CASEFILES_DATA_DIR": str(demo_dir)})
    rows = json.loads(r.stdout)
    assert {"reference", "title", "status", "next_hearing"} <= set(rows[0])


def test_export_to_stdout_one_case_and_refusing_to_overwrite(
    cli,
    demo_dir: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    ref = demo_document()["cases"][1]["reference"]
    r = cli("--data-dir", str(demo_dir), "export", "-o", "-", "--case", ref)
    doc = json.loads(r.stdout)
    assert [c["reference"] for c in doc["cases"]] == [ref]
    target = tmp_path / "out.json"
    target.write_text("keep me")
    r = cli("--data-dir", str(demo_dir), "export", "-o", str(target))
    assert r.returncode == 2 and "already exists" in r.stderr and "--force" in r.stderr
    assert target.read_text() == "keep me"
    r = cli("--data-dir", str(demo_dir), "export", "-o", str(target), "--force")
    assert r.returncode == 0 and json.loads(target.read_text())["format"] == "casefiles"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_import_errors_name_the_path_and_change_nothing(
    cli,
    demo_dir: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    doc = example_document()
    doc["cases"][0]["motions"][1]["status"] = "rejected"
    bad = _write(tmp_path / "bad.json", doc)
    before = cli("--data-dir", str(demo_dir), "export", "-o", "-").stdout
    r = cli("--data-dir", str(demo_dir), "import", str(bad))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1
    assert 'cases[0].motions[1].status: "rejected" is not one of draft, filed' in r.stderr
    after = cli("--data-dir", str(demo_dir), "export", "-o", "-").stdout
    strip = lambda s: {k: v for k, v in json.loads(s).items() if k != "exported_at"}
    assert strip(before) == strip(after)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "not valid JSON"),
        (b"\xff\xff", "not valid UTF-8"),
        (b'{"format": "casefiles", "version": 1, "cases": [{}]}', "required field is missing"),
    ],
)
def test_bad_import_files(
    cli,
    demo_dir: Path,
    tmp_path: Path,
    content: bytes,  # type: ignore[no-untyped-def]
    message: str,
) -> None:
    f = tmp_path / "in.json"
    f.write_bytes(content)
    r = cli("--data-dir", str(demo_dir), "import", str(f))
    assert r.returncode == 2 and message in r.stderr and r.stderr.count("\n") == 1


def test_user_errors_are_one_line_and_exit_2(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = str(demo_dir)
    cases = [
        (cli("--data-dir", d, "import", str(tmp_path / "missing.json")), "no such file"),
        (cli("--data-dir", d, "import", str(tmp_path)), "is a folder"),
        (cli("--data-dir", d, "hearings", "--case", "NOPE"), "no case with reference 'NOPE'"),
        (
            cli("--data-dir", d, "export", "-o", str(tmp_path / "no dir" / "x.json")),
            "does not exist",
        ),
        (cli("--data-dir", d, "cases", passphrase="wrong passphrase"), "wrong passphrase"),
        (cli("--data-dir", str(tmp_path / "nowhere"), "cases"), "no case file"),
        (cli("--data-dir", d, "cases", passphrase=None), "no terminal"),
        (cli("--data-dir", d, "frobnicate"), "invalid choice"),
        (cli("--data-dir", d, "hearings"), "--case"),
    ]
    for run, message in cases:
        assert run.returncode == 2, (message, run.stderr)
        assert message in run.stderr, (message, run.stderr)
        assert run.stderr.count("\n") == 1, run.stderr
        assert "Traceback" not in run.stderr


def test_damaged_database_is_its_own_message(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = next(demo_dir.glob("store-*.db"))
    db.write_bytes(os.urandom(db.stat().st_size))
    r = cli("--data-dir", str(demo_dir), "cases")
    assert r.returncode == 2 and "damaged" in r.stderr and "passphrase is right" in r.stderr


def test_verify_reports_a_damaged_page_with_exit_1(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = next(demo_dir.glob("store-*.db"))
    data = bytearray(db.read_bytes())
    data[len(data) - 2000] ^= 0xFF  # a byte inside the last page, not the schema page
    db.write_bytes(bytes(data))
    r = cli("--data-dir", str(demo_dir), "verify")
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert "DAMAGED:" in r.stdout


def test_passwd_and_rekey(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    d = str(demo_dir)
    r = cli("--data-dir", d, "passwd", env={"CASEFILES_NEW_PASSPHRASE": "second passphrase"})
    assert r.returncode == 0 and "Passphrase changed" in r.stdout
    assert cli("--data-dir", d, "cases").returncode == 2
    r = cli(
        "--data-dir",
        d,
        "passwd",
        "--rekey",
        passphrase="second passphrase",
        env={"CASEFILES_NEW_PASSPHRASE": "third passphrase"},
    )
    assert r.returncode == 0 and "re-encrypted" in r.stdout
    r = cli("--data-dir", d, "verify", passphrase="third passphrase")
    assert r.returncode == 0
    r = cli("--data-dir", d, "passwd", passphrase="third passphrase")
    assert r.returncode == 2 and "no terminal" in r.stderr


def test_passwd_is_refused_while_the_desktop_app_holds_the_store(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from casefiles.storage.locks import AppLock

    with AppLock(demo_dir / "gui.lock"):
        r = cli(
            "--data-dir",
            str(demo_dir),
            "passwd",
            env={"CASEFILES_NEW_PASSPHRASE": "second passphrase"},
        )
    assert r.returncode == 2 and "desktop app" in r.stderr
    assert cli("--data-dir", str(demo_dir), "cases").returncode == 0


def test_help_and_version(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--help")
    assert r.returncode == 0 and "import" in r.stdout and "CASEFILES_PASSPHRASE" in r.stdout
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("casefiles ")


def test_an_internal_error_exits_3_with_the_log_path_and_a_content_free_log(
    cli,
    demo_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    # Make the schema unreadable in a way no check expects: drop a table the export needs.
    from casefiles.storage.store import Store

    with Store.open(demo_dir, PASSPHRASE) as store, store.write() as s:
        from sqlalchemy import text

        s.execute(text("DROP TABLE custody_steps"))
    r = cli("--data-dir", str(demo_dir), "export", "-o", "-")
    assert r.returncode == 3, r.stderr
    assert "internal error" in r.stderr and "casefiles.log" in r.stderr
    log = (demo_dir / "casefiles.log").read_text()
    assert "OperationalError" in log
    for marker in ("Northport", "liquidation", PASSPHRASE):
        assert marker not in log
