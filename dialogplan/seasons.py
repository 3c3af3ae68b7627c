"""When a topic or a question is worth talking about: its months, its first and its last day.

Winter cycling in May or a pre-premiere teaser after the premiere reads as if nobody looked
at the calendar. A topic may say its months or days itself; otherwise a season or month named
in its title or short form (``dialogplan/data/seasons.yaml``) gives the months. A question
that names one ("What is already flowering in March?") is asked in those months only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from importlib.resources import files

import yaml
from dateutil.easter import easter
from pydantic import BaseModel, ConfigDict, Field

from dialogplan.strategy import Topic


class _Season(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    months: tuple[int, ...] = Field(min_length=1)
    words: tuple[str, ...] = Field(min_length=1)
    questions_only: bool = False
    #: The feast's last day, "MM-DD" or "easter" (Easter Monday): a question about it is
    #: asked up to then, not in the weeks after it that its months still cover.
    ends: str | None = None


def _pattern(word: str) -> str:
    """A word at the start of a word; with a trailing ``*`` also the start of a longer one."""
    stem = re.escape(word.removesuffix("*"))
    return rf"\b{stem}" if word.endswith("*") else rf"\b{stem}\b"


@cache
def _all_seasons() -> tuple[_Season, ...]:
    """The seasons and months of ``seasons.yaml``, read once."""
    raw = yaml.safe_load(files("dialogplan").joinpath("data/seasons.yaml").read_text("utf-8"))
    return tuple(_Season.model_validate(value) for value in raw.values())


@cache
def _seasons(*, questions: bool) -> tuple[tuple[re.Pattern[str], frozenset[int]], ...]:
    """Each season's words as one pattern, with its months.

    The months themselves count for ``questions`` only.
    """
    return tuple(
        (re.compile("|".join(map(_pattern, s.words)), re.IGNORECASE), frozenset(s.months))
        for s in _all_seasons()
        if questions or not s.questions_only
    )


@cache
def topic_months(topic: Topic) -> frozenset[int] | None:
    """The months a topic is talked about, or None for all year."""
    if topic.months is not None:
        return frozenset(topic.months)
    return _named(f"{topic.title} {topic.short or ''}", questions=False)


@cache
def question_months(question: str) -> frozenset[int] | None:
    """The months of the seasons and months a question names, or None when it names none."""
    return _named(question, questions=True)


def asked_in(question: str, topic: frozenset[int] | None = None) -> frozenset[int] | None:
    """The months a question is asked in: those it names, with its topic's own where they meet.

    „Wo kaufst du im Winter Gemüse?“ under a topic of January to March was kept from March,
    where a farm in the north still has winter (r657, r661, r665 writers): the team's own
    months go with the season it names. A summer question under a winter topic keeps to summer.
    """
    months = question_months(question)
    if months is None or not topic or not months & topic or _names_a_date(question):
        return months
    return months | topic


def _names_a_date(question: str) -> bool:
    """Whether a question names a month or a feast, which keep to their own days.

    "What is still feeding you from the plot in March?" went out in January under a topic of
    January to April: only the seasons themselves widen to a topic's months.
    """
    return bool(_dates().search(question))


@cache
def _dates() -> re.Pattern[str]:
    """The words of the months and feasts of ``seasons.yaml``, as one pattern."""
    words = (w for s in _all_seasons() if s.questions_only or s.ends for w in s.words)
    return re.compile("|".join(map(_pattern, words)), re.IGNORECASE)


def season_gone(text: str, today: date, back: int = 6) -> bool:
    """Whether a note names a season or feast that ended at most ``back`` months before today.

    „die Bassproben vor dem Adventssingen“ was still to be asked after in April (r669); a
    summer fête named in April is the one to come.
    """
    months = question_months(text)
    if not months or today.month in months:
        return False
    return 0 < min((today.month - m) % 12 for m in months) <= back


def past_its_feast(question: str, day: date) -> bool:
    """Whether ``question`` names a feast that is over by ``day`` in that year.

    „Gibt es bei euch an Ostern Lamm?“ went to a regional shopping group four weeks after
    Easter, still in April (r397).
    """
    if _HOLIDAYS.search(question):
        return False
    return any(
        pattern.search(question) and day > _last_day(ends, day.year) for pattern, ends in _feasts()
    )


#: A feast's school holidays go on after it: "What are you doing over the Easter holidays?"
#: is still a question in the second week of them.
_HOLIDAYS = re.compile(r"holiday|ferien", re.IGNORECASE)


@cache
def _feasts() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each season with a last day, as one pattern of its words."""
    return tuple(
        (re.compile("|".join(map(_pattern, s.words)), re.IGNORECASE), s.ends)
        for s in _all_seasons()
        if s.ends
    )


def _last_day(ends: str, year: int) -> date:
    if ends == "easter":
        sunday: date = easter(year)
        return sunday + timedelta(days=1)
    if ends == "shrove-tuesday":  # carnival ends the day before Ash Wednesday
        sunday = easter(year)
        return sunday - timedelta(days=47)
    month, day = map(int, ends.split("-"))
    return date(year, month, day)


#: Words shorter than this are looked for only at a hashtag's end: "#junior" is no June,
#: but "#plasticfreejuly" is July.
_TAG_START_MIN = 5
#: Words shorter than this are not looked for in a hashtag at all (#mai…).
_TAG_END_MIN = 4


@cache
def tag_months(tag: str) -> frozenset[int] | None:
    """The months a hashtag belongs to, or None for all year.

    A campaign's tag names its month at an end (#secondhandseptember, #septemberflowers) and
    a season's tag its season (#wintercycling): under it, people post in those months only.
    """
    word = tag.removeprefix("#").casefold()
    named = [
        months
        for stems, months in _tag_words()
        if any(word.endswith(s) or (len(s) >= _TAG_START_MIN and word.startswith(s)) for s in stems)
    ]
    return frozenset().union(*named) if named else None


@cache
def _tag_words() -> tuple[tuple[tuple[str, ...], frozenset[int]], ...]:
    """Each season's single words, without their ``*``, as a hashtag may hold them."""
    return tuple(
        (stems, frozenset(s.months))
        for s in _all_seasons()
        if (
            stems := tuple(
                w.removesuffix("*")
                for w in s.words
                if " " not in w and "'" not in w and len(w.removesuffix("*")) >= _TAG_END_MIN
            )
        )
    )


#: A season looked back on or ahead to: "What did you wish you had sown last summer?" can be
#: asked in any month (r587 writer).
_OTHER_YEAR = re.compile(
    r"\b(?:last|next|this past|letzte[nrs]?|vergangene[nrs]?|nächste[nrs]?|kommende[nrs]?)\s+\w+",
    re.IGNORECASE,
)


def _named(text: str, *, questions: bool) -> frozenset[int] | None:
    if questions:
        text = _OTHER_YEAR.sub("", text)
    named = [months for pattern, months in _seasons(questions=questions) if pattern.search(text)]
    return frozenset().union(*named) if named else None


def in_season(topic: Topic, day: date) -> bool:
    """Whether ``topic`` may be the subject of an entry on ``day``."""
    if (topic.start and day < topic.start) or (topic.until and day > topic.until):
        return False
    months = topic_months(topic)
    return months is None or day.month in months


def still_on(topic: Topic, day: date, ends: date | None = None) -> bool:
    """Whether a topic may be an entry's subject on ``day``, its offers not over (``ends``).

    ``ends``: :meth:`~dialogplan.strategy.Strategy.topic_ends`.
    """
    return in_season(topic, day) and (ends is None or day <= ends)
