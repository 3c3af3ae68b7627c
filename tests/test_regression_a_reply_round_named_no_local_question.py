"""Regression: a reply round could not say what a local group had been asked (r500).

A walking club asked a newcomers' group of its valley, on no topic, once the goal's own question
rested there, "Which walk round here would you show someone who's just moved in?". The line
came from the template, so the reply round that evening read "your question from earlier
today" and offered "Have you seen the same, or is it different where you are?" to people of
one town. The question is now the plan's own, and the reply round quotes it.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from dialogplan.team_material import local_questions
from dialogplan.voice import voiced
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

GROUP = {"en": "Millbridge Outdoor Newbies", "de": "Wandern für Neulinge im Ashtal"}
OPEN = {"en": "“", "de": "„"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_reply_round_quotes_the_local_question(language: str) -> None:
    strategy = make(language=language, channels={"facebook-group": {}}, area="Brackenside",
                    groups={"facebook-group": [GROUP[language]]})  # fmt: skip
    days = [f"2027-02-{1 + 7 * week:02}" for week in range(4)]
    rows = asked_and_answered("facebook-group", days, "08:00", "19:00", post="group-ask",
                              group=GROUP[language], topic="", goal="sichtbar")  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    local = [voiced(q, we=True, sie=False) for q in local_questions(language)]
    asked = [next((q for q in local if q in post), "") for post in prompts[::2]]
    assert any(asked), prompts[::2]
    for question, reply in zip(asked, prompts[1::2], strict=True):
        if question:
            assert OPEN[language] + question in reply, reply


def test_a_goal_of_people_from_elsewhere_is_not_asked_about_the_area() -> None:
    """A campsite's guests from Berlin know nothing of the lake's villages."""
    strategy = make(language="en", channels={"facebook-group": {}}, area="Lindow",
                    groups={"facebook-group": ["Berlin Families Outdoors"]},
                    goals=[{"id": "guests", "text": "Fill the summer pitches",
                            "who": "families from Berlin who camp"}])  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-ask", "group": "Berlin Families Outdoors",
             "topic": "", "goal": "guests", "start": f"2027-02-{1 + 7 * n:02} 08:00", "seq": n}
            for n in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if any(q in p for q in local_questions("en"))], prompts
