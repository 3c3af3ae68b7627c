"""A framer's Instagram post invited people to “the mount cutting evening on Thursday 22
April” with no time and no way to book: a caption's link does not work, so the prompt left it
out (r256). An event mentioned in an Instagram or TikTok post now gives its time and place in
the text and its link for the bio; German dates read „Am Samstag, 15. Mai, ist …“.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {
    "title": "Mount cutting evening",
    "date": date(2027, 4, 22),
    "time": "18:30-21:00",
    "place": "4 Kirkgate Yard, Otley",
    "url": "https://framers.example/workshops",
}


@pytest.mark.parametrize(
    ("language", "bio", "time"), [("en", "in your bio", "6:30"), ("de", "Bio", "18:30")]
)
def test_the_link_goes_in_the_bio_and_the_time_in_the_text(
    language: str, bio: str, time: str
) -> None:
    strategy = make(language=language, channels={"instagram": {}}, events=[EVENT])
    rows = [
        {"channel": "instagram", "move": "ask", "seq": seq, "start": "2027-04-19 09:00"}
        for seq in range(6)
    ]
    mentions = [e.prompt for e in render(strategy, entries(strategy, rows)) if "22" in e.prompt]
    assert mentions
    assert all(bio in p and EVENT["url"] in p for p in mentions), mentions
    assert all(time in p and "Kirkgate Yard" in p for p in mentions), mentions


def test_a_german_date_after_its_weekday_is_set_off_by_commas() -> None:
    strategy = make(channels={"instagram": {}}, events=[{**EVENT, "date": date(2027, 5, 15)}])
    rows = [
        {"channel": "instagram", "move": "ask", "seq": seq, "start": "2027-05-11 09:00"}
        for seq in range(6)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert [p for p in prompts if "Am Samstag, 15. Mai, findet" in p], prompts
    assert not [p for p in prompts if re.search(r"Am \w+, \d+\. \w+ (ist|findet)", p)], prompts
