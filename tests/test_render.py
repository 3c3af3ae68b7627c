"""Prompts and titles: the render context, every move in both languages, variety, user templates."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dialogplan import render as render_module
from dialogplan.contacts import parse_contacts
from dialogplan.entry import ENTRY_COLUMNS, Entry, RenderedEntry
from dialogplan.moves import MOVES
from dialogplan.places import possible_moves
from dialogplan.prompt_context import PUBLISHING_MOVES
from dialogplan.prompt_text import mentions_rules
from dialogplan.render import REPHRASINGS, WORN_OUT, PromptTemplateError, format_start, render
from dialogplan.strategy import Strategy, parse_strategy
from tests.support import calendar_entries

STRATEGY = """
client: bohnenglueck
name: Rösterei Bohnenglück – Mara Lindqvist
language: {language}
timezone: Europe/Berlin
start: 2027-01-04
months: 3
hours_per_week: 8
region: DE-NW
audience: {audience}
goals:
  - {{id: gespraech, text: "{goal}", who: "{who}"}}
  - {{id: sichtbar, text: "{goal2}"}}
topics:
  - {{title: "{topic}", short: "{short}"}}
  - {{title: "{theme}", kind: theme}}
channels:
  linkedin: {{share: 0.2}}
  facebook-group: {{share: 0.2}}
  instagram: {{share: 0.1, audience: "{insta}"}}
  youtube: {{share: 0.1}}
  newsletter: {{share: 0.1}}
  blog: {{share: 0.1}}
  mastodon: {{share: 0.1, new: true}}
groups:
  facebook-group: ["{group}"]
blackout:
  - {{from: 2027-02-15, to: 2027-02-19, reason: Winterpause}}
  - {{from: 2027-03-22, to: 2027-03-25, reason: Messe}}
events:
  - {{title: "{event}", date: 2027-02-10, url: "https://example.org/cupping"}}
offers:
  - {{title: "{offer}", url: "https://example.org/abo", until: 2027-03-31}}
"""

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "language": "de",
        "audience": "Cafébetreiberinnen und Cafébetreiber im Ruhrgebiet",
        "goal": "Mit Cafés über nachhaltigen Einkauf ins Gespräch kommen",
        "goal2": "Als Rösterei mit Haltung bekannt werden",
        "who": "Inhaberinnen und Inhaber kleiner Cafés",
        "insta": "Kaffeefans aus dem Ruhrgebiet",
        "topic": "Warum wir jede Bohne zweimal sortieren",
        "short": "Bohnensortieren",
        "theme": "Fairer Handel ohne Siegel",
        "group": "Cafés im Pott",
        "event": "Cupping-Abend im Röstwerk",
        "offer": "Kaffee-Abo für Büros",
    },
    "en": {
        "language": "en",
        "audience": "independent café owners in the Ruhr valley",
        "goal": "Start conversations with cafés about sustainable sourcing",
        "goal2": "Become known as a roastery with principles",
        "who": "owners of small cafés",
        "insta": "coffee lovers in the Ruhr valley",
        "topic": "Why we sort every bean twice",
        "short": "sorting beans",
        "theme": "Fair trade beyond labels",
        "group": "Cafés of the Ruhr",
        "event": "Cupping evening at the roastery",
        "offer": "Coffee subscription for offices",
    },
}


def strategy_in(language: str) -> Strategy:
    """The example roastery's strategy in one language."""
    return parse_strategy(STRATEGY.format(**TEXTS[language]), f"<{language}>")


