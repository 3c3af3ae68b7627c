"""First-time users, writing a strategy from the README alone, read `validate`'s plan checks
word for word and were puzzled: "fall back on a general line", "Add 2 to …", a single short
topic left unnamed, a question "that reads as a question people ask you" with no word on
whether to fix it, "no post announces it (named or linked in 6 prompts …)", "48 minutes
each" for a 60-minute article, and "1 warning, each with …" under "valid".

Each message now says what it means in plain words and keeps its figures.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dialogplan.findings import Finding, Severity
from dialogplan.neglect import _unannounced_offers, check_plan
from dialogplan.question_supply import few_questions
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from flows.console import print_notes
from tests.support import build
from tests.test_regression_few_questions_target_moved import _strategy
from tests.test_regression_weekly_offer_named_often_but_seldom_invited_to import (
    named_often_invited_thrice,
)
from tests.test_threads import make


def test_a_short_topic_is_named_and_told_what_it_lacks() -> None:
    """One topic short is named, and the fallback is said as what it is."""
    strategy = _strategy(5)
    (finding,) = few_questions(strategy, schedule_work(strategy))
    assert finding.message.startswith("The topic 'Screen time at home' runs short"), finding
    assert "built-in general question instead of one of your own `questions`" in finding.message
    added = r"^Add \d+ questions? to 'Screen time at home' \(1st topic, topics\[0\]\.questions\)\."
    assert re.search(added, finding.suggestion), finding.suggestion
    assert "was tried on a copy of your plan with its present hours and channels and is enough" in (
        finding.suggestion
    )
    assert "(tried on a copy of your plan)" not in finding.suggestion


def test_a_question_people_ask_the_team_is_a_note_with_its_words() -> None:
    """The writer learns it is nothing to fix, which words make it so, and how to reword it."""
    asked = "Kann man als Einzelne beim Einkaufen überhaupt etwas an Lieferketten ändern?"
    topics = [
        {"title": "Faire Lieferketten", "kind": "theme", "questions": [asked]},
        {"title": "Reparieren", "kind": "theme"},
    ]
    strategy = make(language="de", topics=topics, channels={"facebook": {}, "instagram": {}})
    (short,) = [f for f in build(strategy).findings if f.code == "few-questions"]
    assert f"Check this too: the question you wrote, {asked!r}," in short.suggestion
    assert '("Kann man …")' in short.suggestion
    assert "if you meant it for others, ask about their own experience" in short.suggestion


def test_an_unannounced_offer_is_only_mentioned_elsewhere() -> None:
    """Lacking an announcement of its own is said apart from the prompts that mention it."""
    found = named_often_invited_thrice()
    assert "has no announcement of its own (an entry with move `announce`)." in found.message
    assert "12 prompts mention it in passing" in found.message
    assert "but only 3 of them point people to it (invite them to come; the rest only name" in (
        found.message
    )
    assert "it); with 7 that do, one a fortnight" in found.message


def test_an_offer_from_the_first_day_without_until_runs_through_the_whole_plan() -> None:
    """Dates that are just the plan's own read as a typo where they stood alone."""
    start = make(channels={"facebook": {}}).start
    offer = {"title": "Reparaturcafé", "from": start}
    strategy = make(offers=[offer], channels={"facebook": {}})
    (found,) = [f for f in _unannounced_offers(strategy, []) if f.code == "unannounced"]
    whole = f"runs through the whole plan ({strategy.start} to {strategy.last_day})"
    assert whole in found.message, found.message


def test_a_capped_channel_says_what_a_post_s_minutes_are() -> None:
    """The minutes of a post come with what they are made of: a post and its reply round."""
    newsletter = {"hours_per_week": 0.5, "posts_per_week": 0.25, "min_minutes_per_week": 20}
    strategy = make(language="en", channels={"linkedin": {}, "newsletter": newsletter})
    findings = check_plan(strategy, render(strategy, schedule_work(strategy)))
    (thin,) = [f for f in findings if f.code == "thin" and f.channel == "newsletter"]
    each = "minutes each on average: a post of 20 to 60 minutes and its 15-minute reply round)"
    assert each in thin.message, thin.message


def _finding(severity: Severity) -> Finding:
    day = date(2027, 3, 1)
    return Finding("thin", severity, "", day, day, "a message", "a suggestion")


def test_one_warning_is_said_in_the_singular_under_a_valid_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """ "1 warning, each with …" read wrong, and "valid" over it read as a contradiction."""
    print_notes([_finding(Severity.WARNING)])
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (
        "  The file is fine; these are about the plan made from it: 1 warning, with what would "
        "change it."
    )


def test_errors_and_warnings_are_counted_as_a_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An error is the plan's, and the writer hears that it is worth fixing."""
    print_notes([_finding(Severity.ERROR), _finding(Severity.ERROR), _finding(Severity.WARNING)])
    first = capsys.readouterr().out.splitlines()[0]
    assert ": 2 errors and 1 warning, each with what would change it." in first
    assert first.endswith("will not work as meant until it is fixed.")
