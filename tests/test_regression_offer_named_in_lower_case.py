"""A consultant's stress-test offer was "named or linked in 0 more prompts" while 27 named it.

Prompts say an offer's title as a noun phrase, "the half-day supply-chain stress test for
operations teams", and the figures looked for "Half-day …" with its capital. Names now
count in any case, and with any possessive where a short form has one, as the calendar's
own record of what a prompt invites to already does.
"""

from __future__ import annotations

from dialogplan.prompt_stats import prompt_stats
from tests.support import PLANS, build, load_plan

OFFER = "Half-day supply-chain stress test for operations teams"


def test_an_offer_named_as_a_noun_phrase_counts_as_named() -> None:
    strategy = load_plan(next(p for p in PLANS if p.parent.name == "harbourline-advisory"))
    entries = build(strategy).entries
    named = sum(OFFER.lower() in e.prompt for e in entries if e.move != "announce")
    assert named
    assert prompt_stats(strategy, entries).event_mentions[OFFER] >= named
