"""Turn scheduled calendar entries into titles and concrete, dialogue-oriented prompts.

Wording lives in Jinja templates, one per move and language (``templates/<language>/<move>.j2``),
so a team can rephrase a single move without touching code: the strategy's own template folder
is passed in as ``overrides`` and rendered in a sandbox, because those files are user input.

Every template sees these variables (all plain strings, numbers, booleans or a small dict):

``move``, ``move_label``
    the move's name (``ask``) and its label in the plan's language (``Frage stellen``)
``channel``, ``channel_label``
    the catalogue name (``linkedin``) and its display label (``LinkedIn``)
``conventions``
    ``hashtags`` (at most; 0 means none), ``max_length`` (characters; 0 means no practical
    limit), ``mentions`` (whether people are @-mentioned on this platform)
``topic``, ``goal``, ``goal_text``, ``audience``
    the entry's topic, its goal id and that goal's text, and the strategy's audience
``group``
    the community the entry happens in, or ``""``
``announce``
    the offer or event an ``announce`` entry names, or ``""``
``follows_up_title``, ``follows_up_start``
    for a reply round, the title and local date/time of the own post it follows up, else ``""``
``start``, ``minutes``
    the entry's local date/time as people read it, and its planned minutes
``warm_up``
    true while a new channel is still in its listening weeks
``variant``
    0, 1 or 2: which of a template's phrasings to use, so a plan does not repeat itself
``language``, ``client``
    the plan's language (``de`` or ``en``) and the client's display name

Templates can also use the ``number`` filter (``{{ conventions.max_length | number(language) }}``)
for digit grouping in the plan's language. How templates are found, sandboxed and their
errors located is :mod:`dialogplan.prompt_templates`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import Template

from dialogplan.catalogue import catalogue
from dialogplan.dates import format_start
from dialogplan.entry import ENTRY_COLUMNS, Entry, RenderedCalendar, RenderedEntry
from dialogplan.labels import channel_label, move_label
from dialogplan.prompt_templates import (
    Prompts,
    PromptTemplateError,
    environment,
    load,
    template_dir,
)
from dialogplan.strategy import Strategy

__all__ = ["PromptTemplateError", "format_start", "render", "template_dir"]


def render(
    strategy: Strategy,
    entries: Sequence[Entry],
    overrides: Mapping[str, str] | None = None,
) -> RenderedCalendar:
    """Give every entry a title and a prompt, in the plan's language.

    ``overrides`` maps template names such as ``"de/ask.j2"`` to a team's own template text;
    they replace the built-in template of that name and run in a sandbox.
    """
    env = environment(overrides)
    facts = _Facts(strategy, entries)
    templates: dict[str, Template] = {}
    cache = Prompts(env)
    contexts: list[dict[str, Any]] = []
    prompts: list[str] = []
    for i, entry in enumerate(entries):
        if entry.move not in templates:
            templates[entry.move] = load(env, f"{strategy.language}/{entry.move}.j2")
        contexts.append(facts.context(i))
        prompts.append(cache.render(templates[entry.move], contexts[-1]))

    _vary_neighbours(entries, contexts, prompts, templates, cache)
    return tuple(
        RenderedEntry(**_fields(entry), title=title, prompt=prompt)
        for entry, title, prompt in zip(entries, facts.titles, prompts, strict=True)
    )


class _Facts:
    """What the templates may say about each entry of one calendar, looked up once."""

    def __init__(self, strategy: Strategy, entries: Sequence[Entry]) -> None:
        language = self.language = strategy.language
        self.entries = entries
        self.titles = [_title(entry, language) for entry in entries]
        self.starts = [format_start(entry.start, language) for entry in entries]
        self.posts = {entry.uid: i for i, entry in enumerate(entries)}
        self.goals = {goal.id: goal.text for goal in strategy.goals}
        self.channels = {
            name: _channel_context(name, language)
            for name in dict.fromkeys(e.channel for e in entries)
        }
        self.shared = {
            "audience": strategy.audience,
            "language": language,
            "client": strategy.name,
        }

    def context(self, i: int) -> dict[str, Any]:
        """The variables the template of the ``i``-th entry sees."""
        entry = self.entries[i]
        if entry.goal not in self.goals:
            raise ValueError(f"calendar entry {entry.uid} names unknown goal {entry.goal!r}")
        followed = self.posts.get(entry.follows_up) if entry.follows_up else None
        return {
            **self.shared,
            **self.channels[entry.channel],
            "move": entry.move,
            "move_label": move_label(entry.move, self.language),
            "topic": entry.topic,
            "goal": entry.goal,
            "goal_text": self.goals[entry.goal],
            "group": entry.group,
            "announce": entry.announce,
            "follows_up_title": self.titles[followed] if followed is not None else "",
            "follows_up_start": self.starts[followed] if followed is not None else "",
            "start": self.starts[i],
            "minutes": entry.minutes,
            "warm_up": entry.warm_up,
            "variant": entry.seq % 3,
        }


def _title(entry: Entry, language: str) -> str:
    title = (
        f"{move_label(entry.move, language)}: {entry.topic} · "
        f"{channel_label(entry.channel, language)}"
    )
    return f"{title} · {entry.group}" if entry.group else title


def _channel_context(name: str, language: str) -> dict[str, Any]:
    return {
        "channel": name,
        "channel_label": channel_label(name, language),
        "conventions": catalogue()[name].conventions.model_dump(),
    }


def _fields(entry: Entry) -> dict[str, Any]:
    """An entry's scheduled fields, to build its rendered twin from."""
    return {name: getattr(entry, name) for name in ENTRY_COLUMNS}


def _vary_neighbours(
    entries: Sequence[Entry],
    contexts: list[dict[str, Any]],
    prompts: list[str],
    templates: dict[str, Template],
    cache: Prompts,
) -> None:
    """Rephrase any prompt that repeats the one before it on the same channel."""
    by_channel: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        by_channel.setdefault(entry.channel, []).append(i)
    for rows in by_channel.values():
        rows.sort(key=lambda i: entries[i].start)
        for before, i in itertools.pairwise(rows):
            if prompts[i] != prompts[before]:
                continue
            first = contexts[i]["variant"]
            for step in (1, 2):
                context = {**contexts[i], "variant": (first + step) % 3}
                prompt = cache.render(templates[contexts[i]["move"]], context)
                if prompt != prompts[before]:
                    contexts[i], prompts[i] = context, prompt
                    break
