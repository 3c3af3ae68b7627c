"""A breeders' club's thank-you round read „Fass … zusammen, was auf eure Frage geantwortet
wurde, und nenn die Leute dabei“ and never said to thank anyone, while another said „nenn, wer
sie gegeben hat“ and then „mit Dank an die Person“ (r340).

Every summary of answers thanks the people who gave them in its first sentence, once.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_every_summary_thanks_once() -> None:
    topic = {"title": "Hühner im Garten", "kind": "theme", "talk": "story",
             "questions": ["Was war dein erstes Huhn?"]}  # fmt: skip
    strategy = make(topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Hühnerfreunde Nordhessen"]})  # fmt: skip
    on = {"channel": "facebook-group", "topic": "Hühner im Garten",
          "group": "Hühnerfreunde Nordhessen"}  # fmt: skip
    rows = [{**on, "move": "group-ask", "start": "2027-04-01 18:00"}] + [
        {**on, "move": "thank", "start": f"2027-04-{day:02d} 18:00",
         "follows_up": "row0@test", "seq": day} for day in range(3, 13)
    ]  # fmt: skip
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    for prompt in thanks:
        opening = (
            prompt.split(" Deine Frage")[0].split(" Du hattest")[0].split(" Zur Erinnerung")[0]
        )
        assert "Dank" in opening or "bedank" in opening, prompt
        assert prompt.count("Dank an") <= 1, prompt
