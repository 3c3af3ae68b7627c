"""Lines a wedding photographer's reviewer quoted as template seams or stiff English.

"the posts about better family photos on their phone you saved" put the day after a long
topic; "Tom Ellery may have posted on it lately: Tom's posts are worth a look" named him
twice; "Tell what went differently than planned" and "How does it look on your side at the
moment?" are no natural English. None of them comes back in the English example.
"""

from __future__ import annotations

import re

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.support import PLANS, load_plan

SEAMS = re.compile(
    r"about [^.]{12,} you (?:saved|set aside) on|posts are worth a look"
    r"|went differently than planned|look on your side"
)


def test_the_english_example_has_none_of_the_quoted_seams() -> None:
    english = [p for p in PLANS if load_plan(p).language == "en"]
    assert english
    for path in english:
        strategy = load_plan(path)
        for entry in render(strategy, schedule_work(strategy)):
            assert not SEAMS.search(entry.prompt), entry.prompt