def asked_and_answered(
    channel: str,
    days: list[str],
    ask_at: str = "08:00",
    reply_at: str = "17:00",
    *,
    post: str = "ask",
    announce: str = "",
    **fields: Any,
) -> list[dict[str, Any]]:
    """Rows for an own question (or another ``post``) on each day and the reply round under it
    that evening; ``fields`` (a topic, a group, a goal) go on both, the offer or event an
    announcement invites to (``announce``) on the post alone."""
    rows: list[dict[str, Any]] = []
    invites = {"announce": announce} if announce else {}
    for n, day in enumerate(days):
        rows += [
            {"channel": channel, "move": post, "start": f"{day} {ask_at}", "seq": n, **invites,
             **fields},
            {"channel": channel, "move": "reply", "start": f"{day} {reply_at}",
             "follows": 2 * n, "seq": n, **fields},
        ]  # fmt: skip
    return rows


def entries(strategy: Strategy, rows: list[dict[str, Any]]) -> tuple[Entry, ...]:
    """Hand-built entries in date order; ``continues`` is a row index, as ``follows`` is."""
    extra = ("place", "continues", "url", "occasion", "announce")
    plain = [
        {"uid": f"row{n}@test", **{k: v for k, v in row.items() if k not in extra}}
        for n, row in enumerate(rows)
    ]
    changes = {f"row{n}@test": {k: row[k] for k in extra if k in row} for n, row in enumerate(rows)}
    for change in changes.values():
        if "continues" in change:
            change["continues"] = f"row{change['continues']}@test"
    built = calendar_entries(strategy, plain, rendered=False)
    return tuple(dataclasses.replace(entry, **changes[entry.uid]) for entry in built)


def weekly_rounds(
    channel: str, topic: str, move: str, first: date, weeks: int, after: int, **extra: Any
) -> list[dict[str, Any]]:
    """Rows of an own question a week on ``topic``, each followed ``after`` days on by ``move``.

    The later entry goes back to the question (``follows``), as a story or thank-you round does.
    """
    rows: list[dict[str, Any]] = []
    for week in range(weeks):
        day = first + timedelta(weeks=week)
        rows.append({"channel": channel, "move": "ask", "topic": topic, "start": f"{day} 09:00"})
        rows.append({"channel": channel, "move": move, "topic": topic, "follows": len(rows) - 1,
                     "start": f"{day + timedelta(days=after)} 09:00", **extra})  # fmt: skip
    return rows


def named_prompts(strategy: Strategy, people: str, rows: list[dict[str, Any]]) -> list[str]:
    """The prompts of hand-built entries that are all for the first person of ``people``."""
    strategy = strategy.with_people(parse_contacts(people.encode(), "contacts.csv"))
    named = [dataclasses.replace(e, contact_row=2) for e in entries(strategy, rows)]
    return [entry.prompt for entry in render(strategy, named)]


