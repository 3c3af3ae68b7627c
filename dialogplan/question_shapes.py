"""What a question's wording says about its answers: a pick, a memory, a side taken or a tip.

A topic may say how people talk about it (``talk``); most do not. Either way, the question a
post asked tells a reply round what came back: "Three nights midweek or a full week?" draws
picks, and "Good point! Where did you first run into it?" answers none of them; "Which lunch
club would you recommend?" draws picks under a theme of stories too. The patterns live in
``dialogplan/data/question_shapes.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

import yaml

from dialogplan.voice import voiced
from dialogplan.word_stems import STEM_MIN, STEMS_CACHED, long_words


@cache
def _shapes(language: str) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    raw = yaml.safe_load(
        files("dialogplan").joinpath("data/question_shapes.yaml").read_text("utf-8")
    )
    return tuple(
        (kind, tuple(re.compile(p) for p in patterns))
        for kind, patterns in raw.get(language, {}).items()
    )


@cache
def _asks(language: str) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    raw = yaml.safe_load(files("dialogplan").joinpath("data/question_asks.yaml").read_text("utf-8"))
    return tuple(
        (kind, tuple(re.compile(p) for p in patterns))
        for kind, patterns in raw.get(language, {}).items()
    )


def _lower(question: str) -> str:
    return voiced(question, we=True, sie=False).strip().lower()


@cache
def _shape(question: str, language: str) -> str:
    # Read in one of its forms („{Nehmt ihr|Nehmen Sie} auch …?“ as „Nehmt ihr auch …?“), the
    # team's as "we": the shape is the same in every form.
    text = _lower(question)
    return next(
        (kind for kind, patterns in _shapes(language) if any(p.search(text) for p in patterns)),
        "",
    )


def asks_for(question: str, language: str) -> str:
    """What an open question asks for: a "place", "person", "time", "amount" or more.

    Or a "sign" to tell by, a "way", a "reason", a "thing" or "yesno"; "" for a question
    whose wording says how people answer it (:func:`talk_of`).

    "Where do young bands get their first gig?" asks for a place, whatever its topic's
    ``talk``: the round after it asks what makes the place good, not how a story went on.
    The patterns live in ``dialogplan/data/question_asks.yaml``.
    """
    if not question or _shape(question, language) not in ("open", ""):
        return ""
    text = _lower(question)
    return next(
        (kind for kind, patterns in _asks(language) if any(p.search(text) for p in patterns)),
        "",
    )


def talk_of(question: str, language: str) -> str:
    """How people answer ``question``: "debate", "story", "taste", "problem", "referral" or "".

    Or "plan", where people are asked what they would do ("What would you do first if …?"):
    plans come back, which the team adds to from its own work. Or "questions", where people
    are asked for theirs ("What have you always wanted to know about a zero-waste shop?"):
    questions come back, for the team to answer.
    A question people ask the team (:func:`asks_the_team`) draws tips and further questions,
    as a topic of problems does.
    """
    shape = _shape(question, language)
    return {"expert": "problem", "open": "", "choice": "taste"}.get(shape, shape)


def offers_choice(question: str, language: str) -> bool:
    """Whether ``question`` offers a choice ("Three nights or a full week?"), whose picks count.

    An open favourite ("Which expression do you love?") is a matter of taste too, but its
    answers are as many as the people who give them.
    """
    return bool(question) and _shape(question, language) == "choice"


def takes_no_side(question: str, language: str) -> bool:
    """Whether ``question`` is an open one that draws no side, whatever its topic's ``talk``.

    "What is the one room you can never get warm?", asked under a topic of debates: the
    thank-you round that picked up "the side each person took" had no sides to pick up.
    """
    return _shape(question, language) in ("open", "plan")


def asks_the_team(question: str, language: str) -> bool:
    """Whether ``question`` is one people ask the team, which a post answers, not asks.

    "How can you tell if the frame of an old armchair is still sound?", put to a furniture
    restorer's followers, reads as if the restorers did not know.
    """
    return bool(question) and _shape(question, language) == "expert"


#: The most words of a question quoted as what makes it one people ask the team.
ASKER_WORDS = 5


def asker_words(question: str, language: str) -> str:
    """The few words that make ``question`` one people ask the team („Kann man“), or "".

    Writers told only that a question "reads as" theirs could not see why (r464 writer).
    "" where the words are more than a few, or not the question's own as written.
    """
    if not asks_the_team(question, language):
        return ""
    text = _lower(question)
    patterns = dict(_shapes(language))["expert"]
    found = next((m for p in patterns if (m := p.search(text))), None)
    if found is None:
        return ""
    words = found.group(0).strip(" ,–-")
    if not words or len(words.split()) > ASKER_WORDS:
        return ""
    at = question.lower().find(words)
    return question[at : at + len(words)] if at >= 0 else ""


#: A question that tells a fact and asks only whether it was known: "Did you know the plan can
#: protect a green space for good?" draws "no", and a thread ends there (r333).
_TELLS = {
    "en": re.compile(
        r"^did you (?:know|realise|realize)\b"
        r"(?! (?:anyone|anybody|someone|who|where|what|how|when|which|why|if|whether)\b)"
        r"|^do you (?:know|realise|realize),? that\b"
    ),
    "de": re.compile(
        r"^(?:wusstest du|wusstet ihr|wussten sie)\b|^(?:weißt du|wisst ihr|wissen sie),? "
        r"(?:eigentlich,? |schon,? )?dass\b"
    ),
}


def tells(question: str, language: str) -> bool:
    """Whether ``question`` tells a fact and asks only whether people knew it."""
    return bool(_TELLS[language].search(_lower(question)))


#: Words that address the person asked, in a question that is about them.
_YOU = {
    "en": re.compile(r"\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b", re.IGNORECASE),
    "de": re.compile(r"\{|\b(?:du|dir|dich|dein\w*|ihr|euch|euer|eure\w*|Sie|Ihnen|Ihr\w*)\b"),
}


def asks_the_person(question: str, language: str) -> bool:
    """Whether ``question`` addresses the one asked: "What helps you …?", „Was hilft dir …?“.

    Under someone else's post a comment asks about them. A question that addresses nobody
    („Darf eine freie Werkstatt an ein Elektroauto ran?“) is usually one people ask the team,
    in words the shapes do not know: asked there, it made a garage look as if it did not know.
    """
    return bool(_YOU[language].search(question))


def fresh_lines(pairs: Sequence[Sequence[Any]], question: str) -> list[list[Any]]:
    """Each step's example lines (a pair's second part) that do not ask ``question`` again.

    „Was war Ihre größte Überraschung …?“ drew replies to ask „Was hat Sie damals am meisten
    überrascht?“, what each person had just told (r683). A line sharing a longer word with
    the question (:data:`TELLING_LETTERS`; "would" and „Ihnen“ are in every other line) gives
    way to one that does not; where every line does, they stay.
    """
    asked = _telling_stems(question)
    kept: list[list[Any]] = []
    for pair in pairs:
        lines = pair[1] if len(pair) > 1 and not isinstance(pair[1], str) else None
        fresh = [line for line in lines if not _telling_stems(line) & asked] if lines else []
        kept.append([pair[0], fresh or lines, *pair[2:]] if lines else list(pair))
    return kept


#: Words this long or longer tell what a line is about: shorter ones ("would", „Ihnen“) are
#: in every other line.
TELLING_LETTERS = 7


@lru_cache(maxsize=STEMS_CACHED)
def _telling_stems(text: str) -> frozenset[str]:
    """The stems of a line's longer words (:data:`TELLING_LETTERS` letters or more)."""
    return frozenset(w[:STEM_MIN] for w in long_words(text, TELLING_LETTERS))


__all__ = [
    "TELLING_LETTERS",
    "asker_words",
    "asks_for",
    "asks_the_person",
    "asks_the_team",
    "fresh_lines",
    "offers_choice",
    "takes_no_side",
    "talk_of",
    "tells",
]
