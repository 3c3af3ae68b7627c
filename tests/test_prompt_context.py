"""The render context: what a template knows about an entry, decided in Python."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Announcement, Contexts, rules_for
from dialogplan.render import render
from dialogplan.strategy import Moment, Strategy
from tests.support import build
from tests.test_render import TEXTS, entries, strategy_in
from tests.test_threads import make

RULES = ("hashtags", "max_length", "note_limit")

#: Every variable a template sees.
VARIABLES = {
    "move", "move_label", "channel", "channel_label", "language", "client", "start", "minutes",
    "warm_up", "new_channel", "variant", "turn", "conventions", "goal", "goal_text", "audience",
    "who", "topic", "topic_noun", "topic_kind", "place", "rules", "earlier", "news", "offline",
    "group", "groups_joined", "groups_found", "announce", "occasion", "pause", "skips", "resumes",
    "after_break", "break_ahead",
    "meet_week", "meet_next", "review", "writes_first",
    "follows_up_title", "follows_up_start", "topic_question", "event_soon", "event_past", "we",
    "sie", "question", "seed", "where", "where_groups", "moment", "invite", "meet_at", "topic_talk",
    "tags", "area", "hour", "goal_question", "person", "goal_who", "goal_sought", "local_angle",
    "nearby", "look_in", "local_angle_id", "topic_people", "asked_before",
    "group_on_topic", "question_faq", "question_talk", "question_for", "noticeboard", "later",
    "question_seeks", "local_group", "topic_search", "confidential",
    "why_now", "event_booked",
}  # fmt: skip


def contexts(strategy: Strategy, rows: list[dict[str, Any]]) -> Contexts:
    """What the templates of the rows' entries see, by index."""
    return Contexts(strategy, entries(strategy, rows))


def context(strategy: Strategy, rows: list[dict[str, Any]], i: int = -1) -> dict[str, Any]:
    """What the template of row ``i`` sees."""
    return contexts(strategy, rows)(i % len(rows))


def test_the_context_has_every_variable() -> None:
    """Teams' templates keep their variables; the built-in ones get the new ones."""
    strategy = strategy_in("de")
    seen = context(strategy, [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}])
    assert set(seen) == VARIABLES


@pytest.mark.parametrize(
    ("move", "channel", "hashtags", "max_length", "note_limit"),
    [
        ("ask", "linkedin", 3, None, None),  # 3,000 characters never bind a short post
        ("story", "instagram", 5, None, None),
        ("away", "mastodon", None, 500, None),  # a break note speaks to followers: no hashtags
        ("article", "linkedin", 3, None, None),  # a long-form piece has no practical limit
        ("ask", "facebook", 1, None, None),  # the catalogue knows no limit there
        ("share", "xing", None, 1000, None),  # XING takes no hashtags
        ("group-ask", "linkedin", None, None, None),  # no hashtags in groups
        ("connect", "linkedin", None, None, 200),
        ("connect", "xing", None, None, None),
        ("comment", "linkedin", None, None, None),
        ("thank", "instagram", None, None, None),
        ("reply", "linkedin", None, None, None),
        ("back", "linkedin", None, None, None),
        ("review", "linkedin", None, None, None),
    ],
)
def test_rules_only_where_something_is_published(
    move: str, channel: str, hashtags: int | None, max_length: int | None, note_limit: int | None
) -> None:
    """Hashtags and length for own posts; a connection note's limit; nothing for the rest."""
    rules = rules_for(move, channel)
    assert dict(rules) == {
        "hashtags": hashtags,
        "max_length": max_length,
        "note_limit": note_limit,
        "tags": (),
    }


@pytest.mark.parametrize(
    ("channel", "goal", "who"),
    [
        ("linkedin", "gespraech", "who"),
        ("instagram", "gespraech", "insta"),
        ("blog", "sichtbar", ""),
    ],
)
def test_who_is_the_channels_audience_else_the_goals_people(
    channel: str, goal: str, who: str
) -> None:
    strategy = strategy_in("de")
    row = {"channel": channel, "move": "comment", "goal": goal, "start": "2027-01-05 09:00"}
    assert context(strategy, [row])["who"] == TEXTS["de"].get(who, "")


def test_topics_come_with_their_noun_kind_and_talk() -> None:
    strategy = strategy_in("en")
    theme = strategy.topics[1].model_copy(update={"talk": "debate"})
    strategy = strategy.model_copy(update={"topics": [strategy.topics[0], theme]})
    texts = TEXTS["en"]
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"},
        {"channel": "linkedin", "move": "comment", "start": "2027-01-06 08:00",
         "topic": texts["theme"]},
        {"channel": "linkedin", "move": "thank", "start": "2027-01-07 08:00", "topic": ""},
    ]  # fmt: skip
    calendar = entries(strategy, rows)
    facts = Contexts(strategy, calendar)
    keys = ("topic", "topic_noun", "topic_kind", "topic_talk")
    seen = [tuple(facts(i)[key] for key in keys) for i in range(3)]
    assert seen == [
        (texts["topic"], texts["short"], "own", ""),
        (texts["theme"], "", "theme", "debate"),
        ("", "", "", ""),
    ]


