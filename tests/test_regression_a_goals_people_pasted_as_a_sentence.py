"""A dental practice's connect round on Instagram said „Ihr sucht Schülerinnen und Schüler der
Abschlussklassen, die gern mit Menschen arbeiten.“ (r541), and a music school's „Ihr sucht
Erwachsene, die früher ein Instrument gespielt haben …“ (r533): the goal's people as a
sentence of their own read as the strategy pasted in. The goal's question says whom it means.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WHO = "Schülerinnen und Schüler der Abschlussklassen, die gern mit Menschen arbeiten"
GOALS = [{"id": "azubis", "text": "Zwei Azubis finden", "who": WHO,
          "question": "Hast du schon mal über eine Ausbildung bei uns nachgedacht?"}]  # fmt: skip


def test_the_goals_people_are_no_sentence_of_their_own() -> None:
    strategy = make(goals=GOALS, channels={"instagram": {}, "facebook": {}})
    rows = [
        {"channel": channel, "move": "connect", "seq": seq, "goal": "azubis",
         "start": f"2027-03-{seq + 1:02d} 09:00"}
        for seq in range(16) for channel in ("instagram", "facebook")
    ]  # fmt: skip
    prompts = [entry.prompt for entry in render(strategy, entries(strategy, rows))]
    asking = [p for p in prompts if "über eine Ausbildung bei uns" in p]
    assert asking
    assert not [p for p in prompts if f"{WHO}." in p], prompts
