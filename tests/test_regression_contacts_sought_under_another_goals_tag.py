"""A hearing-aid shop looked for people over 50 under its trainee hashtag.

„Folge auf Instagram drei Leuten, die unter #offenbach und #azubi2027 Eigenes posten … Ihr
sucht Menschen ab 50 und ihre erwachsenen Kinder“: the channel's hashtags serve all its
goals, and a round of new contacts for the hearing-test goal took the ones the trainee goal
names as where its people are. New contacts are looked for where the entry's own goal's
people are, or under a hashtag no goal claims, whatever the entry's topic.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_new_contacts_are_not_sought_under_another_goals_hashtag() -> None:
    goals = [
        {"id": "hoertest", "text": "Mehr Menschen zum Hörtest bringen",
         "who": "Menschen ab 50 und ihre erwachsenen Kinder"},
        {"id": "azubi", "text": "Eine Auszubildende finden", "who": "Schülerinnen und Schüler",
         "where": ["#azubi2027"]},
    ]  # fmt: skip
    strategy = make(goals=goals, channels={"instagram": {"tags": ["#azubi2027", "#hörakustik"]}})
    rows = [{"channel": "instagram", "move": "connect", "start": f"2027-03-{1 + n:02d} 11:00",
             "goal": "hoertest", "topic": "Nachfolge", "seq": n} for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "#azubi2027" in p]
    assert [p for p in prompts if "#hörakustik" in p]
