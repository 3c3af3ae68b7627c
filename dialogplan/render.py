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
for digit grouping in the plan's language.
"""

from __future__ import annotations

import itertools
import re
import traceback
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateSyntaxError,
    meta,
    nodes,
)
from jinja2.exceptions import SecurityError, TemplateNotFound
from jinja2.sandbox import ImmutableSandboxedEnvironment

from dialogplan.catalogue import catalogue
from dialogplan.moves import MOVES
from dialogplan.strategy import Strategy

__all__ = ["PromptTemplateError", "format_start", "render", "template_dir"]

_WEEKDAYS = {
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_SPACES = re.compile(r"[ \t\r\n]+")


class PromptTemplateError(ValueError):
    """A template that cannot be used, located by template name and line for its author."""

    def __init__(self, template: str, line: int | None, message: str) -> None:
        self.template = template
        self.line = line
        where = f"template {template}" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {message}")


def format_start(moment: datetime, language: str) -> str:
    """A local date and time as people write it; built by hand so no OS locale is needed."""
    day = moment.weekday()
    if language == "de":
        return (
            f"{_WEEKDAYS['de'][day]}, {moment.day:02d}.{moment.month:02d}.{moment.year}, "
            f"{moment.hour:02d}:{moment.minute:02d}"
        )
    return (
        f"{_WEEKDAYS['en'][day]} {moment.day} {_MONTHS_EN[moment.month - 1]} {moment.year}, "
        f"{moment.hour:02d}:{moment.minute:02d}"
    )


def _number(value: int, language: str = "en") -> str:
    """Digit grouping as readers of the plan's language expect it (3.000 or 3,000)."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "de" else text


