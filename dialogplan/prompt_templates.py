"""The prompt templates: where they live, how Jinja runs them, and where they break.

The shipped templates run in a trusted environment; a team's own templates are user input,
so they run in a sandbox, within the limits of :mod:`dialogplan.template_limits`, that falls
back to the shipped ones per template (a shipped one that uses none of the team's runs
trusted, as for every other team), and each prompt may be at most
:data:`~dialogplan.limits.MAX_PROMPT_CHARS` long. Failures are
reported by template name and line, because the person who fixes them is the template's
author, not a programmer.
"""

from __future__ import annotations

import hashlib
import re
import traceback
from collections.abc import Callable, Generator, Iterator, Mapping, MutableMapping, Sequence
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jinja2 import (
    BaseLoader,
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateSyntaxError,
    meta,
)
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError, TemplateNotFound

from dialogplan.dates import undated
from dialogplan.details import run_on
from dialogplan.german_nouns import (
    accusative,
    after_preposition,
    dative,
    genus,
    nominative,
    nominative_phrase,
    phrase_genus,
)
from dialogplan.limits import MAX_PROMPT_CHARS
from dialogplan.names import declined, possessive
from dialogplan.prompt_text import rough_sentences, split_sentences
from dialogplan.question_shapes import fresh_lines
from dialogplan.template_limits import BoundedSandbox, TemplateLimitError, steps
from dialogplan.voice import dein, ours, to_many, voiced, yours

__all__ = [
    "COMPILED_AS",
    "PromptTemplateError",
    "environment",
    "keep_compiled",
    "load",
    "load_move",
    "render_prompt",
    "template_dir",
]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_SPACES = re.compile(r"[ \t\r\n]+")
#: A full stop after a name that ends in its own mark ("Villach – was ist los?."): one mark.
_DOUBLE_MARK = re.compile(r"(?<=[?!])\.(?=\s|$)")
#: A link that ends a sentence, with the next sentence straight after it: it gets its full stop.
_LINK_THEN_SENTENCE = re.compile(r"(https?://\S*[^\s.,;:!?)“”\"'])(?=\s+[A-ZÄÖÜ])")


class PromptTemplateError(ValueError):
    """A template that cannot be used, located by template name and line for its author."""

    def __init__(self, template: str, line: int | None, message: str) -> None:
        self.template = template
        self.line = line
        self.message = message
        where = f"template {template}" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[PromptTemplateError], tuple[str, int | None, str]]:
        """Cross process boundaries whole, so the team's file and line reach the user."""
        return (type(self), (self.template, self.line, self.message))


def _number(value: int, language: str = "en") -> str:
    """Digit grouping as readers of the plan's language expect it (3.000 or 3,000)."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "de" else text


def _said(place: str) -> str:
    """A meeting place as said to someone: "in the shop", without the ", Mill Lane 4" after it.

    Strategies give the team the whole of it; a line to a customer that pastes it reads like
    a form ("come by at the pharmacy on Market Street, best at the counter, any time!"), and
    so do opening hours in brackets ("for a cup of tea (Tuesdays and Thursdays 10-1)?").
    """
    return _BRACKETS.sub("", place).split(", ", 1)[0].strip()


#: A note in brackets inside a meeting place: the team's, not words to say.
_BRACKETS = re.compile(r"\s*\([^()]*\)")


@cache
def template_dir() -> Path:
    """The built-in templates: shipped inside the package in a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"built-in templates not found next to {here}")


#: The words a subject that is a whole question starts with: "whether an old piano is worth
#: saving", „wie oft ein Klavier gestimmt werden muss“.
_CLAUSE = re.compile(
    r"(whether|how|what|why|when|where|which|who|if|ob|wie|was|warum|wann|wo|wer|welche[rsnm]?)\b",
    re.IGNORECASE,
)


def _clause(subject: str) -> bool:
    """Whether a topic's short form is a question of its own, which "how they handle …" breaks."""
    return bool(_CLAUSE.match(subject.strip()))


#: A phrase that starts with something being done: "bringing residents to the concert".
_DOING = re.compile(r"^[a-z]{3,}ing\b")
#: Words in "-ing" that name a thing, not something being done.
_THINGS_IN_ING = frozenset(
    {"morning", "evening", "wedding", "building", "meeting", "painting", "spring", "string",
     "ceiling", "clothing", "bedding", "housing", "ring", "thing", "king", "wing", "swing",
     "sibling", "pudding", "stuffing", "filling", "icing", "lighting", "railing", "setting",
     "opening", "offering", "booking", "reading", "recording", "tasting", "outing", "gathering",
     "landing", "heading", "training", "planning", "parking", "seating", "signing"}
)  # fmt: skip


