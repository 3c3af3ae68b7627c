"""An ice-cream parlour congratulated a café "reopens after its refit" with "Lovely news – how
did it come about?", and told the user to "Send Bryony … under their post".

A reopening is a new start, congratulated as one; news of no known kind gets a line that fits
any news; and a congratulation under a post is written there, not sent.
"""

from __future__ import annotations

from dialogplan.news import news_kind
from dialogplan.render import environment
from tests.test_render import named_prompts
from tests.test_threads import make


def test_a_reopening_is_a_new_start() -> None:
    assert news_kind("Driftwood Café reopens after its refit") == "founding"
    assert news_kind("Wiedereröffnung nach dem Umbau") == "founding"


def test_news_of_no_kind_is_not_asked_how_it_came_about() -> None:
    person = environment().get_template("en/_person.j2").module
    lines = {str(person.news_question("", turn)) for turn in range(6)}
    assert not [line for line in lines if "how did it come about" in line]


PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Bryony Tallis,instagram,@driftwoodcafe_example,regular,2026-10-30,"
    "Driftwood Café reopens after its refit,2027-03-19,,\n"
)


def test_a_congratulation_under_a_post_is_written_there() -> None:
    strategy = make(language="en", timezone="Europe/London", channels={"instagram": {}})
    prompts = [
        named_prompts(strategy, PEOPLE, [{"channel": "instagram", "move": "congratulate",
                                          "seq": seq, "start": "2027-03-22 18:00"}])[0]
        for seq in range(3)
    ]  # fmt: skip
    assert [p for p in prompts if "under their post" in p]
    assert not [p for p in prompts if "Send Bryony" in p and "under their post" in p]
