"""Regression: „Gesprächsstoff habt ihr schon: die Tagesordnung für den Elternabend“ three
weeks after the parents' evening (r495).

A nursery's friends' association had a contact whose notes tied her to the agenda of its
parents' evening; weeks after the evening, a comment still offered it as what to talk about.
What the team shares with someone is no subject once the plan's event it names is over.
"""

from __future__ import annotations

from datetime import date

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Jana Brück,facebook,https://fb.example/jana.brueck,regular,2026-10-05,,,,"
    "Elternvertreterin,die Tagesordnung für den Elternabend\n"
)
EVENING = {"title": "Elternabend im Februar", "short": "Elternabend", "date": date(2027, 2, 4)}


def test_the_agenda_is_no_subject_after_the_evening() -> None:
    strategy = make(channels={"facebook": {}}, events=[EVENING])
    rows = [{"channel": "facebook", "move": "comment", "start": "2027-02-25 09:00"}]
    (prompt,) = named_prompts(strategy, PEOPLE, rows)
    assert "Tagesordnung" not in prompt


def test_before_it_the_agenda_is_still_one() -> None:
    strategy = make(channels={"facebook": {}}, events=[EVENING])
    rows = [{"channel": "facebook", "move": "comment", "start": "2027-01-20 09:00"}]
    (prompt,) = named_prompts(strategy, PEOPLE, rows)
    assert "Tagesordnung" in prompt
