"""A goldsmith's congratulation rounds on Instagram named „Leute und Organisationen aus der
Gegend“, never the wedding planner and photographer in its own contacts file.

Short of contacts with news, a round named one of the organisations the team knows on the
channel; the goldsmith's Instagram contacts were people, so it named nobody, and a reviewer
asked whom to look for. Where the team knows no organisation there, a round now names one
of the people it knows there with a profile, in turn.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

CSV = (
    "name,channel,profile,tier,last_contact\n"
    "Svenja Hartlieb,instagram,@svenja.hochzeitsplanung,close,2026-11-20\n"
    "Malte Oberle,instagram,@malteoberle.foto,regular,2026-11-12\n"
    "Erika Weisshaar,instagram,,loose,2026-09-18\n"
)


def test_a_round_without_news_names_a_known_person_in_turn() -> None:
    strategy = make(channels={"instagram": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = [{"channel": "instagram", "move": "congratulate", "start": f"2027-05-{d} 18:00",
             "seq": seq} for seq, d in enumerate(("10", "17", "24"))]  # fmt: skip
    facts = contexts(strategy, rows)
    named = [tuple(p["name"] for p in facts(i)["nearby"]) for i in range(len(rows))]
    # Each at most one round in three: the third round names nobody.
    assert named == [("Svenja Hartlieb",), ("Malte Oberle",), ()], named
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert all(n[0] in prompt for n, prompt in zip(named[:2], prompts, strict=False))
