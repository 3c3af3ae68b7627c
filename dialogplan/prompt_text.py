"""Prompts read as text: strategy strings masked, sentences split, repeats remembered.

Repetition is judged on *masked* prompts: every string taken from the strategy (topics,
goals, audiences, groups, events, offers, the client's name) becomes ``§`` and every number
``#``, so two prompts that differ only in what the strategy filled in count as the same
text. A prompt splits into sentences at ``.``, ``!`` and ``?`` before a capital or a quote,
quotes kept whole; short sentences and the one that states the platform rules do not count.
The renderer uses this to phrase a repeating prompt again, the prompt figures to count.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from datetime import timedelta
from functools import cache

from dialogplan.entry import Entry
from dialogplan.strategy import Event, Strategy

#: A masked prompt must not come back on its channel within this span.
REPEAT_WINDOW = timedelta(days=28)
#: What a strategy string and a number become in a masked prompt.
PLACEHOLDER = "§"
NUMBER_PLACEHOLDER = "#"

#: Masked sentences shorter than this are too short to count as a repeat.
MIN_SENTENCE = 25

_NUMBER = re.compile(r"\d+")
#: The possessives of a short form that prompts change as they speak to the team ("our
#: workshop" reads "your workshop") or of its people ("your second room", "their second room").
POSSESSIVES = frozenset({"our", "your", "their", "my"})


def named_in(name: str, prompt: str) -> bool:
    """Whether a prompt names ``name``, in any case and with any possessive where it has one.

    Titles read as noun phrases in prompts ("the half-day stress test"), short forms change
    their possessive: an offer named either way is named.
    """
    return _worded(name).search(prompt) is not None


def names_event(question: str, event: Event) -> bool:
    """Whether a question names an event, by its title or its short form.

    An adjective before the noun may take another ending in a sentence: „Darf dein Kind beim
    Offenen Instrumententag …?“ names the „Offener Instrumententag“, and was asked four weeks
    after it (r533).
    """
    return any(
        name and _worded(name, declined=True).search(question) is not None
        for name in (event.title, event.short or "")
    )


#: A word's adjective ending, which a sentence may change: „Offener“, „Offenen“, „Offenes“.
_ADJECTIVE_ENDING = re.compile(r"^(\w{3,}?)(e[mnrs]?)$")


@cache
def _worded(name: str, *, declined: bool = False) -> re.Pattern[str]:
    words = name.split()
    worded = [
        "(?:our|your|their|my)"
        if word.casefold() in POSSESSIVES
        else (_any_ending(word) if declined and n < len(words) - 1 else re.escape(word))
        for n, word in enumerate(words)
    ]
    return re.compile(r"\s+".join(worded), re.IGNORECASE)


def _any_ending(word: str) -> str:
    """A pattern for ``word`` with any adjective ending, or the word as it stands."""
    found = _ADJECTIVE_ENDING.match(word)
    return re.escape(found[1]) + "e[mnrs]?" if found else re.escape(word)


#: Quotation marks: ``„`` always opens, ``”`` always closes; the others open a quote outside
#: one and close it inside (German „…“ and »…«, English “…”, straight quotes).
_OPENS = "„"
_CLOSES = "”"
_EITHER = '“"»«'
_QUOTES = _OPENS + _CLOSES + _EITHER
#: What the splitter looks at: quotation marks, line breaks, and the spaces after an end mark
#: (quotes or a bracket may close in between) before what can start a sentence.
_MARKS = re.compile(r"[„”“\"»«\n]|(?<=[.!?”“\"»«)’])[^\S\n]+(?=\S)")
#: What, besides a capital or a digit, can start a sentence: a quote, a bracket, a placeholder.
_STARTS = frozenset('„“"»«(‚§#')
#: Words ending in a full stop that do not end a sentence (besides single letters: "z. B.").
_ABBREVIATIONS = frozenset(
    {"bzw", "ca", "etc", "evtl", "ggf", "inkl", "usw", "vgl", "e.g", "i.e", "vs", "Nr", "Dr",
     "Mr", "Mrs", "Ms", "St", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"}
)  # fmt: skip
#: What a number (or a date such as 12.01.) is made of, masked or not.
_NUMERAL = "0123456789.#"
#: A quoted passage inside a sentence: an example line, counted on its own as well.
_QUOTED = re.compile(r"„([^“”]+)[“”]|“([^”“]+)”|»([^«]+)«|\"([^\"]+)\"")
#: Words that state a platform rule: how many hashtags (not "find posts through hashtags"),
#: or a character limit.
_HASHTAGS = {
    "de": re.compile(
        r"\b(?:keine?n?|ohne|höchstens|maximal|max\.|bis zu|eine?n?|zwei|drei|vier|fünf|sechs|"
        r"\d+)\s+(?:\w+\s+)?Hashtags?\b|\bHashtags?\s*:",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:no|without|at most|up to|max\.?|maximum|one|two|three|four|five|six|\d+)\s+"
        r"(?:\w+\s+)?hashtags?\b|\bhashtags?\s*:",
        re.IGNORECASE,
    ),
}
_LENGTH = {
    "de": re.compile(r"\d[\d.]*\s*Zeichen|Zeichen(?:limit|grenze|begrenzung|zahl)", re.IGNORECASE),
    "en": re.compile(r"\d[\d,]*\s*characters|character (?:limit|count)", re.IGNORECASE),
}


def strategy_strings(strategy: Strategy) -> Iterator[str]:
    """Every text of the strategy that templates may fill in."""
    yield strategy.name
    yield strategy.client
    yield strategy.audience
    for topic in strategy.topics:
        yield from (topic.title, topic.short or "", *topic.questions)
    for goal in strategy.goals:
        yield from (goal.text, goal.who or "", *goal.where)
    for plan in strategy.channels.values():
        yield from (plan.audience or "", *plan.tags)
    for groups in strategy.groups.values():
        yield from (group.name for group in groups)
    for title, url in links(strategy):
        yield from (title, url or "")
    for moment in strategy.moments:
        yield from (moment.title, moment.short or "")
    yield from (event.short or "" for event in strategy.events)
    yield from (offer.short or "" for offer in strategy.offers)


def links(strategy: Strategy) -> list[tuple[str, str | None]]:
    """Every offer's and event's title and link; events last, so their links win."""
    offers = [(offer.title, offer.url) for offer in strategy.offers]
    return offers + [(event.title, event.url) for event in strategy.events]


class Masker:
    """Masks prompts of one strategy: its strings become ``§``, numbers ``#``; memoised."""

    def __init__(self, strategy: Strategy) -> None:
        texts = sorted({text for text in strategy_strings(strategy) if text}, key=len, reverse=True)
        alternatives = "|".join(re.escape(text) for text in texts)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if texts else None
        self.done: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """The prompt with every strategy string and number replaced."""
        masked = self.done.get(text)
        if masked is None:
            masked = self.pattern.sub(PLACEHOLDER, text) if self.pattern else text
            masked = self.done[text] = _NUMBER.sub(NUMBER_PLACEHOLDER, masked)
        return masked


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, stripped; quotes stay whole, line breaks end a sentence.

    A sentence ends at ``.``, ``!`` or ``?`` (closing quotes or brackets may follow) before a
    space and a capital, a digit, a placeholder or an opening quote; not inside a quote, and
    not after an abbreviation ("z. B.", "ca.", "e.g.") or a number ("am 22. Februar").
    """
    found: list[str] = []
    start = depth = 0
    for match in _MARKS.finditer(text):
        mark, at = match.group(), match.start()
        if mark == "\n":
            found.append(text[start:at])
            start, depth = at + 1, 0
        elif mark in _OPENS:
            depth += 1
        elif mark in _CLOSES:
            depth = max(depth - 1, 0)
        elif mark in _EITHER:
            depth = depth - 1 if depth else 1
        elif not depth and _starts_sentence(text[match.end()]) and _ends_sentence(text[start:at]):
            found.append(text[start:at])
            start = match.end()
    found.append(text[start:])
    return [sentence for sentence in (s.strip() for s in found) if sentence]


#: Every place :func:`split_sentences` may end a sentence, without its further conditions.
_MAY_END = re.compile(r"(?<=[.!?”“\"»«)’])\s+|\n")


def rough_sentences(text: str) -> list[str]:
    """The text cut at every place a sentence may end: equal sentences give equal pieces.

    Cheaper than :func:`split_sentences`; where no piece repeats, no sentence does.
    """
    return _MAY_END.split(text)


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _STARTS


def _ends_sentence(chunk: str) -> bool:
    chunk = chunk.rstrip().rstrip(_QUOTES + ")’")
    if not chunk or chunk[-1] not in ".!?":
        return False
    if chunk[-1] != ".":
        return True
    word = chunk[:-1].rsplit(None, 1)[-1] if chunk[:-1].strip() else ""
    word = word.lstrip(_QUOTES + "(")
    if word and not word.strip(_NUMERAL):
        return False  # an ordinal, as German dates write it: "am 22. Februar", "12.01."
    return not (len(word) == 1 and word.isalpha()) and word not in _ABBREVIATIONS


class Sentences:
    """The sentences of masked prompts that count for repeats; memoised per masked text.

    Left out: sentences shorter than :data:`MIN_SENTENCE` and those stating a platform rule
    (hashtags, a length limit) — the same rule in every post is no monotony.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self.done: dict[str, tuple[str, ...]] = {}
        self.units_done: dict[str, frozenset[str]] = {}
        #: Whether a sentence counts, by sentence: most come back in many prompts.
        self.counting: dict[str, bool] = {}

    def __call__(self, masked: str) -> tuple[str, ...]:
        """The counting sentences of one masked prompt, each once, in order."""
        found = self.done.get(masked)
        if found is None:
            found = self.done[masked] = tuple(
                dict.fromkeys(filter(self._counts, split_sentences(masked)))
            )
        return found

    def _counts(self, sentence: str) -> bool:
        counts = self.counting.get(sentence)
        if counts is None:
            long_enough = len(sentence) >= MIN_SENTENCE
            counts = self.counting[sentence] = long_enough and not self._states_rules(sentence)
        return counts

    def units(self, masked: str) -> frozenset[str]:
        """The counting sentences and, besides, each long enough quoted example in them.

        An example line repeats even when the words that lead into it ("Zum Beispiel:",
        "Etwa:") differ.
        """
        found = self.units_done.get(masked)
        if found is None:
            quoted = (
                next(part for part in match.groups() if part is not None).strip()
                for sentence in self(masked)
                for match in _QUOTED.finditer(sentence)
            )
            examples = (text for text in quoted if len(text) >= MIN_SENTENCE)
            found = self.units_done[masked] = frozenset((*self(masked), *examples))
        return found

    def _states_rules(self, sentence: str) -> bool:
        # numbers are masked; a digit lets the rule patterns see "# Hashtags" as "1 Hashtags"
        return any(mentions_rules(sentence.replace(NUMBER_PLACEHOLDER, "1"), self.language))


