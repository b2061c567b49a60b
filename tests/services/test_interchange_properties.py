"""Property tests, in-process (a CLI subprocess per example would cost seconds)."""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from casefiles.cli.main import main
from casefiles.services.interchange import export_document, import_document
from casefiles.services.validation import document_problems
from tests.factories import PASSPHRASE, demo_document, example_document, make_store, store_with
from tests.services.strategies import documents, with_defaults

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FAST
@given(doc=documents())
def test_random_valid_documents_round_trip(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp) / "s")
        try:
            import_document(store, json.loads(json.dumps(doc)))
            assert export_document(store) == with_defaults(doc)
        finally:
            store.close()


def _mutations() -> st.SearchStrategy[Any]:
    """Ways to break one field of the demo document."""
    paths = [
        ("cases", 0, "status"),
        ("cases", 0, "motions", 0, "status"),
        ("cases", 0, "title"),
        ("cases", 0, "hearings", 0, "starts_at"),
        ("cases", 0, "evidence", 0, "exhibit"),
        ("clients", 0, "kind"),
        ("cases", 0, "events", 0, "date"),
        ("version",),
        ("cases", 0, "motions", 0, "hearing"),
        ("cases", 0, "notice_threshold_days"),
        ("cases", 1, "clients", 0, "client"),
        ("cases", 0, "motions", 0, "standards"),
    ]
    bad_values = st.one_of(
        st.none(),
        st.integers(-5, 5),
        st.booleans(),
        st.just([]),
        st.just({}),
        st.sampled_from(
            ["rejected", "", "2024-13-45", "h99", "a\x00b", "\ud800", "ZZZZ", "x" * 10_000]
        ),
    )
    return st.tuples(st.sampled_from(paths), bad_values, st.booleans())


@pytest.fixture(scope="module")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "store"
    store_with(path, example_document()).close()  # the demo's references are free
    return path


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mutation=_mutations())
def test_random_invalid_documents_exit_2_and_leave_the_store_unchanged(
    template_store: Path, mutation: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, value, delete = mutation
    doc = demo_document()
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    if delete and path[-1] in ("title", "version"):
        del node[path[-1]]
    else:
        node[path[-1]] = value
    assume(document_problems(doc))  # some values happen to be valid (a threshold of 3)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "store"
        shutil.copytree(template_store, data)
        bad = Path(tmp) / "bad.json"
        bad.write_text(
            json.dumps(doc, ensure_ascii=False), encoding="utf-8", errors="surrogatepass"
        )
        before = _export(data, monkeypatch)
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
        code = main(["--data-dir", str(data), "import", str(bad)], stdout=out, stderr=err)
        assert code == 2, err.getvalue()
        assert err.getvalue().count("\n") == 1
        assert err.getvalue().startswith("casefiles: error: ")
        assert _export(data, monkeypatch) == before


def _export(data: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    out = io.StringIO()
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    from casefiles.storage.store import Store

    with Store.open(data, PASSPHRASE) as store:
        return json.dumps(export_document(store), sort_keys=True) + out.getvalue()


def test_the_passphrase_variable_is_removed_as_soon_as_it_is_read(
    template_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(template_store), "cases"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "CASEFILES_PASSPHRASE" not in os.environ
    assert "EC-118/2024" in out.getvalue()
