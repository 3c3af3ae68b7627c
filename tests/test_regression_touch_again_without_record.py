"""A contact with no recorded conversation was told it was „high time“ to be in touch again.

The contacts file of an advisory left the last contact empty for a new acquaintance; the
prompt said „it's high time you were in touch again“, a claim the team's notes do not make,
about a conversation that may never have happened. Without a date the prompt now says
that nothing is on record and starts with a short hello.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_people_plan import HARBOURLINE, with_rows

GERMAN = HARBOURLINE.parent.parent / "tischlerei-falk" / "strategy.yaml"


@pytest.mark.parametrize(
    ("path", "channel", "claims"),
    [(HARBOURLINE, "linkedin", ("high time", "back in touch")), (GERMAN, "xing", ("wieder",))],
)
def test_no_date_no_claim_of_a_long_silence(
    path: object, channel: str, claims: tuple[str, ...]
) -> None:
    strategy, calendar = with_rows([f"Mira Olsen,{channel},,regular,,,,,"], str(path))
    prompts = [
        r.prompt for r, e in zip(render(strategy, calendar), calendar, strict=True) if e.contact
    ]
    assert prompts
    assert not [p for p in prompts for claim in claims if claim in p]
