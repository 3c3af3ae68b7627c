"""Figures about a plan's prompts, on hand-built rendered entries."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from dialogplan.entry import RenderedEntry
from dialogplan.prompt_stats import prompt_stats, spread
from dialogplan.prompt_text import Masker, Sentences, split_sentences
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import calendar_entries

STRATEGY = """
client: kaffeerad
name: Kaffeerad Köln
language: de
timezone: Europe/Berlin
start: 2027-03-01
months: 2
hours_per_week: 4
goals:
  - {id: kontakte, text: Mit Familien im Veedel ins Gespräch kommen, who: Familien im Veedel}
topics:
  - {title: Lastenräder im Alltag, short: Lastenräder}
  - {title: Reparieren statt wegwerfen, kind: theme}
audience: Familien in Köln, die das Auto stehen lassen wollen
channels:
  linkedin: {share: 0.4}
  facebook-group: {share: 0.4, audience: Eltern mit Lastenrad}
  instagram: {share: 0.2}
groups:
  facebook-group: [Lastenrad Köln]
events:
  - {title: Probefahrt-Samstag, date: 2027-03-20, url: "https://example.org/probe"}
  - {title: Reparaturcafé, date: 2027-04-17}
  - {title: Sommerfest, date: 2027-07-01}
offers:
  - {title: Winterdienst, url: "https://example.org/winter"}