def test_earlier_names_a_reply_rounds_post_and_the_work_carried_on() -> None:
    """Day, weekday and distance of the entry a reply round or a carried-on entry goes back to."""
    strategy = strategy_in("de")
    rows: list[dict[str, Any]] = [
        {"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"},
        {"channel": "linkedin", "move": "listen", "start": "2027-01-06 08:00", "topic": ""},
        {"channel": "linkedin", "move": "reply", "start": "2027-01-07 08:00", "follows": 0},
        {"channel": "linkedin", "move": "comment", "start": "2027-01-08 08:00", "continues": 1},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["earlier"] is None
    assert facts(2)["earlier"] == {
        "move": "ask", "weekday": "Dienstag", "day": "Di., 05.01.", "days_ago": 2,
        "topic": TEXTS["de"]["topic"], "topic_noun": TEXTS["de"]["short"], "group": "",
        "group_names_topic": False, "announce": "", "invited": None, "question": "",
        "seeks": False, "question_talk": "", "question_choice": False, "question_asks": "",
        "question_faq": False,
        "place": "profile",
        "place_kind": "own",
        "angle": "", "angle_id": "",
    }  # fmt: skip
    assert facts(3)["earlier"]["move"] == "listen"
    assert (facts(3)["earlier"]["place"], facts(3)["earlier"]["place_kind"]) == ("feed", "others")
    assert facts(3)["earlier"]["days_ago"] == 2
    assert facts(2)["follows_up_start"] == "Di., 05.01.2027, 08:00"


def test_announce_names_event_or_offer_with_link_and_days() -> None:
    strategy = strategy_in("de")
    texts = TEXTS["de"]
    rows = [
        {"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"},
        {"channel": "linkedin", "move": "announce", "start": "2027-03-05 08:00",
         "announce": texts["offer"]},  # its last day four weeks ahead: said
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    event, offer = facts(0)["announce"], facts(1)["announce"]
    assert event == Announcement(
        texts["event"], "event", "https://example.org/cupping", "Mi., 10.02.", 9, "",
        later_week=True,  # Monday 1 February, for Wednesday of the week after
    )  # fmt: skip
    assert offer == Announcement(
        texts["offer"], "offer", "https://example.org/abo", "", 0, "Mi., 31.03."
    )
    assert facts(0)["announce"].url == "https://example.org/cupping"
    assert str(event) == texts["event"]


@pytest.mark.parametrize(
    ("move", "start", "days"),
    [
        ("ask", "2027-02-07 08:00", 3),  # the cupping evening is on 10 February
        ("reply", "2027-02-09 18:00", 1),
        ("story", "2027-02-03 08:00", 7),
        ("listen", "2027-02-05 08:00", 5),  # note people worth inviting
        ("ask", "2027-02-10 08:00", 0),  # the day itself
        ("ask", "2027-02-02 08:00", None),  # eight days ahead: too early to mention it
        ("ask", "2027-02-11 08:00", None),  # the day after
        # Work in others' conversations knows it too, to tell an interested person in a
        # message, never under their post.
        ("comment", "2027-02-08 08:00", 2),
    ],
)
def test_own_posts_in_the_week_before_an_event_know_it(
    move: str, start: str, days: int | None
) -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": move, "start": start}]
    soon = contexts(strategy, rows)(0)["event_soon"]
    assert (soon.days_until if soon else None) == days
    if soon:
        assert soon.title == TEXTS["en"]["event"]
        assert soon.url == "https://example.org/cupping"


def test_an_announcement_does_not_also_get_the_event_hint() -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "announce", "start": "2027-02-07 08:00"}]
    assert contexts(strategy, rows)(0)["event_soon"] is None


def test_a_template_printing_announce_still_prints_the_title() -> None:
    """Teams' templates from before ``announce`` became a mapping keep working."""
    strategy = strategy_in("de")
    rows = [{"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"}]
    overrides = {"de/announce.j2": "Lade ein zu {{ announce }} ({{ announce.url }})."}
    prompt = render(strategy, entries(strategy, rows), overrides)[0].prompt
    assert prompt == f"Lade ein zu {TEXTS['de']['event']} (https://example.org/cupping)."


