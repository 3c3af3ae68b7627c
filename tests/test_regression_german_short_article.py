"""A German short form with its article read „zum Thema die Steuererklärung“ in every prompt."""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from tests.test_threads import make


def test_a_german_short_form_with_an_article_is_a_located_problem() -> None:
    theme = {"title": "Steuern", "kind": "theme", "short": "die Steuererklärung"}
    with pytest.raises(StrategyError) as caught:
        make(topics=["Fachkräfte finden", theme])
    (problem,) = caught.value.problems
    assert problem.path == "topics[1].short"
    assert problem.line is not None
    assert "'Steuererklärung'" in problem.message


@pytest.mark.parametrize("short", ["Steuererklärung", "Dienstpläne", "das"])
def test_short_forms_without_an_article_are_fine(short: str) -> None:
    make(topics=[{"title": "Steuern", "short": short}])


def test_english_short_forms_may_keep_their_article() -> None:
    make(language="en", topics=[{"title": "Taxes", "short": "the tax return"}])
