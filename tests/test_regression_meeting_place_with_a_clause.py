"""A repair shop's invitation read "join us at the counter for a cuppa while we have a look at
your device and tell us?" (r375).

The shop's place to meet goes on as a clause of its own, and the question's "and tell us"
was joined to it. A place that goes on (while, when, so …) now ends the question.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

PLACE = "at the counter for a cuppa while we have a look at your device"
PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Jo Whitlock,instagram,@jo,close,2026-11-28,,,,Local photographer,the photos we got back\n"
)


@pytest.mark.parametrize("seq", range(6))
def test_the_place_to_meet_ends_the_question(seq: int) -> None:
    strategy = make(language="en", timezone="Europe/London", meet_at=PLACE)
    rows = [{"channel": "instagram", "move": "meet", "start": "2027-03-21 18:00", "seq": seq}]
    (prompt,) = named_prompts(strategy, PEOPLE, rows)
    assert "device and tell" not in prompt
