"""Prompts and titles: every move in both languages, variation, user templates and the sandbox."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dialogplan.catalogue import catalogue
from dialogplan.entry import ENTRY_COLUMNS, Entry, RenderedEntry
from dialogplan.moves import MOVES
from dialogplan.render import PromptTemplateError, format_start, render
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
audience: {audience}
goals:
  - id: gespraech
    text: {goal}
topics: ["{topic}", "{other_topic}"]
channels:
  linkedin: {{share: 0.2}}
  facebook-group: {{share: 0.2}}
  youtube: {{share: 0.1}}
  newsletter: {{share: 0.1}}
  blog: {{share: 0.1}}
  mastodon: {{share: 0.1, new: true}}
  pinterest: {{share: 0.1}}
groups:
  facebook-group: ["{group}"]
events:
  - title: "{event}"
    date: 2027-02-10
"""

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "language": "de",
        "audience": "Cafébetreiberinnen und Cafébetreiber im Ruhrgebiet",
        "goal": "Mit Cafés über nachhaltigen Einkauf ins Gespräch kommen",
        "topic": "Röstgrade verständlich erklären",
        "other_topic": "Fairer Handel ohne Siegel",
        "group": "Cafés im Pott",
        "event": "Cupping-Abend im Röstwerk",
    },
    "en": {
        "language": "en",
        "audience": "independent café owners in the Ruhr valley",
        "goal": "Start conversations with cafés about sustainable sourcing",
        "topic": "Explaining roast levels",
        "other_topic": "Fair trade beyond labels",
        "group": "Cafés of the Ruhr",
        "event": "Cupping evening at the roastery",
    },
}


def strategy_in(language: str) -> Strategy:
    """The example roastery's strategy in one language."""
    return parse_strategy(STRATEGY.format(**TEXTS[language]), f"<{language}>")


def channel_for(strategy: Strategy, move: str) -> str:
    """The first channel of the strategy on which a move makes sense."""
    return next(name for name in strategy.channels if move in catalogue()[name].moves)


def every_move(strategy: Strategy) -> tuple[Entry, ...]:
    """Each move three times (all phrasings) on a fitting channel, replies after an ask."""
    entries: list[dict[str, Any]] = [
        {"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00", "seq": 0}
    ]
    day = 6
    for move in MOVES:
        for seq in range(3):
            entry: dict[str, Any] = {
                "channel": channel_for(strategy, move),
                "move": move,
                "start": f"2027-01-{day:02d} 12:00",
                "seq": seq,
            }
            if move == "reply":
                entry.update(channel="linkedin", follows=0)
            entries.append(entry)
            day = day + 1 if day < 28 else 6
    return calendar_entries(strategy, entries, rendered=False)


LAST_SENTENCE = re.compile(r"(?<=[.?!])\s+")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_move_renders_with_its_facts(language: str) -> None:
    """Each move's prompt, in every phrasing, names topic, goal, audience and its specifics."""
    strategy = strategy_in(language)
    texts = TEXTS[language]
    calendar = render(strategy, every_move(strategy))
    ask = next(entry for entry in calendar if entry.move == "ask")
    assert {entry.move for entry in calendar} == set(MOVES)
    for entry in calendar:
        prompt = entry.prompt
        assert not re.search(r"[{}]|\{#|#\}", prompt), prompt
        for fact in ("topic", "goal", "audience"):
            assert texts[fact] in prompt, (entry.move, fact)
        if entry.group:
            assert texts["group"] in prompt, entry.move
        if entry.move == "announce":
            assert texts["event"] in prompt
        if entry.move == "reply":
            assert ask.title in prompt
            assert format_start(ask.start, language) in prompt
    variants: defaultdict[str, set[str]] = defaultdict(set)
    for entry in calendar:
        variants[entry.move].add(entry.prompt)
    fewer = {move: len(prompts) for move, prompts in variants.items() if len(prompts) != 3}
    assert not fewer, fewer


