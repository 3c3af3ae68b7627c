"""Hashtags lost their spelling: #EuropeanAccessibilityAct came out as #europeanaccessibilityact.

An accessibility consultancy writes its hashtags in CamelCase so that screen readers read them
as words; the prompts lowercased them while removing duplicates. The hashtags a post carries
are now chosen in Python, as the strategy spells them.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make


def test_a_post_s_hashtags_keep_the_strategy_s_spelling_area_first() -> None:
    """#EuropeanAccessibilityAct stays readable to screen readers; neighbours find #gohlis."""
    goals = [{"id": "sichtbar", "text": "Sichtbar werden",
              "where": ["#EuropeanAccessibilityAct", "Radler Süd"]}]  # fmt: skip
    channels = {
        "linkedin": {"share": 0.6},
        "instagram": {"goals": ["sichtbar"],
                      "tags": ["#a11y", "#europeanaccessibilityact", "#GohlisLebt", "#Rad"]},
    }  # fmt: skip
    strategy = make(goals=goals, channels=channels, area="Leipzig-Gohlis")
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-03-0{n + 2} 08:00", "seq": n}
        for n in range(2)
    ] + [{"channel": "instagram", "move": "comment", "start": "2027-03-05 08:00"}]
    facts = contexts(strategy, rows)
    assert facts(0)["rules"]["tags"] == ("#GohlisLebt", "#EuropeanAccessibilityAct", "#a11y")
    assert facts(1)["rules"]["tags"] == ("#GohlisLebt", "#EuropeanAccessibilityAct", "#Rad")
    assert facts(2)["rules"]["tags"] == ()  # a comment publishes no post of its own