def every_move(strategy: Strategy) -> tuple[Entry, ...]:
    """Each move three times on a channel where it can happen, replies after an ask."""
    rows: list[dict[str, Any]] = [
        {"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}
    ]
    day = 6
    for move in MOVES:
        channel = next((c for c in strategy.channels if move in possible_moves(c, MOVES)), "blog")
        for seq in range(3):
            row: dict[str, Any] = {"channel": channel, "move": move, "seq": seq}
            row["start"] = f"2027-01-{day:02d} 12:00"
            if move == "reply":
                row.update(channel="linkedin", follows=0)
            elif move in ("away", "back"):
                row["start"] = f"2027-02-{9 + seq if move == 'away' else 22 + seq:02d} 12:00"
            rows.append(row)
            day = day + 1 if day < 28 else 6
    return entries(strategy, rows)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_move_renders_in_both_languages(language: str) -> None:
    """Each move renders in every turn: no template syntax left, no pasted goal or audience
    sentence, and no platform rules on moves that publish nothing."""
    strategy = strategy_in(language)
    texts = TEXTS[language]
    calendar = render(strategy, every_move(strategy))
    assert {entry.move for entry in calendar} == set(MOVES)
    for entry in calendar:
        prompt = entry.prompt
        assert prompt, entry.move
        assert not re.search(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\bNone\b", prompt), prompt
        for sentence in ("audience", "goal", "goal2"):
            assert texts[sentence] not in prompt, (entry.move, sentence)
        if entry.move not in PUBLISHING_MOVES:
            hashtags, length = mentions_rules(prompt, language)
            assert not hashtags, prompt
            assert not length or entry.move == "connect", prompt


def test_titles_name_move_topic_channel_and_group() -> None:
    """A calendar title says what to do, about what, where, and in which group."""
    strategy = strategy_in("de")
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"},
        {"channel": "facebook-group", "move": "group-help", "start": "2027-01-05 19:00"},
        {"channel": "linkedin", "move": "thank", "start": "2027-01-06 08:00", "topic": ""},
        {"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"},
    ]
    titles = [entry.title for entry in render(strategy, entries(strategy, rows))]
    topic = TEXTS["de"]["topic"]
    assert titles == [
        f"Frage stellen: {topic} · LinkedIn",
        f"In der Gruppe helfen: {topic} · Facebook-Gruppen · Cafés im Pott",
        "Danken · LinkedIn",
        f"Ankündigen: {TEXTS['de']['event']} · LinkedIn",  # what it announces, not the topic
    ]


def test_dates_read_naturally_without_a_locale() -> None:
    """Dates in prompts look like German and English calendars write them."""
    moment = datetime(2027, 1, 5, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert format_start(moment, "de") == "Di., 05.01.2027, 08:00"
    assert format_start(moment, "en") == "Tue 5 Jan 2027, 08:00"


def test_render_adds_words_to_new_entries() -> None:
    """Rendering keeps the scheduler's fields and order and leaves its entries untouched.

    Only the invitation a prompt makes is added: the event or offer it names, and its link.
    """
    strategy = strategy_in("en")
    calendar = every_move(strategy)
    before = tuple(calendar)
    rendered = render(strategy, calendar)
    assert all(type(entry) is RenderedEntry for entry in rendered)
    assert all(type(entry) is Entry for entry in calendar)
    assert calendar == before
    kept = [name for name in ENTRY_COLUMNS if name not in ("invites", "url")]
    scheduled = [[getattr(e, name) for name in kept] for e in rendered]
    assert scheduled == [[getattr(e, name) for name in kept] for e in before]
    for entry, made in zip(before, rendered, strict=True):
        if made.url != entry.url:
            assert made.url in made.prompt and made.invites


TURNS = '{{ ["Eins", "Zwei", "Drei", "Vier"][turn % 4] }}: {{ topic }}?'


def listening(days: list[str], channel: str = "linkedin", seq: int = 0) -> list[dict[str, Any]]:
    return [
        {"channel": channel, "move": "listen", "start": f"{day} 08:00", "seq": seq} for day in days
    ]


def test_a_prompt_repeating_within_four_weeks_on_its_channel_is_rephrased() -> None:
    """Same masked text on one channel within 28 days: the later entry takes the next turn."""
    strategy = strategy_in("de")
    texts = TEXTS["de"]
    rows = listening(["2027-01-05", "2027-01-20", "2027-03-01"])
    rows[1]["topic"] = texts["theme"]  # differs only in a strategy string: still a repeat
    rows += listening(["2027-01-06"], channel="mastodon")  # another channel may say it
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows), {"de/listen.j2": TURNS})]
    assert prompts == [
        f"Eins: {texts['topic']}?",
        f"Eins: {texts['topic']}?",  # Mastodon
        f"Zwei: {texts['theme']}?",
        f"Eins: {texts['topic']}?",  # six weeks later
    ]


def test_the_previous_prompt_on_a_channel_counts_however_old() -> None:
    strategy = strategy_in("de")
    rows = listening(["2027-01-05", "2027-03-01"])
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows), {"de/listen.j2": TURNS})]
    assert prompts[0] != prompts[1]


