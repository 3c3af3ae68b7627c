"""The strategy file: the model, its validation and its JSON Schema.

A strategy is what a team writes by hand, so every problem is reported at once, each with the
file, the field path and the line it stands on, and unknown names come with a suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import PurePosixPath
from typing import Annotated, Any, Literal, Self, TypeVar, get_args
from zoneinfo import ZoneInfo, available_timezones

import holidays
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from dialogplan.catalogue import WEEKDAYS, ChannelSpec, TimeWindow, Weekday, catalogue
from dialogplan.contacts import NO_CONTACTS, Contacts, KeepInTouch
from dialogplan.dates import WEEKDAY_FULL, day_and_month, parse_clock
from dialogplan.errors import Problem, StrategyError, did_you_mean
from dialogplan.limits import FIRST_YEAR, LAST_YEAR, MAX_MONTHS, months_later
from dialogplan.located_yaml import Loc, LocatedYAML, dotted, problems_from
from dialogplan.places import channel_places
from dialogplan.voice import (
    bare_forms,
    du_form,
    du_outside,
    du_pronoun_outside,
    du_twice,
    glued_forms,
    ihr_form,
    same_twice,
    sich_after,
    sich_in_clause,
    sie_outside,
    swapped_forms,
    taken_in,
    verbs_after,
    verbs_at_end,
    verbs_outside,
)

_T = TypeVar("_T", list[Any], dict[Any, Any])


def _check_channel(name: str) -> str:
    known = catalogue()
    if name not in known:
        hint = did_you_mean(name, set(known)) or f"; known channels: {', '.join(known)}"
        raise ValueError(f"unknown channel {name!r}{hint}")
    return name


ChannelName = Annotated[
    str,
    AfterValidator(_check_channel),
    WithJsonSchema({"type": "string", "enum": list(catalogue())}),
]


def _check_timezone(name: str) -> str:
    """An IANA zone that means the same on every machine; checked before any file is opened."""
    if name not in _zones():
        raise ValueError(
            f"unknown time zone {name[:80]!r}{did_you_mean(name, _zones())}"
            " (use an IANA name such as 'Europe/Berlin')"
        )
    return name


#: Names in the zone folder that are no place: the machine's own zone, and placeholders.
_MACHINE_ZONES = frozenset({"localtime", "Factory", "posixrules"})


@cache
def _zones() -> frozenset[str]:
    """IANA zone names, without the ones that depend on the machine the plan runs on."""
    return frozenset(
        name
        for name in available_timezones()
        if name not in _MACHINE_ZONES and not name.startswith(("posix/", "right/"))
    )


def _check_region(code: str) -> str:
    supported: dict[str, list[str]] = holidays.list_supported_countries()
    country, _, subdiv = code.partition("-")
    if country not in supported:
        raise ValueError(f"unknown country {country!r}{did_you_mean(country, set(supported))}")
    if subdiv and subdiv not in supported[country]:
        hint = did_you_mean(subdiv, set(supported[country]))
        known = ", ".join(supported[country])
        raise ValueError(f"{country} has no subdivision {subdiv!r}{hint} (known: {known})")
    return code


def _check_templates(path: str) -> str:
    """A folder below the strategy's own: a plan folder never reaches into the rest of the disk.

    Links inside the folder that point out of it are for the caller to refuse, which is the
    one that looks at the disk.
    """
    parts = PurePosixPath(path).parts
    if not parts or "\\" in path or re.match(r"^[A-Za-z]:", path) or path.startswith("/"):
        raise ValueError(
            f"{path[:80]!r} is not a folder inside the strategy's folder; give a relative "
            "path such as 'my-templates'"
        )
    if ".." in parts:
        raise ValueError(
            f"{path[:80]!r} leads out of the strategy's folder ('..'); keep the templates "
            "in a folder next to the strategy file"
        )
    return path


#: The same rule for editors: relative, no drive, no backslash, no '..' part.
_TEMPLATES_PATTERN = r"^(?![A-Za-z]:)(?!/)(?!.*\\)(?!(.*/)?\.\.(/|$)).+$"


def _check_contacts(path: str) -> str:
    """The contacts file lies next to the strategy or below it, as the templates do."""
    if re.fullmatch(_TEMPLATES_PATTERN, path) is None:
        raise ValueError(
            f"{path[:80]!r} is not a file inside the strategy's folder; give a path relative "
            "to the strategy file, such as 'contacts.csv' (no '/' in front, no '..')"
        )
    return path


def _midnight(value: object) -> object:
    """A day alone, for 'updated', means its midnight."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, time())
    return value


#: A reminder at most a week ahead: work planned for a day is not prepared earlier.
MAX_REMINDER = 7 * 24 * 60
Reminder = Annotated[int, Field(ge=0, le=MAX_REMINDER)]

Language = Literal["de", "en"]
LANGUAGES: tuple[str, ...] = get_args(Language)

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]


#: Days a goal's work goes on after the last offer or event it invites to.
GOAL_AFTERGLOW_DAYS = 7


class _Model(BaseModel):
    # Strict: a quoted date stays text, true is no number and 0 is no date; every value has
    # the type it is written as.
    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, strict=True, allow_inf_nan=False
    )


def _short_form(example: str) -> Any:
    """The optional short noun phrase that topics, events, offers and moments may give."""
    return Field(
        default=None,
        min_length=1,
        description=(
            f"A short noun phrase for sentence frames: '{example}'; in German without an "
            "article ('offener Clubabend'): the prompts give it the one each sentence needs."
        ),
    )


def _check_clock(text: str) -> str:
    parse_clock(text)
    return text


def _clock_text(value: object) -> object:
    """YAML reads an unquoted 19:00 as the number 1140; say how to write it instead."""
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValueError('write the time in quotes, as "19:00" or "19:00-21:00"')  # noqa: TRY004 - pydantic reports only ValueError as the user's mistake
    return value


#: A local time, "19:00", or a span, "19:00-21:00", as events and weekly offers give it.
Clock = Annotated[str, BeforeValidator(_clock_text), AfterValidator(_check_clock)]


def _clock_field(examples: list[str], description: str) -> Any:
    """When an event or a weekly offer starts (and ends), written as YAML needs it."""
    return Field(
        default=None,
        pattern=r"^\d{2}:\d{2}(-\d{2}:\d{2})?$",
        examples=examples,
        description=description,
    )


def _place_field(description: str) -> Any:
    """Where an event or a weekly offer happens, as people find it."""
    return Field(default=None, min_length=1, max_length=200, description=description)


