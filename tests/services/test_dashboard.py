"""The dashboard's lists and the calendar's month, over the demo case file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from casefiles.services import dashboard
from tests.factories import demo_document, store_with


def test_dashboard_lists(data_dir: Path) -> None:
    store = store_with(data_dir, demo_document())
    try:
        board = dashboard.dashboard(store, now=datetime(2026, 11, 30, 9, 0))
        assert board.upcoming.items
        assert all(
            datetime(2026, 11, 30) <= i.when <= datetime(2026, 12, 15)  # type: ignore[operator]
            for i in board.upcoming.items
        )
        assert board.awaiting.total == len(board.awaiting.items) >= 1
        assert all(i.record_type == "motions" for i in board.awaiting.items)
        # The hearing noticed two days ahead is flagged (threshold 14 days).
        short = {(i.case_reference, i.record_key): i.detail for i in board.short_notice.items}
        assert short[("2-1187/2025", "h2")] == "2"
        statuses = {i.status for i in board.refusals.items}
        assert statuses <= {"denied", "ignored", "returned"}
        assert board.refusals.total == 7
        whens = [i.when for i in board.refusals.items if i.when]
        assert whens == sorted(whens, reverse=True)
    finally:
        store.close()


def test_limit_keeps_the_total(data_dir: Path) -> None:
    store = store_with(data_dir, demo_document())
    try:
        board = dashboard.dashboard(store, limit=2)
        assert len(board.refusals.items) == 2
        assert board.refusals.total == 7
    finally:
        store.close()


def test_hearings_between(data_dir: Path) -> None:
    store = store_with(data_dir, demo_document())
    try:
        items = dashboard.hearings_between(store, date(2026, 1, 1), date(2026, 1, 31))
        assert [(i.case_reference, i.record_key) for i in items] == [("2-1187/2025", "h2")]
        assert dashboard.hearings_between(store, date(2020, 1, 1), date(2020, 1, 31)) == []
    finally:
        store.close()
