"""Thank-you rounds summed up picks, sides and places as if they were stories.

A bell-ringing band asked its learners' group "Which was harder for you, backstroke or
handstroke?" and was told to "pick the answer you'd never have thought of … and ask who else
has one like it" (r468); its question whether practice should end with a touch for the
learners or the band had "the answer that stayed with you". A chess club's question where
people go when it rains was thanked with „Wer hat das auch schon so erlebt?“ (r470). A
frame builder's "Which lug work have you seen that stopped you in your tracks?" was counted
as picks (r469). The summary now follows what the question asked for.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_for, talk_of
from dialogplan.render import render
from tests.test_regression_a_yes_or_no_summed_up_by_its_surprise import asks_and_thanks
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Lyde Valley Learners"
STORIES = ("never have thought of", "stayed with you", "erlebt", "überrascht hat")
#: Four questions of one kind each, so that both ways a round sums up come round.
KINDS = {
    ("en", "picks"): [
        "Which was harder for you, backstroke or handstroke?",
        "Plain hunt or call changes: which would you ring first?",
        "Sally or tail end: which do you find easier to catch?",
        "Eight bells or six: which would you rather learn on?",
    ],
    ("en", "sides"): [
        "Should practice end with a touch for the learners or the band?",
        "Should learners ring for services from their first month?",
        "Is it better to learn on a light bell or a heavy one?",
        "Should a tower charge learners for lessons?",
    ],
    ("en", "places"): [
        "Where do you go round here when it rains at the weekend?",
        "Where do you take visitors for the best view of the valley?",
        "Where do you buy bread round here?",
        "Where do you walk the dog on a Sunday morning?",
    ],
    ("de", "places"): [
        "Wohin geht ihr hier, wenn es am Wochenende regnet?",
        "Wo kauft ihr hier euer Brot?",
        "Wohin führt ihr Besuch als Erstes?",
        "Wo geht ihr am Sonntagmorgen spazieren?",
    ],
}
SAID = {"picks": ("pick", "favourite", "went for"), "sides": ("side", "reason"),
        "places": ("places", "visitor", "orte")}  # fmt: skip


def _thanks(language: str, questions: list[str]) -> list[str]:
    topic = {"title": "Learning to ring", "kind": "theme", "questions": questions}
    strategy = make(language=language, channels={"facebook-group": {}}, topics=[topic],
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rendered = render(strategy, entries(strategy, asks_and_thanks(GROUP, topic["title"])))
    return [
        e.prompt for e in rendered if e.move == "thank" and any(q in e.prompt for q in questions)
    ]


@pytest.mark.parametrize(("language", "kind"), list(KINDS))
def test_a_summary_follows_what_the_question_asked_for(language: str, kind: str) -> None:
    thanks = _thanks(language, KINDS[language, kind])
    assert len(thanks) >= 2
    for prompt in thanks:
        assert any(word in prompt.lower() for word in SAID[kind]), prompt
        assert not any(words in prompt for words in STORIES), prompt


@pytest.mark.parametrize(
    ("question", "language", "shape"),
    [
        ("Which lug work have you seen that stopped you in your tracks?", "en", "story"),
        ("Gegen wen hast du die Partie deines Lebens gespielt?", "de", "person"),
        ("Mit welchem Instrument hast du angefangen?", "de", "thing"),
    ],
)
def test_a_question_is_read_by_its_words(question: str, language: str, shape: str) -> None:
    assert shape in (talk_of(question, language), asks_for(question, language))
