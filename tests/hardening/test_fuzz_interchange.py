"""Mutated interchange documents: never a traceback, always a clean answer, store intact."""

from __future__ import annotations

import io
import json
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefiles.cli.main import main
from casefiles.services import admin
from casefiles.storage.store import Store
from tests.factories import PASSPHRASE, demo_document, store_with

pytestmark = pytest.mark.slow

SEED_DOC = demo_document()
SEED_BYTES = json.dumps(SEED_DOC, ensure_ascii=False).encode()

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.just("x" * 1_000_000),
    st.just("a\x00b"),
    st.just([]),
    st.just({}),
    st.just({"unexpected": 1}),
    st.recursive(st.integers(), lambda inner: st.lists(inner, max_size=2), max_leaves=50),
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*path, i))
    return out


ALL_PATHS = _paths(SEED_DOC)[1:]


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    doc = json.loads(SEED_BYTES)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent: Any = doc
        try:
            for part in path[:-1]:
                parent = parent[part]
            action = draw(st.sampled_from(["replace", "delete", "extra", "nest"]))
            if action == "replace":
                parent[path[-1]] = draw(JUNK)
            elif action == "delete":
                del parent[path[-1]]
            elif action == "extra" and isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=8))] = draw(JUNK)
            elif action == "nest":
                value: Any = parent[path[-1]]
                for _ in range(draw(st.sampled_from([2, 50, 500]))):
                    value = [value]
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    raw = json.dumps(doc, ensure_ascii=draw(st.booleans())).encode()
    if draw(st.integers(0, 19)) == 0:  # nesting deeper than any parser's recursion limit
        depth = draw(st.sampled_from([1_000, 100_000]))
        raw = raw[:-1] + b', "deep": ' + b"[" * depth + b"]" * depth + b"}"
    if draw(st.integers(0, 9)) == 0:  # byte-level damage: invalid UTF-8, cuts, NULs
        data = bytearray(raw)
        rng = random.Random(draw(st.integers(0, 2**32)))
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(data))
            data[pos] = rng.choice([0x00, 0xFF, 0xC3, 0x22, 0x5C])
        raw = bytes(data[: rng.randint(len(data) // 2, len(data))])
    return raw


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "store"
    doc = demo_document()
    for case in doc["cases"]:
        case["reference"] += "-seed"
    store_with(path, doc).close()
    return path


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(
    max_examples=2000,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(raw=mutated_documents())
def test_mutated_documents_get_a_clean_answer(
    fuzz_store: Path, tmp_path: Path, raw: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "store"
        shutil.copytree(fuzz_store, data)  # every example starts from the same store
        f = Path(tmp) / "in.json"
        f.write_bytes(raw)
        monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", str(data), "import", str(f)], stdout=out, stderr=err)
        assert code in (0, 2), err.getvalue()
        if code == 2:
            assert err.getvalue().count("\n") == 1
            assert "internal error" not in err.getvalue()
        if code == 0 or random.random() < 0.05:
            with Store.open(data, PASSPHRASE) as store:
                assert admin.verify(store)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(
    max_examples=500,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(raw=mutated_documents())
def test_the_fast_validator_agrees_with_the_reference_one(raw: bytes) -> None:
    import fastjsonschema

    from casefiles.services.validation import fast_validator, validator

    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError):
        return
    try:
        fast_validator()(doc)
        fast_ok = True
    except fastjsonschema.JsonSchemaException:
        fast_ok = False
    except RecursionError:
        return
    try:
        reference_ok = validator().is_valid(doc)
    except RecursionError:
        return
    assert fast_ok == reference_ok
