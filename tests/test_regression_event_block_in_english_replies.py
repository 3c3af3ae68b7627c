"""A theatre group's English reply rounds pasted the whole event block into a conversation.

"Invite anyone who'd like to know more to The Importance of Being Earnest from Wednesday 12
to Saturday 15 May, each day from 7:30 to 10 pm at Ashcroft Hall, Clementhorpe, York": a
reviewer read the same block, word for word, in two reply rounds as pasted. As the German
rounds already do, a reply names the event and its day; time and place go to whoever asks
(a refugee charity's reviewer read "the time and place are behind the link" as a note to the
writer).
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

SHOW = {
    "title": "Spring production", "short": "our spring production", "date": date(2027, 3, 17),
    "until": date(2027, 3, 20), "time": "19:30-22:00",
    "place": "Ashcroft Hall, Clementhorpe, York", "url": "https://example.org/show",
}  # fmt: skip


def test_a_reply_invites_with_the_day_only() -> None:
    strategy = make(language="en", events=[SHOW])
    rows = asked_and_answered("linkedin", [f"2027-03-{10 + n:02d}" for n in range(6)])
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    invited = [p for p in replies if "spring production" in p]
    assert invited, replies
    pasted = [
        p for p in invited if ("Ashcroft Hall" in p or "7:30" in p) and "f someone asks" not in p
    ]
    assert not pasted, invited
    assert not [p for p in invited if "behind the link" in p], invited
