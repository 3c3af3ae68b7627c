"""A thank-you's example line said "Your post about … is one we've shared twice now", and
another "We tried what you suggested – and it worked", under a step that did not ask whether
either was true. The line no longer claims a share, and the step asks for what came of
advice only where it really helped.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_thank_you_lines_do_not_claim_what_the_team_did() -> None:
    strategy = make(language="en")
    rows = [{"channel": "linkedin", "move": "thank", "start": f"2027-03-{n + 1:02d} 08:00"}
            for n in range(28)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "shared twice" not in prompt, prompt
        if "and it worked" in prompt:
            assert "really helped" in prompt, prompt
