"""A thank-you round in Facebook groups said "your question from Thursday", not where.

An architecture practice asks in two groups; the round that sums up the answers did not say
which group's thread to go back to. Work that carries on a question asked in a group now
names the group, in English as in German.
"""

from __future__ import annotations

from dialogplan.pipeline import build
from tests.support import REVISED_AT
from tests.test_threads import make


def test_work_on_a_group_question_names_the_group() -> None:
    strategy = make(
        language="en",
        timezone="Europe/London",
        audience="Owners of old houses in Bristol",
        goals=[{"id": "clients", "text": "Win retrofit clients"}],
        topics=[{"title": "Heat pumps in older houses", "kind": "theme", "talk": "debate"}],
        channels={"facebook-group": {}},
        groups={"facebook-group": ["Bristol Self Builders", "Redland Neighbours"]},
    )
    entries = build(strategy, revised_at=REVISED_AT).entries
    by_uid = {e.uid: e for e in entries}
    later = [
        (e, by_uid[e.continues or e.follows_up])
        for e in entries
        if (e.continues or e.follows_up) in by_uid
        and by_uid[e.continues or e.follows_up].move == "group-ask"
    ]
    assert len(later) > 5
    assert not [e.prompt for e, asked in later if f"“{asked.group}”" not in e.prompt]
