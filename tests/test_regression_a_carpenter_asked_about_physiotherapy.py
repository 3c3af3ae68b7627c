"""Regression: „Schau dabei auch bei Ole Brandt vorbei: Was gibt es dort zuletzt zu diesem
Thema?“ under a share on working as a physiotherapist (r663).

A practice's contact, a carpenter „with 12 Mitarbeiter“ at „a small Bremen firm“, was taken
for someone who posts about „Arbeiten als Physiotherapeutin in Bremen“: work and the team's
own town say nothing about anyone's subject.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
PEOPLE = (
    "Ole Brandt,linkedin,https://example.org/ob,regular,2026-10-20,,,,"
    "Inhaber eines Bremer Betriebs mit 12 Mitarbeitern,\n"
    "Jana Ritter,linkedin,https://example.org/jr,regular,2026-10-20,,,,"
    "Physiotherapeutin in einer Bremer Klinik,\n"
)


def test_only_someone_of_the_trade_is_named_for_it() -> None:
    topic = {"title": "Arbeiten als Physiotherapeutin in Bremen", "kind": "theme",
             "short": "Physiotherapie als Beruf"}  # fmt: skip
    strategy = make(area="Bremen", topics=[topic], channels={"linkedin": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + PEOPLE).encode(), "contacts.csv"))
    rows = [{"channel": "linkedin", "move": "share", "topic": topic["title"],
             "start": "2027-03-11 12:30"}]  # fmt: skip
    people = Contexts(strategy, entries(strategy, rows))(0)["topic_people"]
    assert [p["name"] for p in people] == ["Jana Ritter"], people
