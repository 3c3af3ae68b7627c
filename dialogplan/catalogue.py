"""The channel catalogue: each platform's moves, rhythm and conventions."""

from __future__ import annotations

import re
from datetime import time
from functools import cache
from importlib.resources import files
from typing import Annotated, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from dialogplan.colours import CSS3_COLOURS
from dialogplan.moves import MOVES

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_WINDOW = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


def parse_window(text: str) -> tuple[time, time]:
    """Turn ``"08:00-09:30"`` into its start and end times of day."""
    match = _WINDOW.match(text)
    if not match:
        raise ValueError(f"time window {text!r} is not of the form HH:MM-HH:MM")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    try:
        start, end = time(h1, m1), time(h2, m2)
    except ValueError:
        raise ValueError(f"time window {text!r} names a time of day that does not exist") from None
    if start >= end:
        raise ValueError(f"time window {text!r} ends before it starts")
    return start, end


def _check_window(text: str) -> str:
    parse_window(text)
    return text


def _check_moves(names: list[str]) -> list[str]:
    unknown = sorted(set(names) - MOVES.keys())
    if unknown:
        raise ValueError(f"unknown moves {unknown}")
    return names


def _check_colour(name: str) -> str:
    if name not in CSS3_COLOURS:
        raise ValueError(f"colour {name!r} is not a CSS3 colour name, which RFC 7986 asks for")
    return name


TimeWindow = Annotated[
    str,
    AfterValidator(_check_window),
    Field(pattern=r"^\d{2}:\d{2}-\d{2}:\d{2}$", examples=["08:00-09:30"]),
]


class Conventions(BaseModel):
    """How people write on a platform."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    hashtags: int = Field(ge=0, description="Hashtags per post at most; 0 means none.")
    max_length: int = Field(ge=0, description="Characters per post; 0 means no practical limit.")
    mentions: bool = Field(description="Whether people and organisations are tagged.")


class ChannelSpec(BaseModel):
    """One platform as the catalogue describes it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    label: str
    #: The label in other languages, where it differs from ``label``.
    labels: dict[str, str] = Field(default_factory=dict)
    #: Other names people write in their files for it ("Facebook-Gruppe"), any language.
    aliases: list[str] = Field(default_factory=list)
    #: How calendar apps colour its entries, so a channel's feed stands apart in one app.
    colour: Annotated[str, AfterValidator(_check_colour)]
    moves: Annotated[list[str], AfterValidator(_check_moves)]
    days: list[Weekday]
    windows: list[TimeWindow]
    posts_per_week: float = Field(ge=0)
    max_silence_days: int = Field(ge=1)
    min_minutes_per_week: int = Field(ge=0)
    conventions: Conventions
    #: Whether people browse the platform by hashtag: only then is a hashtag a place to look.
    found_by_hashtag: bool = False
    #: Whether people act from their own profile: messages and connection notes then speak
    #: as one person, whatever voice the team's posts have.
    personal: bool = False
    #: Whether answers to an own piece arrive over a day (e-mail, blog comments): its reply
    #: round then waits for the next working day.
    replies_next_day: bool = False
    #: Whether people here talk about work: in their conversations, a topic of taste
    #: (lunch spots, favourite flowers) finds nobody.
    work_talk: bool = False
    #: Whether a shared piece is put to the team's followers, who seldom include its author:
    #: its question is then one of the team's own, for them to answer.
    shares_ask_followers: bool = False

    def label_in(self, language: str) -> str:
        """The platform's name as people speaking ``language`` call it."""
        return self.labels.get(language, self.label)


@cache
def catalogue() -> dict[str, ChannelSpec]:
    """Every channel dialogplan knows, by name; read once from the packaged data file."""
    raw = yaml.safe_load(files("dialogplan").joinpath("data/channels.yaml").read_text("utf-8"))
    specs = {name: ChannelSpec(name=name, **spec) for name, spec in raw.items()}
    return _distinct_colours(specs)


def _distinct_colours(specs: dict[str, ChannelSpec]) -> dict[str, ChannelSpec]:
    """The catalogue, if no two channels share a colour: their feeds would look alike."""
    owner: dict[str, str] = {}
    for name, spec in specs.items():
        if spec.colour in owner:
            raise ValueError(f"channels {owner[spec.colour]} and {name} share colour {spec.colour}")
        owner[spec.colour] = name
    return specs
