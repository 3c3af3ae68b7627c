"""Where each move happens on each channel: the places data and what it allows.

A move is only planned where it can really happen. A blog's comment goes to other blogs, a
newsletter's reply round answers the e-mails its last issue drew, and a congratulation needs
news the platform actually shows. The data lives in ``dialogplan/data/places.yaml``; this
module reads it once, checks it against the channel catalogue and answers two questions:
where a move happens (``ChannelPlaces.place_of``) and which moves can happen at all
(``possible_moves``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dialogplan.catalogue import catalogue
from dialogplan.moves import MOVES

if TYPE_CHECKING:
    from dialogplan.strategy import Strategy

PlaceKind = Literal["own", "others", "groups", "dm", "inbox", "other-blogs"]
PLACE_KINDS: tuple[str, ...] = get_args(PlaceKind)

NewsKind = Literal["job", "founding", "anniversary", "award", "milestone"]
NEWS_KINDS: tuple[str, ...] = get_args(NewsKind)

#: The languages every phrase is written in.
LANGUAGES: tuple[str, ...] = ("de", "en")

#: Moves that happen in groups; planned wherever a channel has a place of kind ``groups``.
GROUP_MOVES: tuple[str, ...] = ("group-ask", "group-help", "find-groups")

#: The kinds of place each move may happen at; a move not listed may happen anywhere.
_ALLOWED_KINDS: dict[str, frozenset[str]] = {
    "reply": frozenset({"own", "inbox", "groups"}),
    "ask": frozenset({"own", "inbox"}),
    "story": frozenset({"own"}),
    "article": frozenset({"own"}),
    "announce": frozenset({"own"}),
    "share": frozenset({"own"}),
    "away": frozenset({"own"}),
    "back": frozenset({"own"}),
    "comment": frozenset({"others", "groups", "other-blogs"}),
    "listen": frozenset({"others", "groups", "other-blogs"}),
    "connect": frozenset({"dm", "others"}),  # a request or message, or follow and reply in public
    "meet": frozenset({"dm"}),
    "group-ask": frozenset({"groups"}),
    "group-help": frozenset({"groups"}),
    "find-groups": frozenset({"groups"}),
}


@dataclass(frozen=True, slots=True)
class Place:
    """One place on a platform where work happens, in words for every language."""

    id: str
    kind: PlaceKind
    #: A location phrase that reads well after a verb: "in deinem LinkedIn-Feed".
    text: Mapping[str, str]
    #: How to find what is there: "über die Hashtags deines Fachs"; empty when obvious.
    find: Mapping[str, str]
    #: For a place about its neighbourhood, the kinds of post people there write: id to a
    #: noun phrase per language; empty elsewhere. Work at such a place has no topic.
    angles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: Whether there is anything here only once people know the account (its mentions):
    #: a new channel's first weeks do no work here.
    known: bool = False
    #: Of ``angles``, the kinds of post pages carry (news, events); groups carry them all.
    on_pages: tuple[str, ...] = ()
    #: Of ``angles``, the kinds a listening round saves for a later comment; empty for all.
    saved: tuple[str, ...] = ()
    #: The location phrase and hint without the platform's groups, for a page that takes
    #: part in them only through a channel of groups of its own; empty where the same.
    pages_text: Mapping[str, str] = field(default_factory=dict)
    pages_find: Mapping[str, str] = field(default_factory=dict)

    def text_in(self, language: str, *, pages: bool = False) -> str:
        """The location phrase in ``language``; on ``pages`` only, without the groups."""
        return (self.pages_text if pages and self.pages_text else self.text)[language]

    def find_in(self, language: str, *, pages: bool = False) -> str:
        """How to find things at this place, in ``language``; "" when there is no hint."""
        return (self.pages_find if pages and self.pages_text else self.find).get(language, "")

    @property
    def local(self) -> bool:
        """Whether people here talk about their neighbourhood rather than a subject."""
        return bool(self.angles)

    def angle(self, turn: int, *, pages: bool = False, saving: bool = False) -> str:
        """The id of the kind of post the ``turn``-th entry here looks for; "" elsewhere.

        On ``pages`` only the kinds they carry: a kindergarten's page holds no newcomer
        asking where to start. ``saving`` for later keeps to the kinds that wait: an
        unanswered question saved "to comment on later" was a moment lost (r404).
        """
        ids = (self.on_pages if pages else ()) or tuple(self.angles)
        if saving and self.saved:
            ids = tuple(i for i in ids if i in self.saved) or ids
        return ids[turn % len(ids)] if ids else ""


@dataclass(frozen=True, slots=True)
class ChannelPlaces:
    """What a channel shows, whether it suits meeting people, and where each move happens."""

    #: The kinds of news the platform shows the account; empty means nothing to congratulate.
    news: tuple[str, ...]
    #: Whether moving a contact to a call, coffee or walk fits this platform.
    offline: bool
    #: Whether the platform tells the account a contact's birthday on the day.
    birthdays: bool
    #: Characters of a note sent with a connection request; 0 when there is no such note.
    note_limit: int
    #: Whether the account can message people who never wrote to it: a Facebook page cannot.
    writes_first: bool
    places: Mapping[str, Place]
    #: Move name to place id.
    moves: Mapping[str, str]

    def place_of(self, move: str) -> Place | None:
        """Where ``move`` happens on this channel, or None when it cannot happen here."""
        place_id = self.moves.get(move)
        return None if place_id is None else self.places[place_id]

    def place_for(self, move: str, place_id: str = "") -> Place | None:
        """The place an entry names (None if this channel has no such place), else the move's."""
        return self.places.get(place_id) if place_id else self.place_of(move)

    def supports_groups(self) -> bool:
        """Whether the channel has groups to work in."""
        return any(place.kind == "groups" for place in self.places.values())


