"""Regression: "Sunday open sailing: 0 announcements" beside a clean `validate` (r432 writer).

Four writers of weekly offers in a row (a rescue-dog team's Saturday training, a model boat
club's Sunday sailing, a cycling group's Wednesday ride, a falconry centre's owl afternoons)
read "0 announcements" in the figures and found no warning in `validate`, and took one for
wrong. A weekly offer is invited to by the posts that give its next time: the figures say so.
"""

from __future__ import annotations

from dialogplan.prompt_stats import PromptStats

OFFER = "Sunday open sailing"


def figures(weekly: frozenset[str]) -> str:
    stats = PromptStats(
        entries=1, distinct_texts=1, repeat_share=0.0, pasted_share=0.0,
        rules_on_silent_moves=0, events={OFFER: 0}, unannounced_events=(),
        urls_carried=(0, 0), event_mentions={OFFER: 9}, weekly=weekly,
    )  # fmt: skip
    return next(x for x in stats.to_text().splitlines() if x.strip().startswith(OFFER))


def test_a_weekly_offer_without_announcements_says_what_invites_to_it() -> None:
    assert figures(frozenset({OFFER})) == (
        f"  {OFFER}: no announcement of its own; a weekly offer, named with its next time or "
        "linked in 9 prompts, which invite to it"
    )
    assert figures(frozenset()) == f"  {OFFER}: 0 announcements, named or linked in 9 more prompts"
