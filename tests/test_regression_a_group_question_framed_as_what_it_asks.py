"""A butcher asked school leavers in a jobs group to tell „wie sie es mit der
Fleischerausbildung machen“ before „Welche Arbeit mit den Händen macht Ihnen heute noch
Freude?“ (r599), and a union branch asked for "own stories about the 2027 pay award" before an
opinion question on it (r600). With a question of the team's own, the opening announces no
other kind of talk; without one, an opening that asks for stories does so only where the theme
is told in stories.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GROUP = "Ausbildung & Jobs Hohenlohe"
QUESTIONS = [
    "Welche Arbeit mit den Händen macht {dir|Ihnen} heute noch Freude?",
    "Welcher Handwerksberuf hätte {dich|Sie} mit 16 gereizt?",
    "Was hat {dich|Sie} bei {deinem|Ihrem} ersten Praktikum am meisten überrascht?",
    "Wer hat {dir|Ihnen} bei der Berufswahl den entscheidenden Tipp gegeben?",
    "Was {hättest du|hätten Sie} mit 16 gern über Handwerksberufe gewusst?",
]


def _asks(language: str, topic: dict[str, Any]) -> list[str]:
    strategy = make(language=language, topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": [GROUP]})  # fmt: skip
    rows: list[dict[str, Any]] = [
        {"channel": "facebook-group", "move": "group-ask", "topic": topic["title"],
         "group": GROUP, "start": f"2027-03-{day:02d} 19:00"}
        for day in range(1, 29)
    ]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_the_team_s_question_is_not_announced_as_how_members_handle_it() -> None:
    topic = {"title": "Ausbildung im Fleischerhandwerk", "kind": "theme",
             "short": "Fleischerausbildung", "questions": QUESTIONS}  # fmt: skip
    texts = _asks("de", topic)
    asked = [t for t in texts if any(q[:12] in t for q in QUESTIONS)]
    assert len(asked) >= 2, texts
    assert asked, texts
    assert not [t for t in asked if "wie sie es mit" in t or "wie es die anderen mit" in t]


def test_a_debate_is_not_asked_for_stories() -> None:
    topic = {"title": "The 2027 pay award", "kind": "theme", "short": "the 2027 pay award",
             "talk": "debate"}  # fmt: skip
    texts = _asks("en", topic)
    assert not [t for t in texts if "own stories" in t], texts
    assert [t for t in texts if "where the members stand" in t], texts
