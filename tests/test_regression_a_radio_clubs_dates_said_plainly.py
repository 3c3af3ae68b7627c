"""An amateur radio club's reviewer (r349) read "your invitation from yesterday to the
Foundation course", which reads as a span of days; "Add when the tuesday club night is on
again" after a break the club nights had gone on through, with the weekday in small letters.
An invitation is "yesterday's invitation to …", a weekly offer after a break gets its next
date, and a title that starts with a weekday keeps its capital.
"""

from __future__ import annotations

from datetime import date

from tests.test_render import entries, render
from tests.test_threads import make

CLUB_NIGHT = {"title": "Tuesday club night", "from": date(2027, 3, 1), "every": "tue",
              "time": "19:30"}  # fmt: skip


def test_after_a_break_the_club_night_gets_its_next_date() -> None:
    strategy = make(language="en", channels={"facebook": {}}, offers=[CLUB_NIGHT],
                    blackout=[{"from": date(2027, 4, 5), "to": date(2027, 4, 9)}])  # fmt: skip
    rows = [{"channel": "facebook", "move": "back", "start": "2027-04-10 18:00", "seq": n,
             "topic": ""} for n in range(4)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert all(
        "the Tuesday club night, Tuesday 13 April" in p
        or "the Tuesday club night: Tuesday 13 April" in p
        for p in prompts
    ), prompts
    assert not [p for p in prompts if "on again" in p or "come again" in p], prompts


def test_a_reply_names_the_invitation_by_its_day() -> None:
    event = {"title": "Open shack day", "date": date(2027, 4, 24),
             "url": "https://radio.example/course"}  # fmt: skip
    strategy = make(language="en", channels={"facebook": {}}, events=[event])
    rows = [{"channel": "facebook", "move": "announce", "start": "2027-03-30 09:00",
             "announce": event["title"], "topic": ""},
            {"channel": "facebook", "move": "reply", "start": "2027-03-31 09:00",
             "follows": 0, "topic": ""}]  # fmt: skip
    reply = render(strategy, entries(strategy, rows))[1].prompt
    assert "yesterday's invitation to the open shack day" in reply, reply
    assert "invitation from" not in reply
