"""Regression: „Und wie steht es seit dem letzten Mal um die Bassproben vor dem Adventssingen?“
on 4 April (r669).

A choir asked a bass how rehearsals for a Christmas concert were going, four months after it.
What the team shares with someone is not asked after once the season it names is over.
"""

from __future__ import annotations

from datetime import date

from dialogplan.seasons import season_gone
from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
JONAS = ("Jonas Weidlich,instagram,@jonas.singt,close,2027-01-22,,,,Singt Bass bei uns,"
         "die Bassproben vor dem Adventssingen\n")  # fmt: skip


def test_a_season_gone_by_is_not_asked_after() -> None:
    assert season_gone("die Bassproben vor dem Adventssingen", date(2027, 4, 4))
    assert not season_gone("das Sommerfest im Hof", date(2027, 4, 4))
    strategy = make(channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "thank", "seq": n,
             "start": f"2027-04-0{n + 1} 11:00"} for n in range(6)]  # fmt: skip
    for prompt in named_prompts(strategy, HEADER + JONAS, rows):
        assert "wie steht es" not in prompt.lower() or "Adventssingen?“" not in prompt, prompt
        assert "Neues rund um die Bassproben" not in prompt, prompt