def _doing(phrase: str) -> bool:
    """Whether a phrase the team shares with someone starts with something being done.

    "We're still thinking of bringing residents to the spring concert" made the team the one
    bringing them, to the care home's activities coordinator who does (r562).
    """
    found = _DOING.match(phrase.strip())
    return found is not None and found.group(0) not in _THINGS_IN_ING


#: Something of the person's own: "her collies' hydrotherapy sessions", "the Laser he is
#: restoring", „ihre Zeit als Mathelehrerin“.
_THEIRS = re.compile(
    r"^(?:her|his|their|ihre?[mnrs]?|seine?[mnrs]?) (?:\w+ )?(?:son|daughter|grand\w+|husband|"
    r"wife|partner|kids|children|dog|dogs|collies|horses?|pony|puppy|sohn|tochter|enkel\w*|"
    r"mann|frau|kinder|hund\w*|pferd\w*)\b|\b(?:she|he|they) (?:is|are) \w+ing\b",
    re.IGNORECASE,
)


def _theirs(phrase: str) -> bool:
    """Whether a phrase the team shares with someone is about something of theirs alone.

    That is no reason for a thank-you: "Thank Amy for her collies' hydrotherapy sessions"
    thanked a prospect for her own dogs' treatment (r564), and a flautist for the pupils she
    is preparing.
    """
    return bool(_THEIRS.search(phrase))


#: A conjunction after which a place to meet goes on as a sentence of its own.
_GOES_ON = re.compile(r"\s(?:while|whilst|when|where|as|so|because|and|or|if|until)\s")


def _goes_on(place: str) -> bool:
    """Whether a place to meet (`meet_at`) goes on as a clause: nothing more joins it.

    "Join us at the counter for a cuppa while we have a look at your device and tell us?"
    (r375): the clause took the question's "and tell us" for its own.
    """
    return bool(_GOES_ON.search(place))


def _swapped(text: str, table: Sequence[Sequence[str]], column: int) -> str:
    """``text`` with each token of ``table``'s first column replaced by its ``column``.

    One pass over the prompt, where a template's loop of replacements took a tenth of
    rendering an English plan; the table itself stays with the wording, in the template.
    """
    tokens = tuple(tuple(row) for row in table)
    pattern, found = _token_pattern(tokens)
    return pattern.sub(lambda match: found[match.group(0)][column], text)


@lru_cache(maxsize=8)
def _token_pattern(
    table: tuple[tuple[str, ...], ...],
) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    tokens = sorted((row[0] for row in table), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, tokens))), {row[0]: row for row in table}


def _configure(env: Environment) -> Environment:
    env.tests["clause"] = _clause
    env.tests["going_on"] = _goes_on
    env.tests["doing"] = _doing
    env.tests["theirs"] = _theirs
    env.filters["swapped"] = _swapped
    env.filters["number"] = _number
    env.filters["genus"] = genus
    env.filters["dative"] = dative
    env.filters["nominativ"] = nominative
    env.filters["nach"] = after_preposition
    env.filters["run_on"] = run_on
    env.filters["fresh_lines"] = fresh_lines
    env.filters["akk"] = accusative
    env.filters["kurz_genus"] = phrase_genus
    env.filters["nom"] = nominative_phrase
    env.filters["voiced"] = voiced
    env.filters["many"] = _for_many
    env.filters["yours"] = yours
    env.filters["dein"] = dein
    env.filters["euer"] = ours
    env.filters["said"] = _said
    env.filters["undated"] = undated
    env.filters["artikel"] = declined
    env.filters["possessive"] = possessive
    env.filters["grouped"] = _grouped
    return env


def _grouped(name: str) -> str:
    """A group's name in an English sentence: the “Leeds Makers” group.

    A name that says "group" itself stays whole: "the “Porth Eirin Sea Swimmers members'
    group” group" read as a seam to a sea-swimming club's reviewer (r247).
    """
    quoted = f"“{name}”"
    return quoted if name.rstrip().lower().endswith(("group", "groups")) else f"{quoted} group"


_OPTIONS: dict[str, Any] = {
    "undefined": StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    # Prompts are plain text for calendars and CSV, never HTML; the report escapes its own.
    "autoescape": False,
    "keep_trailing_newline": False,
    "auto_reload": False,
}


