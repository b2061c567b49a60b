"""The desktop app's figures, offscreen, each against what bare Qt costs.

Run by `python -m benchmarks` (one process per figure); each function here
takes the run's context (the stores' folders, their data keys derived once)
and returns the figure's rows.  The key derivation is timed on its own (the
"kdf" figure): here `KeyHeader.unwrap` returns the key already derived, so
everything else of unlocking runs as in the app.

- window: from a new QApplication to the main window showing the case list of
  L, the passphrase entered as soon as the unlock page shows; floor: a new
  QApplication and an empty QMainWindow of the same size, shown and painted.
- workspace: opening the 2,000-record case until its workspace is painted and
  every task it started is done; floor: reading the same rows with raw SQL.
- filter: typing a word into the search of L's case list, each keystroke until
  the list shows what matches the letters so far, painted; the worst keystroke
  is the figure; floor: the same test in plain Python over the rows' search keys.
- scroll: paging the L case list from its top to its bottom, painting each
  page; floor: a QTableView over a QStandardItemModel of the same cells.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QModelIndex, QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

WORD = "seizure"
SIZE = (1200, 800)


def _settings_in_temp() -> None:
    folder = tempfile.mkdtemp(prefix="casefiles-bench-settings-")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def _no_modals() -> list[str]:
    """Every dialog answered at once (a benchmark must not wait on a modal)."""
    from casefiles.ui.dialogs import Dialogs

    said: list[str] = []

    def note(*args: Any, **_kw: Any) -> None:
        said.append(str(args[2] if len(args) > 2 else args))

    Dialogs.confirm = classmethod(lambda _c, *_a: False)  # type: ignore[method-assign,assignment]
    for name in ("inform", "about", "problem", "bug"):
        setattr(Dialogs, name, classmethod(lambda _c, *a, **k: note(*a, **k)))
    return said


def _key_given(key_hex: str) -> None:
    """Unlocking skips the key derivation: it is timed on its own."""
    from casefiles.storage.keyfile import KeyHeader

    key = bytes.fromhex(key_hex)
    KeyHeader.unwrap = lambda _self, _passphrase: key  # type: ignore[method-assign]


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        time.sleep(0.0005)


def _unlocked_window(ctx: dict[str, Any], store: str) -> tuple[QApplication, Any, float, float]:
    """A new app, its window unlocked on a store; seconds to the case list, and from Enter."""
    from casefiles.ui.app import build_window, make_app

    _settings_in_temp()
    _key_given(ctx["keys"][store])
    started = time.perf_counter()
    app = make_app([])
    _no_modals()
    window = build_window(Path(ctx["stores"][store]))
    window.resize(*SIZE)
    window.show()
    _wait(app, lambda: window.unlock_page.isVisible())
    window.unlock_page.passphrase.setText(ctx["passphrase"])
    entered = time.perf_counter()
    window.unlock_page.passphrase.returnPressed.emit()
    case_list = window.workspace.case_list
    _wait(app, lambda: case_list.isVisible() and case_list.model.total > 0)
    _wait(app, lambda: not case_list.loading)
    window.repaint()
    app.processEvents()
    now = time.perf_counter()
    return app, window, now - started, now - entered


def _close(app: QApplication, window: Any) -> None:
    window.session.runner.wait()
    window.session.shutdown()
    window.close()
    app.processEvents()


def _row(figure: str, measured: str, floor: str, ratio: float | None, **kw: Any) -> dict[str, Any]:
    return {"figure": figure, "measured": measured, "floor": floor, "ratio": ratio, **kw}


# -- window --------------------------------------------------------------------------------


def window(ctx: dict[str, Any]) -> list[dict[str, Any]]:
    app, win, total, from_enter = _unlocked_window(ctx, "L")
    shown = time.perf_counter()
    rows = win.workspace.case_list.model.total
    _wait(app, lambda: win.session.runner.idle)
    app.processEvents()
    win.repaint()
    everything = total + time.perf_counter() - shown
    _close(app, win)
    return [{"seconds": total, "from_enter": from_enter, "all_views_s": everything, "cases": rows}]


def window_floor(_ctx: dict[str, Any]) -> list[dict[str, Any]]:
    started = time.perf_counter()
    app = QApplication(["bench"])
    win = QMainWindow()
    win.resize(*SIZE)
    win.show()
    _wait(app, win.isVisible)
    win.repaint()
    app.processEvents()
    return [{"seconds": time.perf_counter() - started}]


# -- workspace -----------------------------------------------------------------------------


def workspace(ctx: dict[str, Any]) -> list[dict[str, Any]]:
    app, win, _total, _enter = _unlocked_window(ctx, "C2000")
    _wait(app, lambda: win.session.runner.idle)
    started = time.perf_counter()
    assert win.workspace.open_case("k1")
    app.processEvents()
    win.repaint()
    painted = time.perf_counter() - started
    _wait(app, lambda: win.session.runner.idle)
    app.processEvents()
    win.repaint()
    seconds = time.perf_counter() - started
    case = win.workspace.case_view.case
    n = sum(len(getattr(case, name)) for name in ("hearings", "motions", "requests", "events"))
    n += len(case.evidence)  # and their custody steps, not counted as records
    _close(app, win)
    floor = _raw_case_read(ctx)
    return [{"seconds": seconds, "painted": painted, "records": n, "floor_s": floor}]


def _raw_case_read(ctx: dict[str, Any]) -> float:
    from casefiles.storage.engine import connect_raw
    from casefiles.storage.keyfile import KeyHeader  # noqa: F401 - patched above
    from casefiles.storage.paths import StorePaths
    from casefiles.storage.store import read_header

    paths = StorePaths(Path(ctx["stores"]["C2000"]))
    db = paths.database(read_header(paths).database)
    conn = connect_raw(db, bytes.fromhex(ctx["keys"]["C2000"]))
    try:
        started = time.perf_counter()
        conn.execute("BEGIN")
        (case_id,) = conn.execute("SELECT id FROM cases WHERE key = 'k1'").fetchone()
        for table in ("hearings", "motions", "requests", "evidence", "events"):
            conn.execute(f"SELECT * FROM {table} WHERE case_id = ?", (case_id,)).fetchall()
        conn.execute(
            "SELECT * FROM custody_steps WHERE evidence_id IN "
            "(SELECT id FROM evidence WHERE case_id = ?)",
            (case_id,),
        ).fetchall()
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


# -- filter --------------------------------------------------------------------------------


def filter_(ctx: dict[str, Any]) -> list[dict[str, Any]]:
    from casefiles.services import cases

    app, win, _total, _enter = _unlocked_window(ctx, "L")
    _wait(app, lambda: win.session.runner.idle)
    store = win.session.require_store()
    every = cases.list_cases(store)
    expected = [len(cases.list_cases(store, WORD[: i + 1])) for i in range(len(WORD))]
    case_list = win.workspace.case_list
    case_list.search.setFocus()
    times = []
    for i, char in enumerate(WORD):
        started = time.perf_counter()
        QTest.keyClick(case_list.search, char)
        _wait(
            app,
            lambda i=i: not case_list.loading and case_list.model.total == expected[i],
            timeout=30,
        )
        case_list.table.viewport().repaint()
        case_list.repaint()
        times.append(time.perf_counter() - started)
    _close(app, win)
    # The floor: the same test in plain Python over search keys computed beforehand.
    keys = [cases.search_key(r) for r in every]
    floor = []
    for i in range(len(WORD)):
        words = WORD[: i + 1].casefold().split()
        started = time.perf_counter()
        found = [k for k in keys if all(w in k for w in words)]
        floor.append(time.perf_counter() - started)
        assert len(found) == expected[i]
    return [
        {
            "worst_s": max(times),
            "mean_s": sum(times) / len(times),
            "floor_worst_s": max(floor),
            "matches": expected[-1],
            "cases": len(every),
        }
    ]


# -- scroll --------------------------------------------------------------------------------


def _scroll(app: QApplication, table: QTableView) -> tuple[float, int]:
    bar = table.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    model = table.model()
    pages = 0
    started = time.perf_counter()
    while True:
        if bar.value() >= bar.maximum() and not model.canFetchMore(QModelIndex()):
            break
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        table.viewport().repaint()
        pages += 1
    return time.perf_counter() - started, pages


def scroll(ctx: dict[str, Any]) -> list[dict[str, Any]]:
    app, win, _total, _enter = _unlocked_window(ctx, "L")
    _wait(app, lambda: win.session.runner.idle)
    case_list = win.workspace.case_list
    table = case_list.table
    seconds, pages = _scroll(app, table)
    rows = case_list.model.rowCount()
    # The floor: stock Qt, the same cells, the same viewport.
    model = QStandardItemModel(rows, 2)
    for r in range(rows):
        for c in range(2):
            model.setItem(r, c, QStandardItem(str(case_list.model.index(r, c).data())))
    plain = QTableView()
    plain.setModel(model)
    plain.resize(table.size())
    for c in range(2):
        plain.setColumnWidth(c, table.columnWidth(c))
    plain.show()
    app.processEvents()
    floor_s, floor_pages = _scroll(app, plain)
    _close(app, win)
    return [
        {
            "seconds": seconds,
            "pages": pages,
            "rows": rows,
            "floor_s": floor_s,
            "floor_pages": floor_pages,
        }
    ]


FIGURES: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
    "window": window,
    "window_floor": window_floor,
    "workspace": workspace,
    "filter": filter_,
    "scroll": scroll,
}
