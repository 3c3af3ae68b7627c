"""A thank-you round never said thank you.

"Reply to your question from Wednesday about a puppy's first groom once more, in a comment
under it: the answers that stood out, with the names of the people who gave them." It asked
for a reply in a fragment and left out the thanks the move is for. Every opening of a
thank-you under the team's own question now thanks the people who answered.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make


def test_a_thank_you_round_under_an_own_question_thanks_by_name() -> None:
    strategy = make(language="en")
    rows = asked_and_followed("thank", 6, 3)
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "thank"]
    for prompt in thanks:
        opening = prompt.split(".")[0].lower()
        assert "thank" in opening, prompt
        assert "once more" not in prompt, prompt
        # Which answers to pick out is the step's to say, once.
        assert prompt.count("stood out") + prompt.count("stuck with you") <= 1, prompt
