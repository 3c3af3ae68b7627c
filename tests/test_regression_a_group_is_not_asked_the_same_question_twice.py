"""Regression: the same question in the same group six weeks apart.

A chess club's and a pharmacy's reviewers (r274, r279) read „Spielt dein Kind lieber gegen dich
oder gegen andere Kinder?“ and "What's in your first-aid box for the car?" asked twice in one
parents' group: its members read every post there. A question posted to a group rests there
for :data:`~dialogplan.team_material.GROUP_REST_DAYS`.
"""

from __future__ import annotations

from tests.test_render import entries, render
from tests.test_threads import make

QUESTION = "Spielt dein Kind lieber gegen dich oder gegen andere Kinder?"


def test_a_groups_question_is_asked_there_once_a_quarter() -> None:
    topic = {"title": "Schach mit Kindern", "kind": "theme", "questions": [QUESTION]}
    groups = {"facebook-group": ["Eltern in Herne"]}
    strategy = make(topics=[topic], channels={"facebook-group": {}}, groups=groups)
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "start": f"2027-{day} 19:00"}
        | {"group": "Eltern in Herne", "topic": "Schach mit Kindern"}
        for day in ("04-12", "05-27")
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert QUESTION in prompts[0]
    assert QUESTION not in prompts[1], prompts[1]
