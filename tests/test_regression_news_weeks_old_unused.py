"""A comment on a café owner's posts ten weeks after she opened it never mentioned the café.

"Look at Shona McKay's recent posts … and comment on one of them with a thought of your own
and a question": the contacts file said she had opened the Green Room Café on 5 March, and
a reviewer's five asked how its first months had gone. News of a start (a new role, an
opening, a book) is now the way in for up to four months, as a question about how it is
going; news of other kinds only while it is fresh.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Shona McKay,instagram,@shona,regular,2027-03-06,{news},2027-03-05,,\n"
)
ASKED = {"de": "die ersten Monate", "en": "the first months"}
CONGRATULATED = {"de": "Glückwunsch", "en": "Congratulations"}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("move", ["comment", "meet"])
def test_an_opening_ten_weeks_ago_is_asked_about(language: str, move: str) -> None:
    people = PEOPLE.format(news="Opened Green Room Café on Perth Road")
    rows = [{"channel": "instagram", "move": move, "start": f"2027-05-{n + 17:02d} 08:00"}
            for n in range(4)]  # fmt: skip
    for prompt in named_prompts(make(language=language), people, rows):
        assert "Green Room Café" in prompt, prompt
        assert prompt.count(ASKED[language]) == 1, prompt
        assert CONGRATULATED[language] not in prompt, prompt


@pytest.mark.parametrize(
    ("news", "move"), [("50 years of the café", "comment"), ("Opened Green Room Café", "thank")]
)
def test_an_anniversary_or_a_thank_you_keeps_to_fresh_news(news: str, move: str) -> None:
    rows = [{"channel": "instagram", "move": move, "start": "2027-05-17 08:00"}]
    prompt = named_prompts(make(language="en"), PEOPLE.format(news=news), rows)[0]
    assert news not in prompt