def _one_or_more(value: object) -> object:
    """One title, or a list of them, kept as a tuple."""
    if isinstance(value, str):
        return (value,)
    return tuple(value) if isinstance(value, list) else value


class Goal(_Model):
    """Something the team wants social media to achieve, and with whom."""

    id: Slug
    text: str = Field(min_length=1)
    who: str | None = Field(
        default=None,
        min_length=1,
        description="The people this goal is about, as a plural noun phrase: "
        "'owners of regional firms'. Prompts address them.",
    )
    where: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list,
        max_length=12,
        description="Where those people can be found, as the team would name it: pages, "
        "groups, hashtags, accounts ('the pages of Bristol vets', '#bristolgroomers'). "
        "Prompts that go looking for them name these places.",
    )
    invite: Annotated[
        tuple[Annotated[str, Field(min_length=1)], ...],
        BeforeValidator(_one_or_more, json_schema_input_type=str | list[str]),
    ] = Field(
        default=(),
        description="The title of an offer or event this goal's people are invited to, or "
        "a list of them (a monthly workshop, one event per date): replies, thanks and "
        "meetings with them point the interested ones to the next that is on.",
    )
    question: str | None = Field(
        default=None,
        min_length=1,
        max_length=300,
        description="The question that moves this goal, put to its people directly once a "
        "conversation is going ('Would you teach a beginner class once a month?'): "
        "meetings and new contacts for this goal lead up to it.",
    )


TopicKind = Literal["own", "theme"]
#: How people talk about a subject, so that example lines ask what fits it.
TopicTalk = Literal["problem", "taste", "story", "debate"]
_VOICES = {"ich": "I", "wir": "we"}


def _voice(value: object) -> object:
    """German strategies may write the voice in German."""
    return _VOICES.get(value, value) if isinstance(value, str) else value


Voice = Annotated[Literal["I", "we"], BeforeValidator(_voice)]
Address = Literal["du", "Sie"]
Month = Annotated[int, Field(ge=1, le=12)]


def _as_tuple(value: object) -> object:
    """A YAML list, kept as a tuple so that a topic stays hashable."""
    return tuple(value) if isinstance(value, list) else value


def _weekdays(value: object) -> object:
    """One weekday or a list, as ``mon`` … ``sun``: "thu", "Thu" and "Thursday" alike."""
    items = _one_or_more(value)
    if not isinstance(items, tuple):
        return value
    return tuple(
        item.strip().lower()[:3]
        if isinstance(item, str) and item.strip().lower() in _WEEKDAY_NAMES
        else item
        for item in items
    )


#: English weekday names and abbreviations a team may write for ``mon`` … ``sun``.
_WEEKDAY_NAMES = frozenset(
    {day.lower()[:3] for day in WEEKDAY_FULL["en"]} | {day.lower() for day in WEEKDAY_FULL["en"]}
)


class Topic(_Model):
    """Something the team can speak about, and whether others talk about it too."""

    title: str = Field(min_length=1)
    kind: TopicKind = Field(
        default="own",
        description="'own': the team's own subject (its product, series, workshop), used "
        "in its own posts only; 'theme': something the audience discusses anyway, fine for "
        "comments, shares, groups and questions.",
    )
    short: str | None = _short_form("local flour")
    talk: TopicTalk | None = Field(
        default=None,
        description="How people talk about it: 'problem' (they run into it and ask for "
        "help: repairs, deadlines), 'taste' (choices and favourites: wine with food, yarn), "
        "'story' (experiences they like to tell: a first time on stage, the harvest), "
        "'debate' (views that differ: live theatre or streaming). Example lines ask what "
        "fits; without it they ask about the other person's own case.",
    )
    questions: Annotated[
        tuple[Annotated[str, Field(min_length=1, max_length=300)], ...], BeforeValidator(_as_tuple)
    ] = Field(
        default=(),
        max_length=12,
        description="Questions people really ask about it, or the team wants to ask, in "
        "the plan's language; prompts offer them, one at a time, as example lines.",
    )
    months: Annotated[tuple[Month, ...], BeforeValidator(_as_tuple)] | None = Field(
        default=None,
        min_length=1,
        description="The months (1-12) the topic is talked about, such as [11, 12, 1, 2] "
        "for winter cycling. Without it, a season named in the title or short form "
        "(winter, Christmas, summer ...) decides, else every month.",
    )
    start: date | None = Field(
        default=None,
        alias="from",
        description="The first day the topic is used, e.g. after a premiere it looks back on.",
    )
    until: date | None = Field(
        default=None,
        description="The last day the topic is used, e.g. the day of the premiere it leads up to.",
    )
    goals: Annotated[tuple[str, ...], BeforeValidator(_as_tuple)] = Field(
        default=(),
        description="The goal ids whose people care about it; empty means every goal. "
        "Entries for other goals never get this topic.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Topic:
        if self.start and self.until and self.until < self.start:
            raise ValueError("'until' lies before 'from'")
        return self


def _topic(value: object) -> object:
    """A plain string is a topic title of the default kind."""
    return {"title": value} if isinstance(value, str) else value


class Group(_Model):
    """A community the team takes part in, and what its members talk about there."""

    name: str = Field(min_length=1, max_length=200)
    topics: Annotated[tuple[str, ...], BeforeValidator(_as_tuple)] = Field(
        default=(),
        description="The themes (topic titles of kind 'theme') its members talk about: work "
        "in the group keeps to them, so a cycling group hears about rides, not about "
        "mending clothes. Empty means any theme.",
    )


def _group(value: object) -> object:
    """A plain string is a group's name, open to every theme."""
    return {"name": value} if isinstance(value, str) else value


class _Span(_Model):
    """Days from one date to another, both included, written `from` and `to`."""

    start: date = Field(alias="from")
    end: date = Field(alias="to")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError("'to' lies before 'from'")
        return self


class Blackout(_Span):
    """Days without planned work (holidays of the team, a trade fair, a move)."""

    reason: str = ""


class _Invitation(_Model):
    """An offer or an event: something the team invites its people to."""

    title: str = Field(min_length=1)
    url: str | None = None
    topics: list[str] = Field(
        default_factory=list,
        description="Titles of the topics it belongs to: own posts and reply rounds about "
        "them point the interested ones to it while it runs or in the weeks before it.",
    )
    question: str | None = Field(
        default=None,
        min_length=1,
        max_length=300,
        description="A question to people about it, in the plan's language ('What are you "
        "bringing to fix?'); invitations to it end with it.",
    )
    details: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="What people need to know before they come or sign up, in a line of the "
        "team's own ('Free, no experience needed, sports chairs to borrow'): what happens or "
        "what is included, what it costs, what to bring. Its announcements put it in the post.",
    )
    announce_first: bool = Field(
        default=False,
        description="Where the plan's announcements do not go round (one in ten of its own "
        "posts), this one gets its first before the others: the offer that brings the "
        "enquiries, not left to the events.",
    )


