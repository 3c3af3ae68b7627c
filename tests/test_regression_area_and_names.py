"""A German area with an article, and a group name ending in a question mark.

A climbing gym wrote `area: Villach und das Drautal`, and prompts read „Leute aus Villach und
das Drautal“: after „aus“ the article needs the dative. The strategy is refused with the
bare form to write instead. Its Facebook group „Villach – was ist los?“ was followed by the
sentence's own full stop („…was ist los?.“): a prompt keeps the name's mark only. A cinema's
reply round ended a sentence with a link and started the next straight after it
(„…/sommernacht Kam noch nichts“): a link that ends a sentence gets its full stop.
"""

from __future__ import annotations

import pytest

from dialogplan.errors import StrategyError
from dialogplan.render import render
from tests.test_render import entries, strategy_in
from tests.test_threads import make


def test_a_german_area_with_an_article_is_refused_with_the_bare_form() -> None:
    with pytest.raises(StrategyError) as caught:
        make(area="Villach und das Drautal")
    assert "area: write it without articles ('Villach und Drautal')" in str(caught.value)


def test_a_german_area_without_an_article_is_fine() -> None:
    assert make(area="Landkreis Ludwigsburg").area == "Landkreis Ludwigsburg"


def test_a_name_ending_in_a_question_mark_ends_the_sentence_itself() -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "listen", "start": "2027-01-05 08:00"}]
    template = "Start in the group Villach – what's on?. Then save three posts. Done?. Yes."
    (entry,) = render(strategy, entries(strategy, rows), {"en/listen.j2": template})
    assert (
        entry.prompt == "Start in the group Villach – what's on? Then save three posts. Done? Yes."
    )


def test_a_link_that_ends_a_sentence_gets_its_full_stop() -> None:
    strategy = strategy_in("de")
    rows = [{"channel": "linkedin", "move": "listen", "start": "2027-01-05 08:00"}]
    template = (
        "Schick den Link: https://example.org/sommer Kam nichts? Frag nach https://example.org/a."
    )
    (entry,) = render(strategy, entries(strategy, rows), {"de/listen.j2": template})
    assert entry.prompt == (
        "Schick den Link: https://example.org/sommer. Kam nichts? Frag nach https://example.org/a."
    )
