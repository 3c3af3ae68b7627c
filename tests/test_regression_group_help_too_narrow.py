"""Group help asked for questions on one theme that nobody had answered for days.

„Zwei Antworten in der Gruppe „Paddeln in Brandenburg“ sind heute dran, auf Fragen zum
Thema Naturbeobachtung am See, die seit ein paar Tagen niemand beantwortet hat“: a paddling
group seldom holds such a question, so the work could rarely be done as written. Open
questions on the theme are enough now.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_group_help_asks_for_open_questions_not_days_old_ones() -> None:
    topics = [{"title": "Naturbeobachtung am See", "kind": "theme"}]
    strategy = make(topics=topics, groups={"facebook-group": ["Paddeln in Brandenburg"]},
                    channels={"facebook-group": {}})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-help", "start": f"2027-03-{day:02d} 19:00",
         "topic": "Naturbeobachtung am See", "group": "Paddeln in Brandenburg", "seq": day}
        for day in range(1, 29)
    ]  # fmt: skip
    prompts = [r.prompt for r in render(strategy, entries(strategy, rows))]
    assert any("Naturbeobachtung" in p for p in prompts)
    assert not [p for p in prompts if "seit ein paar Tagen" in p]
