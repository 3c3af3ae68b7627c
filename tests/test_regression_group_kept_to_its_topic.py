"""In a group about vintage cars, comments went under "posts on vintage cars".

A car workshop's reviewer found „zwei Kommentare unter Beiträgen zum Thema Oldtimer“ in the
group „Oldtimerfreunde Sauerland“, and a fallback for when the group has nothing on it,
which cannot happen there. In a group kept to one theme, prompts name neither.
"""

from __future__ import annotations

from typing import Any

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPICS = [{"title": "Oldtimer", "kind": "theme"}, {"title": "Reifen", "kind": "theme"}]
GROUPS = {"facebook-group": [{"name": "Oldtimerfreunde Sauerland", "topics": ["Oldtimer"]},
                             "Rehmstedt aktuell"]}  # fmt: skip


def prompt(language: str, move: str, group: str, seq: int) -> str:
    strategy = make(language=language, topics=TOPICS, groups=GROUPS,
                    channels={"facebook-group": {}})  # fmt: skip
    row: dict[str, Any] = {"channel": "facebook-group", "move": move, "seq": seq,
                           "start": "2027-03-02 19:00", "topic": "Oldtimer",
                           "group": group}  # fmt: skip
    return render(strategy, entries(strategy, [row]))[0].prompt


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("move", ["comment", "group-help"])
@pytest.mark.parametrize("seq", range(4))
def test_a_group_kept_to_its_theme_needs_no_theme_said(language: str, move: str, seq: int) -> None:
    text = prompt(language, move, "Oldtimerfreunde Sauerland", seq)
    for seam in ("zum Thema Oldtimer", "about “Oldtimer”", "nichts dazu", "Nothing on it",
                 "quiet on it", "dazu gerade nichts", "Keine offene Frage dazu",
                 "niemand danach", "nothing on it"):  # fmt: skip
        assert seam not in text, text


def test_a_group_for_any_theme_still_says_it() -> None:
    texts = [prompt("de", "comment", "Rehmstedt aktuell", seq) for seq in range(4)]
    assert any("Oldtimer" in text for text in texts)
