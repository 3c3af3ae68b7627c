"""A German dance school's report and findings named its holidays "Good Friday" and "Epiphany".

The holiday tables were asked without a language, so they followed the machine's locale:
English here, German on another machine, for the same plan. Holidays are now named in the
plan's language, whatever the machine's locale.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.closed_days import blocked_days
from tests.test_threads import make


@pytest.mark.parametrize(
    ("language", "region", "name"),
    [
        ("de", "DE-HE", "Karfreitag"),
        ("en", "DE-HE", "Good Friday"),
        ("en", "GB-ENG", "Good Friday"),
    ],
)
def test_holidays_are_named_in_the_plans_language(language: str, region: str, name: str) -> None:
    strategy = make(language=language, region=region, start=date(2027, 3, 1), months=2)
    assert blocked_days(strategy)[date(2027, 3, 26)] == name


def test_the_machines_locale_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    strategy = make(region="AT-9", start=date(2027, 1, 4), months=1)
    assert blocked_days(strategy)[date(2027, 1, 6)] == "Heilige Drei Könige"