class Offer(_Invitation):
    """Something the team may announce while it is available."""

    short: str | None = _short_form("the coffee subscription")
    start: date | None = Field(default=None, alias="from")
    until: date | None = None
    every: Annotated[
        tuple[Weekday, ...],
        BeforeValidator(_weekdays, json_schema_input_type=Weekday | list[Weekday]),
    ] = Field(
        default=(),
        description="The weekdays it meets on, for something held every week (a run club on "
        "'thu', an open evening on [tue, thu]): invitations name the next time, and no work "
        "is planned while the team is at it.",
    )
    time: Clock | None = _clock_field(
        ["18:30", "18:30-19:30"],
        "When each of its weekly times starts (and ends), local time; needs 'every'.",
    )
    place: str | None = _place_field(
        "Where people meet for it each week ('at the shop, 14 Sheep Street'); needs 'every'."
    )

    @model_validator(mode="after")
    def _weekly(self) -> Self:
        for name, value in (("time", self.time), ("place", self.place)):
            if value is not None and not self.every:
                raise ValueError(
                    f"'{name}' needs 'every', the weekdays it meets on (every: thu); an "
                    "offer without them is open any day, and a single date is an event"
                )
        return self

    def meets_on(self, day: date) -> bool:
        """Whether one of its weekly times falls on ``day`` while it runs."""
        return (
            WEEKDAYS[day.weekday()] in self.every
            and (self.start is None or self.start <= day)
            and (self.until is None or day <= self.until)
        )


class Moment(_Span):
    """A stretch of the team's year that colours its conversations.

    A season of its trade or a deadline its people face: 'asparagus season', 'tax returns due'.
    """

    title: str = Field(min_length=1)
    short: str | None = _short_form("asparagus season")
    topics: list[str] = Field(
        default_factory=list,
        description="Titles of the topics the season touches: prompts about them, and "
        "prompts without a topic, may take it up; without it, only prompts without a topic.",
    )


#: The type of days inside :class:`Event`, whose field ``date`` hides the name.
Day = date
#: The most days an event may last beyond its first: longer, it is an offer people book.
MAX_EVENT_DAYS = 21


class Event(_Invitation):
    """A dated event the team may announce in the weeks before it."""

    short: str | None = _short_form("the spring clinic")
    date: date
    time: Clock | None = _clock_field(
        ["19:00", "19:00-21:00"], "When it starts (and ends), local time: invitations name it."
    )
    place: str | None = _place_field(
        "Where it happens, as people find it ('Halle Walder Straße, Solingen'): invitations "
        "name it."
    )
    until: Day | None = Field(
        default=None,
        description="The last day of an event over several days (a sale weekend, a festival "
        f"week), at most {MAX_EVENT_DAYS} days after its first; 'time' then holds on each day.",
    )

    @field_validator("until")
    @classmethod
    def _days(cls, until: Day | None, info: ValidationInfo) -> Day | None:
        first = info.data.get("date")
        if until is None or first is None:
            return until
        if until <= first:
            raise ValueError("it is not after 'date': leave it out for a one-day event")
        if (until - first).days > MAX_EVENT_DAYS:
            raise ValueError(
                f"it lies more than {MAX_EVENT_DAYS} days after 'date': something open that "
                "long is an offer (list it under 'offers' with 'from' and 'until')"
            )
        return until

    @property
    def last_day(self) -> Day:
        """The event's last day: its date, or ``until`` for one over several days."""
        return self.until or self.date

    @property
    def length(self) -> int:
        """How many days the event runs."""
        return (self.last_day - self.date).days + 1

    def runs_on(self, day: Day) -> bool:
        """Whether ``day`` is one of the event's days."""
        return self.date <= day <= self.last_day


class ChannelPlan(_Model):
    """How the team uses one channel; unset fields fall back to the catalogue."""

    share: float | None = Field(default=None, gt=0, le=1, description="Share of the weekly hours.")
    hours_per_week: float | None = Field(default=None, gt=0, le=80)
    goals: list[str] = Field(default_factory=list, description="Goal ids; empty means all goals.")
    days: list[Weekday] | None = Field(default=None, min_length=1)
    windows: list[TimeWindow] | None = Field(default=None, min_length=1)
    posts_per_week: float | None = Field(default=None, ge=0, le=35)
    max_silence_days: int | None = Field(default=None, ge=1, le=366)
    min_minutes_per_week: int | None = Field(default=None, ge=0, le=4800)
    new: bool = Field(default=False, description="A channel the team is only starting on.")
    audience: str | None = Field(
        default=None,
        min_length=1,
        description="Who the team talks to on this channel, as a plural noun phrase; "
        "overrides the goals' 'who' here.",
    )
    meet_at: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Where the team meets people it got to know on this channel, if not "
        "where the strategy's 'meet_at' says.",
    )
    tags: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        default_factory=list,
        max_length=12,
        description="Hashtags, keywords or accounts where the team's people talk on this "
        "channel ('#kliniktasche', 'Hebammen Karlsruhe'); prompts that go looking for "
        "other people's posts name them.",
    )
    voice: Voice | None = Field(
        default=None,
        description="How the team speaks in what it publishes: 'I' (ich) or 'we' (wir).",
    )
    address: Address | None = Field(
        default=None,
        description="German only: whether the team says 'du' or 'Sie' to its audience.",
    )
    reminder: Reminder | Literal[False] | None = Field(
        default=None,
        description="Minutes before each entry on this channel that calendar apps remind "
        "(VALARM); false for none here. Default: the strategy's 'reminder'.",
    )

    @model_validator(mode="after")
    def _one_budget(self) -> ChannelPlan:
        if self.share is not None and self.hours_per_week is not None:
            raise ValueError("give either 'share' or 'hours_per_week', not both")
        return self


