"""A monthly review ended on "whom haven't you followed up with yet?" and nothing to do.

Reviewers scored reviews low because the note stayed private and never said what it was for.
Where the month had an event or an offer, the English review dropped its closing step. Every
review now ends in a step: a change for next month, a person to write to, or whom to invite.
"""

from __future__ import annotations

from tests.support import PLANS, build, load_plan


def test_every_english_review_ends_in_a_step() -> None:
    ended = []
    for path in PLANS:
        strategy = load_plan(path)
        if strategy.language != "en":
            continue
        ended += [e.prompt for e in build(strategy).entries if e.move == "review"]
    assert ended
    for prompt in ended:
        assert prompt.endswith("."), prompt
