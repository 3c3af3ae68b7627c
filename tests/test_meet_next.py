"""A meeting invites to the team's next date for the person's goal, not to "drop by some time".

A food-sharing group's reviewer read „Komm doch mal … vorbei!“ where Saturday's taster pickup
at 17:30 and the introduction evening were the obvious next step (r234); a strength gym's
invited to "a free taster session" with no date, two days after one had passed (r237).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GOAL = {"id": "mit", "text": "Neue Leute für die Abholtouren", "who": "Leute mit etwas Zeit",
        "invite": ["Einführungsabend"]}  # fmt: skip
EVENING = {"title": "Einführungsabend", "short": "Einführungsabend", "date": date(2027, 3, 18),
           "time": "19:00-20:30", "place": "Stadtteilzentrum, Saal 2"}  # fmt: skip
PICKUP = {"title": "Schnupper-Abholung", "short": "Schnupper-Abholung", "from": date(2027, 3, 1),
          "every": "sat", "time": "17:30-18:30",
          "place": "Bäckerei Hollmann, Kohlenstraße 12"}  # fmt: skip


def meetings(language: str = "de", day: str = "2027-03-08", **fields: Any) -> list[str]:
    """The prompts of three meetings on one day (three wordings), for the goal above."""
    fields = {"goals": [GOAL], "channels": {"instagram": {}}} | fields
    strategy = make(language=language, **fields)
    rows = [{"channel": "instagram", "move": "meet", "goal": "mit", "seq": seq,
             "start": f"{day} 18:00"} for seq in range(3)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_the_goals_event_within_three_weeks_is_the_invitation() -> None:
    prompts = meetings(events=[EVENING], meet_at="bei uns am Fairteiler, donnerstags")
    for prompt in prompts:
        assert "Einführungsabend ist am Donnerstag, 18. März, von 19 bis 20:30 Uhr" in prompt
        # The team's own place stays, for whoever cannot come that day, in the team's words.
        assert "komm dann bei uns am Fairteiler" in prompt or (
            "„Sonst komm gern bei uns am Fairteiler" in prompt
        ), prompt
        assert "komm doch mal" not in prompt.lower()


def test_the_next_time_of_a_weekly_offer_is_one() -> None:
    prompts = meetings(goals=[GOAL | {"invite": ["Schnupper-Abholung"]}], offers=[PICKUP])
    for prompt in prompts:
        said = r"Die Schnupper-Abholung ist das nächste Mal am Samstag, \d+\. \w+, um 17:30 Uhr – "
        assert re.search(said + "Bäckerei Hollmann", prompt), prompt
        assert "Passt der Tag nicht, bleibt ein kurzes Telefonat." in prompt


def test_the_sooner_date_comes_first() -> None:
    prompts = meetings(events=[EVENING], offers=[PICKUP])
    assert all("Schnupper-Abholung ist das nächste Mal am Samstag" in p for p in prompts)
    assert not any("Einführungsabend" in p for p in prompts)


@pytest.mark.parametrize(
    ("day", "why"),
    [("2027-02-22", "more than three weeks ahead"), ("2027-03-18", "today is short notice")],
)
def test_no_date_too_far_or_too_close(day: str, why: str) -> None:
    prompts = meetings(day=day, events=[EVENING])
    assert not any("Einführungsabend ist" in p for p in prompts), why


def test_an_event_for_other_peoples_goal_is_not_theirs() -> None:
    other = {"id": "betriebe", "text": "Bäckereien als Partner", "invite": ["Einführungsabend"]}
    prompts = meetings(goals=[GOAL | {"invite": []}, other], events=[EVENING])
    assert not any("Einführungsabend" in p for p in prompts)


def test_an_english_meeting_says_the_date_once_and_the_day_in_the_line() -> None:
    event = {"title": "Trail shoe demo night", "short": "the trail shoe demo night",
             "date": date(2027, 3, 18), "time": "18:30-20:30", "place": "at the shop"}  # fmt: skip
    goal = {"id": "mit", "text": "More runners", "who": "people getting back into running",
            "invite": ["Trail shoe demo night"]}  # fmt: skip
    prompts = meetings("en", "2027-03-12", goals=[goal], events=[event])
    for prompt in prompts:
        assert "suggest coming along to the trail shoe demo night" in prompt
        assert "It's on Thursday 18 March from 6:30 to 8:30 pm at the shop." in prompt
        assert prompt.count("6:30") == 1
        assert "If that day doesn't suit them, offer a short call instead." in prompt


def test_nobody_comes_along_to_a_webinar() -> None:
    webinar = {"title": 'Webinar "What we learned from supplier failures"',
               "date": date(2027, 3, 18), "time": "16:00-17:00"}  # fmt: skip
    goal = {"id": "mit", "text": "Leads", "who": "operations leads", "invite": [webinar["title"]]}
    prompts = meetings("en", "2027-03-12", goals=[goal], events=[webinar])
    for prompt in prompts:
        assert "suggest joining the webinar" in prompt
        assert "come along" not in prompt
        assert "in person" not in prompt
