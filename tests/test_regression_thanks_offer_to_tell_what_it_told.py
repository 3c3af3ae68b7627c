"""„Erzähl, was aus der Idee geworden ist“, then the line „Möchten Sie hören, was daraus
geworden ist?“.

A butcher's thank-you told the team to say what came of someone's idea and gave a line that
only offered to say it later. The line now says it: „daraus ist … geworden“.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_the_line_tells_what_the_step_asks_for() -> None:
    strategy = make(channels={"linkedin": {}})
    rows = [{"channel": "linkedin", "move": "thank", "start": f"2027-{month:02d}-{day:02d} 08:00",
             "seq": day} for month in (3, 4) for day in range(1, 29)]  # fmt: skip
    told = [e.prompt for e in render(strategy, entries(strategy, rows))
            if "was aus der Idee geworden ist" in e.prompt]  # fmt: skip
    assert told
    for prompt in told:
        assert "hören, was daraus geworden ist" not in prompt
    assert any("daraus ist … geworden" in prompt for prompt in told)
