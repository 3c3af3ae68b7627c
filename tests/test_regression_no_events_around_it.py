"""A translator's meetup no channel could announce often enough was said to lose its posts to
"the events around it" (r611 writer): no other event was near. Where none is, the message says
the channels post too seldom in those weeks.
"""

from __future__ import annotations

from datetime import date

import yaml

from dialogplan.announcements import Window
from dialogplan.neglect import _more_time
from tests.test_regression_event_suggestions_one_at_a_time import ORCHARD, _parsed

MEETUP = Window("Work party, 13 March", "", date(2027, 2, 13), date(2027, 3, 13), 2)
FAIR = Window("Blossom Weekend", "", date(2027, 3, 1), date(2027, 3, 29), 2)


def test_the_reason_is_the_one_that_holds() -> None:
    strategy = _parsed(yaml.safe_load(ORCHARD.read_text("utf-8")))
    alone = _more_time(strategy, None, MEETUP, [MEETUP])
    crowded = _more_time(strategy, None, MEETUP, [MEETUP, FAIR])
    assert "the channels post too seldom in those weeks" in alone, alone
    assert "events around it" not in alone, alone
    assert "the events around it take those posts" in crowded, crowded
