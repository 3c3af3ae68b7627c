"""A school's parents' association read the same long paragraph for two events at once under
two warnings in a row, and „No channel that announces has room for it“ under an afternoon for
new parents whose goal it had given its newsletter (r352): which channel, and why not? The
sum of the suggestions stands once, under the last event it names, and an event no channel
can announce enough names the channels tried, and why its Facebook groups were not among
them (r600, r601 writers).
"""

from __future__ import annotations

import yaml

from tests.test_regression_event_suggestions_one_at_a_time import ORCHARD, _parsed, _unannounced


def test_the_sum_stands_once_and_the_channels_tried_are_named() -> None:
    data = yaml.safe_load(ORCHARD.read_text("utf-8"))
    # Without topics, the newsletter has no thread to invite to the first work party from:
    # no channel can announce it often enough.
    del data["events"][0]["topics"]
    advice = _unannounced(_parsed(data))
    assert sum(" at once, give " in a for a in advice.values()) == 1, advice
    stuck = [a for a in advice.values() if not a.startswith("Give ")]
    assert stuck, advice
    assert all(a.startswith("None of Facebook page, Instagram and Newsletter would") for a in stuck)
    assert not [a for a in advice.values() if "No channel" in a]
    assert all("(not tried: Facebook groups, where posts ask and answer" in a for a in stuck)
