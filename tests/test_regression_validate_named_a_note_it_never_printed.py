"""validate told a writer "the whole change is under thin-channels" and never printed
thin-channels: it showed warnings and errors only, and that note is neither (r243's writer).

Notes a printed finding names by code are printed too; other notes stay for the report.
"""

from __future__ import annotations

from datetime import date

from dialogplan.findings import Finding, Severity
from flows.commands import _worth_noting

DAY = date(2027, 3, 1)


def finding(code: str, severity: Severity, suggestion: str = "") -> Finding:
    return Finding(code, severity, "", DAY, DAY, f"{code} message", suggestion)


def test_a_note_named_by_a_warning_is_shown() -> None:
    thin = finding("thin", Severity.ERROR, "… (the whole change is under thin-channels): …")
    together = finding("thin-channels", Severity.INFO)
    idle = finding("idle-minutes", Severity.INFO)
    assert _worth_noting([thin, together, idle]) == [thin, together]
