"""Regression: five days into a breeding season, a comeback post began „Mitten in der Brutzeit“.

A blind reviewer (r268) read it on 20 March for a season that began on 15 March and runs to
the end of May. A season is said to begin in its first days and to end in its last.
"""

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_render import entries, render
from tests.test_threads import make

MOMENT = {"from": date(2027, 3, 15), "to": date(2027, 5, 31), "title": "Brutzeit am Rhin"}
MOMENT["short"] = "Brutzeit"


@pytest.mark.parametrize(
    ("day", "phase", "said"),
    [
        ("2027-03-20", "begins", "Die Brutzeit hat begonnen"),
        ("2027-04-20", "middle", "Mitten in der Brutzeit"),
        ("2027-05-28", "ends", "Die Brutzeit geht zu Ende"),
    ],
)
def test_a_comeback_post_says_where_in_its_season_it_is(day: str, phase: str, said: str) -> None:
    strategy = make(moments=[MOMENT])
    rows = [{"channel": "instagram", "move": "back", "start": f"{day} 09:00", "topic": ""}]
    assert contexts(strategy, rows)(0)["moment"]["phase"] == phase
    (entry,) = render(strategy, entries(strategy, rows))
    assert f"„{said} – wie sieht es gerade bei euch aus?“" in entry.prompt