class Strategy(_Model):
    """A team's social-media strategy: the input to every stage of dialogplan."""

    client: Slug = Field(description="Short name used in calendar UIDs and output folders.")
    name: str = Field(min_length=1)
    language: Language
    timezone: Annotated[str, AfterValidator(_check_timezone)]
    start: date
    months: int | None = Field(default=None, ge=1, le=MAX_MONTHS)
    end: date | None = Field(
        default=None, description=f"The last day; at most {MAX_MONTHS} months after 'start'."
    )
    hours_per_week: float = Field(gt=0, le=80)
    updated: Annotated[datetime, BeforeValidator(_midnight)] | None = Field(
        default=None,
        description=(
            "When the strategy was last revised: the DTSTAMP and LAST-MODIFIED of entries a "
            "run finds new or changed, unless it lies after the run's time (then that time). "
            "Unchanged entries keep their stamps."
        ),
    )
    region: Annotated[str, AfterValidator(_check_region)] | None = Field(
        default=None, description="Country and optional subdivision for public holidays: DE-NW."
    )
    open_on_holidays: bool = Field(
        default=False,
        description="Whether the team works on public holidays, its busiest days (a canoe "
        "rental, a café, a campsite): the plan goes on through them, with no notes about a "
        "break.",
    )
    area: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="The town or area the team's people live in, when they are local "
        "('Solingen', 'Riverside and Northfield'): looking for people starts there.",
    )
    goals: list[Goal] = Field(min_length=1)
    topics: list[Annotated[Topic, BeforeValidator(_topic, json_schema_input_type=str | Topic)]] = (
        Field(min_length=1)
    )
    audience: str = Field(min_length=1)
    voice: Voice = Field(
        default="I",
        description="How the team speaks in what it publishes: 'I' (ich) for one person, "
        "'we' (wir) for a team or an organisation; a channel may say otherwise.",
    )
    address: Address = Field(
        default="du",
        description="German only: whether the team says 'du' or 'Sie' to its audience; a "
        "channel may say otherwise (Sie on XING, du on Instagram).",
    )
    channels: dict[ChannelName, ChannelPlan] = Field(min_length=1)
    meet_at: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Where the team meets people it got to know, as a phrase in the plan's "
        "language: 'in our office hours on Zoom', 'bei uns im Laden auf einen Kaffee'.",
    )
    groups: dict[
        ChannelName,
        list[Annotated[Group, BeforeValidator(_group, json_schema_input_type=str | Group)]],
    ] = Field(
        default_factory=dict,
        description="The communities the team takes part in, per channel: a name, or a name "
        "with the themes its members talk about ({name: ..., topics: [...]}).",
    )
    blackout: list[Blackout] = Field(default_factory=list)
    offers: list[Offer] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    moments: list[Moment] = Field(
        default_factory=list,
        description="Stretches of the team's year its people talk about: seasons of its "
        "trade, deadlines. Prompts in them may take them up; nothing is announced.",
    )
    reminder: Reminder | None = Field(
        default=None,
        description="Minutes before each entry that calendar apps remind (VALARM, a "
        "notification); a channel may say otherwise. Default: no reminder.",
    )
    templates: Annotated[str, AfterValidator(_check_templates)] | None = Field(
        default=None,
        max_length=255,
        json_schema_extra={"pattern": _TEMPLATES_PATTERN},
        description="Folder of templates that override the built-in ones, inside the "
        "strategy's folder (a relative path without '..').",
    )
    contacts: Annotated[str, AfterValidator(_check_contacts)] | None = Field(
        default=None,
        max_length=255,
        json_schema_extra={"pattern": _TEMPLATES_PATTERN},
        description="The contacts file (CSV) of the people the team wants to stay in touch "
        "with, relative to the strategy file: 'contacts.csv'.",
    )
    keep_in_touch: KeepInTouch = Field(
        default_factory=KeepInTouch,
        description="Days between touches of a contact per tier, where the defaults do not "
        "fit: {close: 21, loose: 365}.",
    )
    #: The contacts file's people, attached by whoever read the file (none before).
    _people: Contacts = PrivateAttr(default=NO_CONTACTS)

    @property
    def people(self) -> Contacts:
        """The people of the contacts file; none until a reader attaches them."""
        return self._people

    def with_people(self, people: Contacts) -> Strategy:
        """The same strategy with its contacts file's people, who travel with it to the core."""
        copy = self.model_copy()
        copy._people = people  # noqa: SLF001 - the copy's own private attribute
        return copy

    def channel(self, name: str) -> ChannelSpec:
        """The catalogue entry for a channel with this strategy's overrides applied."""
        plan = self.channels[name]
        base = catalogue()[name]
        overrides = {
            key: value
            for key in (
                "days",
                "windows",
                "posts_per_week",
                "max_silence_days",
                "min_minutes_per_week",
            )
            if (value := getattr(plan, key)) is not None
        }
        return base.model_copy(update=overrides)

    @property
    def zone(self) -> ZoneInfo:
        """The strategy's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def last_day(self) -> date:
        """The last day of the horizon, inclusive."""
        if self.end is not None:
            return self.end
        return months_later(self.start, self.months or 0) - timedelta(days=1)

    @property
    def topic_titles(self) -> list[str]:
        """The topics' titles, in the strategy's order."""
        return [topic.title for topic in self.topics]

    def topic(self, title: str) -> Topic | None:
        """The topic with this title, or None (an entry without a topic has title "")."""
        return next((t for t in self.topics if t.title == title), None)

    def group_names(self, channel: str) -> list[str]:
        """The names of the groups the team takes part in on the channel, in its order."""
        return [group.name for group in self.groups.get(channel, [])]

    def topic_nouns(self) -> dict[str, str]:
        """Each topic's short form by its title; the title where it has none."""
        return {topic.title: topic.short or topic.title for topic in self.topics}

    def group_themes(self) -> dict[tuple[str, str], frozenset[str]]:
        """What each group's members talk about, by channel and name; empty: any theme."""
        return {
            (channel, group.name): frozenset(group.topics)
            for channel, groups in self.groups.items()
            for group in groups
        }

    def reminder_of(self, channel: str) -> int | None:
        """Minutes before an entry on the channel to remind of it; None for no reminder."""
        own = self.channels[channel].reminder
        if own is False:
            return None
        return self.reminder if own is None else own

    def says_sie(self, channel: str) -> bool:
        """Whether a German plan addresses people on the channel with „Sie“."""
        plan = self.channels.get(channel)
        return self.language == "de" and ((plan.address if plan else None) or self.address) == "Sie"

    def goals_of(self, channel: str) -> list[str]:
        """The goal ids a channel serves: its own list, or every goal."""
        return self.channels[channel].goals or [g.id for g in self.goals]

    def goals_of_topic(self, topic: Topic) -> list[str]:
        """The goal ids a topic serves: its own list, or every goal."""
        return list(topic.goals) or [g.id for g in self.goals]

    def goals_of_event(self, event: Event) -> frozenset[str]:
        """The goals whose people an event is for; empty for everyone.

        Those that invite to it and those of its topics: a setters' evening is no tip for
        the HR managers a gym's LinkedIn talks to about team days. Where a goal invites to
        it, a theme does not widen that, whatever goals it names: people who talk about the
        theme are not the event's guests (an escape room's team-building taster, on teamwork,
        is no tip for the friends its Instagram talks to; a coding club's taster Saturday for
        girls, on getting girls into coding, none for the developers it asks to mentor). An
        own subject does (a history society tells everyone of its open day).
        """
        inviting = frozenset(g.id for g in self.goals if event.title in g.invite)
        topics = [t for t in self.topics if t.title in event.topics]
        if inviting:
            widening = [self.goals_of_topic(t) for t in topics if t.kind != "theme"]
            return inviting.union(*widening)
        return frozenset().union(*(self.goals_of_topic(t) for t in topics))

    def invites_until(self, goal: Goal) -> date | None:
        """The last day anything the goal invites to runs, or None.

        None too for a goal that invites to nothing, or to an offer without an end.
        """
        ends = [e.last_day for e in self.events if e.title in goal.invite]
        ends += [o.until or date.max for o in self.offers if o.title in goal.invite]
        last = max(ends, default=None)
        return None if last is None or last == date.max else last

    def work_ends(self, goal: Goal) -> date | None:
        """The last day of the goal's work, or None: a week after what it invites to ends.

        The thank-you rounds and stories of that week are still its; after it, a climbing
        park's listening under #saisonjob looked for trainers it no longer wanted (r242).
        """
        last = self.invites_until(goal)
        return None if last is None else last + timedelta(days=GOAL_AFTERGLOW_DAYS)

    def topic_ends(self, topic: Topic) -> date | None:
        """The last day the team's own subject is worth a post, or None.

        An own topic the plan's offers or events list is over when the last of them is: an
        offer when it closes, an event a week after it (its thank-you rounds and stories). A
        reply round asked about "your free IT health check" two days after the offer closed
        (r700). None for a theme, for a topic none lists, or where one runs on without an end.
        """
        if topic.kind != "own":
            return None
        ends: list[date | None] = [o.until for o in self.offers if topic.title in o.topics]
        ends += [
            e.last_day + timedelta(days=GOAL_AFTERGLOW_DAYS)
            for e in self.events
            if topic.title in e.topics
        ]
        if not ends or None in ends:
            return None
        return max(end for end in ends if end is not None)

    def goals_invited_to(self, title: str) -> frozenset[str]:
        """The goals an offer or event is for: those inviting to it, else its topics' goals.

        Empty when neither says: then it is for everyone the team talks to.
        """
        inviting = frozenset(g.id for g in self.goals if title in g.invite)
        if inviting:
            return inviting
        item = next((i for i in (*self.offers, *self.events) if i.title == title), None)
        named = {t.title: t.goals for t in self.topics}
        return frozenset(g for t in (item.topics if item else ()) for g in named.get(t, ()))