@pytest.mark.parametrize("language", ["de", "en"])
def test_prompts_end_in_a_question_or_an_action(language: str) -> None:
    """Every prompt contains a real question and closes on it or an action, not on the rules."""
    strategy = strategy_in(language)
    rules = "gilt:" if language == "de" else "Conventions on"
    for prompt in (entry.prompt for entry in render(strategy, every_move(strategy))):
        assert "?" in prompt, prompt
        assert prompt.endswith(("?", ".")), prompt
        assert rules not in LAST_SENTENCE.split(prompt)[-1], prompt


@pytest.mark.parametrize(
    ("language", "channel", "expected", "absent"),
    [
        ("de", "linkedin", ["höchstens drei Hashtags", "3.000 Zeichen", "mit @"], []),
        ("de", "newsletter", ["keine Hashtags", "keine @-Erwähnungen"], ["Zeichen"]),
        ("de", "pinterest", ["keine Hashtags", "500 Zeichen", "keine @-Erwähnungen"], []),
        ("en", "linkedin", ["up to three hashtags", "3,000 characters", "@-mention"], []),
        ("en", "blog", ["no hashtags", "no @-mentions"], ["characters"]),
    ],
)
def test_prompts_name_the_channel_conventions(
    language: str, channel: str, expected: list[str], absent: list[str]
) -> None:
    """Prompts tell how the platform writes: hashtags, length limit if any, @-mentions."""
    strategy = strategy_in(language)
    move = "article" if channel in ("newsletter", "blog") else "share"
    entries = [{"channel": channel, "move": move, "start": "2027-01-05 09:00"}]
    prompt = render(strategy, calendar_entries(strategy, entries))[0].prompt
    for text in expected:
        assert text in prompt
    for text in absent:
        assert text not in prompt


@pytest.mark.parametrize(
    ("language", "wording"),
    [
        (
            "de",
            {
                "youtube": "Video",
                "newsletter": "Ausgabe deines Newsletters",
                "blog": "Blogbeitrag",
                "linkedin": "LinkedIn-Artikel",
            },
        ),
        (
            "en",
            {
                "youtube": "video",
                "newsletter": "issue of your newsletter",
                "blog": "blog post",
                "linkedin": "LinkedIn article",
            },
        ),
    ],
)
def test_long_form_pieces_use_the_platforms_word(language: str, wording: dict[str, str]) -> None:
    """A long-form piece is a video on YouTube, an issue of a newsletter, a blog post, etc."""
    strategy = strategy_in(language)
    entries = [
        {"channel": channel, "move": "article", "start": f"2027-01-{5 + i:02d} 10:00"}
        for i, channel in enumerate(wording)
    ]
    for entry in render(strategy, calendar_entries(strategy, entries)):
        assert wording[entry.channel] in entry.prompt


@pytest.mark.parametrize(("language", "phrase"), [("de", "Zuhörphase"), ("en", "listening phase")])
def test_warm_up_entries_say_it_is_the_listening_phase(language: str, phrase: str) -> None:
    """On a new channel's first weeks the prompt says the team is still listening."""
    strategy = strategy_in(language)
    entries: list[dict[str, Any]] = [
        {"channel": "mastodon", "move": "listen", "start": "2027-01-05 08:00", "warm_up": True},
        {"channel": "mastodon", "move": "listen", "start": "2027-02-05 08:00"},
    ]
    warm, settled = (
        entry.prompt for entry in render(strategy, calendar_entries(strategy, entries))
    )
    assert phrase in warm
    assert phrase not in settled