def test_pause_gives_the_break_and_the_first_working_day_after_it() -> None:
    """Away before a break, back after it; the return skips weekends and public holidays."""
    strategy = strategy_in("de")
    rows = [
        {"channel": "linkedin", "move": "comment", "start": "2027-02-10 08:00"},
        {"channel": "linkedin", "move": "away", "start": "2027-02-11 08:00"},
        {"channel": "linkedin", "move": "back", "start": "2027-02-22 08:00"},
        {"channel": "linkedin", "move": "away", "start": "2027-03-19 08:00"},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["pause"] is None
    winter = {
        "first": "Mo., 15.02.",
        "last": "Fr., 19.02.",
        "back": "Mo., 22.02.",
        "reason": "Winterpause",
        "kind": "rest",
        "feast": "",
        "short": True,
        "closed": False,
        "urgent": False,
    }
    assert facts(1)["pause"] == winter
    assert facts(2)["pause"] == winter
    # Good Friday, the weekend and Easter Monday follow the fair: the break takes them in.
    assert facts(3)["pause"] == {
        "first": "Mo., 22.03.",
        "last": "Mo., 29.03.",
        "back": "Di., 30.03.",
        "reason": "Messe",
        "kind": "fair",
        "feast": "",
        "short": False,
        "closed": False,
        "urgent": False,
    }


def test_review_looks_back_at_the_months_own_questions() -> None:
    """At most four questions of the month, any channel, in date order, before the review."""
    strategy = strategy_in("en")
    asks = [
        ("linkedin", "ask", "2027-01-05"), ("mastodon", "ask", "2027-01-07"),
        ("facebook-group", "group-ask", "2027-01-12"),
        ("instagram", "ask", "2027-01-19"), ("linkedin", "ask", "2027-01-26"),
    ]  # fmt: skip
    rows = [
        {"channel": c, "move": m, "start": f"{d} 09:00", "topic": f"{d} topic"} for c, m, d in asks
    ]
    rows += [
        {"channel": "linkedin", "move": "review", "start": "2027-01-29 16:00"},
        {"channel": "linkedin", "move": "review", "start": "2027-02-01 16:00"},
        {"channel": "linkedin", "move": "ask", "start": "2027-02-03 09:00"},
    ]
    facts = contexts(strategy, rows)
    review = facts(5)["review"]
    assert review["month"] == "January"
    assert [(a["weekday"], a["day"], a["channel_label"]) for a in review["asks"]] == [
        ("Thursday", "Thu 7 Jan", "Mastodon"),
        ("Tuesday", "Tue 12 Jan", "Facebook groups"),
        ("Tuesday", "Tue 19 Jan", "Instagram"),
        ("Tuesday", "Tue 26 Jan", "LinkedIn"),
    ]
    assert len(review["channels"]) == len(strategy.channels)
    assert facts(6)["review"]["month"] == "January"  # nothing asked in February yet
    assert facts(0)["review"] is None


def test_place_and_groups_joined() -> None:
    """The entry's place in words; group work without a named group is in the joined groups."""
    strategy = strategy_in("de")
    rows = [
        {"channel": "linkedin", "move": "comment", "start": "2027-01-05 08:00", "place": "feed"},
        {"channel": "linkedin", "move": "group-help", "start": "2027-01-06 08:00"},
        {"channel": "linkedin", "move": "find-groups", "start": "2027-01-07 08:00"},
        {"channel": "facebook-group", "move": "group-help", "start": "2027-01-08 08:00"},
    ]
    facts = contexts(strategy, rows)
    place = facts(0)["place"]
    assert (place["id"], place["kind"], place["text"]) == (
        "feed",
        "others",
        "in deinem LinkedIn-Feed",
    )
    assert place["find"]
    assert facts(1)["place"]["kind"] == "groups"  # no place given: where the channel puts it
    assert [facts(i)["groups_joined"] for i in range(4)] == [False, True, False, False]
    assert facts(0)["news"] == ("job", "founding", "anniversary", "award")
    assert facts(0)["offline"] is True


def test_an_unknown_place_is_an_error() -> None:
    strategy = strategy_in("de")
    rows = [
        {"channel": "linkedin", "move": "comment", "start": "2027-01-05 08:00", "place": "moon"}
    ]
    with pytest.raises(ValueError, match="unknown place 'moon'"):
        render(strategy, entries(strategy, rows))


@pytest.mark.parametrize(
    ("topic", "question"),
    [("Wie viel Sport tut Kindern gut? ", True), ("Warum wir sortieren", False), ("", False)],
)
def test_topic_question_marks_question_shaped_titles(topic: str, question: bool) -> None:
    """A title ending in "?" (spaces stripped) must not go into a slot with its own full stop."""
    strategy = strategy_in("de")
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-01-05 08:00"}]
    calendar = tuple(dataclasses.replace(e, topic=topic) for e in entries(strategy, rows))
    assert Contexts(strategy, calendar)(0)["topic_question"] is question


def test_an_event_short_form_reaches_the_templates() -> None:
    """Templates can say "the spring clinic" instead of quoting a long title."""
    strategy = strategy_in("en")
    event = strategy.events[0].model_copy(update={"short": "the cupping evening"})
    strategy = strategy.model_copy(update={"events": [event]})
    rows = [
        {"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"},
        {"channel": "linkedin", "move": "ask", "start": "2027-02-08 08:00"},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["announce"].noun == "the cupping evening"
    assert facts(1)["event_soon"].noun == "the cupping evening"


def test_a_review_names_each_topic_once_with_its_latest_question() -> None:
    strategy = strategy_in("en")
    texts = TEXTS["en"]
    asks = [("2027-01-05", texts["topic"]), ("2027-01-12", texts["theme"]),
            ("2027-01-19", texts["topic"])]  # fmt: skip
    rows = [
        {"channel": "linkedin", "move": "ask", "start": f"{d} 09:00", "topic": t} for d, t in asks
    ]
    rows.append({"channel": "linkedin", "move": "review", "start": "2027-01-29 16:00"})
    review = contexts(strategy, rows)(3)["review"]
    assert [(a["day"], a["topic"]) for a in review["asks"]] == [
        ("Tue 12 Jan", texts["theme"]),
        ("Tue 19 Jan", texts["topic"]),
    ]
    assert review["asks"][1]["topic_noun"] == texts["short"]


def test_a_review_names_a_topic_asked_on_two_channels_on_both() -> None:
    """Leaving one out would make the review forget a question the team did ask."""
    strategy = strategy_in("en")
    topic = TEXTS["en"]["topic"]
    rows: list[dict[str, Any]] = [
        {"channel": channel, "move": "ask", "start": f"2027-01-{day} 09:00", "topic": topic}
        for day, channel in (("05", "linkedin"), ("12", "instagram"))
    ]
    rows.append({"channel": "linkedin", "move": "review", "start": "2027-01-29 16:00"})
    asks = contexts(strategy, rows)(2)["review"]["asks"]
    assert [(a["day"], a["channel_label"]) for a in asks] == [
        ("Tue 5 Jan", "LinkedIn"),
        ("Tue 12 Jan", "Instagram"),
    ]


def test_a_review_looks_at_the_events_of_four_weeks_before_and_after() -> None:
    strategy = strategy_in("en")
    rows = [
        {"channel": "linkedin", "move": "review", "start": "2027-02-26 08:00"},
        {"channel": "linkedin", "move": "review", "start": "2027-01-14 08:00"},
        {"channel": "linkedin", "move": "review", "start": "2027-03-12 08:00"},
    ]
    facts = contexts(strategy, rows)
    by_day = {facts(i)["start"][:10]: facts(i)["review"]["events"] for i in range(3)}
    after, before, later = by_day["Fri 26 Feb"], by_day["Thu 14 Jan"], by_day["Fri 12 Mar"]
    event = {"title": TEXTS["en"]["event"], "noun": "", "day": "Wed 10 Feb", "last": "", "days": 1,
             "running": False, "closes": "", "closed": False}  # fmt: skip
    assert after == [{**event, "past": True}]
    assert before == [{**event, "past": False}]
    assert later == []  # 30 days after the event


def test_a_review_asks_after_the_month_s_offers_and_knows_the_plan_s_end() -> None:
    """Did the conversations lead anywhere: the offers people could take up that month."""
    strategy = strategy_in("en")  # the plan ends on 3 April; the offer runs until 31 March
    rows = [
        {"channel": "linkedin", "move": "review", "start": "2027-03-05 08:00"},
        {"channel": "linkedin", "move": "review", "start": "2027-03-31 08:00"},
        {"channel": "linkedin", "move": "review", "start": "2027-04-02 08:00"},
    ]
    facts = contexts(strategy, rows)
    reviews = [facts(i)["review"] for i in range(3)]
    offer = {"title": TEXTS["en"]["offer"], "noun": ""}
    assert [r["offers"] for r in reviews] == [[offer], [offer], [offer]]
    assert [r["last"] for r in reviews] == [False, True, True]


@pytest.mark.parametrize("move", ["thank", "back", "share"])
def test_a_thank_you_or_a_return_in_the_week_before_an_event_knows_it(move: str) -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": move, "start": "2027-02-08 08:00"}]
    soon = contexts(strategy, rows)(0)["event_soon"]
    assert soon is not None
    assert soon.days_until == 2


@pytest.mark.parametrize(("move", "named"), [("connect", True), ("congratulate", False)])
def test_who_is_named_only_where_the_team_seeks_those_people_out(move: str, named: bool) -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": move, "start": "2027-01-05 08:00", "goal": "gespraech"}]
    who = contexts(strategy, rows)(0)["who"]
    assert (who == TEXTS["en"]["who"]) == named


def test_the_week_after_an_event_can_look_back_on_it() -> None:
    strategy = strategy_in("en")
    rows = [
        {"channel": "linkedin", "move": "thank", "start": "2027-02-11 08:00"},
        {"channel": "linkedin", "move": "thank", "start": "2027-02-18 08:00"},
        {"channel": "linkedin", "move": "congratulate", "start": "2027-02-11 08:00"},
        {"channel": "linkedin", "move": "comment", "start": "2027-02-12 08:00"},
    ]
    facts = contexts(strategy, rows)
    back = facts(0)["event_past"]
    assert back is not None
    assert (back.title, back.days_until) == (TEXTS["en"]["event"], -1)
    assert facts(1)["event_past"] is None  # a congratulation is about the other's news
    assert facts(2)["event_past"] is not None  # the people who came post about it
    assert facts(3)["event_past"] is None  # eight days on


@pytest.mark.parametrize(
    ("fields", "we", "sie"),
    [
        ({}, {"linkedin": False, "instagram": False}, False),
        ({"voice": "wir", "address": "Sie"}, {"linkedin": True, "instagram": True}, True),
        (
            {"voice": "wir", "channels": {"linkedin": {"voice": "ich"}, "instagram": {}}},
            {"linkedin": False, "instagram": True},
            False,
        ),
    ],
)
def test_voice_and_address_come_from_the_strategy_or_the_channel(
    fields: dict[str, Any], we: dict[str, bool], sie: bool
) -> None:
    strategy = make(**fields)
    rows = [
        {"channel": channel, "move": "ask", "start": "2027-03-02 08:00"}
        for channel in ("linkedin", "instagram")
    ]
    facts = contexts(strategy, rows)
    seen = {facts(i)["channel"]: (facts(i)["we"], facts(i)["sie"]) for i in range(2)}
    assert seen == {channel: (we[channel], sie) for channel in we}


def test_a_topic_s_own_questions_take_turns_and_rest_on_a_channel() -> None:
    """The team's real questions reach the prompts one at a time, never twice in six weeks
    on one channel nor in two weeks on any; when all of a topic's questions rest there, the
    template speaks."""
    questions = ["Was packt ihr ein?", "Was war am Ende überflüssig?"]
    topics = [{"title": "Kliniktasche", "kind": "theme", "questions": questions}, "Kurse"]
    strategy = make(
        topics=topics, channels={"instagram": {"tags": ["#kliniktasche"]}, "linkedin": {}}
    )
    days_topics = [("03-02", "Kliniktasche"), ("03-03", "Kurse"), ("03-04", "Kliniktasche"),
                   ("03-05", "Kliniktasche"), ("04-14", "Kliniktasche")]  # fmt: skip
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-{day} 08:00", "topic": topic}
        for day, topic in days_topics
    ]
    # Two weeks on, another channel may ask it again: a question rests that long everywhere.
    rows.append(
        {"channel": "linkedin", "move": "ask", "start": "2027-03-20 09:00", "topic": "Kliniktasche"}
    )
    facts = contexts(strategy, rows)
    assert [facts(i)["question"] for i in range(6)] == [
        questions[0],
        "",
        questions[1],
        "",
        questions[0],
        questions[0],
    ]
    assert facts(0)["tags"] == ("#kliniktasche",)


def test_a_reply_to_an_invitation_knows_what_it_invited_to() -> None:
    strategy = strategy_in("en")
    rows: list[dict[str, Any]] = [
        {"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"},
        {"channel": "linkedin", "move": "reply", "start": "2027-02-01 14:00", "follows": 0},
    ]
    invited = contexts(strategy, rows)(1)["earlier"]["invited"]
    assert (invited.title, invited.day) == (TEXTS["en"]["event"], "Wed 10 Feb")


def test_two_teams_with_the_same_plan_do_not_read_the_same_wordings() -> None:
    """An agency's clients read each other's posts; their prompts should not echo each other."""
    first = make()
    second = make(client="brenner-beratung-nord")
    texts = [[e.prompt for e in build(s).entries] for s in (first, second)]
    assert [e.prompt for e in build(make()).entries] == texts[0]  # the same on every run
    same = sum(a == b for a, b in zip(*texts, strict=True))
    assert same < len(texts[0]) / 4


def test_an_entry_knows_where_its_goal_s_people_are_and_the_moment_of_the_year() -> None:
    goals = [
        {"id": "sichtbar", "text": "Sichtbar werden", "where": ["#handwerkrheinland"]},
        {"id": "netz", "text": "Netzwerk"},
    ]
    moments = [{"from": date(2027, 3, 1), "to": date(2027, 3, 31), "title": "Jahresabschluss"}]
    strategy = make(goals=goals, moments=moments)
    rows = [
        {"channel": "linkedin", "move": "connect", "start": "2027-03-02 08:00", "goal": "sichtbar"},
        {"channel": "linkedin", "move": "thank", "start": "2027-04-02 08:00", "goal": "sichtbar"},
    ]
    rows[0]["topic"] = ""  # a season touches the entries without a topic
    facts = contexts(strategy, rows)
    assert facts(0)["where"] == ("#handwerkrheinland",)
    assert facts(0)["moment"] == {
        "title": "Jahresabschluss",
        "noun": "",
        "until": "Mi., 31.03.",
        "phase": "begins",
    }
    assert (facts(1)["where"], facts(1)["moment"]) == ((), None)


def invited(strategy: Strategy, title: str) -> Strategy:
    """The strategy with its first goal inviting its people to ``title``."""
    goal = strategy.goals[0].model_copy(update={"invite": (title,)})
    return strategy.model_copy(update={"goals": [goal, *strategy.goals[1:]]})


def test_a_season_touches_only_its_own_topics_and_entries_without_one() -> None:
    moments = [
        {"from": date(2027, 3, 1), "to": date(2027, 3, 31), "title": "Jahresabschluss"},
        {
            "from": date(2027, 3, 8),
            "to": date(2027, 3, 12),
            "title": "Messe",
            "topics": ["Nachfolge"],
        },
    ]
    strategy = make(topics=["Nachfolge", "Fachkräfte"], moments=moments)
    rows = [
        {"channel": "linkedin", "move": "ask", "start": f"2027-03-{day} 08:00", "topic": topic}
        for day, topic in (("09", "Nachfolge"), ("09", "Fachkräfte"), ("10", ""), ("22", ""))
    ]
    facts = contexts(strategy, rows)
    seasons = [(facts(i)["moment"] or {}).get("title") for i in range(len(rows))]
    assert seasons == ["Messe", None, "Messe", "Jahresabschluss"]


def test_an_entry_has_one_hook_the_nearest_event_first() -> None:
    """A prompt with an event to invite to does not also bring up the season."""
    strategy = strategy_in("en")
    moment = Moment.model_validate(
        {"from": date(2027, 2, 1), "to": date(2027, 2, 28), "title": "Carnival"}
    )
    strategy = invited(strategy.model_copy(update={"moments": [moment]}), strategy.offers[0].title)
    rows = [
        {"channel": "linkedin", "move": "reply", "start": "2027-02-05 08:00", "topic": ""},
        {"channel": "instagram", "move": "reply", "start": "2027-02-22 08:00", "topic": ""},
        {"channel": "instagram", "move": "reply", "start": "2027-02-23 08:00", "topic": ""},
    ]
    facts = contexts(strategy, rows)
    hooks = [
        [name for name in ("event_soon", "event_past", "invite", "moment") if facts(i)[name]]
        for i in range(len(rows))
    ]
    assert hooks == [["event_soon"], ["invite"], ["moment"]]


def test_own_pieces_about_an_offer_s_topic_point_to_it() -> None:
    strategy = strategy_in("en")
    theme = TEXTS["en"]["theme"]
    offer = strategy.offers[0].model_copy(update={"topics": [theme]})  # until 31 March
    strategy = strategy.model_copy(update={"offers": [offer]})
    rows = [
        {
            "channel": "newsletter",
            "move": "article",
            "start": f"2027-03-{day} 09:00",
            "topic": theme,
        }
        for day in ("01", "02", "08", "26")
    ] + [
        {"channel": "blog", "move": "article", "start": "2027-03-15 09:00", "topic": ""},
        {"channel": "youtube", "move": "article", "start": "2027-03-29 09:00", "topic": ""},
        {"channel": "youtube", "move": "article", "start": "2027-03-30 09:00", "topic": ""},
    ]
    facts = contexts(strategy, rows)
    invites = [facts(i)["invite"] for i in range(len(rows))]
    # in date order: once a week on a channel; in its last week, in every own piece
    assert [bool(invite) for invite in invites] == [True, False, True, False, True, True, True]
    assert [invite.ending for invite in invites if invite] == [False, False, True, True, True]


def test_the_week_s_first_conversation_points_the_goal_s_people_to_its_event() -> None:
    strategy = strategy_in("en")
    event = strategy.events[0].model_copy(update={"question": "Which roast should we open?"})
    strategy = invited(strategy.model_copy(update={"events": [event]}), event.title)
    rows = [
        {"channel": "linkedin", "move": "thank", "start": f"2027-01-{day:02d} 08:00"}
        for day in (4, 5, 6, 11)
    ] + [
        {"channel": "linkedin", "move": "comment", "start": "2027-01-08 08:00"},
        {"channel": "instagram", "move": "thank", "start": "2027-01-05 08:00", "goal": "sichtbar"},
    ]
    facts = contexts(strategy, rows)
    invites = [facts(i)["invite"] for i in range(len(rows))]
    # in date order: Mon; Tue on Instagram (another goal) and on LinkedIn; Wed; Fri (a
    # comment); the next Monday
    assert [bool(invite) for invite in invites] == [True, False, False, False, False, True]
    assert (invites[0].title, invites[0].days_until) == (event.title, 37)
    assert invites[0].question == "Which roast should we open?"


def test_no_invitation_to_an_event_far_off_over_or_already_in_the_prompt() -> None:
    strategy = strategy_in("en")
    strategy = invited(strategy, strategy.events[0].title)  # on 10 February
    rows = [
        {"channel": "linkedin", "move": "meet", "start": "2026-12-28 08:00"},  # 44 days ahead
        {"channel": "instagram", "move": "reply", "start": "2027-02-05 08:00"},  # event_soon
        {"channel": "facebook-group", "move": "thank", "start": "2027-02-12 08:00"},  # event_past
        {"channel": "youtube", "move": "reply", "start": "2027-02-24 08:00"},  # over
    ]
    facts = contexts(strategy, rows)
    assert [facts(i)["invite"] for i in range(len(rows))] == [None] * len(rows)


def test_an_offer_is_pointed_to_while_it_runs() -> None:
    strategy = strategy_in("de")
    strategy = invited(strategy, strategy.offers[0].title)  # until 31 March
    rows = [
        {"channel": "linkedin", "move": "reply", "start": "2027-03-31 08:00"},
        {"channel": "instagram", "move": "reply", "start": "2027-04-01 08:00"},
    ]
    facts = contexts(strategy, rows)
    offer = facts(0)["invite"]
    assert (offer.kind, offer.until) == ("offer", "Mi., 31.03.")
    assert offer.url == "https://example.org/abo"
    assert facts(1)["invite"] is None


def test_messages_from_a_personal_profile_speak_as_one_person() -> None:
    """A firm says "we" in its posts, but a LinkedIn note comes from one person's profile."""
    strategy = make(voice="we", channels={"linkedin": {"share": 0.6}, "instagram": {}})
    rows = [
        {"channel": "linkedin", "move": move, "start": "2027-03-02 08:00"}
        for move in ("ask", "connect")
    ] + [{"channel": "instagram", "move": "connect", "start": "2027-03-02 09:00"}]
    facts = contexts(strategy, rows)
    assert [facts(i)["we"] for i in range(len(rows))] == [True, False, True]


def test_work_on_a_topic_keeps_the_goal_s_communities_but_not_its_hashtags() -> None:
    goals = [{"id": "sichtbar", "text": "Sichtbar werden", "where": ["#ehrenamt", "Radler Süd"]}]
    strategy = make(goals=goals)
    rows = [
        {"channel": "instagram", "move": "comment", "start": "2027-03-02 08:00", "topic": t}
        for t in ("Nachfolge", "")
    ]
    facts = contexts(strategy, rows)
    assert [facts(i)["where"] for i in range(len(rows))] == [
        ("Radler Süd",),
        ("#ehrenamt", "Radler Süd"),
    ]


def test_a_channel_kept_for_one_goal_keeps_its_hashtags_on_topics_too() -> None:
    """Its hashtags are where that goal's people are: the channel exists to reach them."""
    goals = [
        {"id": "sichtbar", "text": "Sichtbar werden", "where": ["#ehrenamt", "Radler Süd"]},
        {"id": "netz", "text": "Netzwerk"},
    ]
    channels = {"linkedin": {"share": 0.6}, "instagram": {"goals": ["sichtbar"]}}
    strategy = make(goals=goals, channels=channels)
    rows = [{"channel": "instagram", "move": "comment", "start": "2027-03-02 08:00",
             "topic": "Nachfolge"}]  # fmt: skip
    assert contexts(strategy, rows)(0)["where"] == ("#ehrenamt", "Radler Süd")


def test_a_review_judges_only_questions_that_had_time_for_answers() -> None:
    strategy = strategy_in("en")
    rows = [
        {"channel": "linkedin", "move": "ask", "start": f"2027-01-{day} 09:00", "topic": t}
        for day, t in (("22", "Older question"), ("28", "Yesterday's question"))
    ] + [{"channel": "linkedin", "move": "review", "start": "2027-01-29 16:00"}]
    asks = contexts(strategy, rows)(2)["review"]["asks"]
    assert [ask["topic"] for ask in asks] == ["Older question"]


def test_a_reply_round_takes_the_conversation_one_question_further() -> None:
    """The people who answered get the topic's next question; a lone question has none."""
    questions = ["Was packt ihr ein?", "Was war am Ende überflüssig?"]
    topics = [{"title": "Kliniktasche", "kind": "theme", "questions": questions},
              {"title": "Kurse", "questions": ["Welcher Kurs fehlt?"]}]  # fmt: skip
    strategy = make(topics=topics)
    rows: list[dict[str, Any]] = [
        {
            "channel": "linkedin",
            "move": "ask",
            "start": "2027-03-02 08:00",
            "topic": "Kliniktasche",
        },
        {"channel": "linkedin", "move": "reply", "start": "2027-03-02 12:00", "follows": 0},
        {"channel": "instagram", "move": "ask", "start": "2027-03-03 08:00", "topic": "Kurse"},
        {"channel": "instagram", "move": "reply", "start": "2027-03-03 12:00", "follows": 2},
    ]
    rows[1]["topic"], rows[3]["topic"] = "Kliniktasche", "Kurse"
    facts = contexts(strategy, rows)
    assert [facts(i)["question"] for i in range(4)] == [
        questions[0],
        questions[1],
        "Welcher Kurs fehlt?",
        "",
    ]


@pytest.mark.parametrize(
    ("language", "time", "at"),
    [("de", "19:00", "19 Uhr"), ("de", "18:30-21:00", "18:30–21 Uhr"), ("en", "19:00", "7 pm"),
     ("en", "11:00-13:30", "11 am–1:30 pm"), ("en", "16:00-17:00", "4–5 pm")],
)  # fmt: skip
def test_an_invitation_knows_when_and_where_the_event_is(language: str, time: str, at: str) -> None:
    """People decide to come by day, hour and place; a link alone does not tell them."""
    strategy = strategy_in(language)
    update = {"time": time, "place": "Halle Walder Straße"}
    strategy = strategy.model_copy(
        update={"events": [strategy.events[0].model_copy(update=update)]}
    )
    rows = [
        {"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"},
        {"channel": "linkedin", "move": "ask", "start": "2027-02-08 08:00"},
    ]
    facts = contexts(strategy, rows)
    for seen in (facts(0)["announce"], facts(1)["event_soon"]):
        assert (seen.at, seen.place) == (at, "Halle Walder Straße")


def test_an_event_without_time_or_place_says_neither() -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "announce", "start": "2027-02-01 08:00"}]
    announce = contexts(strategy, rows)(0)["announce"]
    assert (announce.at, announce.place) == ("", "")


