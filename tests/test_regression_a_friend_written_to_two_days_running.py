"""A school's parents' association wrote to the chair of the parents' council with a meeting
on Thursday 29 April and a thank-you on Friday 30 April, „Euer letzter Kontakt war am 29.
April, vor einem Tag“ (r352). Her channel had no entry for her in May, so she was made ready
at the last entry before she fell due again: the day after her touch. A contact kept in touch
is never written to again in the first half of their interval.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from dialogplan.contacts import parse_contacts
from dialogplan.people_plan import name_people
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Svenja Harms,facebook-group,https://example.com/svenja,close,2027-02-01,,,,,\n"
#: The channel's entries that can keep her in touch: none in May but the plan's last day.
DAYS = ("2027-03-03", "2027-04-03", "2027-04-29", "2027-04-30", "2027-05-31")


def test_a_close_contact_is_not_written_to_the_day_after() -> None:
    strategy = make(months=3, channels={"facebook-group": {}},
                    groups={"facebook-group": ["Eltern in Celle"]})  # fmt: skip
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [{"channel": "facebook-group", "move": "thank", "start": f"{day} 09:00"}
            for day in DAYS]  # fmt: skip
    named = name_people(strategy, entries(strategy, rows))
    touched = [e.start.date() for e in named if e.contact]
    assert date(2027, 4, 29) in touched
    assert date(2027, 4, 30) not in touched
    interval = strategy.people.people[0].interval
    gaps = [later - earlier for earlier, later in pairwise(touched)]
    assert all(gap >= interval / 2 for gap in gaps), touched