def test_rephrasing_is_deterministic_and_leaves_turnless_templates_alone() -> None:
    strategy = strategy_in("de")
    calendar = entries(strategy, listening(["2027-01-05", "2027-01-06", "2027-01-07"]))
    assert render(strategy, calendar) == render(strategy, calendar)
    same = render(strategy, calendar, {"de/listen.j2": "Hör zu: {{ topic }}?"})
    assert len({entry.prompt for entry in same}) == 1


#: Three long sentences (one per turn modulo 3) and a short word (per turn modulo 5).
SENTENCES = (
    '{{ ["Lies heute drei Beiträge in Ruhe und merk dir einen.", '
    '"Schau dir die neuesten Kommentare unter deinen Beiträgen an.", '
    '"Such dir ein Gespräch, in dem du etwas beitragen kannst."][turn % 3] }} '
    '{{ ["Eins", "Zwei", "Drei", "Vier", "Fünf"][turn % 5] }}.'
)


def test_a_sentence_repeating_within_four_weeks_is_rephrased_on_any_channel() -> None:
    """The whole prompt differs, one long sentence of the move repeats: next turn.

    The team reads all its channels, so a sentence counts as a repeat on another channel too.
    """
    strategy = strategy_in("de")
    rows = listening(["2027-01-05"]) + listening(["2027-01-12"], seq=3)
    rows += listening(["2027-01-06"], channel="mastodon", seq=3)
    prompts = [
        e.prompt for e in render(strategy, entries(strategy, rows), {"de/listen.j2": SENTENCES})
    ]
    assert prompts == [
        "Lies heute drei Beiträge in Ruhe und merk dir einen. Eins.",
        "Schau dir die neuesten Kommentare unter deinen Beiträgen an. Fünf.",  # Mastodon, turn 4
        "Such dir ein Gespräch, in dem du etwas beitragen kannst. Eins.",  # LinkedIn, turn 5
    ]


def test_short_sentences_and_the_rules_sentence_do_not_count() -> None:
    """A repeated short sentence or hashtag rule is no reason to rephrase."""
    strategy = strategy_in("de")
    source = (
        '{{ ["Kurz und gut.", "Knapp und klar."][turn % 2] }} '
        '{{ ["Nutz höchstens drei Hashtags, mehr braucht kein Beitrag.", '
        '"Nimm höchstens drei Hashtags und nicht mehr als nötig."][turn % 2] }} '
        '{{ ["Eins", "Zwei", "Drei", "Vier", "Fünf"][turn % 5] }}.'
    )
    rows = listening(["2027-01-05"]) + listening(["2027-01-12"], seq=2)
    prompts = [
        e.prompt for e in render(strategy, entries(strategy, rows), {"de/listen.j2": source})
    ]
    assert (
        prompts[1] == "Kurz und gut. Nutz höchstens drei Hashtags, mehr braucht kein Beitrag. Drei."
    )


def test_a_sentence_the_plan_wore_out_is_avoided_on_any_channel() -> None:
    """Plan-wide, a sentence's use after WORN_OUT uses anywhere takes the next turn.

    The entries lie five weeks apart and alternate two sentences, so only wear counts.
    """
    strategy = strategy_in("de")
    channels = ["linkedin", "mastodon", "facebook-group", "instagram"]
    turns = [0, 2, 3, 5, 6, 8, 9]  # "Lies heute …" on the even entries, "Such dir …" between
    rows = [
        row
        for k, seq in enumerate(turns)
        for row in listening(
            [(date(2027, 1, 5) + timedelta(weeks=5 * k)).isoformat()], channels[k % 4], seq
        )
    ]
    prompts = [
        e.prompt for e in render(strategy, entries(strategy, rows), {"de/listen.j2": SENTENCES})
    ]
    assert sum(p.startswith("Lies heute") for p in prompts) == WORN_OUT
    assert prompts[-1] == "Schau dir die neuesten Kommentare unter deinen Beiträgen an. Eins."