"""


@pytest.fixture
def plan() -> Strategy:
    return parse_strategy(STRATEGY, "inline.yaml")


def rendered(plan: Strategy, rows: list[dict[str, Any]]) -> list[RenderedEntry]:
    """Rendered entries; ``url``, ``place`` and ``announce`` are set after building."""
    extra = ("url", "place", "announce")
    built = calendar_entries(plan, [{k: v for k, v in r.items() if k not in extra} for r in rows])
    by_start = sorted(range(len(rows)), key=lambda i: rows[i]["start"])
    return [
        dataclasses.replace(entry, **{k: rows[i][k] for k in extra if k in rows[i]})
        for entry, i in zip(built, by_start, strict=True)
    ]


def test_masking_hides_strategy_strings_and_numbers(plan: Strategy) -> None:
    mask = Masker(plan)
    assert mask(
        "Frag Familien im Veedel nach Lastenräder im Alltag, 3 Sätze, bis 3.000 Zeichen."
    ) == ("Frag § nach §, # Sätze, bis #.# Zeichen.")
    # The longest string wins, and words that merely contain one stay.
    assert (
        mask("Lastenräder im Alltag oder Lastenräder? Lastenrädern!") == "§ oder §? Lastenrädern!"
    )
    assert mask("Kaffeerad Köln lädt zu Probefahrt-Samstag: https://example.org/probe") == (
        "§ lädt zu §: §"
    )


def test_repeats_count_within_four_weeks_on_one_channel_only(plan: Strategy) -> None:
    """The same masked text later on the same channel repeats; elsewhere or later it does not."""
    same = "Frag nach Lastenräder im Alltag: Wie weit fahrt ihr?"
    other_topic = "Frag nach Reparieren statt wegwerfen: Wie weit fahrt ihr?"
    rows = [
        {"start": "2027-03-01 08:00", "prompt": same},
        {"start": "2027-03-02 08:00", "prompt": same, "channel": "instagram"},  # other channel
        {"start": "2027-03-15 08:00", "prompt": other_topic},  # repeat, 14 days later
        {"start": "2027-04-12 08:00", "prompt": same},  # 28 days after the last: fresh
        {"start": "2027-04-20 08:00", "prompt": "Erzähl von deinem ersten Lastenrad."},
    ]
    stats = prompt_stats(plan, rendered(plan, rows))
    assert stats.entries == 5
    assert stats.distinct_texts == 3
    assert stats.repeat_share == pytest.approx(1 / 5)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Lies zwei Beiträge. Kommentiere einen!", ["Lies zwei Beiträge.", "Kommentiere einen!"]),
        (  # a quote stays whole, with its own full stops and question marks
            "Etwa: „Danke. Woher stammt die Zahl?“ Dann warte ab.",
            ["Etwa: „Danke. Woher stammt die Zahl?“", "Dann warte ab."],
        ),
        ("Try “Is it? Really.” Then stop.", ["Try “Is it? Really.”", "Then stop."]),
        (
            "Schreib z. B. eine Frage. Dann ca. zwei.",
            ["Schreib z. B. eine Frage.", "Dann ca. zwei."],
        ),
        (
            "Die vom 22. Februar? Am Di., 12.01. Los.",
            ["Die vom 22. Februar?", "Am Di., 12.01. Los."],
        ),
        ("Frag nach. oder nicht?\nNeue Zeile", ["Frag nach. oder nicht?", "Neue Zeile"]),
        ("„Zitat ohne Ende. Noch ein Satz.", ["„Zitat ohne Ende. Noch ein Satz."]),
        ("", []),
    ],
)
def test_prompts_split_into_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_counting_sentences_leave_out_short_ones_and_rules() -> None:
    """Under 25 characters or a platform rule: no repeat; a quoted example counts on its own."""
    split = Sentences("de")
    masked = (
        "Kurz und gut. Nutz höchstens # Hashtags, mehr braucht kein Beitrag. "
        "Bleib unter #.# Zeichen, dann liest man es ganz. "
        "Zum Beispiel: „Was hat dich dabei am meisten überrascht?“"
    )
    example = "Zum Beispiel: „Was hat dich dabei am meisten überrascht?“"
    assert split(masked) == (example,)
    assert split.units(masked) == {example, "Was hat dich dabei am meisten überrascht?"}


def test_sentence_repeats_within_four_weeks_and_the_most_used_sentence(plan: Strategy) -> None:
    """Sentences repeat on their channel within 28 days; uses count over the whole plan."""
    first = "Lies heute drei Beiträge über Lastenräder im Alltag in Ruhe."
    second = "Schreib einen Kommentar, der eine echte Frage stellt."
    rows = [
        {"start": "2027-03-01 08:00", "prompt": f"{first} {second}"},
        # the topic differs (masked the same), the second sentence is new: 1 of 2 repeats
        {"start": "2027-03-08 08:00",
         "prompt": "Lies heute drei Beiträge über Reparieren statt wegwerfen in Ruhe. Kurz."},
        {"start": "2027-03-09 08:00", "prompt": first, "channel": "instagram"},  # other channel
        {"start": "2027-04-20 08:00", "prompt": f"{second} {first}"},  # weeks later: fresh
    ]  # fmt: skip
    stats = prompt_stats(plan, rendered(plan, rows))
    # counted sentences: 2 + 1 ("Kurz." is too short) + 1 + 2 = 6, one of them a repeat
    assert stats.sentence_repeat_share == pytest.approx(1 / 6)
    assert stats.max_sentence_uses == (4, "Lies heute drei Beiträge über § in Ruhe.")
    text = stats.to_text()
    assert "sentences repeated on their channel (masked): 16.7%" in text
    assert "most-used sentence (masked): 4× Lies heute drei Beiträge über § in Ruhe." in text


def test_an_empty_plan_uses_no_sentence(plan: Strategy) -> None:
    stats = prompt_stats(plan, [])
    assert (stats.sentence_repeat_share, stats.max_sentence_uses) == (0.0, (0, ""))
    assert "most-used sentence (masked): –" in stats.to_text()


def test_pasted_sentences_are_found(plan: Strategy) -> None:
    """The audience sentence or a goal text verbatim; the people's noun phrase is fine."""
    rows = [
        {"start": "2027-03-01 08:00", "prompt": "Sprich Familien in Köln, die das Auto stehen "
         "lassen wollen, an."},
        {"start": "2027-03-02 08:00",
         "prompt": "Ziel: Mit Familien im Veedel ins Gespräch kommen."},
        {"start": "2027-03-03 08:00", "prompt": "Frag Familien im Veedel, wie sie einkaufen."},
        {"start": "2027-03-04 08:00", "prompt": "Frag, wie ihr einkauft."},
    ]  # fmt: skip
    assert prompt_stats(plan, rendered(plan, rows)).pasted_share == 0.5


def test_rules_on_moves_that_publish_nothing(plan: Strategy) -> None:
    """Hashtags or a length limit on a thank-you or a comment count; on a post they do not."""
    rows = [
        {"start": "2027-03-01 08:00", "move": "ask",
         "prompt": "Höchstens drei Hashtags, 3.000 Zeichen."},
        {"start": "2027-03-02 08:00", "move": "thank", "prompt": "Keine Hashtags nötig. Danke!"},
        {"start": "2027-03-03 08:00", "move": "comment", "prompt": "Bis 1.250 Zeichen. Frag nach."},
        {"start": "2027-03-03 12:00", "move": "listen",
         "prompt": "Such über die Hashtags deines Fachs zwei Beiträge."},
        {"start": "2027-03-03 17:00", "move": "comment",
         "prompt": "Find posts through the hashtags of your field."},
        {"start": "2027-03-04 08:00", "move": "thank", "prompt": "Setz ein Zeichen: Danke sagen."},
        {"start": "2027-03-05 08:00", "move": "connect", "prompt": "Notiz: bis 300 Zeichen."},
        {"start": "2027-03-06 08:00", "move": "connect", "channel": "instagram",
         "prompt": "Schreib bis 300 Zeichen."},
    ]  # fmt: skip
    # LinkedIn's connection note has a limit; Instagram has no such note.
    assert prompt_stats(plan, rendered(plan, rows)).rules_on_silent_moves == 3


