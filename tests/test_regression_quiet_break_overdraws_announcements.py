"""A newsletter with three issues in four months announced an offer in one of them.

One in ten own posts may be an announcement, and a channel needs a few before it may make
any. The plan was held to that, and then planned once more with notes around the breaks it
had left silent; those notes took the place of issues, and nobody counted again. The plan
with the notes is now held to the quotas as well. (Found by the invariant test's fuzzing.)
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from dialogplan.announcements import allowed_announcements
from dialogplan.moves import MOVES
from dialogplan.schedule import schedule
from tests.test_threads import make

CHANNELS = ("blog", "bluesky", "facebook-group", "instagram", "newsletter")


def test_notes_around_breaks_leave_the_announcements_within_their_quota() -> None:
    strategy = make(
        start=date(2026, 1, 1), months=4, hours_per_week=1, region="DE-BY", voice="I",
        topics=["Fachkräfte finden", "Digitale Angebote", "Nachfolge"],
        channels={name: {} for name in CHANNELS},
        offers=[{"title": "Paket", "url": "https://example.org/x",
                 "from": date(2026, 1, 1), "until": date(2026, 1, 31)}],
    )  # fmt: skip
    posts = [e for e in schedule(strategy) if MOVES[e.move].own_post]
    own = Counter(e.channel for e in posts)
    announced = Counter(e.channel for e in posts if e.move == "announce")
    for channel, count in announced.items():
        assert count <= allowed_announcements(own[channel]), channel