def test_a_sentence_no_turn_avoids_is_searched_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """What every rephrasing says stays; entries of that kind do not try six turns again."""
    calls: list[int] = []
    original = render_module.render_prompt

    def counted(template: Any, context: dict[str, Any]) -> str:
        calls.append(context["turn"])
        return original(template, context)

    monkeypatch.setattr(render_module, "render_prompt", counted)
    strategy = strategy_in("de")
    source = (
        "Hör dich heute in Ruhe um, bevor du selbst etwas schreibst. "
        '{{ ["Eins", "Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben"][turn % 7] }}.'
    )
    days = [f"2027-01-{day:02d}" for day in range(5, 12)]
    rows = [{**row, "seq": n} for n, row in enumerate(listening(days))]
    prompts = [
        e.prompt for e in render(strategy, entries(strategy, rows), {"de/listen.j2": source})
    ]
    assert len(set(prompts)) == len(days)
    assert len(calls) == len(days) + REPHRASINGS


def test_an_override_replaces_one_builtin_template() -> None:
    """A team's own template for one move is used; every other move keeps the built-in one."""
    strategy = strategy_in("de")
    calendar = every_move(strategy)
    overrides = {"de/ask.j2": "Frag {{ audience }} nach {{ topic }}: Was meint ihr?"}
    builtin = render(strategy, calendar)
    custom = render(strategy, calendar, overrides)
    texts = TEXTS["de"]
    assert {entry.prompt for entry in custom if entry.move == "ask"} == {
        f"Frag {texts['audience']} nach {texts['topic']}: Was meint ihr?"
    }
    others = [entry.prompt for entry in custom if entry.move != "ask"]
    assert others == [entry.prompt for entry in builtin if entry.move != "ask"]


def test_an_override_can_use_the_builtin_macros() -> None:
    """User templates can import the shipped macro file and pick variants with it."""
    strategy = strategy_in("en")
    source = '{% import "en/_macros.j2" as m %}{{ m.pick(["One?", "Two?", "Three?"], turn, 0) }}'
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    calendar = render(strategy, entries(strategy, rows), {"en/ask.j2": source})
    assert calendar[0].prompt in {"One?", "Two?", "Three?"}


def test_the_sandbox_refuses_unsafe_attributes() -> None:
    """A user template cannot reach Python internals through attributes like __class__."""
    strategy = strategy_in("de")
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {"de/ask.j2": "Frage:\n{{ ''.__class__.__mro__ }}"}
    with pytest.raises(ValueError, match=r"template de/ask\.j2, line 2: not allowed.*unsafe"):
        render(strategy, entries(strategy, rows), overrides)


def test_an_undefined_variable_names_the_template_and_line() -> None:
    """A misspelt variable in a user template is reported with template name and line."""
    strategy = strategy_in("de")
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {"de/ask.j2": "Hallo\n\n{{ kundin }}?"}
    with pytest.raises(PromptTemplateError, match=r"de/ask\.j2, line 3: 'kundin' is undefined"):
        render(strategy, entries(strategy, rows), overrides)


def test_a_syntax_error_names_the_template_and_line() -> None:
    """A broken tag in a user template is reported with template name and line."""
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {"en/ask.j2": "Hello\n{% if topic %}\nno end"}
    with pytest.raises(ValueError, match=r"template en/ask\.j2, line 3: syntax error"):
        render(strategy, entries(strategy, rows), overrides)


def test_an_error_in_an_overridden_macro_file_points_at_it() -> None:
    """When a move template fails inside an imported file, the error names that file."""
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {
        "en/_macros.j2": "{% macro q(text) %}\n{{ txt }}{% endmacro %}",
        "en/ask.j2": '{% import "en/_macros.j2" as m %}Ask {{ m.q(topic) }}?',
    }
    with pytest.raises(
        ValueError, match=r"en/_macros\.j2, line 2: 'txt' is undefined \(while rendering en/ask"
    ):
        render(strategy, entries(strategy, rows), overrides)
