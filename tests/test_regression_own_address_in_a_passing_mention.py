"""„Weis mit einem halben Satz auf den Hofladen (das nächste Mal am Freitag, 9. April, von 14 bis
18 Uhr – Schafhof Kornmesser, Heideweg 4, Münsingen-Auingen) hin“.

A sheep farm's reviewer (r397) read the farm's own address pasted into a split verb. A
weekly offer named in passing says when it next meets; where it is, invitations say.
"""

from __future__ import annotations

import re

from tests.support import build
from tests.test_threads import make

SHOP = {"title": "Hofladen", "short": "Hofladen", "every": "fri", "time": "14:00-18:00",
        "place": "Schafhof Kornmesser, Heideweg 4, Münsingen-Auingen"}  # fmt: skip
GOALS = [{"id": "kunden", "text": "Stammkunden für den Hofladen gewinnen", "invite": "Hofladen"}]


def test_a_passing_mention_leaves_out_the_address() -> None:
    topic = {"title": "Lammfleisch", "kind": "theme", "questions": ["Wie kocht ihr Lamm?"]}
    strategy = make(goals=GOALS, offers=[SHOP], topics=[topic],
                    channels={"instagram": {}, "facebook": {}})  # fmt: skip
    mentions = re.findall(r"\(das nächste Mal [^)]*\)", " ".join(
        e.prompt for e in build(strategy).entries))  # fmt: skip
    assert mentions
    assert not [m for m in mentions if "Heideweg" in m]
