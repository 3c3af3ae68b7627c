"""Regression: congratulations silent on what the team shares with the person (r480, r483).

An orchard congratulated the landlord of its pub on an award, and its reviewer missed the
juice he sells behind the bar; a hospice service congratulated a care home on its
anniversary without a word of the work they had done there together. Where the team's notes
say what it shares with the person, the congratulation's second line picks it up; the
person's own open question is answered elsewhere, not brought up as a greeting.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
PEOPLE = {
    "en": "The Plough – Sam Ortley,instagram,@theplough,regular,2026-09-21,"
    "Won the county's pub of the year,2027-02-10,,Landlord,the crate of juice he took in October\n",
    "de": "Seniorenheim Am Teich – Petra Lohr,instagram,@amteich,regular,2026-09-21,"
    "Feiert 25-jähriges Jubiläum,2027-02-10,,Leitung,die Begleitungen im Heim seit dem Sommer\n",
}
TALK = {"en": "the crate of juice he took in October", "de": "die Begleitungen im Heim"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_second_line_picks_up_what_you_share(language: str) -> None:
    strategy = make(language=language, channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "congratulate", "start": "2027-02-11 11:00"}]
    prompt = named_prompts(strategy, HEADER + PEOPLE[language], rows)[0]
    assert TALK[language] in prompt


def test_their_own_question_is_no_second_line() -> None:
    strategy = make(language="en", channels={"instagram": {}})
    people = HEADER + PEOPLE["en"].replace(TALK["en"], "her question about opening hours")
    rows = [{"channel": "instagram", "move": "congratulate", "start": "2027-02-11 11:00"}]
    prompt = named_prompts(strategy, people, rows)[0]
    assert "second line" not in prompt
