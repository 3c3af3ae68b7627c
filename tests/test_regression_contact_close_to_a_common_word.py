"""A sailing school's post on its Start Sailing course said to tag a parent: "it's a subject
close to them, and a reply from them often gets others talking".

His note, "Parent of a teenager from the 2026 summer course", shares only "course" with the
topic, a word three of the team's notes say. Words many notes say, and the team's own name,
no longer make a topic close to anyone; and one person is named again by first name, not as
"them".
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from dialogplan.strategy import Strategy
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Martin Oduya,facebook,,regular,,,,,Did the Start Sailing course in 2026\n"
    "Dan Whitehead,facebook,,loose,,,,,Parent of a teenager from the 2026 summer course\n"
    "Janet Tebay,facebook,,loose,,,,,Refresher course in 2025\n"
    "Priya Lund,facebook,@priya.on.the.water,loose,,,,,Posts dinghy sailing photos\n"
)
TOPICS = [
    {"title": "RYA Start Sailing course", "short": "our Start Sailing course"},
    {"title": "Dinghy or keelboat?", "kind": "theme"},
]


def sailing_school() -> Strategy:
    strategy = make(
        language="en", name="Carrow Water Sailing School", topics=TOPICS,
        channels={"facebook": {}},
    )  # fmt: skip
    return strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))


def test_a_word_many_notes_say_makes_no_topic_close() -> None:
    rows = [
        {"channel": "facebook", "move": "ask", "start": "2027-03-02 18:00",
         "topic": "RYA Start Sailing course"},
        {"channel": "facebook", "move": "ask", "start": "2027-03-04 18:00",
         "topic": "Dinghy or keelboat?"},
    ]  # fmt: skip
    facts = contexts(sailing_school(), rows)
    assert facts(0)["topic_people"] == ()
    assert {p["name"] for p in facts(1)["topic_people"]} == {"Priya Lund"}


def test_one_person_is_named_again_by_first_name() -> None:
    strategy = sailing_school()
    rows = [
        {"channel": "facebook", "move": move, "start": f"2027-03-{day:02d} 18:00",
         "topic": "Dinghy or keelboat?", "seq": day}
        for day in range(1, 28)
        for move in ("ask", "share")
    ]  # fmt: skip
    rendered = render(strategy, entries(strategy, rows))
    prompts = [e.prompt for e in rendered if "Priya" in e.prompt and "Janet" not in e.prompt]
    assert prompts
    assert not [p for p in prompts if "what them" in p or "from them" in p]
    assert any("what Priya would add" in p or "Priya's posts" in p for p in prompts)
