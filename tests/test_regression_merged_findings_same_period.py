"""A merged report card listed the same period five times instead of what was found.

A florist's six questions said „ihr“ where the newsletter says „Sie“. Each was found for the
whole plan, with the same advice, so the report merged them into one card whose „Also:“ line
read "2027-01-04 – 2027-04-03" five times: the five other questions were nowhere. Alike
findings that share the first one's period are now listed by their messages.
"""

from __future__ import annotations

from datetime import date

from dialogplan.findings import Finding, Severity
from dialogplan.strategy import parse_strategy
from tests.support import calendar_entries
from tests.test_report import ENTRIES, STRATEGY, render

QUESTIONS = ["Was blüht bei euch?", "Wo steht euer Strauß?", "Was hilft bei euch?"]


def test_alike_findings_for_one_period_are_listed_by_message() -> None:
    plan = parse_strategy(STRATEGY, "inline.yaml")
    findings = [
        Finding("other-register", Severity.WARNING, "linkedin", date(2027, 1, 4),
                date(2027, 4, 3), f"'{q}' says „du“", "Write both forms in braces.")
        for q in QUESTIONS
    ]  # fmt: skip
    html, markdown = render(plan, calendar_entries(plan, ENTRIES), findings)
    for question in QUESTIONS:
        assert question in markdown
        assert question in html
