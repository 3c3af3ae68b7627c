"""An architecture practice's posts on heat pumps and retrofits carried #part2.

The hashtag is where its recruiting goal's people are, and the retrofit topic was open to
every goal, so posts for that goal on any topic got it; an invitation to a medication check
got a pharmacy's #heuschnupfen. A hashtag named after one of the team's topics ("the Part 2
year", its number included) now goes only on posts about that topic, or announcements of an
offer or event that lists it.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

GOALS = [
    {"id": "clients", "text": "Win retrofit clients"},
    {"id": "recruit", "text": "Recruit a Part 2 assistant", "where": ["#part2"]},
]
TOPICS = [
    {"title": "Heat pumps in older houses", "kind": "theme"},
    {"title": "What a Part 2 year really looks like", "short": "the Part 2 year",
     "kind": "theme", "goals": ["recruit"]},
]  # fmt: skip
OFFERS = [{"title": "Free retrofit check", "topics": ["Heat pumps in older houses"]}]


def _tags(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    strategy = make(
        goals=GOALS,
        topics=TOPICS,
        offers=OFFERS,
        channels={"linkedin": {"tags": ["#architecture", "#heatpumps", "#part2"]}},
    )
    facts = contexts(strategy, rows)
    return [facts(i)["rules"]["tags"] for i in range(len(rows))]


def test_a_topic_hashtag_stays_on_posts_about_its_topic() -> None:
    heat, part2, offer = _tags(
        [
            {"channel": "linkedin", "move": "ask", "start": "2027-03-02 09:00",
             "topic": "Heat pumps in older houses", "goal": "recruit"},
            {"channel": "linkedin", "move": "ask", "start": "2027-03-09 09:00",
             "topic": "What a Part 2 year really looks like", "goal": "recruit"},
            {"channel": "linkedin", "move": "announce", "start": "2027-03-16 09:00",
             "topic": "", "goal": "clients", "announce": "Free retrofit check"},
        ]
    )  # fmt: skip
    assert "#part2" not in heat
    assert "#heatpumps" in heat
    assert "#part2" in part2
    assert "#heatpumps" not in part2
    assert "#part2" not in offer
    assert "#heatpumps" in offer