@pytest.mark.parametrize(("topic", "days"), [("theme", 27), ("topic", None)])
def test_posts_on_an_event_s_own_topic_mention_it_four_weeks_ahead(
    topic: str, days: int | None
) -> None:
    """The same conversation: people discussing the event's subject are the ones it is for."""
    strategy = strategy_in("en")
    theme = TEXTS["en"]["theme"]
    event = strategy.events[0].model_copy(update={"topics": [theme]})  # 10 February
    strategy = strategy.model_copy(update={"events": [event]})
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-01-12 08:00", "topic": theme},
        {"channel": "linkedin", "move": "ask", "start": "2027-01-14 08:00",
         "topic": TEXTS["en"][topic]},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["event_soon"] is None  # 29 days ahead: too early even on its topic
    soon = facts(1)["event_soon"]
    assert (soon.days_until if soon else None) == days


def test_a_goal_s_offer_comes_up_in_work_on_no_topic_or_on_one_of_its_own() -> None:
    """An offer pointer under a thread about something else reads as a sales pitch."""
    strategy = strategy_in("en")
    theme = TEXTS["en"]["theme"]
    offer = strategy.offers[0].model_copy(update={"topics": [theme]})
    strategy = invited(strategy.model_copy(update={"offers": [offer]}), offer.title)
    rows = [
        {"channel": "linkedin", "move": "reply", "start": "2027-03-01 08:00",
         "topic": TEXTS["en"]["topic"]},
        {"channel": "linkedin", "move": "reply", "start": "2027-03-08 08:00", "topic": theme},
        {"channel": "linkedin", "move": "thank", "start": "2027-03-15 08:00", "topic": ""},
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    assert [bool(facts(i)["invite"]) for i in range(len(rows))] == [False, True, True]


def test_a_goal_s_own_question_reaches_its_entries() -> None:
    strategy = strategy_in("en")
    goal = strategy.goals[0].model_copy(update={"question": "Shall we roast a batch together?"})
    strategy = strategy.model_copy(update={"goals": [goal, *strategy.goals[1:]]})
    rows = [
        {"channel": "linkedin", "move": "meet", "start": "2027-01-05 08:00"},
        {"channel": "instagram", "move": "meet", "start": "2027-01-05 08:00", "goal": "sichtbar"},
    ]
    facts = contexts(strategy, rows)
    seen = {facts(i)["channel"]: facts(i)["goal_question"] for i in range(2)}
    assert seen == {"linkedin": "Shall we roast a batch together?", "instagram": ""}


def test_a_break_s_notes_know_why_the_team_was_away() -> None:
    """A return post tells what the team brought back, not what followers did meanwhile."""
    strategy = make(blackout=[{"start": date(2027, 5, 24), "end": date(2027, 5, 28),
                               "reason": "Fortbildung"}])  # fmt: skip
    rows = [{"channel": "linkedin", "move": "back", "start": "2027-05-31 08:00"}]
    pause = contexts(strategy, rows)(0)["pause"]
    assert (pause["reason"], pause["kind"]) == ("Fortbildung", "learning")


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("Weiterbildung in Hamburg", "learning"),
        ("Accessibility conference in Berlin", "conference"),
        ("Tagung der Hospizvereine in Hannover", "conference"),
        ("Christmas market stall", "fair"),
        ("Umzug in die neue Werkstatt", "works"),
        ("Summer holidays", "rest"),
        ("Betriebsferien", "rest"),
        ("Hallenumbau – neue Wand für die Kinderecke", "works"),  # inside a compound
        ("Family matters", ""),
        ("", ""),
    ],
)
def test_a_break_s_kind_comes_from_its_reason(reason: str, kind: str) -> None:
    """A return post says something true: what was learned, whom the team met, or just back."""
    strategy = make(blackout=[{"start": date(2027, 5, 24), "end": date(2027, 5, 28),
                               "reason": reason}])  # fmt: skip
    rows = [{"channel": "linkedin", "move": "back", "start": "2027-05-31 08:00"}]
    assert contexts(strategy, rows)(0)["pause"]["kind"] == kind


