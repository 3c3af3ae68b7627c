"""The few-questions advice gives one topic a line, for the terminal (r557, r558 writers). In
the markdown report, whose findings stand one to a line, the topics are joined by semicolons
and the sentences after them by stops; the HTML report keeps the lines.
"""

from __future__ import annotations

from dialogplan.report import _md

ADVICE = (
    "Add:\n- 1 question to 'Pruning' (1st topic, topics[0].questions)\n"
    "- 2 questions to 'Grafting' (2nd topic, topics[1].questions)\n"
    "Write ones people can answer in a line."
)


def test_the_topics_read_as_one_sentence_in_markdown() -> None:
    assert _md(ADVICE) == (
        "Add: 1 question to 'Pruning' (1st topic, topics[0].questions); 2 questions to "
        "'Grafting' (2nd topic, topics[1].questions). Write ones people can answer in a line."
    )
