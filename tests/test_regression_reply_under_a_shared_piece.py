"""Replies under a shared piece asked „Was nehmen Sie daraus mit?“.

A cycling-tour operator shared a piece on favourite cycle routes on its Facebook page; the
reply round that evening asked every commenter what they took from it, though they had just
said so, while the topic's own questions („Welcher Abschnitt eines bekannten Radwegs wird
völlig unterschätzt?“) went unused. A shared piece puts its question to the author, so the
round had no question of the team's to follow. It now takes the topic's question in turn.
"""

from __future__ import annotations

from dialogplan.schedule import schedule
from dialogplan.team_material import questions_in_turn
from tests.support import ROOT, load_plan


def test_rounds_under_shared_pieces_ask_the_topics_question() -> None:
    strategy = load_plan(ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml")
    entries = schedule(strategy)
    asked = questions_in_turn(strategy, entries)
    shared = {e.uid for e, q in zip(entries, asked, strict=True) if e.move == "share" and not q}
    rounds = [(e, q) for e, q in zip(entries, asked, strict=True) if e.follows_up in shared]
    assert rounds
    questions = {t.title: set(t.questions) for t in strategy.topics}
    for entry, question in rounds:
        if questions[entry.topic]:
            assert question in questions[entry.topic], entry.uid
