"""Synthetic agencies for the benchmark: many invented clients, the same ones every time.

Each client gets a folder ``<root>/<client>/strategy.yaml`` in the layout ``plan-all`` reads.
The strategies vary the way real ones do: one to five channels, a few to ten hours a week,
German and English plans, time zones from Auckland to Los Angeles, regional holidays,
blackouts, offers and events, groups, channels that are new, days and windows of their own.
Every twentieth client brings its own templates and every tenth an activity log, so those
paths are measured too. A seeded generator makes the folder reproducible, so figures from
two runs compare.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml


class _Plain(yaml.SafeDumper):
    """Writes every value out: strategies refuse anchors and aliases, as a team writes none."""

    def ignore_aliases(self, data: object) -> bool:  # noqa: ARG002 - PyYAML's signature
        return True


#: Time zones and a holiday region that fits each; None plans without public holidays.
ZONES: tuple[tuple[str, str | None], ...] = (
    ("Europe/Berlin", "DE-NW"),
    ("Europe/Berlin", "DE-BY"),
    ("Europe/Berlin", "DE-HH"),
    ("Europe/Berlin", None),
    ("Europe/Vienna", "AT-9"),
    ("Europe/Zurich", "CH-ZH"),
    ("Europe/London", "GB-ENG"),
    ("Europe/London", "GB-SCT"),
    ("Europe/Dublin", None),
    ("America/New_York", "US-NY"),
    ("America/Los_Angeles", "US-CA"),
    ("America/Toronto", "CA-ON"),
    ("America/Sao_Paulo", "BR-SP"),
    ("Australia/Sydney", "AU-NSW"),
    ("Pacific/Auckland", "NZ-AUK"),
    ("Asia/Kolkata", None),
    ("Asia/Tokyo", "JP"),
)

CHANNELS = (
    "linkedin", "xing", "facebook", "facebook-group", "instagram", "x", "mastodon",
    "bluesky", "threads", "youtube", "pinterest", "tiktok", "blog", "newsletter",
)  # fmt: skip
#: Channels whose followers gather in named communities.
GROUP_CHANNELS = ("facebook-group", "linkedin")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_TRADES = {
    "de": (
        "Tischlerei", "Physiotherapie", "Buchhandlung", "Steuerberatung", "Hofladen",
        "Yogastudio", "Fahrradwerkstatt", "Musikschule", "Architekturbüro", "Café",
    ),
    "en": (
        "Bakery", "Bookkeeping", "Design Studio", "Dental Practice", "Bike Shop",
        "Language School", "Garden Centre", "Consultancy", "Pottery", "Climbing Gym",
    ),
}  # fmt: skip
_NAMES = (
    "Albers", "Brenner", "Castell", "Dorn", "Eckhart", "Feld", "Gruber", "Hollis",
    "Ilves", "Janssen", "Kovač", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov",
)  # fmt: skip
_GOALS = {
    "de": (
        ("sichtbarkeit", "Als ansprechbare Fachleute in der Region wahrgenommen werden"),
        ("kontakte", "Aus Gesprächen im Netz echte Kontakte machen"),
        ("community", "Eine Gemeinschaft von Kundinnen und Kunden pflegen"),
        ("nachwuchs", "Auszubildende und neue Kolleginnen gewinnen"),
        ("empfehlungen", "Zufriedene Kunden erzählen von uns weiter"),
    ),
    "en": (
        ("trust", "Be the practice people ask first when they have a question"),
        ("conversations", "Turn online exchanges into first calls"),
        ("community", "Keep a community of regulars talking to each other"),
        ("hiring", "Find apprentices and new colleagues"),
        ("referrals", "Stay in touch with former clients so that they recommend us"),
    ),
}
_TOPICS = {
    "de": (
        "Ein Tag in der Werkstatt", "Fehler, aus denen wir gelernt haben",
        "Fragen aus der Beratung", "Nachhaltig arbeiten", "Neues aus der Region",
        "Werkzeuge und Materialien", "Kundengeschichten", "Tipps für Einsteiger",
    ),
    "en": (
        "A day in the workshop", "Mistakes we learned from", "Questions from clients",
        "Working sustainably", "News from the neighbourhood", "Tools and materials",
        "Client stories", "Tips for beginners",
    ),
}  # fmt: skip
_GROUPS = (
    "Selbstständig im Rheinland",
    "Makers of Leeds",
    "Handwerk digital",
    "Small Business Club",
    "Eltern im Viertel",
    "Local Food Network",
)
_OVERRIDE = {
    "de": "{{ move_label }} zu „{{ topic }}“ auf {{ channel_label }}: eine echte Frage stellen "
    "und jede Antwort noch am selben Tag beantworten.\n",
    "en": "{{ move_label }} about {{ topic }} on {{ channel_label }}: ask a real question and "
    "answer every reply the same day.\n",
}
_ACTIVITY_HEADER = "date,channel,move,note\n"
#: The day activity logs are checked up to; clients with a log started six weeks before.
AS_OF = date(2027, 6, 14)
#: Which clients keep an activity log and which bring their own templates.
LOG_EVERY, LOG_AT = 10, 3
TEMPLATES_EVERY, TEMPLATES_AT = 20, 7


#: A channel gets a share of its own only while the channels without one keep more than this.
_SHARE_FLOOR = 0.3


def _chance(rnd: random.Random, probability: float) -> bool:
    """True with the given probability; one draw from ``rnd``."""
    return rnd.random() < probability


def _channels(
    rnd: random.Random, names: list[str], goal_ids: list[str]
) -> dict[str, dict[str, Any]]:
    """Each channel's own settings: a share, goals, days, windows, or being new."""
    channels: dict[str, dict[str, Any]] = {}
    left = 1.0
    for name in names:
        plan: dict[str, Any] = {}
        if _chance(rnd, 0.4) and left > _SHARE_FLOOR:
            share = rnd.choice((0.1, 0.2, 0.25, 0.3))
            plan["share"] = share
            left -= share
        if _chance(rnd, 0.3) and len(goal_ids) > 1:
            plan["goals"] = sorted(rnd.sample(goal_ids, rnd.randint(1, len(goal_ids) - 1)))
        if _chance(rnd, 0.2):
            plan["days"] = sorted(rnd.sample(DAYS, rnd.randint(3, 6)), key=DAYS.index)
        if _chance(rnd, 0.2):
            hour = rnd.randint(7, 17)
            plan["windows"] = [f"{hour:02d}:00-{hour + 1:02d}:30", "19:00-20:30"]
        if _chance(rnd, 0.15):
            plan["new"] = True
        channels[name] = plan
    return channels