def _as(kind: type[_T], value: Any) -> _T:
    """The value if it has the expected type, else an empty one, so checks can go on."""
    return value if isinstance(value, kind) else kind()


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _cross_checks(data: Mapping[str, Any], located: LocatedYAML) -> Iterator[Problem]:
    """Rules that span several fields; they read the raw data so they run next to field errors."""
    channels = _as(dict, data.get("channels"))
    plans = {name: plan for name, plan in channels.items() if isinstance(plan, Mapping)}
    found = [
        *_horizon_problems(data),
        *_goal_problems(data, plans),
        *_budget_problems(data, plans),
        *_group_problems(data, channels),
        *_short_form_problems(data),
        *_area_problems(data),
        *_topic_reference_problems(data),
        *_title_problems(data),
        *_swapped_form_problems(data, (), _registers(data, plans)),
    ]
    for loc, message in found:
        yield Problem(located.source, dotted(loc), located.line(loc), message)


def _registers(data: Mapping[str, Any], plans: Mapping[str, Mapping[str, Any]]) -> frozenset[str]:
    """How the strategy's channels address people: „du“, „Sie“ or both.

    A form no channel says is never printed: „vermisst {du|Sie}“ was refused as reading
    „vermisst Sie“ in a plan whose every channel says „du“ (r487 writer). Without channels
    to go by, both.
    """
    if data.get("language") != "de":
        return frozenset({"du"})
    default = "Sie" if data.get("address") == "Sie" else "du"
    said = {
        str(plan["address"]) if plan.get("address") in ("du", "Sie") else default
        for plan in plans.values()
    }
    return frozenset(said) or frozenset({"du", "Sie"})


def _swapped_form_problems(
    value: object, loc: Loc, said: frozenset[str]
) -> Iterator[tuple[Loc, str]]:
    """Every text with ``{…|…}`` forms in the wrong order or a verb left outside them.

    ``said``: the registers the channels use; a wrong form only the other one reads is left.
    """
    if isinstance(value, str):
        yield from ((loc, message) for message in _form_problems(value, said))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _swapped_form_problems(item, (*loc, key), said)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _swapped_form_problems(item, (*loc, index), said)


#: „ihr“ verbs whose „Sie“ form no ending rule gives.
_SIE_VERBS = {"seid": "sind", "könnt": "können", "tut": "tun"}


def _sie_verb(verb: str) -> str:
    """The „Sie“ form of a verb said to „ihr“ („bestellt“ → „bestellen“), or "" for others."""
    low = verb.lower()
    if low in _SIE_VERBS:
        found = _SIE_VERBS[low]
    elif low.endswith("st"):  # said to „du“: too irregular to guess („hast“, „kannst“)
        return ""
    elif low.endswith("et"):
        found = low[:-1] + "n"
    elif low.endswith("t"):
        found = low[:-1] + "en"
    else:
        return ""
    return found.capitalize() if verb[:1].isupper() else found


