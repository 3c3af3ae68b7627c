"""A meeting place was pasted whole into the middle of a sentence.

A co-working space wrote its meeting place as "over a coffee at the kitchen counter in our
loft, Wharf Street". A congratulation told the team to "suggest meeting over a coffee at the
kitchen counter in your loft, Wharf Street to hear more", and a florist's meeting entry left
its verb stranded after the market's opening hours („schlag ein Treffen an unserem Stand …,
samstags 8 bis 13 Uhr vor“). In the middle of a sentence, a meeting place now ends before
its first comma, as it does in example lines.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.render import render
from tests.test_prompt_context import with_contacts
from tests.test_render import entries
from tests.test_threads import make

PLACES = {
    "en": "over a coffee at the kitchen counter in our loft, Wharf Street",
    "de": "an unserem Stand auf dem Wochenmarkt, samstags 8 bis 13 Uhr",
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_meeting_place_in_a_sentence_ends_before_its_comma(language: str) -> None:
    strategy = with_contacts(make(language=language, meet_at=PLACES[language]))
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-0{n + 2} 08:00"}
            for n in range(6)]  # fmt: skip
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    for prompt in (e.prompt for e in render(strategy, named)):
        assert "Wharf Street" not in prompt and "samstags" not in prompt, prompt
