"""A glass workshop's newsletter invitation ended on a question nobody was told how to answer.

„Welche Perle möchtest du nach zwei Tagen am Brenner selbst drehen können?“ closed the issue;
a newsletter reader answers by e-mail only when told so. Newsletter announcements now say
that a reply to the mail will do.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

WEEKEND = {"title": "Perlendreh-Wochenende", "date": date(2027, 4, 17), "time": "09:30-16:30"}
SAID = {"de": "auf die Mail", "en": "repl"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_newsletter_invitation_says_how_to_answer(language: str) -> None:
    strategy = make(language=language, events=[WEEKEND],
                    channels={"instagram": {}, "newsletter": {}})  # fmt: skip
    rows = [{"channel": "newsletter", "move": "announce", "start": f"2027-03-{22 + n} 09:00",
             "announce": WEEKEND["title"], "seq": n} for n in range(4)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert SAID[language] in entry.prompt, entry.prompt
