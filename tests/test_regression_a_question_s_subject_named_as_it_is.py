"""An animal shelter's debate question ("Should neutering be compulsory here?") was said to
ask "about no one in particular, or about you", and a brewery's writer could not tell which
was meant, nor whom "questions asked of them" meant (r577, r578 writers). The note names
the one that applies; "no one in particular" left two writers guessing what it meant and
whether the question was used at all (r599, r601 writers): it says where it goes.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make

DEBATE = "Should shops put Record Store Day leftovers online the same evening?"
OURS = "Which record should we put in the window next?"


def _note(question: str) -> str:
    topics = [{"title": "Record Store Day", "kind": "theme", "talk": "debate",
               "questions": [question, "Which release do you still play most?"]}]  # fmt: skip
    strategy = make(language="en", topics=topics, channels={"instagram": {}, "facebook": {}})
    (finding,) = few_questions(strategy, schedule_work(strategy))
    (note,) = [line for line in finding.suggestion.splitlines() if line.startswith("Also:")]
    return note


def test_a_debate_is_said_to_ask_about_the_subject() -> None:
    note = _note(DEBATE)
    assert "asks about the subject in general, not about the reader" in note, note
    assert "asks the person about their own experience" in note, note
    assert "goes into your own posts only" in note, note


def test_a_question_on_the_team_s_work_is_said_to_be_about_it() -> None:
    note = _note(OURS)
    assert "asks about your own work, not about the reader" in note, note


def test_a_question_about_the_subject_says_what_would_ask_the_reader() -> None:
    """Writers could not tell which words made a question general (r627, r635 writers)."""
    note = _note("When did a shared meal last make a bad week better?")
    assert "has no “you” in it" in note, note


def test_a_german_plan_is_told_in_english_with_its_own_forms() -> None:
    """„Eine Frage zum Thema spricht niemanden an“ ended an English warning (r652 writer)."""
    topics = [{"title": "Radtouren", "kind": "theme",
               "questions": ["Warum lohnt sich eine Radtour im Frühjahr?"]}]  # fmt: skip
    strategy = make(topics=topics, channels={"instagram": {}, "facebook": {}})
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert "A question about the subject addresses no one" in finding.suggestion
    assert "Eine Frage zum Thema" not in finding.suggestion
