"""A volunteer-run orchard was told to "open with one case from your own work".

The line most used in its plan, with "does that match what you see in your work?" under its
shares, spoke to a firm. Volunteers, clubs and neighbours have experience, not work: the
lines now ask for that.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


@pytest.mark.parametrize("move", ["ask", "share", "story", "article", "listen", "reply"])
def test_lines_for_any_team_do_not_assume_a_job(move: str) -> None:
    strategy = make(language="en", voice="we")
    rows = [{"channel": "instagram", "move": move, "start": f"2027-03-{n + 2:02d} 08:00"}
            for n in range(12)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "your own work" not in prompt and "in your work" not in prompt, prompt