def _occasions(
    rnd: random.Random, names: list[str], who: tuple[str, str], start: date, months: int
) -> dict[str, Any]:
    """What only some strategies have: groups, a blackout, an offer, an event."""
    trade, person = who
    data: dict[str, Any] = {}
    groups = {
        name: rnd.sample(_GROUPS, rnd.randint(1, 3))
        for name in names
        if name in GROUP_CHANNELS and _chance(rnd, 0.7)
    }
    if groups:
        data["groups"] = groups
    if _chance(rnd, 0.4):
        first = start + timedelta(days=rnd.randrange(10, 28 * months))
        data["blackout"] = [
            {"from": first, "to": first + timedelta(days=rnd.randint(2, 13)), "reason": "Urlaub"}
        ]
    if _chance(rnd, 0.4):
        data["offers"] = [{"title": f"{trade}: offene Sprechstunde", "from": start}]
    if _chance(rnd, 0.3):
        when = start + timedelta(days=rnd.randrange(14, 28 * months))
        data["events"] = [{"title": f"Open day at {trade} {person}", "date": when}]
    return data


#: Hours a week per channel when the number of channels is fixed, so work grows with them.
HOURS_PER_CHANNEL = 2


def strategy(
    index: int, months: int, seed: int = 2027, channels: int | None = None
) -> dict[str, Any]:
    """The strategy of synthetic client number ``index`` over ``months`` months.

    With ``channels``, every client has that many channels and
    :data:`HOURS_PER_CHANNEL` hours a week for each (the channel curve's agencies).
    """
    rnd = random.Random(f"{seed}-{index}")  # noqa: S311 - invented clients, not secrets
    language = rnd.choice(("de", "en"))
    zone, region = rnd.choice(ZONES)
    trade = rnd.choice(_TRADES[language])
    person = rnd.choice(_NAMES)
    client = f"client-{index:04d}"
    start = date(2027, 1, 4) + timedelta(days=rnd.randrange(0, 360))
    if index % LOG_EVERY == LOG_AT:
        start = AS_OF - timedelta(days=41)
    hours = rnd.choice((2, 3, 4, 5, 6, 8, 10))
    goals = rnd.sample(_GOALS[language], rnd.randint(1, 4))
    goal_ids = [g for g, _ in goals]
    names = rnd.sample(CHANNELS, channels or rnd.randint(1, 5))
    if channels:
        hours = HOURS_PER_CHANNEL * channels

    plans = _channels(rnd, names, goal_ids)

    data: dict[str, Any] = {
        "client": client,
        "name": f"{trade} {person}",
        "language": language,
        "timezone": zone,
        "start": start,
        "months": months,
        "hours_per_week": hours,
    }
    if region:
        data["region"] = region
    data["audience"] = (
        f"Kundinnen und Kunden rund um {trade} {person}"
        if language == "de"
        else f"People who might need {trade} {person}"
    )
    data["goals"] = [{"id": g, "text": text} for g, text in goals]
    data["topics"] = rnd.sample(_TOPICS[language], rnd.randint(2, 6))
    data["channels"] = plans
    data.update(_occasions(rnd, names, (trade, person), start, months))
    if index % TEMPLATES_EVERY == TEMPLATES_AT:
        data["templates"] = "templates"
    return data


