"""A hospital radio's Instagram contact was asked to "come along" to the Sunday request
show, which goes out "on Wyvern Hospital Radio, bedside channel 2 and online": nobody can
go there, nor carry a conversation on there (r444).

A meeting never invites to an offer or event on the air; it suggests the team's own place,
and may still mention the show.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

SHOW = {"title": "Sunday Request Show dedications", "short": "the Sunday Request Show",
        "every": "sun", "time": "14:00-16:00", "topics": ["Request songs"]}  # fmt: skip
MEET_AT = "at the studio on Level 2 for a cuppa"


def _meeting(place: str) -> str:
    strategy = make(language="en", offers=[{**SHOW, "place": place}], meet_at=MEET_AT,
                    channels={"instagram": {}}, topics=[{"title": "Request songs"}])  # fmt: skip
    rows = [{"channel": "instagram", "move": "meet", "topic": "Request songs",
             "start": "2027-03-10 18:00"}]  # fmt: skip
    return render(strategy, entries(strategy, rows))[0].prompt


def test_a_show_on_the_air_is_no_place_to_meet() -> None:
    prompt = _meeting("on Wyvern Hospital Radio, bedside channel 2 and online")
    assert "coming along" not in prompt
    assert "talk it through at the studio on Level 2" in prompt


def test_a_show_in_a_hall_that_also_goes_out_live_is_one() -> None:
    assert "coming along to the Sunday Request Show" in _meeting(
        "Bramcote Market Hall and live on air"
    )