#: What shapes the shipped templates' compiled code besides their source: a cache that
#: outlives the process names its files with it, so code compiled under other options is
#: never loaded.
COMPILED_AS = hashlib.sha256(repr(sorted(_OPTIONS.items())).encode()).hexdigest()[:12]


class _Trusted(Environment):
    """Jinja's environment, with each template's globals in one plain dict.

    Jinja chains the template's globals to the environment's, so that later changes to the
    latter show; it looks through that chain on every render and every import (a twentieth
    of rendering a plan). Nothing changes the globals once templates are loaded.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """The environment's globals overlaid with the template's own, copied once."""
        return {**self.globals, **(d or {})}

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``place.kind`` of a plain dict: its key at once, without a failing attribute look-up.

        Jinja tries the attribute first and the key after it; a dict has no attributes but
        its methods', so for any other name the outcome is the key's, and the failed
        look-up cost a twenty-fifth of rendering.
        """
        methods = _MAPPING_ATTRIBUTES.get(type(obj))
        if methods is None or attribute in methods:
            return super().getattr(obj, attribute)
        try:
            return obj[attribute]
        except KeyError:
            return self.undefined(obj=obj, name=attribute)


#: Every attribute a plain dict or a read-only view of one has.
_MAPPING_ATTRIBUTES = {kind: frozenset(dir(kind)) for kind in (dict, MappingProxyType)}


@cache
def _builtin_env() -> Environment:
    """The trusted environment for the shipped templates; compiled templates stay cached."""
    env = _Trusted(loader=FileSystemLoader(template_dir()), **_OPTIONS)
    return _configure(env)


def keep_compiled(cache: BytecodeCache) -> None:
    """Keep the shipped templates' compiled code in ``cache``, beyond this process.

    Compiling them takes about a second and a half per language, longer than planning a
    quarter, and every command and every planning child process would pay it again. The
    caller chooses where the code is kept (the core reads and writes no files); what a
    template says is the same either way. A team's own templates never use it.
    """
    _builtin_env().bytecode_cache = cache