def activity_log(data: dict[str, Any], seed: int = 2027) -> str:
    """A hand-kept log of the plan's first weeks up to :data:`AS_OF`, with some silences."""
    rnd = random.Random(f"{seed}-log-{data['client']}")  # noqa: S311 - invented, not secret
    start: date = data["start"]
    lines = [_ACTIVITY_HEADER]
    for offset in range((AS_OF - start).days + 1):
        day = start + timedelta(days=offset)
        for channel in data["channels"]:
            if _chance(rnd, 0.35):
                move = rnd.choice(("comment", "reply", "", "ask"))
                lines.append(f"{day.isoformat()},{channel},{move},\n")
    return "".join(lines)


def write_agency(
    root: Path, count: int, months: int = 3, seed: int = 2027, channels: int | None = None
) -> list[Path]:
    """Write ``count`` client folders below ``root``; their strategy files, in folder order."""
    paths = []
    for index in range(count):
        data = strategy(index, months, seed, channels)
        folder = root / data["client"]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "strategy.yaml"
        text = yaml.dump(data, Dumper=_Plain, allow_unicode=True, sort_keys=False)
        path.write_text(text, "utf-8")
        if "templates" in data:
            language = data["language"]
            (folder / "templates" / language).mkdir(parents=True, exist_ok=True)
            (folder / "templates" / language / "ask.j2").write_text(_OVERRIDE[language], "utf-8")
        if index % LOG_EVERY == LOG_AT:
            (folder / "activity.csv").write_text(activity_log(data, seed), "utf-8")
        paths.append(path)
    return paths


def strategy_paths(folder: Path) -> list[Path]:
    """The client strategies of an agency folder, in plan-all's order."""
    return sorted(folder.glob("*/strategy.yaml"))
