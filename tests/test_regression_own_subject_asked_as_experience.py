"""A farm's post on its weekly field report said „frag, wer so etwas schon selbst erlebt hat“.

Nobody has lived through the team's own weekly report; other openings left the template's menu
in the text („eine Zahl, ein Moment oder ein Gegenstand, dazu eine Frage“) or asked for
„etwas …, das man sehen kann“. A post on the team's own subject now shows something of it and
asks a question about it, which the step that follows gives.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

MENU = ("selbst erlebt", "ein Moment oder ein Gegenstand", "das man sehen kann")


def test_a_post_on_an_own_subject_does_not_ask_who_lived_through_it() -> None:
    topics = [{"title": "Der Ackerbericht der Woche", "short": "Ackerbericht"}]
    strategy = make(topics=topics)
    rows = [{"channel": "instagram", "move": "ask", "start": f"2027-03-{n + 1:02d} 08:00",
             "topic": "Der Ackerbericht der Woche"}
            for n in range(15)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert not any(m in prompt for m in MENU), prompt
