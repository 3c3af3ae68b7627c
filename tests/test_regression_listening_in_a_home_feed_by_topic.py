"""A midwives' practice was told to read "what is written on the Kliniktasche in your
Instagram feed": a home feed is not searched by topic, and none of the team's hashtags
fitted the theme (r446).

Where no hashtag of the team's is left for listening or commenting on a theme, on a
platform people browse by hashtag, the theme's one-word short form is the hashtag to look
under; groups are never looked for under one.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Die Kliniktasche packen", "short": "Kliniktasche", "kind": "theme"}
#: The team's one hashtag is named after its other topic: no place to read about the bag.
OTHER = {"title": "Das Wochenbett", "short": "Wochenbett", "kind": "theme"}


def _prompt(move: str, channel: str = "instagram") -> str:
    strategy = make(start=date(2027, 1, 11), topics=[TOPIC, OTHER],
                    channels={channel: {"tags": ["#wochenbett"]}})  # fmt: skip
    rows = [{"channel": channel, "move": move, "topic": TOPIC["title"],
             "start": "2027-02-15 12:00"}]  # fmt: skip
    return render(strategy, entries(strategy, rows))[0].prompt


def test_listening_on_a_theme_looks_under_its_hashtag() -> None:
    prompt = _prompt("listen")
    assert "#kliniktasche" in prompt
    assert "Instagram-Feed" not in prompt


def test_commenting_on_a_theme_looks_under_it_too() -> None:
    assert "#kliniktasche" in _prompt("comment")


def test_groups_are_not_looked_for_under_one() -> None:
    assert "#kliniktasche" not in _prompt("find-groups", "linkedin")
