"""German lines that pointed at nothing: „frag dazu die, die es betrifft“, „dabei“, „…?“.

A reader of a cargo-bike collective's plan found a post that asked „die, die es betrifft“
without saying who, a group question whose „dabei“ had no subject, and a reply line that
began with a quoted gap and a question mark. Each now says what it means.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

SEAMS = ("die, die es betrifft", "Einsteigern dabei", "„…?")


TALKS = ("problem", "taste", "story", "debate")


def _row(channel: str, move: str, start: str, title: str, **more: object) -> dict[str, object]:
    group = "Lastenrad Leipzig" if channel == "facebook-group" else ""
    return {"channel": channel, "move": move, "start": start, "topic": title, "group": group,
            **more}  # fmt: skip


def test_no_german_line_points_at_nothing() -> None:
    topics = [
        {
            "title": f"Thema {talk} {kind}",
            "kind": kind,
            "short": f"Lastenräder {talk}",
            "talk": talk,
        }
        for talk in TALKS
        for kind in ("own", "theme")
    ]
    strategy = make(topics=topics, groups={"facebook-group": ["Lastenrad Leipzig"]},
                    channels={"instagram": {}, "facebook-group": {}})  # fmt: skip
    rows: list[dict[str, object]] = []
    for n, topic in enumerate(topics):
        day, title = f"2027-04-{n + 1:02d}", topic["title"]
        for channel, move in (("instagram", "ask"), ("facebook-group", "group-ask")):
            post = len(rows)
            rows.append(_row(channel, move, f"{day} 09:00", title, seq=n))
            rows.append(_row(channel, "reply", f"{day} 18:00", title, follows=post, seq=n))
    prompts = [r.prompt for r in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts for seam in SEAMS if seam in p]
