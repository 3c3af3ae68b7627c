"""A contact read like a database row: full name twice, nothing to talk about.

A bike shop's prompt to the café owner next door said "Send Kerensa Trethewey a few lines …
Kerensa Trethewey …", and nothing in it was about her, though the team's file knew she keeps
its hire maps on her counter. A prompt now names the person in full once and by first name
after that, and shows the contacts file's ``talk_about``: a line the team writes to be seen.
The note stays the team's own.
"""

from __future__ import annotations

from dialogplan.names import first_name, said_to
from dialogplan.render import render
from dialogplan.schedule import schedule
from dialogplan.voice import yours
from tests.support import ROOT, load_plan


def test_a_named_prompt_shows_what_to_talk_about_and_names_the_person_once_in_full() -> None:
    strategy = load_plan(ROOT / "plans" / "harbourline-advisory" / "strategy.yaml")
    talk = {c.name: c.talk_about for c in strategy.people}
    notes = {c.note for c in strategy.people}
    named = sorted(
        (e for e in render(strategy, schedule(strategy)) if e.contact), key=lambda e: e.start
    )
    # What to talk about, brought up (or answered) and followed up, is done with after two
    # touches.
    done: set[str] = set()
    touches: dict[str, int] = {}
    for e in named:
        touches[e.contact] = touches.get(e.contact, 0) + 1
        if touches[e.contact] > 2:
            done.add(e.uid)
    # A congratulation is about the news, and so is a meeting that starts from it.
    shown = [
        e
        for e in named
        if talk[e.contact]
        and e.uid not in done
        and e.move != "congratulate"
        and not (e.move == "meet" and " news " in e.prompt)
    ]
    assert len(shown) >= 5
    for entry in shown:
        said = talk[entry.contact]
        forms = (said, yours(said), said_to(said, "en"))
        assert any(form and form in entry.prompt for form in forms), entry.prompt
        assert entry.prompt.count(entry.contact) == 1, entry.prompt
        assert not any(note in entry.prompt for note in notes)


def test_a_household_an_organisation_or_a_formal_name_keeps_its_whole_name() -> None:
    assert first_name("Kerensa Trethewey") == "Kerensa"
    assert first_name("Dr. Katrin Moos") == "Katrin"
    assert first_name("Familie Wendling") == "Familie Wendling"
    assert first_name("Frau Ostrowski") == "Frau Ostrowski"
    assert first_name("Physiotherapie Sonnenhof") == "Physiotherapie Sonnenhof"
    assert first_name("Hollybank Bakery Ltd") == "Hollybank Bakery Ltd"
    assert first_name("Müller & Söhne") == "Müller & Söhne"
