"""A German group question asked again read „… und frag noch einmal. Dann die Frage: …“.

The step that opens with an answer from last time ended in its own "ask again", and the
question followed as a second instruction. The question now closes the step itself.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Was ist beim Eröffnungstanz am schwierigsten?"
GROUP = "Eltern in Kassel"


def test_a_question_asked_again_is_one_step() -> None:
    topic = {"title": "Abschlussball", "kind": "theme", "questions": [QUESTION]}
    strategy = make(topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": start,
         "topic": "Abschlussball", "group": GROUP, "seq": seq}
        for seq, start in enumerate(("2027-03-02 19:00", "2027-06-09 19:00", "2027-09-16 19:00"))
    ]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows))[1:]:
        assert "Dann die Frage" not in entry.prompt, entry.prompt
        assert entry.prompt.count(QUESTION) == 1, entry.prompt
        assert entry.prompt.rstrip().endswith(f"„{QUESTION}“"), entry.prompt
