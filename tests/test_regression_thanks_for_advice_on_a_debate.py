"""A radio station's thank-you in a traders' group suggested „We tried what you suggested about
… – and it worked“.

The members had answered a question about the high street: views, not advice the station
could have tried. On a theme people weigh, pick or tell stories about, the thank-you lines no
longer claim that someone's tip worked.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

CLAIMS = ("tried what you suggested", "it worked", "since your tip", "saved us an afternoon")


@pytest.mark.parametrize("talk", ["debate", "taste", "story"])
def test_a_thank_you_on_a_theme_without_advice_claims_none_worked(talk: str) -> None:
    topic = {"title": "Keeping the high street alive", "kind": "theme", "talk": talk}
    strategy = make(language="en", topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Brackenholme Independent Traders"]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "thank", "start": f"2027-04-{day:02d} 19:00",
         "topic": topic["title"], "group": "Brackenholme Independent Traders", "seq": n}
        for n, day in enumerate(range(5, 25))
    ]  # fmt: skip
    prompts = [e.prompt.lower() for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if any(claim in p for claim in CLAIMS)]
