"""Where each move happens: the places data, its checks and the moves it allows."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dialogplan.catalogue import catalogue
from dialogplan.places import (
    GROUP_MOVES,
    LANGUAGES,
    PLACE_KINDS,
    PlacesError,
    channel_places,
    load_places,
    possible_moves,
)

DATA = Path(__file__).parent.parent / "dialogplan" / "data" / "places.yaml"
CHANNELS = list(catalogue())


def test_every_channel_has_places() -> None:
    for channel in CHANNELS:
        places = channel_places(channel)
        assert places.places
        assert places.moves
        assert places.note_limit >= 0


@pytest.mark.parametrize("channel", CHANNELS)
def test_every_catalogue_move_has_a_place(channel: str) -> None:
    places = channel_places(channel)
    for move in catalogue()[channel].moves:
        place = places.place_of(move)
        assert place is not None, f"{channel}: {move}"
        assert place.kind in PLACE_KINDS


@pytest.mark.parametrize("channel", CHANNELS)
def test_every_place_speaks_both_languages(channel: str) -> None:
    for place in channel_places(channel).places.values():
        for language in LANGUAGES:
            assert place.text_in(language).strip()
            assert place.find_in(language) == place.find.get(language, "")
        assert set(place.find) in (set(), set(LANGUAGES))


@pytest.mark.parametrize("channel", CHANNELS)
def test_german_places_say_du(channel: str) -> None:
    for place in channel_places(channel).places.values():
        words = f"{place.text_in('de')} {place.find_in('de')}".split()
        assert not {"Sie", "Ihr", "Ihrem", "Ihren", "Ihrer", "Ihre"} & set(words), place


@pytest.mark.parametrize("channel", CHANNELS)
def test_congratulate_is_never_planned_without_news(channel: str) -> None:
    places = channel_places(channel)
    allowed = possible_moves(channel, catalogue()[channel].moves)
    if not places.news:
        assert "congratulate" not in allowed
        assert "congratulate" not in catalogue()[channel].moves
    assert "congratulate" not in possible_moves(channel, ["congratulate"]) or places.news


@pytest.mark.parametrize("channel", ["tiktok", "pinterest", "youtube", "blog", "newsletter"])
def test_channels_without_visible_news(channel: str) -> None:
    assert channel_places(channel).news == ()


@pytest.mark.parametrize("channel", ["instagram", "facebook", "tiktok", "threads"])
def test_no_job_news_where_none_is_shown(channel: str) -> None:
    assert "job" not in channel_places(channel).news


def test_job_news_on_the_career_networks() -> None:
    assert "job" in channel_places("linkedin").news
    assert "job" in channel_places("xing").news


@pytest.mark.parametrize(
    ("channel", "offline"),
    [
        ("linkedin", True),
        ("xing", True),
        ("facebook-group", True),
        ("tiktok", False),
        ("pinterest", False),
        ("youtube", False),
    ],
)
def test_offline_fits(channel: str, offline: bool) -> None:
    assert channel_places(channel).offline is offline
    assert ("meet" in possible_moves(channel, ["meet"])) is offline


def test_the_places_the_issue_names() -> None:
    blog_comment = channel_places("blog").place_of("comment")
    assert blog_comment is not None
    assert blog_comment.kind == "other-blogs"
    assert blog_comment.text_in("de") == "auf anderen Blogs zu deinen Themen"
    newsletter_reply = channel_places("newsletter").place_of("reply")
    assert newsletter_reply is not None
    assert newsletter_reply.kind == "inbox"
    facebook_listen = channel_places("facebook").place_of("listen")
    assert facebook_listen is not None
    assert facebook_listen.kind == "others"
    assert "Gruppen" in facebook_listen.text_in("de")
    assert "pages" in facebook_listen.text_in("en")
    linkedin_feed = channel_places("linkedin").place_of("comment")
    assert linkedin_feed is not None
    assert linkedin_feed.text_in("de") == "in deinem LinkedIn-Feed"
    assert linkedin_feed.text_in("en") == "in your LinkedIn feed"
    assert linkedin_feed.find_in("en")
    assert channel_places("linkedin").note_limit == 200


@pytest.mark.parametrize("channel", CHANNELS)
def test_moves_happen_at_fitting_kinds(channel: str) -> None:
    places = channel_places(channel)
    kind = {move: place.kind for move in places.moves if (place := places.place_of(move))}
    if "connect" in kind:  # a request or a message; on Mastodon and Instagram in public
        assert kind["connect"] == ("others" if channel in ("mastodon", "instagram") else "dm")
    if "meet" in kind:
        assert kind["meet"] == "dm"
    for move in ("ask", "story", "article", "announce", "share"):
        if move in kind:
            assert kind[move] == "own", move
    if "comment" in kind:
        assert kind["comment"] in {"others", "groups", "other-blogs"}
    if "reply" in kind:
        assert kind["reply"] in {"own", "inbox"}


@pytest.mark.parametrize("channel", CHANNELS)
def test_own_posts_get_a_reply_place(channel: str) -> None:
    places = channel_places(channel)
    own = {"ask", "story", "article", "share", "group-ask"}
    if own & set(catalogue()[channel].moves):
        assert places.place_of("reply") is not None


#: Own places where nobody waits for news of a break: groups are others' rooms, and people
#: find pins through search.
NO_BREAK_NOTES = frozenset({"facebook-group", "pinterest"})


@pytest.mark.parametrize("channel", CHANNELS)
def test_own_channels_have_a_place_for_a_break_notice(channel: str) -> None:
    places = channel_places(channel)
    if any(p.kind == "own" for p in places.places.values()) and channel not in NO_BREAK_NOTES:
        for move in ("away", "back"):
            place = places.place_of(move)
            assert place is not None
            assert place.kind == "own"


def test_groups() -> None:
    assert channel_places("linkedin").supports_groups()
    assert channel_places("facebook-group").supports_groups()
    assert not channel_places("instagram").supports_groups()
    assert not channel_places("facebook").supports_groups()
    groups = channel_places("facebook-group").place_of("group-help")
    assert groups is not None
    assert groups.kind == "groups"


def test_possible_moves() -> None:
    assert possible_moves("linkedin", ["ask"]) == frozenset({"ask", *GROUP_MOVES})
    assert possible_moves("instagram", ["ask", "group-ask"]) == frozenset({"ask"})
    assert possible_moves("tiktok", ["congratulate", "meet", "comment"]) == frozenset({"comment"})
    assert possible_moves("blog", ["listen", "comment"]) == frozenset({"comment"})
    assert possible_moves("newsletter", ["reply", "connect"]) == frozenset({"reply"})
    assert possible_moves("xing", ["congratulate", "meet"]) == frozenset({"congratulate", "meet"})
    assert possible_moves("x", []) == frozenset()


@pytest.mark.parametrize("channel", CHANNELS)
def test_possible_moves_of_the_catalogue(channel: str) -> None:
    listed = set(catalogue()[channel].moves)
    allowed = possible_moves(channel, listed)
    assert listed <= allowed
    assert allowed - listed <= set(GROUP_MOVES)


def test_loaded_once() -> None:
    assert channel_places("linkedin") is channel_places("linkedin")


def _data() -> dict[str, dict[str, object]]:
    raw = yaml.safe_load(DATA.read_text("utf-8"))
    assert isinstance(raw, dict)
    return raw


def test_data_loads_from_text() -> None:
    assert set(load_places(DATA.read_text("utf-8"))) == set(CHANNELS)


def _broken(channel: str, key: str, *, value: object) -> str:
    raw = _data()
    raw[channel][key] = value
    return yaml.safe_dump(raw, allow_unicode=True)


def test_a_move_without_a_place_is_named() -> None:
    raw = _data()
    moves = raw["tiktok"]["moves"]
    assert isinstance(moves, dict)
    del moves["comment"]
    with pytest.raises(PlacesError, match=r"'tiktok'.*'comment'"):
        load_places(yaml.safe_dump(raw, allow_unicode=True))


def test_an_unknown_place_is_named() -> None:
    raw = _data()
    moves = raw["blog"]["moves"]
    assert isinstance(moves, dict)
    moves["comment"] = "nowhere"
    with pytest.raises(PlacesError, match=r"'blog'.*'comment'.*'nowhere'"):
        load_places(yaml.safe_dump(raw, allow_unicode=True))


def test_a_move_at_the_wrong_kind_is_named() -> None:
    raw = _data()
    moves = raw["blog"]["moves"]
    assert isinstance(moves, dict)
    moves["comment"] = "blog"
    with pytest.raises(PlacesError, match=r"'blog'.*'comment'.*'own'"):
        load_places(yaml.safe_dump(raw, allow_unicode=True))


def test_a_place_for_a_move_the_channel_does_not_offer_is_refused() -> None:
    """A stale place would let a move's wording drift from what is really planned."""
    raw = _data()
    moves = raw["tiktok"]["moves"]
    assert isinstance(moves, dict)
    moves["congratulate"] = moves["comment"]  # a fitting kind: only the listing is wrong
    with pytest.raises(PlacesError, match=r"'tiktok'.*'congratulate'.*does not list it"):
        load_places(yaml.safe_dump(raw, allow_unicode=True))


def test_congratulate_without_news_is_refused() -> None:
    with pytest.raises(PlacesError, match=r"'linkedin'.*congratulate"):
        load_places(_broken("linkedin", "news", value=[]))


def test_meet_where_offline_does_not_fit_is_refused() -> None:
    with pytest.raises(PlacesError, match=r"'xing'.*meet"):
        load_places(_broken("xing", "offline", value=False))


def test_a_bad_kind_or_missing_language_is_refused() -> None:
    raw = _data()
    places = raw["x"]["places"]
    assert isinstance(places, dict)
    places["profile"] = {"kind": "own", "de": "auf deinem X-Account"}
    with pytest.raises(PlacesError, match="'x'"):
        load_places(yaml.safe_dump(raw, allow_unicode=True))
    places["profile"] = {"kind": "stage", "de": "auf X", "en": "on X"}
    with pytest.raises(PlacesError, match="'x'"):
        load_places(yaml.safe_dump(raw, allow_unicode=True))


def test_a_missing_channel_is_refused() -> None:
    raw = _data()
    del raw["threads"]
    with pytest.raises(PlacesError, match="threads"):
        load_places(yaml.safe_dump(raw, allow_unicode=True))
