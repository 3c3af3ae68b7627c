"""A contact with news and a birthday in the same days is congratulated on the news once.

The birthday greeting on a day inside the news window is the news congratulation too: the
planner used to leave the news waiting, and congratulated the same person twice.
"""

from __future__ import annotations

from dialogplan.people_plan import reason
from tests.test_people_plan import day_of, named, plain, with_rows


def test_news_and_birthday_in_the_same_days_make_one_congratulation() -> None:
    strategy, before = plain()
    slot = next(e for e in before if e.move == "congratulate" and e.channel == "linkedin")
    day = day_of(strategy, slot)
    strategy, calendar = with_rows(
        [f"Kim,linkedin,,loose,2027-02-25,Appointed CTO,{day},{day:%m-%d},"]
    )
    congratulations = [e for e in named(calendar) if e.move == "congratulate"]
    assert len(congratulations) == 1
    contact = strategy.people.people[0]
    assert reason(strategy, contact, congratulations[0], day) == "news"
