"""Writers of a saddlery and a mill association read „… says „du““ about questions that said
„euch“, the same way to write both forms under each of thirty warnings, and a request for six
more questions on a topic whose „du“ questions could not go to its „Sie“ page (r350, r354
writers). The finding names „ihr“ as the „du“ of several people, gives the way once, and the
request for more questions says that questions in one form only are not asked on the other
channels.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make

QUESTIONS = [
    "Wer von euch hat früher noch Korn zur Mühle gebracht?",
    "Wo habt ihr als Kinder am liebsten gespielt?",
    "Was hast du zuletzt im Hofladen gekauft?",
]


def test_register_findings_say_ihr_and_give_the_way_once() -> None:
    topic = {"title": "Erinnerungen an die Mühle", "kind": "theme", "questions": QUESTIONS}
    strategy = make(topics=[topic], channels={"facebook": {"address": "Sie"}, "instagram": {}})
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    register = [f for f in findings if f.code == "other-register"]
    assert len(register) == len(QUESTIONS)
    plural = [f for f in register if "euch" in f.message or "ihr " in f.message]
    assert all("says „ihr“, the „du“ of several people," in f.message for f in plural)
    assert sum("Write both forms in braces" in f.suggestion for f in register) == 1
    few = [f for f in findings if f.code == "few-questions"]
    assert all("never asked where the channel says the other" in f.suggestion for f in few)


def test_one_question_in_one_form_is_said_in_the_singular() -> None:
    topic = {"title": "Erinnerungen", "kind": "theme", "questions": [QUESTIONS[1]]}
    strategy = make(topics=[topic], channels={"facebook": {"address": "Sie"}, "instagram": {}})
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (few,) = [f for f in findings if f.code == "few-questions"]
    assert "One of its questions speaks to people as „du“, „ihr“ or „Sie“ only" in few.suggestion
