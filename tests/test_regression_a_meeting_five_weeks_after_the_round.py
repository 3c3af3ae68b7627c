"""A mending studio's meeting went back to "who answered your comments on 14 February" five
weeks on, "if nobody has answered yet" (r476), after a radio's eight weeks had been cut to six
(r444). A meeting now goes back to a round of new contacts at most four weeks old.
"""

from __future__ import annotations

from tests.test_threads import at, continues


def test_a_meeting_does_not_go_back_five_weeks() -> None:
    found = continues({"move": "connect", "start": at(0)}, {"move": "meet", "start": at(35)})
    assert found == {}


def test_a_meeting_goes_back_four_weeks() -> None:
    found = continues({"move": "connect", "start": at(0)}, {"move": "meet", "start": at(28)})
    assert found == {"1": "0"}