def test_work_on_a_neighbourhood_s_pages_looks_for_local_posts_not_a_topic() -> None:
    """A local group talks about the area: comments there look for a kind of local post."""
    strategy = make(channels={"facebook": {"share": 0.6}, "instagram": {}})
    rows = [
        {
            "channel": "facebook",
            "move": "comment",
            "start": f"2027-03-0{day} 08:00",
            "topic": "",
            "seq": day,
        }
        for day in (2, 3)
    ] + [{"channel": "instagram", "move": "comment", "start": "2027-03-04 08:00", "topic": ""}]
    facts = contexts(strategy, rows)
    angles = [(facts(i)["local_angle_id"], facts(i)["local_angle"]) for i in range(len(rows))]
    assert angles[0] == (
        "local-news",
        "ein Verein, eine Schule, ein Laden oder eine Initiative, die Neuigkeiten teilt",
    )
    assert angles[1][0] == "local-event"  # the next kind of post, in turn
    assert angles[2] == ("", "")


def test_the_planner_gives_work_on_a_neighbourhood_s_pages_no_topic() -> None:
    strategy = make(channels={"facebook": {"share": 0.6}, "instagram": {}})
    calendar = build(strategy).entries
    local = [e for e in calendar if e.channel == "facebook" and e.move in ("comment", "listen")]
    assert local
    assert all(e.topic == "" for e in local)
    assert any(e.topic for e in calendar if e.channel == "instagram" and e.move == "comment")


