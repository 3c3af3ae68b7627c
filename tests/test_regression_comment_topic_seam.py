"""A driving school's comments under learners' videos read „Beim Thema Theorieprüfung hat
sich bei uns … bewährt. Was würdest du anders machen?“.

The topic's name was slotted into a line written without it, and the line spoke to the
video's author as a colleague. German comment lines now ask what helped the person, and
name no topic inside the quote.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make


def test_german_comment_lines_fit_learners_and_peers_alike() -> None:
    strategy = make(
        topics=[
            {"title": "Theorieprüfung bestehen", "short": "Theorieprüfung", "kind": "theme",
             "talk": "problem"},
            {"title": "Begleitetes Fahren", "kind": "theme", "talk": "debate"},
        ],
        channels={"instagram": {}, "tiktok": {}},
    )  # fmt: skip
    comments = [e.prompt for e in build(strategy).entries if e.move == "comment"]
    assert len(comments) > 10
    seams = ("anders machen?“", "Thema Theorieprüfung konkret", "im Einzelfall")
    assert not [p for p in comments if any(seam in p for seam in seams)]