class _Words(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    de: str = Field(min_length=1)
    en: str = Field(min_length=1)


class _RawPlace(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: PlaceKind
    de: str = Field(min_length=1)
    en: str = Field(min_length=1)
    find: _Words | None = None
    angles: dict[str, _Words] = Field(default_factory=dict)
    on_pages: list[str] = Field(default_factory=list)
    saved: list[str] = Field(default_factory=list)
    pages: _Words | None = None
    pages_find: _Words | None = None
    known: bool = False


class _RawChannel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    news: list[NewsKind]
    birthdays: bool
    offline: bool
    note_limit: int = Field(ge=0)
    writes_first: bool = True
    places: dict[str, _RawPlace] = Field(min_length=1)
    moves: dict[str, str] = Field(min_length=1)


class PlacesError(ValueError):
    """The places data contradicts itself or the channel catalogue."""


def _build(channel: str, raw: _RawChannel) -> ChannelPlaces:
    places = {
        place_id: Place(
            id=place_id,
            kind=spec.kind,
            text=MappingProxyType({"de": spec.de, "en": spec.en}),
            find=MappingProxyType({} if spec.find is None else spec.find.model_dump()),
            angles=MappingProxyType(
                {key: MappingProxyType(words.model_dump()) for key, words in spec.angles.items()}
            ),
            known=spec.known,
            on_pages=tuple(spec.on_pages),
            saved=tuple(spec.saved),
            pages_text=MappingProxyType({} if spec.pages is None else spec.pages.model_dump()),
            pages_find=MappingProxyType(
                {} if spec.pages_find is None else spec.pages_find.model_dump()
            ),
        )
        for place_id, spec in raw.places.items()
    }
    for place_id, spec in raw.places.items():
        for field_name in ("on_pages", "saved"):
            if unknown := set(getattr(spec, field_name)) - set(spec.angles):
                raise PlacesError(
                    f"places.yaml: channel {channel!r}, place {place_id!r}: {field_name} names "
                    f"{', '.join(sorted(unknown))}, which are not among its angles"
                )
    for move, place_id in raw.moves.items():
        if move not in MOVES:
            raise PlacesError(
                f"places.yaml: channel {channel!r} gives a place to unknown move {move!r}"
            )
        if place_id not in places:
            raise PlacesError(
                f"places.yaml: channel {channel!r}, move {move!r}: no place {place_id!r} "
                f"(places: {', '.join(places)})"
            )
        allowed = _ALLOWED_KINDS.get(move)
        if allowed is not None and places[place_id].kind not in allowed:
            raise PlacesError(
                f"places.yaml: channel {channel!r}, move {move!r} cannot happen at "
                f"{place_id!r} of kind {places[place_id].kind!r}"
            )
    return ChannelPlaces(
        news=tuple(raw.news),
        offline=raw.offline,
        birthdays=raw.birthdays,
        note_limit=raw.note_limit,
        writes_first=raw.writes_first,
        places=MappingProxyType(places),
        moves=MappingProxyType(dict(raw.moves)),
    )


#: Moves the scheduler adds on its own wherever they have a place: the notes around a break.
_ALWAYS = ("away", "back")


def _check_against_catalogue(channel: str, places: ChannelPlaces) -> None:
    for move in catalogue()[channel].moves:
        if places.place_of(move) is None:
            raise PlacesError(
                f"channel {channel!r} lists move {move!r} in channels.yaml, "
                f"but places.yaml gives it no place"
            )
    listed = set(catalogue()[channel].moves)
    if "congratulate" in listed and not places.news:
        raise PlacesError(
            f"channel {channel!r} lists move 'congratulate' in channels.yaml, "
            f"but places.yaml says it shows no news"
        )
    if "meet" in listed and not places.offline:
        raise PlacesError(
            f"channel {channel!r} lists move 'meet' in channels.yaml, "
            f"but places.yaml says meeting offline does not fit"
        )
    for move in GROUP_MOVES:
        if places.supports_groups() and places.place_of(move) is None:
            raise PlacesError(
                f"channel {channel!r} has groups, but places.yaml gives move {move!r} no place"
            )
    offered = listed | set(_ALWAYS) | (set(GROUP_MOVES) if places.supports_groups() else set())
    for move in sorted(set(places.moves) - offered):
        raise PlacesError(
            f"channel {channel!r}: places.yaml gives move {move!r} a place, but channels.yaml "
            "does not list it; drop the place or list the move"
        )


def load_places(text: str) -> dict[str, ChannelPlaces]:
    """Read and check places data; raise ``PlacesError`` naming channel and move when wrong."""
    raw = yaml.safe_load(text)
    if not isinstance(raw, dict):
        raise PlacesError("places.yaml: expected a mapping of channel names")
    known = catalogue()
    missing = sorted(set(known) - raw.keys())
    unknown = sorted(raw.keys() - set(known))
    if missing or unknown:
        raise PlacesError(
            f"places.yaml must describe exactly the catalogue's channels: "
            f"missing {missing}, unknown {unknown}"
        )
    result: dict[str, ChannelPlaces] = {}
    for channel in known:
        try:
            parsed = _RawChannel.model_validate(raw[channel])
        except ValidationError as error:
            raise PlacesError(f"places.yaml: channel {channel!r}: {error}") from None
        result[channel] = _build(channel, parsed)
        _check_against_catalogue(channel, result[channel])
    return result


@cache
def _all_places() -> dict[str, ChannelPlaces]:
    return load_places(files("dialogplan").joinpath("data/places.yaml").read_text("utf-8"))


def channel_places(channel: str) -> ChannelPlaces:
    """Where each move happens on ``channel``; read and checked once."""
    return _all_places()[channel]


def moves_of(strategy: Strategy, channel: str) -> frozenset[str]:
    """The moves a planned channel can make: its strategy's (or catalogue's) where possible."""
    return possible_moves(channel, strategy.channel(channel).moves)


def possible_moves(channel: str, spec_moves: Iterable[str]) -> frozenset[str]:
    """The moves of ``spec_moves`` that can happen on ``channel``.

    A move needs a place; a congratulation needs news the platform shows; a meeting needs a
    platform where moving a contact offline fits. A channel with groups gains the group moves
    (asking and helping in groups, and finding groups to join).
    """
    places = channel_places(channel)
    moves = {move for move in spec_moves if places.place_of(move) is not None}
    if not places.news:
        moves.discard("congratulate")
    if not places.offline:
        moves.discard("meet")
    if places.supports_groups():
        moves.update(GROUP_MOVES)
    return frozenset(moves)