class RecentTexts:
    """The masked prompts a channel showed lately, for repeat checks in date order."""

    def __init__(self, window: timedelta = REPEAT_WINDOW, *, keep_last: bool = False) -> None:
        self.window = window
        #: Keep the channel's previous prompt however old it is.
        self.keep_last = keep_last
        self.recent: deque[tuple[Entry, str]] = deque()
        self.counts: Counter[str] = Counter()

    def advance(self, entry: Entry) -> None:
        """Forget what lies a full window or more before ``entry``."""
        floor = 1 if self.keep_last else 0
        while len(self.recent) > floor and entry.start - self.recent[0][0].start >= self.window:
            _, text = self.recent.popleft()
            self.counts[text] -= 1

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self.counts.get(text, 0) > 0

    def add(self, entry: Entry, text: str) -> None:
        """Remember ``entry``'s masked prompt."""
        self.recent.append((entry, text))
        self.counts[text] += 1


class RecentSentences:
    """The masked sentences a channel showed lately: like :class:`RecentTexts`, per prompt."""

    def __init__(self, window: timedelta = REPEAT_WINDOW, *, keep_last: bool = False) -> None:
        self.window = window
        #: Keep the sentences of the channel's previous prompt however old it is.
        self.keep_last = keep_last
        self.recent: deque[tuple[Entry, Iterable[str]]] = deque()
        self.counts: Counter[str] = Counter()

    def advance(self, entry: Entry) -> None:
        """Forget what lies a full window or more before ``entry``."""
        floor = 1 if self.keep_last else 0
        while len(self.recent) > floor and entry.start - self.recent[0][0].start >= self.window:
            _, sentences = self.recent.popleft()
            self.counts.subtract(sentences)

    def count(self, sentences: Iterable[str]) -> int:
        """How many of ``sentences`` the channel showed lately."""
        counts = self.counts.get  # a Counter's missing key costs a method call
        return sum(counts(sentence, 0) > 0 for sentence in sentences)

    def add(self, entry: Entry, sentences: Iterable[str]) -> None:
        """Remember ``entry``'s masked sentences (each once)."""
        self.recent.append((entry, sentences))
        self.counts.update(sentences)


def mentions_rules(prompt: str, language: str) -> tuple[bool, bool]:
    """Whether a prompt mentions hashtags, and whether it mentions a character limit."""
    return bool(_HASHTAGS[language].search(prompt)), bool(_LENGTH[language].search(prompt))