class _UserTemplates(BaseLoader):
    """A team's templates by name, like a DictLoader, but reporting the name as the file name.

    Jinja puts that file name into tracebacks, which is how errors get located for the author.
    """

    def __init__(self, sources: Mapping[str, str]) -> None:
        self.sources = dict(sources)

    def get_source(
        self,
        environment: Environment,  # noqa: ARG002 - Jinja's loader interface
        template: str,
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template not in self.sources:
            raise TemplateNotFound(template)
        return self.sources[template], template, lambda: True

    def list_templates(self) -> list[str]:
        return sorted(self.sources)


def _for_many(text: str, many: bool) -> str:  # noqa: FBT001 - a template filter's flag
    """A line to one person, for many where they are (:func:`to_many`): a household, readers."""
    return to_many(text) if many else text


def environment(overrides: Mapping[str, str] | None = None) -> Environment:
    """Where templates come from: the built-in ones, or a team's own over them in a sandbox.

    ``overrides`` maps template names such as ``"de/ask.j2"`` to a team's template text.
    """
    return _sandbox_env(tuple(sorted(overrides.items()))) if overrides else _builtin_env()


class _CompiledInMemory(BytecodeCache):
    """Compiled templates kept for the life of the process, keyed by name and source.

    Every team with templates of its own gets a sandbox of its own, which would compile
    each built-in template it falls back to once more (a quarter of a second per language).
    Sandboxes compile alike, so they share this cache; the trusted environment, which
    compiles calls differently, never uses it.
    """

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill the bucket from the cache, if this name was compiled before."""
        if (code := self.code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep what was just compiled."""
        self.code[bucket.key] = bucket.bytecode_to_string()


_SANDBOX_CODE = _CompiledInMemory()


@lru_cache(maxsize=32)
def _sandbox_env(overrides: tuple[tuple[str, str], ...]) -> Environment:
    """A sandbox for a team's own templates, falling back to the built-in ones per template.

    Immutable, so a template cannot change the values later entries are rendered with.
    """
    loader: BaseLoader = ChoiceLoader(
        [_UserTemplates(dict(overrides)), FileSystemLoader(template_dir())]
    )
    env = BoundedSandbox(loader=loader, bytecode_cache=_SANDBOX_CODE, **_OPTIONS)
    return _configure(env)


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
    elif isinstance(exc, TemplateLimitError):
        message = f"stopped: {message}"
    elif isinstance(exc, SecurityError):
        message = f"not allowed in templates: {message}"
    if name != entry:
        message += f" (while rendering {entry})"
    return PromptTemplateError(name, line, message)


def load(env: Environment, name: str) -> Template:
    """A move's template, or an error that tells its author what is wrong."""
    try:
        return env.get_template(name)
    except TemplateSyntaxError as exc:
        raise _template_error(name, exc) from exc
    except TemplateNotFound as exc:
        raise PromptTemplateError(name, None, "not found; is the move name right?") from exc


def load_move(overrides: Mapping[str, str] | None, name: str) -> Template:
    """A move's template: in the sandbox where the team's own templates reach it, else trusted.

    A shipped template that uses none of the team's own renders the same either way, and in
    the trusted environment it is compiled already and runs without a sandbox's checks on
    every call (a team with one template of its own rendered at two thirds of the speed).
    """
    if overrides and name not in overrides:
        uses = _shipped_uses(name)
        if uses is not None and uses.isdisjoint(overrides):
            overrides = None
    return load(environment(overrides), name)


@cache
def _shipped_uses(name: str) -> frozenset[str] | None:
    """A shipped template's name and those of all it imports, includes or extends.

    None when there is no such shipped template, or when one of those names is only known
    when it renders.
    """
    found, todo = {name}, [name]
    while todo:
        references = _shipped_references(todo.pop())
        if references is None or None in references:
            return None
        for used in references:
            if used is not None and used not in found:
                found.add(used)
                todo.append(used)
    return frozenset(found)


@cache
def _shipped_references(name: str) -> tuple[str | None, ...] | None:
    """The templates a shipped template names (None for a name known only when it renders).

    Parsed once per process, and only for teams with templates of their own.
    """
    env = _builtin_env()
    if env.loader is None:
        return None
    try:
        source, _, _ = env.loader.get_source(env, name)
    except TemplateNotFound:
        return None
    return tuple(meta.find_referenced_templates(env.parse(source)))


def _tidy(text: str) -> str:
    """One line per paragraph: templates may wrap freely, calendars want compact text."""
    if "?." in text or "!." in text:  # the lookbehind is tried at every character
        text = _DOUBLE_MARK.sub("", text)
    if "http" in text:
        text = _LINK_THEN_SENTENCE.sub(r"\1.", text)
    paragraphs = [_SPACES.sub(" ", p).strip() for p in _PARAGRAPH_BREAK.split(text)]
    return "\n\n".join(_once(paragraphs))


def _once(paragraphs: list[str]) -> Iterator[str]:
    """The paragraphs, each sentence only the first time the prompt says it.

    Parts of a prompt are written separately (a hint, an example, a fallback), and two of
    them may end up saying the same thing: a reader notices at once. Where no rough piece
    repeats, no sentence does, and the careful split is skipped (it costs a tenth of
    rendering a plan).
    """
    pieces = [piece.casefold() for piece in rough_sentences("\n".join(paragraphs))]
    if len(set(pieces)) == len(pieces):
        yield from (p for p in paragraphs if p)
        return
    seen: set[str] = set()
    for paragraph in paragraphs:
        sentences = split_sentences(paragraph)
        fresh = []
        for sentence in sentences:
            if sentence.casefold() not in seen:
                seen.add(sentence.casefold())
                fresh.append(sentence)
        if len(fresh) == len(sentences):
            if paragraph:
                yield paragraph
        elif fresh:
            yield " ".join(fresh)


def render_prompt(template: Template, context: dict[str, Any]) -> str:
    """The tidied prompt for one entry, or an error that points into the failing template."""
    name = template.name or "<template>"
    try:
        with steps():
            text = _written(template, context)
    except PromptTemplateError:
        raise
    except Exception as exc:
        # A user template may fail in any way; the author needs to know where, not how.
        raise _template_error(name, exc) from exc
    return _tidy(text)


def _written(template: Template, context: dict[str, Any]) -> str:
    """A template's text, streamed so that a runaway one stops at the longest prompt."""
    chunks: list[str] = []
    size = 0
    stream = template.generate(context)
    try:
        for chunk in stream:
            size += len(chunk)
            if size > MAX_PROMPT_CHARS:
                raise PromptTemplateError(
                    template.name or "<template>",
                    None,
                    f"stopped: wrote more than {MAX_PROMPT_CHARS:,} characters for one prompt",
                )
            chunks.append(chunk)
    finally:
        if isinstance(stream, Generator):  # stop a template that is still running
            stream.close()
    return "".join(chunks)