def _form_problems(text: str, said: frozenset[str] = frozenset({"du", "Sie"})) -> Iterator[str]:
    """What is wrong with a text's ``{du|Sie}`` forms, each with the way to write it.

    „{Ihnen|dir}“ would put „dir“ on the team's „Sie“ channels and „Ihnen“ on its „du“ ones;
    „wolltest {du|Sie}“ would ask „wolltest Sie“ there.
    """
    for forms in swapped_forms(text):
        first, second = forms[1:-1].split("|")
        yield (
            f"{forms} gives the „Sie“ form first: the „du“ form comes first, "
            f"as in {{{second}|{first}}}"
        )
        # The rest is read as the writer meant it: „dir“ in {Ihnen|dir} was said to stand
        # outside the braces (r626 writer).
        text = text.replace(forms, f"{{{second}|{first}}}")
    for forms in same_twice(text):
        yield (
            f"{forms} gives the same form twice: the „du“ form comes first, then the „Sie“ "
            "form, as in {Hast du|Haben Sie}"
        )
    for forms in du_twice(text):
        first = forms[1:-1].split("|")[0]
        yield (
            f"{forms} gives no „Sie“ form: the second form is for the channels that "
            f"say „Sie“, as in {{{first}|… Sie}}"
        )
    for bare in bare_forms(text):
        yield f"{bare} is outside braces and would be printed as it stands: write {{{bare}}}"
    yield from _outside_problems(text, said)


def _du_left_out(text: str, *, says_sie: bool) -> Iterator[str]:
    """„du“ outside the braces of a line with some, where a channel says „Sie“ (r648 writer)."""
    for phrase in du_pronoun_outside(text) if says_sie else ():
        # A verb before it goes in with it; else the rest of its clause does.
        fix = (
            f"as in {{{phrase}|… Sie}}, the verb's „Sie“ form in place of „…“"
            if phrase.split()[0].endswith("st")
            else "with the rest of its clause, as in {wenn du neu wärst|wenn Sie neu wären}"
        )
        yield (
            f"„du“ in „{phrase}“ stands outside the braces and would be said on the channels "
            f"that say „Sie“ too: take it into the braces in both forms, {fix}"
        )


def _outside_problems(text: str, said: frozenset[str]) -> Iterator[str]:
    """What a text with ``{du|Sie}`` forms leaves outside them that one register only says.

    Only where a channel says that register (``said``).
    """
    says_sie, says_du = "Sie" in said, "du" in said
    for glued, du, sie in glued_forms(text):
        yield (
            f"{glued} reads „{du}“ and „{sie}“: write each form as whole words, "
            f"as in {{{du}|… Sie}}, the verb's „Sie“ form in place of „…“"
        )
    for word, sie_word in du_outside(text) if says_sie else ():
        # „{Willst du|Wollen Sie} dir … anschauen“: the „Sie“ form of a „dir“ that points back
        # to the one addressed is „sich“, and {dir|Ihnen} read „Wollen Sie Ihnen“ (r340). The
        # whole phrase is shown: "{dir|sich}" left writers guessing whether the verb went in
        # too (r486, r487 writers).
        phrase = taken_in(text, word)
        reflexive = {"dir": "sich", "dich": "sich"}.get(word.lower())
        also = f", or {{{word}|{reflexive}}} where it points back to them" if reflexive else ""
        fix = (
            f"take it into the braces with its „Sie“ form: {phrase}"
            if phrase
            else f"write it with its „Sie“ form, as in {{{word}|{sie_word}}}{also}"
        )
        yield (
            f"„{word}“ stands outside the braces and would be said on the channels that say "
            f"„Sie“ too: {fix} (where „{word}“ belongs to a name, such as a game's, put the "
            "name in quotation marks instead: „…“)"
        )
    yield from _du_left_out(text, says_sie=says_sie)
    for reading, fixed, forms in sich_after(text) if says_du else ():
        yield (
            f"„sich“ stands after {forms} and would read „{reading}“ where the team says "
            f"„du“: put it inside the braces, as in {fixed} (or „dich“)"
        )
    for reading, fixed in sich_in_clause(text) if says_du else ():
        yield (
            f"„sich“ in „{reading}“ means the one addressed, and would stay „sich“ where the "
            f"team says „du“: write „{fixed}“ (or {{dir|sich}} where „du“ says „dir“)"
        )
    for verb, reading in verbs_at_end(text) if says_du else ():
        yield (
            f"„{verb}“ ends a clause after the braces and would read „{reading}“ where the team "
            f"says „du“: put the verb inside the braces with its „du“ form, as in "
            f"{{du … {du_form(verb)}|Sie … {verb}}}"
        )
    for word, du_word in sie_outside(text) if says_du else ():
        yield (
            f"„{word}“ stands outside the braces and would be said on the channels that say "
            f"„du“ too: write it with its „du“ form, as in {{{du_word}|{word}}}"
        )
    for verb, reading, forms in verbs_after(text) if says_sie else ():
        yield (
            f"„{verb}“ stands after the braces and would read „{reading}“ where the team says "
            f"„Sie“: put the words up to the verb inside the braces, as in {forms}"
        )
    for outside, wrong in verbs_outside(text):
        verb, forms = outside.split(None, 1)
        # The words after the pronoun stay with it: {wünschst du dir|… Sie sich}.
        du, sie = (form.strip() for form in forms.strip("{}").split("|"))
        to_sie = wrong.endswith("Sie")
        if not (says_sie if to_sie else says_du):
            continue
        # „würden {ihr|Sie}“: the „ihr“ form of a „Sie“ verb follows a rule (r671 writer).
        other = _sie_verb(verb) if to_sie else (ihr_form(verb) if du.startswith("ihr") else "")
        du, sie = (
            (f"{verb} {du}", f"{other or '…'} {sie}")
            if to_sie
            else (f"{other or '…'} {du}", f"{verb} {sie}")
        )
        register = "„Sie“" if to_sie else "„du“"
        # „{würdest du|… Sie}“ left a writer guessing what the „…“ stood for (r350).
        blank = "" if other else ", the verb's other form in place of „…“"
        yield (
            f"{outside!r} reads „{wrong}“ where the team says {register}: put the verb "
            f"inside the braces with its pronoun, as in {{{du}|{sie}}}{blank}"
        )


