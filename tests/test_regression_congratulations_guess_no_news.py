"""A framer's congratulation round started with Megan, who had no news yet, and went on
“When it's an anniversary: …” as if she had one, then named her in full again in the fallback
(r256). Starting from a contact without news, the example line fits any good news, and the
contact is named in full once, then by the first name.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
GUESSES = ("anniversary", "award", "new business", "milestone", "Jubiläum", "Auszeichnung",
           "Gründung", "Meilenstein", "Jobwechsel", "neuen Stelle")  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_contact_without_news_gets_no_guessed_news(language: str) -> None:
    row = "Megan Lister,instagram,@megan,regular,2026-10-30,,,,Illustrator,\n"
    strategy = make(language=language, channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "congratulate", "seq": seq, "start": "2027-04-06 11:00"}
        for seq in range(12)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p for p in prompts if "Megan" in p]
    assert named
    after = [p.split("Megan Lister", 1)[1] for p in named]
    assert not [p for p in after if any(word in p for word in GUESSES)], named
    assert not [p for p in named if p.count("Megan Lister") > 1], named