def test_dates_read_naturally_without_a_locale() -> None:
    """Dates in prompts look like German and English calendars write them."""
    moment = datetime(2027, 1, 5, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert format_start(moment, "de") == "Di., 05.01.2027, 08:00"
    assert format_start(moment, "en") == "Tue 5 Jan 2027, 08:00"


def test_titles_name_move_topic_channel_and_group() -> None:
    """A calendar title says what to do, about what, where, and in which group."""
    strategy = strategy_in("de")
    entries = [
        {"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"},
        {"channel": "facebook-group", "move": "group-help", "start": "2027-01-05 19:00"},
    ]
    titles = [entry.title for entry in render(strategy, calendar_entries(strategy, entries))]
    assert titles == [
        "Frage stellen: Röstgrade verständlich erklären · LinkedIn",
        "In der Gruppe helfen: Röstgrade verständlich erklären · Facebook-Gruppen · Cafés im Pott",
    ]


def test_render_adds_words_to_new_entries() -> None:
    """Rendering keeps the scheduler's fields and order and leaves its entries untouched."""
    strategy = strategy_in("en")
    calendar = every_move(strategy)
    before = tuple(calendar)
    rendered = render(strategy, calendar)
    assert all(type(entry) is RenderedEntry for entry in rendered)
    assert all(type(entry) is Entry for entry in calendar)
    assert calendar == before
    scheduled = [[getattr(e, name) for name in ENTRY_COLUMNS] for e in rendered]
    assert scheduled == [[getattr(e, name) for name in ENTRY_COLUMNS] for e in before]


def test_consecutive_prompts_on_a_channel_differ() -> None:
    """Two entries in a row that would read the same are rephrased, the same way every run."""
    strategy = strategy_in("de")
    entries = [
        {"channel": "linkedin", "move": "listen", "start": "2027-01-05 08:00", "seq": 0},
        {"channel": "facebook-group", "move": "listen", "start": "2027-01-05 19:00", "seq": 0},
        {"channel": "linkedin", "move": "listen", "start": "2027-01-06 08:00", "seq": 3},
        {"channel": "linkedin", "move": "listen", "start": "2027-01-07 08:00", "seq": 6},
    ]
    calendar = calendar_entries(strategy, entries, rendered=False)
    first = render(strategy, calendar)
    linkedin = [entry.prompt for entry in first if entry.channel == "linkedin"]
    assert all(a != b for a, b in itertools.pairwise(linkedin))
    assert linkedin[0] == linkedin[2]
    assert first == render(strategy, calendar)


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
    """User templates can import the shipped macro file to reuse the conventions sentence."""
    strategy = strategy_in("en")
    source = (
        '{% import "en/_macros.j2" as m %}'
        "{{ m.conventions(channel, channel_label, conventions) }} What do you think?"
    )
    entries = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    calendar = render(strategy, calendar_entries(strategy, entries), {"en/ask.j2": source})
    assert calendar[0].prompt.startswith("Conventions on LinkedIn: up to three hashtags")


def test_the_sandbox_refuses_unsafe_attributes() -> None:
    """A user template cannot reach Python internals through attributes like __class__."""
    strategy = strategy_in("de")
    entries = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {"de/ask.j2": "Frage:\n{{ ''.__class__.__mro__ }}"}
    with pytest.raises(ValueError, match=r"template de/ask\.j2, line 2: not allowed.*unsafe"):
        render(strategy, calendar_entries(strategy, entries), overrides)


def test_an_undefined_variable_names_the_template_and_line() -> None:
    """A misspelt variable in a user template is reported with template name and line."""
    strategy = strategy_in("de")
    entries = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {"de/ask.j2": "Hallo\n\n{{ kundin }}?"}
    with pytest.raises(PromptTemplateError, match=r"de/ask\.j2, line 3: 'kundin' is undefined"):
        render(strategy, calendar_entries(strategy, entries), overrides)


def test_a_syntax_error_names_the_template_and_line() -> None:
    """A broken tag in a user template is reported with template name and line."""
    strategy = strategy_in("en")
    entries = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {"en/ask.j2": "Hello\n{% if topic %}\nno end"}
    with pytest.raises(ValueError, match=r"template en/ask\.j2, line 3: syntax error"):
        render(strategy, calendar_entries(strategy, entries), overrides)


def test_an_error_in_an_overridden_macro_file_points_at_it() -> None:
    """When a move template fails inside an imported file, the error names that file."""
    strategy = strategy_in("en")
    entries = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    overrides = {"en/_macros.j2": "{% macro q(text) %}\n{{ txt }}{% endmacro %}"}
    with pytest.raises(
        ValueError, match=r"en/_macros\.j2, line 2: 'txt' is undefined \(while rendering en/ask"
    ):
        render(strategy, calendar_entries(strategy, entries), overrides)
