"""A birthday greeting after the news was congratulated is a birthday greeting.

A contact's birthday on the last day of their news window was taken for a second
congratulation on the news: the reason was worked out again from the day, and the day lay
in the window. The planner now records why it named the person.
"""

from __future__ import annotations

from datetime import timedelta

from dialogplan.people_plan import NEWS_DAYS, reason
from tests.test_people_plan import day_of, named, plain, with_rows


def test_a_birthday_after_the_news_congratulation_is_greeted_as_a_birthday() -> None:
    strategy, before = plain()
    slots = [e for e in before if e.move == "congratulate" and e.channel == "linkedin"]
    first = day_of(strategy, slots[0])
    birthday = next(
        d
        for e in slots
        if timedelta(0) < (d := day_of(strategy, e)) - first <= timedelta(NEWS_DAYS)
    )
    strategy, calendar = with_rows(
        [f"Kim,linkedin,,loose,2027-02-25,Appointed CTO,{first},{birthday:%m-%d},"]
    )
    contact = strategy.people.people[0]
    why = [reason(strategy, contact, e, day_of(strategy, e)) for e in named(calendar)]
    assert why[:2] == ["news", "birthday"]
