"""A group called „Du bist Kaltenbacher, wenn“ got a comma after it.

„Heute fragst du in der Gruppe „Du bist Kaltenbacher, wenn“, nach …“: the comma inside the
name read as the start of an apposition, which German closes with a second comma. A quoted
name is now one word to the sentence around it.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

NAME = "Du bist Kaltenbacher, wenn"


def test_a_quoted_group_name_with_a_comma_takes_no_comma_after_it() -> None:
    strategy = make(
        channels={"facebook-group": {}},
        groups={"facebook-group": [NAME]},
        topics=[{"title": "Zeckenschutz", "kind": "theme"}],
    )
    asks = [e.prompt for e in build(strategy).entries if e.move == "group-ask"]
    assert len(asks) > 5
    assert all(f"„{NAME}“" in p for p in asks)
    assert not [p for p in asks if f"„{NAME}“, " in p]