def test_work_on_a_topic_leaves_out_the_places_named_after_the_area() -> None:
    """Neck pain is not discussed under #leipziggohlis; the area's own work keeps it."""
    goals = [{"id": "sichtbar", "text": "Sichtbar werden",
              "where": ["Gohlis hilft", "#physio", "Laufgruppe Rosental"]}]  # fmt: skip
    channels = {"linkedin": {"share": 0.6}, "instagram": {"tags": ["#leipziggohlis", "#ruecken"]}}
    strategy = make(goals=goals, channels=channels, area="Leipzig-Gohlis")
    rows = [
        {"channel": "instagram", "move": "comment", "start": "2027-03-02 08:00", "topic": t}
        for t in ("Nachfolge", "")
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["tags"] == ("#ruecken",)
    assert facts(0)["where"] == ("Laufgruppe Rosental",)
    assert facts(1)["tags"] == ("#leipziggohlis", "#ruecken")
    assert "Gohlis hilft" in facts(1)["where"]


CONTACTS = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Marek Olsen,instagram,@marek.rows,regular,2027-01-10,,,,Former college rower\n"
    "Ines Baum,instagram,@ines.b,loose,,,,,Runs the bakery on Hafenstraße\n"
    "Tomas Reed,instagram,@t.reed,loose,,,,,\n"
    "Lena Fink,linkedin,https://example.org/lena,close,,,,,Former bank clerk\n"
)