@cache
def template_dir() -> Path:
    """The built-in templates: shipped inside the package in a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"built-in templates not found next to {here}")


def _configure(env: Environment) -> Environment:
    env.filters["number"] = _number
    return env


_OPTIONS: dict[str, Any] = {
    "undefined": StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": False,
    "keep_trailing_newline": False,
    "auto_reload": False,
}


@cache
def _builtin_env() -> Environment:
    """The trusted environment for the shipped templates; compiled templates stay cached."""
    return _configure(Environment(loader=FileSystemLoader(template_dir()), **_OPTIONS))


class _UserTemplates(BaseLoader):
    """A team's templates by name, like a DictLoader, but reporting the name as the file name.

    Jinja puts that file name into tracebacks, which is how errors get located for the author.
    """

    def __init__(self, sources: Mapping[str, str]) -> None:
        self.sources = dict(sources)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template not in self.sources:
            raise TemplateNotFound(template)
        return self.sources[template], template, lambda: True

    def list_templates(self) -> list[str]:
        return sorted(self.sources)


@lru_cache(maxsize=32)
def _sandbox_env(overrides: tuple[tuple[str, str], ...]) -> Environment:
    """A sandbox for a team's own templates, falling back to the built-in ones per template.

    Immutable, so a template cannot change the values later entries are rendered with.
    """
    loader: BaseLoader = ChoiceLoader(
        [_UserTemplates(dict(overrides)), FileSystemLoader(template_dir())]
    )
    return _configure(ImmutableSandboxedEnvironment(loader=loader, **_OPTIONS))


_TEMPLATE_FRAMES = ("template", "top-level template code")


def _template_name(frame: traceback.FrameSummary) -> str | None:
    """The loader name of the template a traceback frame runs in, or None for Python code."""
    if not frame.filename or not (
        frame.name in _TEMPLATE_FRAMES or frame.name.startswith("block ")
    ):
        return None
    path = Path(frame.filename)
    if not path.is_absolute():
        return frame.filename
    try:
        return path.resolve().relative_to(template_dir()).as_posix()
    except ValueError:
        return frame.filename


def _template_error(entry: str, exc: Exception) -> PromptTemplateError:
    """Locate a failure in the innermost template it happened in."""
    if isinstance(exc, TemplateSyntaxError):
        name = exc.name or exc.filename or entry
        return PromptTemplateError(name, exc.lineno, f"syntax error: {exc.message}")
    name, line = entry, None
    for frame in traceback.extract_tb(exc.__traceback__):
        found = _template_name(frame)
        if found is not None:
            name, line = found, frame.lineno
    message = str(exc) or type(exc).__name__
    if isinstance(exc, TemplateNotFound):
        message = f"there is no template named {exc.name!r}"
    elif isinstance(exc, SecurityError):
        message = f"not allowed in templates: {message}"
    if name != entry:
        message += f" (while rendering {entry})"
    return PromptTemplateError(name, line, message)


def _load(env: Environment, name: str) -> Template:
    try:
        return env.get_template(name)
    except TemplateSyntaxError as exc:
        raise _template_error(name, exc) from exc
    except TemplateNotFound as exc:
        raise PromptTemplateError(name, None, "not found; is the move name right?") from exc


def _tidy(text: str) -> str:
    """One line per paragraph: templates may wrap freely, calendars want compact text."""
    paragraphs = (_SPACES.sub(" ", p).strip() for p in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def _render_one(template: Template, context: dict[str, Any]) -> str:
    try:
        return _tidy(template.render(context))
    except Exception as exc:
        # A user template may fail in any way; the author needs to know where, not how.
        raise _template_error(template.name or "<template>", exc) from exc


@lru_cache(maxsize=512)
def _reads(env: Environment, name: str) -> tuple[str, ...] | None:
    """The variables a template reads, or None when it may read more than it names.

    A template that includes, extends or imports with context shares its variables with
    other templates, so it is never rendered from the cache.
    """
    if env.loader is None:
        return None
    source, *_ = env.loader.get_source(env, name)
    tree = env.parse(source)
    shared = any(tree.find_all((nodes.Include, nodes.Extends)))
    shared = shared or any(node.with_context for node in tree.find_all(nodes.Import))
    shared = shared or any(node.with_context for node in tree.find_all(nodes.FromImport))
    if shared:
        return None
    return tuple(sorted(meta.find_undeclared_variables(tree)))


class _Prompts:
    """Renders prompts, reusing the text of an entry whose template sees the same values.

    A quarter repeats many combinations of move, channel, topic, goal and phrasing; the
    entry's own date only matters to the few templates that mention it.
    """

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.done: dict[tuple[object, ...], str] = {}

    def render(self, template: Template, context: dict[str, Any]) -> str:
        """The tidied prompt for one entry."""
        name = template.name or ""
        reads = _reads(self.env, name) if name else None
        if reads is None:
            return _render_one(template, context)
        key = (name, *(_hashable(context[var]) if var in context else _MISSING for var in reads))
        try:
            return self.done[key]
        except KeyError:
            prompt = self.done[key] = _render_one(template, context)
            return prompt
        except TypeError:  # a value that cannot be part of a key
            return _render_one(template, context)


_MISSING = object()


def _hashable(value: Any) -> object:
    """A value as part of a cache key; exact types, so ``True`` and ``1`` stay apart."""
    if isinstance(value, dict):
        return (dict, tuple((k, _hashable(v)) for k, v in value.items()))
    return (type(value), value)


def _titles(strategy: Strategy, cols: dict[str, list[Any]]) -> list[str]:
    language = strategy.language
    labels = {name: move.labels[language] for name, move in MOVES.items()}
    known = catalogue()
    titles = []
    for move, topic, channel, group in zip(
        cols["move"], cols["topic"], cols["channel"], cols["group"], strict=True
    ):
        label = labels.get(move, move)
        title = f"{label}: {topic} · {known[channel].label_in(language)}"
        titles.append(f"{title} · {group}" if group else title)
    return titles


def render(
    strategy: Strategy,
    calendar: pd.DataFrame,
    overrides: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Add a ``title`` and a ``prompt`` to every calendar entry, in the plan's language.

    ``overrides`` maps template names such as ``"de/ask.j2"`` to a team's own template text;
    they replace the built-in template of that name and run in a sandbox.
    """
    env = _sandbox_env(tuple(sorted(overrides.items()))) if overrides else _builtin_env()
    language = strategy.language
    names = (
        "uid", "start", "channel", "move", "goal", "topic", "minutes",
        "follows_up", "group", "announce", "seq", "warm_up",
    )  # fmt: skip
    cols: dict[str, list[Any]] = {name: calendar[name].tolist() for name in names}
    titles = _titles(strategy, cols)
    starts = [format_start(moment, language) for moment in cols["start"]]
    posts = {uid: i for i, uid in enumerate(cols["uid"])}
    goals = {goal.id: goal.text for goal in strategy.goals}
    move_labels = {name: move.labels[language] for name, move in MOVES.items()}
    channels: dict[str, dict[str, Any]] = {}
    for name in dict.fromkeys(cols["channel"]):
        spec = catalogue()[name]
        channels[name] = {
            "channel": name,
            "channel_label": spec.label_in(language),
            "conventions": spec.conventions.model_dump(),
        }
    templates: dict[str, Template] = {}
    cache = _Prompts(env)
    shared = {"audience": strategy.audience, "language": language, "client": strategy.name}

    contexts: list[dict[str, Any]] = []
    prompts: list[str] = []
    for i, move in enumerate(cols["move"]):
        if move not in templates:
            templates[move] = _load(env, f"{language}/{move}.j2")
        goal = cols["goal"][i]
        if goal not in goals:
            raise ValueError(f"calendar entry {cols['uid'][i]} names unknown goal {goal!r}")
        followed = posts.get(cols["follows_up"][i]) if cols["follows_up"][i] else None
        context = {
            **shared,
            **channels[cols["channel"][i]],
            "move": move,
            "move_label": move_labels.get(move, move),
            "topic": cols["topic"][i],
            "goal": goal,
            "goal_text": goals[goal],
            "group": cols["group"][i] or "",
            "announce": cols["announce"][i] or "",
            "follows_up_title": titles[followed] if followed is not None else "",
            "follows_up_start": starts[followed] if followed is not None else "",
            "start": starts[i],
            "minutes": int(cols["minutes"][i]),
            "warm_up": bool(cols["warm_up"][i]),
            "variant": int(cols["seq"][i]) % 3,
        }
        contexts.append(context)
        prompts.append(cache.render(templates[move], context))

    _vary_neighbours(cols, contexts, prompts, templates, cache)
    result = calendar.copy()
    result["title"] = titles
    result["prompt"] = prompts
    return result


def _vary_neighbours(
    cols: dict[str, list[Any]],
    contexts: list[dict[str, Any]],
    prompts: list[str],
    templates: dict[str, Template],
    cache: _Prompts,
) -> None:
    """Rephrase any prompt that repeats the one before it on the same channel."""
    by_channel: dict[str, list[int]] = {}
    for i, channel in enumerate(cols["channel"]):
        by_channel.setdefault(channel, []).append(i)
    for rows in by_channel.values():
        rows.sort(key=lambda i: cols["start"][i])
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
