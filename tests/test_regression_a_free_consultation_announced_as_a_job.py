"""A tax adviser's goal "Bis Ende März zehn neue Mandate von Freiberuflern … gewinnen" was read
as a search for people to join the firm, and its free first consultation for freelancers
(„Kostenloses Erstgespräch für Freiberufler“) as the job it filled: the announcement asked for
„einen ganz normalen Tag in der Stelle“ (r683). New „Mandate“ are clients, as „Mandanten“ are.
"""

from __future__ import annotations

from dialogplan.prompt_context import sought
from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

GOAL = "Bis Ende März zehn neue Mandate von Freiberuflern im ersten oder zweiten Jahr gewinnen"
OFFER = {"title": "Kostenloses Erstgespräch für Freiberufler", "short": "Erstgespräch",
         "details": "30 Minuten, kostenlos, in der Kanzlei oder per Video"}  # fmt: skip


def test_new_mandates_are_clients_not_a_search() -> None:
    assert sought(GOAL, "de") == ""


def test_the_consultation_is_announced_as_what_it_is() -> None:
    goal = {"id": "mandate", "text": GOAL, "invite": [OFFER["title"]]}
    strategy = make(goals=[goal], offers=[OFFER], channels={"linkedin": {}})
    rows = [{"channel": "linkedin", "move": "announce", "announce": OFFER["title"],
             "start": "2027-03-01 08:00", "topic": ""}]  # fmt: skip
    assert not contexts(strategy, rows)(0)["announce"].job
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert "Stelle" not in prompt, prompt
