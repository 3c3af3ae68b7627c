"""Telling a short free text's kind, or what a name is named after, by word stems.

Teams write news and the reasons for a break in their own words ("Won masters single",
„Fortbildung in Hamburg“). A data file lists word stems per kind; a text is of the first
kind, in the file's order, one of whose stems starts a word of it, in any case; or, for words
German builds into compounds („Hallenumbau“, „Winterpause“), appears anywhere in it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Mapping
from functools import cache, lru_cache
from importlib.resources import files

import yaml

Stems = tuple[tuple[str, re.Pattern[str]], ...]


@cache
def stems(
    data_file: str, kinds: Collection[str], *, inside: bool = False, whole: bool = False
) -> Stems:
    """The kinds of ``dialogplan/data/<data_file>`` with their stems, checked against ``kinds``.

    With ``inside``, a stem matches inside a word too, not only at its start. With ``whole``,
    an entry is a whole word with a plural ending at most ("tablets" for „Tabletten“ too),
    and only one ending in ``*`` a stem: "pain" is no „Painswick“.
    """
    raw = yaml.safe_load(files("dialogplan").joinpath(f"data/{data_file}").read_text("utf-8"))
    start = "" if inside else r"(?<!\w)"
    unknown = set(raw) - set(kinds)
    if unknown:
        raise ValueError(f"{data_file}: unknown kinds {sorted(unknown)}")
    word = _whole_word if whole else re.escape
    return tuple(
        (kind, re.compile(start + "(?:" + "|".join(map(word, words)) + ")", re.IGNORECASE))
        for kind, words in raw.items()
    )


def _whole_word(entry: str) -> str:
    """An entry of a ``whole`` list as a pattern: a stem where it ends in ``*``."""
    if entry.endswith("*"):
        return re.escape(entry[:-1])
    return re.escape(entry) + r"(?:s|es|n|en)?\b"


#: Words shorter than this say little about a subject or a person ("in", "at", "der", "the").
STEM_MIN = 5


@cache
def everyday_words() -> frozenset[str]:
    """Words of everyday life (``dialogplan/data/everyday_words.yaml``), as :func:`whole_words`."""
    raw = yaml.safe_load(
        files("dialogplan").joinpath("data/everyday_words.yaml").read_text("utf-8")
    )
    return frozenset(word for text in raw for word in whole_words(text))


#: How many phrases' stems :func:`word_stems` keeps at hand.
STEMS_CACHED = 4096


def long_words(text: str, shortest: int) -> list[str]:
    """The words of a phrase with at least ``shortest`` letters, casefolded."""
    return [w for w in re.findall(r"\w+", text.casefold()) if len(w) >= shortest]


@lru_cache(maxsize=STEMS_CACHED)
def word_stems(text: str) -> frozenset[str]:
    """The stems of a phrase's longer words: their first letters, so plurals match.

    Remembered: the same example lines and questions are compared over and over in a plan.
    """
    return frozenset(w[:STEM_MIN] for w in (*long_words(text, STEM_MIN), *_joined(text)))


def whole_words(text: str) -> frozenset[str]:
    """A phrase's longer words without their plural or case endings: "podcasts" → "podcast"."""
    return frozenset(_base(w) for w in (*long_words(text, STEM_MIN), *_joined(text)))


def _joined(text: str) -> list[str]:
    """Neighbours in a hyphenated word as one word, the way a hashtag writes them.

    „Kinder-Hip-Hop“ gives "kinderhip" and "hiphop": its parts are too short to name anything
    alone, and #hiphopkids is named after it.
    """
    pairs = []
    for compound in re.findall(r"\w+(?:-\w+)+", text.casefold()):
        parts = compound.split("-")
        pairs += [a + b for a, b in itertools.pairwise(parts) if len(a + b) >= STEM_MIN]
    return pairs


def numbered(text: str) -> frozenset[str]:
    """A phrase's numbered things as one word each: "the Part 2 year" names #part2.

    Their words are often too short to say anything alone ("part", "phase"), but with the
    number they name one subject.
    """
    return frozenset(
        f"{word}{number}" for word, number in re.findall(r"([^\W\d_]{3,})\s*(\d+)", text.casefold())
    )


def squashed(name: str) -> str:
    """A name as one lowercase word, so that #leipziggohlis contains "gohlis"."""
    return re.sub(r"\W+", "", name.casefold())


def named_after(name: str, known: frozenset[str]) -> bool:
    """Whether one of the stems ``known`` appears in a name: "puppy" in #puppyclass."""
    flat = squashed(name)
    return any(stem in flat for stem in known)


class NamedAfter:
    """Which of a team's topics a name (a hashtag, a group) is named after, worked out once.

    ``topics`` maps each topic's title to the phrase its stems come from (its short form,
    else its title): #puppyclass is named after "our puppy classes".
    """

    def __init__(self, topics: Mapping[str, str], *, whole: bool = False) -> None:
        """Stems per topic; with ``whole``, whole words without their endings.

        A post's hashtag must hold a topic's whole word, not only its first letters, to be
        about it: #elternalltag is not about „Elterncafé“. A stem several topics share names
        none of them where a topic has others: a tattoo studio's #blackworktattoo was named
        after its four topics with "tattoo" in them, and kept off every one but those (r371).
        """
        found = {
            title: (whole_words(phrase) if whole else word_stems(phrase)) | numbered(phrase)
            for title, phrase in topics.items()
        }
        shared = Counter(stem for stems in found.values() for stem in stems)
        self.stems = {
            title: frozenset(s for s in stems if shared[s] == 1) or stems
            for title, stems in found.items()
        }
        #: The stems several topics share: the team's field, as "tattoo" is a studio's.
        self.field = frozenset(stem for stem, topics in shared.items() if topics > 1)
        self.found: dict[str, frozenset[str]] = {}

    def __call__(self, name: str) -> frozenset[str]:
        """The titles of the topics ``name`` is named after."""
        if name not in self.found:
            self.found[name] = frozenset(
                title for title, stems in self.stems.items() if named_after(name, stems)
            )
        return self.found[name]

    def of_field(self, name: str) -> bool:
        """Whether a name is about the team's whole field: #sussextattoo for a studio."""
        return named_after(name, self.field) and not self(name)


#: Endings a word may carry or drop and still be the same word: plurals and cases, and the
#: English -ing of a doing ("repairing" is what #repaircafe is about).
_ENDINGS = re.compile(r"(?:ing|es|en|er|e|n|s)$")


def _base(word: str) -> str:
    """A word without a plural or case ending: "podcasts" → "podcast", „pläne“ → „plän“.

    And without the -ing of a doing: "repairing" → "repair".
    """
    return _ENDINGS.sub("", word) if len(word) > STEM_MIN else word


def same_thing(word: str, other: str) -> bool:
    """Whether two casefolded words name the same thing, one maybe inside a compound.

    "podcast" and "podcasts" do, and "snacks" and „kinosnacks“ (the compound ends with it);
    „dienstpläne“ and „dienstag“ do not, though they start alike.
    """
    a, b = _base(word), _base(other)
    return (
        a == b or (len(a) >= STEM_MIN and b.endswith(a)) or (len(b) >= STEM_MIN and a.endswith(b))
    )


def kind_of(text: str, known: Stems) -> str:
    """The first kind one of whose stems starts a word of ``text``; "" when none does."""
    return next((kind for kind, pattern in known if pattern.search(text)), "")


__all__ = [
    "STEM_MIN",
    "NamedAfter",
    "Stems",
    "kind_of",
    "long_words",
    "named_after",
    "same_thing",
    "squashed",
    "stems",
    "word_stems",
]