def test_links_carried_and_events_announced(plan: Strategy) -> None:
    rows = [
        {"start": "2027-03-05 08:00", "move": "announce",
         "prompt": "Komm zur Probefahrt: https://example.org/probe"},
        {"start": "2027-03-12 08:00", "move": "announce", "url": "https://example.org/probe",
         "prompt": "Komm zur Probefahrt!"},
        {"start": "2027-03-13 08:00", "move": "announce", "announce": "Winterdienst",
         "prompt": "Winterdienst: https://example.org/winter"},
        {"start": "2027-03-14 08:00", "move": "ask", "prompt": "Wie fahrt ihr?"},
    ]  # fmt: skip
    stats = prompt_stats(plan, rendered(plan, rows))
    assert stats.urls_carried == (2, 3)
    assert stats.urls_carried_share == pytest.approx(2 / 3)
    assert stats.events == {"Probefahrt-Samstag": 2, "Reparaturcafé": 0, "Winterdienst": 1}
    assert stats.unannounced_events == ("Reparaturcafé",)  # the summer party lies after the plan


def test_events_named_outside_their_announcements_are_counted(plan: Strategy) -> None:
    """A thin budget may allow no announcement; own posts and replies still invite."""
    rows = [
        {"start": "2027-03-05 08:00", "move": "announce", "prompt": "Komm zum Reparaturcafé!"},
        {"start": "2027-03-06 08:00", "move": "ask", "prompt": "Erwähne das Reparaturcafé."},
        {"start": "2027-03-07 08:00", "move": "reply", "prompt": "Antworte allen."},
    ]  # fmt: skip
    stats = prompt_stats(plan, rendered(plan, rows))
    assert stats.event_mentions["Reparaturcafé"] == 1
    assert "named or linked in 1 more prompts" in stats.to_text()


def test_offers_named_outside_their_announcements_are_counted(plan: Strategy) -> None:
    """An offer the goal invites to is pointed to in reply rounds, not only announced."""
    rows = [
        {"start": "2027-03-05 08:00", "move": "announce", "announce": "Winterdienst",
         "prompt": "Unser Winterdienst läuft!"},
        {"start": "2027-03-06 08:00", "move": "reply", "prompt": "Erwähne den Winterdienst."},
    ]  # fmt: skip
    stats = prompt_stats(plan, rendered(plan, rows))
    assert stats.event_mentions["Winterdienst"] == 1


def test_moves_per_place_and_text(plan: Strategy) -> None:
    rows = [
        {"start": "2027-03-01 08:00", "move": "comment", "place": "feed"},
        {"start": "2027-03-02 08:00", "move": "comment", "place": "feed"},
        {"start": "2027-03-03 08:00", "move": "ask", "place": "profile"},
    ]
    stats = prompt_stats(plan, rendered(plan, rows))
    assert stats.moves_per_place == {
        ("linkedin", "feed", "comment"): 2,
        ("linkedin", "profile", "ask"): 1,
    }
    text = stats.to_text()
    assert "entries: 3" in text
    assert "events no post announces or invites to: Probefahrt-Samstag, Reparaturcafé" in text
    assert "linkedin" in text and "feed" in text


def test_an_empty_plan_has_no_shares(plan: Strategy) -> None:
    stats = prompt_stats(plan, [])
    assert (stats.repeat_share, stats.pasted_share, stats.urls_carried_share) == (0.0, 0.0, 1.0)


def test_a_sample_is_spread_evenly_and_deterministic(plan: Strategy) -> None:
    rows = [
        {"start": f"2027-03-{day:02d} 08:00", "prompt": f"Frage {day}?"} for day in range(1, 21)
    ]
    entries = rendered(plan, rows)
    assert [e.prompt for e in spread(entries, 4)] == [
        "Frage 1?",
        "Frage 6?",
        "Frage 11?",
        "Frage 16?",
    ]
    assert spread(entries, 50) == entries
    assert spread(entries, 0) == []
