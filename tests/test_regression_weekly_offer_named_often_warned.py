"""An orthopaedic workshop's Thursday consultation had no announcement of its own, and validate
warned about it although 16 entries named it with its next time (r244's writer): a weekly
offer that posts name every fortnight or more is invited to. That is a note now, shown in the
report; named seldom, it stays a warning.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dialogplan.findings import Severity
from dialogplan.neglect import _unannounced_offers
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CONSULTATION = {"title": "Offene Fußsprechstunde", "from": date(2027, 3, 1),
                "until": date(2027, 5, 30), "every": "thu", "time": "15:00-18:00"}  # fmt: skip


@pytest.mark.parametrize(("pointers", "severity"), [(8, Severity.INFO), (2, Severity.WARNING)])
def test_a_weekly_offer_named_often_is_a_note(pointers: int, severity: Severity) -> None:
    strategy = make(offers=[CONSULTATION], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-03-{day:02d} 09:00"}
            for day in range(2, 2 + pointers)]  # fmt: skip
    rendered = [
        dataclasses.replace(e, invites=CONSULTATION["title"])
        for e in render(strategy, entries(strategy, rows))
    ]
    found = [f for f in _unannounced_offers(strategy, rendered) if f.code == "unannounced"]
    assert [f.severity for f in found] == [severity]
