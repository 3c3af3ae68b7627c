"""„… und dank allen, die mitgemacht haben“ (stop 50's last review).

The post the day after an event told the team to thank everyone with „dank“, which reads as
the preposition („dank des Wetters“) before it reads as the imperative. It says „danke“.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Pfingstzeltlager", "date": date(2027, 5, 16), "place": "Zeltplatz am See"}


def test_the_day_after_an_event_thanks_with_danke() -> None:
    strategy = make(events=[EVENT], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "ask", "start": f"2027-05-17 {hour:02d}:00"}
            for hour in range(8, 20)]  # fmt: skip
    texts = [entry.prompt for entry in render(strategy, entries(strategy, rows))]
    assert any("Pfingstzeltlager" in text for text in texts)
    assert not [text for text in texts if " dank allen" in text or " dank in " in text]
    assert any("danke" in text for text in texts)