def _horizon_problems(data: Mapping[str, Any]) -> Iterator[tuple[Loc, str]]:
    if ("months" in data) == ("end" in data):
        yield (), "give the horizon as either 'months' or 'end'"
        return
    for key in ("months", "end"):
        if key in data and data[key] is None:
            yield (key,), f"is empty; {_HORIZON}"
    start, end = _day(data.get("start")), _day(data.get("end"))
    if start is None or end is None:
        return
    if end < start:
        yield ("end",), "lies before 'start'"
    elif end >= (limit := months_later(start, MAX_MONTHS)):
        last = limit - timedelta(days=1)
        yield (
            ("end",),
            f"lies more than {MAX_MONTHS} months after 'start'; {_HORIZON} (at the latest {last})",
        )


_HORIZON = (
    f"plan at most {MAX_MONTHS} months at once: 'months: 1' to 'months: {MAX_MONTHS}', "
    "or an 'end' day"
)


def _day(value: object) -> date | None:
    """A day, or None for anything else (a date and time, text, a refused value)."""
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _goal_problems(
    data: Mapping[str, Any], plans: Mapping[str, Mapping[str, Any]]
) -> Iterator[tuple[Loc, str]]:
    goals = _as(list, data.get("goals"))
    goal_ids = [g["id"] for g in goals if isinstance(g, Mapping) and isinstance(g.get("id"), str)]
    for i, goal in enumerate(goals):
        if isinstance(goal, Mapping) and goal.get("id") in goal_ids[:i]:
            yield ("goals", i, "id"), f"goal id {goal['id']!r} is used twice"
    if not goal_ids:
        return
    for name, plan in plans.items():
        for i, goal_id in enumerate(_as(list, plan.get("goals"))):
            if goal_id not in goal_ids:
                hint = did_you_mean(str(goal_id), set(goal_ids)) or f"; goals are {goal_ids}"
                yield ("channels", name, "goals", i), f"unknown goal {goal_id!r}{hint}"
    yield from _invite_problems(data, goals)


def _invite_problems(data: Mapping[str, Any], goals: list[Any]) -> Iterator[tuple[Loc, str]]:
    """A goal's ``invite`` names one of the strategy's offers or events by its title."""
    titles = _names(_as(list, data.get("offers")), "title")
    titles |= _names(_as(list, data.get("events")), "title")
    for i, goal in enumerate(goals):
        invite = goal.get("invite") if isinstance(goal, Mapping) else None
        listed: list[tuple[Loc, object]] = [(("goals", i, "invite"), invite)]
        if not isinstance(invite, str):
            listed = [(("goals", i, "invite", j), t) for j, t in _listed(goal, "invite")]
        split = False
        for at, (loc, title) in enumerate(listed):
            after = listed[at + 1][1] if at + 1 < len(listed) else None
            if split:  # the second half of a title the comma split: reported with the first
                split = False
                continue
            if not isinstance(title, str) or title in titles:
                continue
            joined = f"{title}, {after}"
            split = isinstance(after, str) and joined in titles
            if split:  # [Beach clean, 13 February, …]: YAML split the title at its comma
                hint = f'; a title with a comma needs quotes inside [ ]: "{joined}"'
            else:
                hint = did_you_mean(title, titles) or (
                    f"; offers and events are {sorted(titles)}"
                    if titles
                    else "; add it under 'offers' or 'events' first"
                )
            yield loc, f"unknown offer or event {title!r}{hint}"


def _title_problems(data: Mapping[str, Any]) -> Iterator[tuple[Loc, str]]:
    """Titles name things: a goal invites to an offer or event, a prompt to one topic.

    Offers and events share one set of names, so a monthly evening needs a title per date.
    """
    language = "de" if data.get("language") == "de" else "en"
    for sections in (("topics",), ("offers", "events")):
        seen: dict[str, str] = {}
        for section in sections:
            for i, raw in enumerate(_as(list, data.get(section))):
                item = _topic(raw)
                if not isinstance(item, Mapping) or not isinstance(title := item.get("title"), str):
                    continue
                if title not in seen:
                    seen[title] = f"{section}[{i}]"
                    continue
                day = _day(item.get("date"))
                hint = f", as in {title + ', ' + day_and_month(day, language)!r}" if day else ""
                message = f"{title!r} is already the title of {seen[title]}; give each its own"
                yield (section, i) if raw is title else (section, i, "title"), message + hint


def _topic_reference_problems(data: Mapping[str, Any]) -> Iterator[tuple[Loc, str]]:
    """Topics name goals by id; offers, events and moments name topics by title."""
    topics = [_topic(t) for t in _as(list, data.get("topics"))]
    titles = _names(topics, "title")
    goal_ids = _names(_as(list, data.get("goals")), "id")
    for i, topic in enumerate(topics):
        for j, goal_id in _listed(topic, "goals"):
            if goal_ids and goal_id not in goal_ids:
                hint = did_you_mean(str(goal_id), goal_ids) or f"; goals are {sorted(goal_ids)}"
                yield ("topics", i, "goals", j), f"unknown goal {goal_id!r}{hint}"
    for section in ("offers", "events", "moments"):
        for i, item in enumerate(_as(list, data.get(section))):
            for j, title in _listed(item, "topics"):
                if title not in titles:
                    hint = _comma_hint(str(title), titles) or did_you_mean(str(title), titles)
                    hint = hint or f"; topics are {sorted(titles)}"
                    yield (section, i, "topics", j), f"unknown topic {title!r}{hint}"


def _comma_hint(name: str, titles: set[str]) -> str:
    """A hint for a title with a comma, which a ``[ ]`` list without quotes cut in two.

    Both halves get it: for „die schlechter hören“, cut from „Angehörige, die schlechter
    hören“, a did-you-mean for the whole title left the quotes unsaid.
    """
    name = name.strip()
    cut = sorted(
        t for t in titles if "," in t and (t.startswith(name + ",") or t.endswith(", " + name))
    )
    if not cut:
        return ""
    return (
        f"; {cut[0]!r} has a comma, which splits it inside [ ]: put it in quotes, "
        f'as in ["{cut[0]}"]'
    )


def _names(items: list[Any], key: str) -> set[str]:
    """The ``key`` of every mapping among ``items`` that has a text there."""
    return {
        item[key] for item in items if isinstance(item, Mapping) and isinstance(item.get(key), str)
    }


def _listed(item: object, key: str) -> Iterator[tuple[int, Any]]:
    """The numbered values of the list ``item[key]``; none where it is no list."""
    return enumerate(_as(list, item.get(key) if isinstance(item, Mapping) else None))


