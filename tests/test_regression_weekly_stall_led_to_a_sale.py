"""A record shop's weekend market stall was announced with „Name the occasion in the first line:
the spring clear-out sale from Friday 16 to Sunday 18 April …“ (r235): the stall's title said
"weekend" and the sale's name did too. An offer that meets every week is its own occasion; its
announcement says when and where it meets.
"""

from __future__ import annotations

from datetime import date

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Crate-digging", "kind": "theme"}
STALL = {"title": "Saturday and Sunday stall at the Castle Yard weekend market",
         "short": "our market stall", "every": ["sat", "sun"], "time": "09:00-16:00",
         "place": "stall 14, Castle Yard market", "topics": ["Crate-digging"]}  # fmt: skip
SALE = {"title": "Spring clear-out weekend sale", "date": date(2027, 4, 16),
        "until": date(2027, 4, 18), "topics": ["Crate-digging"]}  # fmt: skip


def test_a_weekly_stall_is_announced_as_itself() -> None:
    strategy = make(language="en", timezone="Europe/London", topics=[TOPIC], offers=[STALL],
                    events=[SALE], channels={"instagram": {}})  # fmt: skip
    rows = [{"channel": "instagram", "move": "announce", "announce": STALL["title"], "seq": seq,
             "start": "2027-03-01 11:00"} for seq in range(4)]  # fmt: skip
    prompts = [render(strategy, entries(strategy, [row]))[0].prompt for row in rows]
    assert not [p for p in prompts if "clear-out" in p], prompts
    said = "every Saturday and Sunday from 9 am to 4 pm – stall 14"
    assert all(said in p for p in prompts), prompts
