"""A rowing club's LinkedIn, with an hour a week, said it would be quieter over Whitsun.

Whit Monday takes one of its days, a long weekend its followers expect; the note, a week
before the club's own break after its regatta, read as noise to a blind reviewer. A run of
public holidays now needs a note only where it takes two of the channel's days or more, as
Easter does, on any channel; a declared break still needs one from its first day.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make


def test_one_holiday_needs_no_note_and_easter_does() -> None:
    strategy = make(region="DE-BW", months=3,
                    channels={"linkedin": {"hours_per_week": 1}, "instagram": {}})  # fmt: skip
    notes = [(e.channel, e.start.date().isoformat()) for e in build(strategy).entries
             if e.move == "away"]  # fmt: skip
    assert ("linkedin", "2027-05-14") not in notes  # the Friday before Whit Monday
    assert ("linkedin", "2027-03-25") in notes  # the Thursday before Good Friday