def with_contacts(strategy: Strategy) -> Strategy:
    return strategy.with_people(parse_contacts(CONTACTS.encode(), "contacts.csv"))


def test_a_contact_whose_note_fits_a_goal_s_people_gets_that_goal_s_question() -> None:
    """A former college rower is who the coaches goal looks for: the prompt may ask him."""
    goals = [
        {"id": "members", "text": "New members", "who": "adults new to rowing",
         "question": "Want to try a row?"},
        {"id": "coaches", "text": "Find coaches", "who": "former college rowers in the area",
         "question": "Would you coach our juniors?"},
    ]  # fmt: skip
    strategy = with_contacts(make(goals=goals))
    rows = [
        {"channel": "instagram", "move": "comment", "start": f"2027-03-0{n + 2} 08:00", "topic": ""}
        for n in range(3)
    ] + [{"channel": "linkedin", "move": "comment", "start": "2027-03-06 08:00", "topic": ""}]
    named = [dataclasses.replace(e, contact_row=row) for e, row in
             zip(entries(strategy, rows), (2, 3, 4, 5), strict=True)]  # fmt: skip
    facts = Contexts(strategy, named)
    fits = [facts(i)["person"]["fits"] for i in range(len(rows))]
    assert fits[0] == {"who": "former college rowers in the area",
                       "question": "Would you coach our juniors?"}  # fmt: skip
    # One shared word ("former") is not enough; a note-less contact fits nothing.
    assert fits[1:] == [None, None, None]