def _budget_problems(
    data: Mapping[str, Any], plans: Mapping[str, Mapping[str, Any]]
) -> Iterator[tuple[Loc, str]]:
    budget = _number(data.get("hours_per_week"))
    shares = sum(_number(p.get("share")) for p in plans.values())
    fixed = sum(_number(p.get("hours_per_week")) for p in plans.values())
    if shares > 1 + 1e-9:
        yield ("channels",), f"shares add up to {shares:g}, more than 1"
    elif budget and fixed + shares * budget > budget + 1e-9:
        asked = fixed + shares * budget
        yield (
            ("channels",),
            (
                f"channels ask for {asked:g} hours per week ({_hours_each(plans, budget)}), "
                f"but hours_per_week is {budget:g}"
            ),
        )


def _hours_each(plans: Mapping[str, Mapping[str, Any]], budget: float) -> str:
    """Each channel's hours as the budget check counts them: "instagram 1.4 (share 0.35)"."""
    parts = []
    for name, plan in plans.items():
        if hours := _number(plan.get("hours_per_week")):
            parts.append(f"{name} {hours:g}")
        elif share := _number(plan.get("share")):
            parts.append(f"{name} {share * budget:g} (share {share:g})")
    return ", ".join(parts)


def _has_groups(channel: str) -> bool:
    return channel_places(channel).supports_groups()


def _group_problems(
    data: Mapping[str, Any], channels: Mapping[str, Any]
) -> Iterator[tuple[Loc, str]]:
    topics = {
        t["title"]: t
        for t in map(_topic, _as(list, data.get("topics")))
        if isinstance(t, Mapping) and isinstance(t.get("title"), str)
    }
    for name, groups in _as(dict, data.get("groups")).items():
        if name in catalogue() and name not in channels and groups:
            hosts = [c for c in channels if c in catalogue() and _has_groups(c)]
            elsewhere = f", or list the groups under {' or '.join(hosts)}" if hosts else ""
            why = f"names groups for {name!r}, which is not a channel of this strategy"
            yield ("groups", name), f"{why}: add it under channels{elsewhere}"
        for i, group in enumerate(_as(list, groups)):
            for j, title in _listed(_group(group), "topics"):
                if message := _group_topic_problem(topics, title):
                    yield ("groups", name, i, "topics", j), message


def _group_topic_problem(topics: Mapping[str, Mapping[str, Any]], title: object) -> str:
    """A group's topics are themes of the strategy: the team's own subjects are not its talk."""
    topic = topics.get(title) if isinstance(title, str) else None
    if topic is None:
        hint = _comma_hint(str(title), set(topics)) or did_you_mean(str(title), set(topics))
        return f"unknown topic {title!r}{hint or f'; topics are {sorted(topics)}'}"
    if topic.get("kind") != "theme":
        return (
            f"{title!r} is the team's own subject: a group talks about themes, so give it "
            "'kind: theme' if its members discuss it anyway"
        )
    return ""


#: German articles a short form must not start with: prompts put it after „zum Thema“.
_GERMAN_ARTICLES = frozenset(
    ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines")
)


def _short_form_problems(data: Mapping[str, Any]) -> Iterator[tuple[Loc, str]]:
    """German short forms without an article: „zum Thema die Steuererklärung“ is no German."""
    if data.get("language") != "de":
        return
    for section in ("topics", "events", "offers"):
        for i, item in enumerate(_as(list, data.get(section))):
            short = item.get("short") if isinstance(item, Mapping) else None
            first, _, rest = short.partition(" ") if isinstance(short, str) else ("", "", "")
            if first.lower() in _GERMAN_ARTICLES and rest:
                # „offene Clubabend“ was no German either: the adjective takes the ending the
                # article carried („offener Clubabend“, r364's writer).
                bare = _without_article(first.lower(), rest)
                where = (
                    "prompts put it after „zum Thema“"
                    if section == "topics"
                    else "prompts give it the article each sentence needs („zum …“, „beim …“)"
                )
                yield (section, i, "short"), f"write it without its article ({bare!r}): {where}"


def _without_article(article: str, rest: str) -> str:
    """A short form without its article, its adjectives in the ending the article carried."""
    ending = {"der": "r", "das": "s"}.get(article, "")
    words = rest.split()
    for k, word in enumerate(words):
        if word[:1].isupper():
            break
        if ending and word.endswith("e"):
            words[k] = word + ending
    return " ".join(words)


def _area_problems(data: Mapping[str, Any]) -> Iterator[tuple[Loc, str]]:
    """A German area without articles: prompts say „Leute aus …“ and „in …“, in the dative."""
    area = data.get("area")
    if data.get("language") != "de" or not isinstance(area, str):
        return
    words = area.replace(",", " ").split()
    if any(word.lower() in _GERMAN_ARTICLES for word in words):
        bare = " ".join(w for w in words if w.lower() not in _GERMAN_ARTICLES)
        message = (
            f"write it without articles ({bare!r}): prompts put it after „aus“ and „in“, "
            "where an article would need the dative"
        )
        yield ("area",), message


def parse_strategy(text: str, source: str = "<strategy>") -> Strategy:
    """Validate a strategy's YAML text; raise :class:`StrategyError` listing every problem."""
    located = LocatedYAML(source)
    data = located.load(text)
    if not isinstance(data, Mapping):
        raise StrategyError([Problem(source, "", 1, "expected a mapping of fields at the top")])
    problems = [*located.problems, *_cross_checks(data, located)]
    try:
        strategy = Strategy.model_validate(data)
    except ValidationError as exc:
        problems.extend(problems_from(exc, located, Strategy))
    if problems:
        raise StrategyError(problems)
    return strategy


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the strategy format, for editors that autocomplete YAML."""
    schema = Strategy.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dialogplan strategy"
    names = list(catalogue())
    for key in ("channels", "groups"):
        schema["properties"][key]["propertyNames"] = {"enum": names}
    for key in ("months", "end"):
        # Leaving a horizon field out is fine; writing it empty is not.
        prop = schema["properties"][key]
        prop.update(next(b for b in prop.pop("anyOf") if b["type"] != "null"))
    _date_years(schema)
    return schema


#: The year window for editors, spelt out so it follows the limits.
_YEARS = "^(" + "|".join(str(y) for y in range(FIRST_YEAR, LAST_YEAR + 1)) + ")-"


def _date_years(node: Any) -> None:
    """Give every date and date-time in the schema the year window dialogplan accepts."""
    if isinstance(node, dict):
        if node.get("format") in ("date", "date-time"):
            node["pattern"] = _YEARS
        for value in node.values():
            _date_years(value)
    elif isinstance(node, list):
        for value in node:
            _date_years(value)