def test_a_congratulation_starts_with_the_contacts_who_have_recent_news() -> None:
    """Someone appointed three weeks ago is worth a congratulation, and its line fits a job."""
    news = (
        "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
        "Ada Kern,instagram,@ada,regular,,,,,\n"
        "Bo Lind,instagram,@bo,loose,,Appointed head of sales,2027-02-10,,\n"
        "Cy Moor,instagram,@cy,loose,,Opened a bakery,2026-12-01,,\n"
    )
    strategy = make().with_people(parse_contacts(news.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "congratulate", "start": "2027-03-03 08:00",
             "topic": ""}]  # fmt: skip
    nearby = contexts(strategy, rows)(0)["nearby"]
    # News comes first, and only fresh news is told: Ada has none, Cy's opening is three
    # months old. Next to it, one person the team knows there, as where to look.
    assert [(p["name"], p["news"]) for p in nearby] == [("Bo Lind", "job"), ("Ada Kern", "")]
    # Congratulated by name in the meantime: no second congratulation on the same news.
    rows.insert(0, {"channel": "instagram", "move": "congratulate", "start": "2027-02-12 08:00",
                    "topic": ""})  # fmt: skip
    named = list(entries(strategy, rows))
    named[0] = dataclasses.replace(named[0], contact_row=3)
    assert all(p["news"] == "" for p in Contexts(strategy, named)(1)["nearby"])


def test_posts_on_a_topic_name_the_contacts_whose_notes_touch_it() -> None:
    """A contact who runs a podcast is the first to tag under a question about podcasts."""
    people = (
        "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
        "Sam Ode,instagram,@sam,loose,,,,,Runs a neighbourhood podcast\n"
        "Ada Kern,linkedin,https://example.org/ada,loose,,,,,Hosts podcasts on logistics\n"
        "Bo Lind,instagram,@bo,loose,,,,,Bakes bread\n"
    )
    topics = [{"title": "Podcasts oder Radio?", "kind": "theme"}, "Nachfolge"]
    strategy = make(topics=topics).with_people(parse_contacts(people.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": move, "start": f"2027-03-{day:02d} 08:00",
         "topic": topic}
        for move, day, topic in (
            ("ask", 2, "Podcasts oder Radio?"),
            ("ask", 9, "Podcasts oder Radio?"),  # resting: named a week ago
            ("ask", 30, "Podcasts oder Radio?"),
            ("reply", 31, "Podcasts oder Radio?"),  # without its post: one of the channel's two
            ("ask", 31, "Nachfolge"),
        )
    ]  # fmt: skip
    facts = contexts(strategy, rows)
    named = [[p["name"] for p in facts(i)["topic_people"]] for i in range(len(rows))]
    # Only the platform's own contacts: Ada's podcasts are on LinkedIn.
    assert named == [["Sam Ode"], [], ["Sam Ode"], ["Sam Ode"], []]


def test_a_place_naming_its_platform_loses_that_name_on_it() -> None:
    """ "Start with the Noticeboard on Facebook" after "On Facebook, …" says it twice."""
    goals = [{"id": "sichtbar", "text": "Sichtbar werden",
              "where": ["Nachbarn Rosental auf Facebook", "Laufgruppe Rosental"]}]  # fmt: skip
    strategy = make(goals=goals, channels={"facebook": {}, "linkedin": {}})
    rows = [{"channel": "facebook", "move": "listen", "start": "2027-03-02 08:00", "topic": ""}]
    assert contexts(strategy, rows)(0)["where"] == ("Nachbarn Rosental", "Laufgruppe Rosental")


def test_a_question_titled_topic_with_questions_of_its_own_is_a_label() -> None:
    """Its posts ask its sharper questions; a bare question title is still asked as it stands."""
    topics = [
        {"title": "Lohnt sich eine Tierversicherung?", "short": "Tierversicherungen",
         "kind": "theme", "questions": ["Hat dich die Versicherung schon einmal gerettet?"]},
        {"title": "Wie viel Bildschirmzeit ist genug?", "kind": "theme"},
    ]  # fmt: skip
    strategy = make(topics=topics)
    rows = [
        {"channel": "linkedin", "move": "ask", "start": f"2027-03-0{2 + n} 08:00", "topic": t}
        for n, t in enumerate(topic["title"] for topic in topics)
    ]
    facts = contexts(strategy, rows)
    assert not facts(0)["topic_question"]
    assert facts(0)["question"] == "Hat dich die Versicherung schon einmal gerettet?"
    assert facts(1)["topic_question"]


def test_own_posts_ask_the_question_of_a_current_event_on_their_topic() -> None:
    """In the six weeks before the day, a post on the puppy classes may ask the class's question."""
    event = {"title": "Welpenkurs", "date": date(2027, 4, 15), "topics": ["Unsere Welpenkurse"],
             "question": "Was soll dein Welpe als Erstes lernen?"}  # fmt: skip
    topics = ["Unsere Welpenkurse", {"title": "Zecken", "kind": "theme"}]
    strategy = make(topics=topics, events=[event])
    rows = [
        {"channel": "linkedin", "move": "ask", "start": "2027-03-08 08:00"},
        {"channel": "linkedin", "move": "comment", "start": "2027-03-09 08:00"},
        {"channel": "instagram", "move": "ask", "start": "2027-04-20 08:00"},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["question"] == "Was soll dein Welpe als Erstes lernen?"
    assert facts(1)["question"] == ""  # others' posts are not the team's to ask about its class
    assert facts(2)["question"] == ""  # the class has begun
