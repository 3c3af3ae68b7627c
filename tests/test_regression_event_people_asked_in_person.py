"""A citizens' association knew that the bakery gave the cake for last year's street party and
that the bike shop might run a stand there, and the plan still only congratulated both on
whatever they had posted (r284; r281, r282 and r280 asked the same). A contact whose notes name
a coming event is asked about it in person, in the weeks before it, in German and English.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.event_people import ASK_DAYS, EventPeople
from dialogplan.strategy import Strategy
from tests.support import build
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
PARTY = date(2027, 5, 29)

CASES = {
    "de": {
        "events": [
            {"title": "Thonberger Straßenfest 2027", "short": "Straßenfest", "date": PARTY},
            {"title": "Runder Tisch Mai", "short": "Runder Tisch", "date": date(2027, 5, 19)},
        ],
        "row": "Bäckerei Nüssler – Doreen Nüssler,linkedin,,regular,2026-11-20,,,,"
        "Hat 2026 Kuchen fürs Straßenfest gespendet,den Kuchen fürs letzte Straßenfest\n",
        "line": "„Danke noch mal für den Kuchen fürs letzte Straßenfest! Am 29. Mai ist das "
        "Straßenfest",
    },
    "en": {
        "events": [
            {"title": "Hensley street party", "short": "the street party", "date": PARTY},
            {"title": "Round table, May", "short": "the round table", "date": date(2027, 5, 19)},
        ],
        "row": "Crumb & Co – Dora Nash,linkedin,,regular,2026-11-20,,,,"
        "Gave the cakes for the street party last year,the cakes for last year's street party\n",
        "line": "“Thanks again for the cakes for last year's street party! ",
    },
}


def _strategy(language: str) -> Strategy:
    case = CASES[language]
    strategy = make(language=language, months=3, events=case["events"])
    return strategy.with_people(parse_contacts((HEADER + case["row"]).encode(), "contacts.csv"))


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_baker_is_asked_about_the_street_party_weeks_before_it(language: str) -> None:
    outputs = build(_strategy(language))
    asks = [e for e in outputs.entries if e.contact_reason == "event"]
    assert len(asks) == 1
    ask = asks[0]
    assert ask.move in ("meet", "thank")
    assert (PARTY - ask.start.date()).days in ASK_DAYS
    assert CASES[language]["line"] in ask.prompt
    assert "29" in ask.prompt


def test_a_word_of_the_trade_is_not_an_event() -> None:
    """ "supplier" in a consultant's note is the trade, not the webinar on supplier failures."""
    strategy = make(
        language="en",
        events=[{"title": 'Webinar "What we learned from 40 supplier failures"', "date": PARTY}],
    )
    row = "Eleanor Whitcombe,linkedin,,close,,,,,Ran the supplier-risk review with me,\n"
    contact = parse_contacts((HEADER + row).encode(), "contacts.csv").people[0]
    assert EventPeople(strategy.events).named(contact) == ()


def test_a_regular_at_the_round_table_is_asked_once_not_before_each() -> None:
    tables = [
        {"title": f"Runder Tisch {month}", "short": "Runder Tisch", "date": day}
        for month, day in [("März", date(2027, 3, 17)), ("April", date(2027, 4, 21)),
                           ("Mai", date(2027, 5, 19))]
    ]  # fmt: skip
    row = "Henrike Olbrich,linkedin,,close,2026-11-18,,,,Kommt regelmäßig zum Runden Tisch,\n"
    strategy = make(months=3, events=tables, channels={"linkedin": {"hours_per_week": 2}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    asks = [e for e in build(strategy).entries if e.contact_reason == "event"]
    assert len(asks) == 1
    assert "Runder Tisch" in asks[0].prompt


def test_a_newsletter_reader_is_invited_in_the_reply_round() -> None:
    """A nursery head who once planned a craft stand reads the newsletter (r284)."""
    row = (
        "Kita Sonnenkäfer – Marek Lindner,newsletter,m.lindner@example.org,regular,2026-11-20,,,,"
        "Wollte beim Straßenfest einen Bastelstand machen,"
        "seine Idee für einen Bastelstand beim Straßenfest\n"
    )
    strategy = make(months=3, events=CASES["de"]["events"][:1], channels={"newsletter": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    asks = [e for e in build(strategy).entries if e.contact_reason == "event"]
    assert [e.move for e in asks] == ["reply"]
    assert (
        "persönlich und lade ein: „Ich denke gerade an deine Idee für einen Bastelstand beim "
        "Straßenfest. Am 29. Mai ist das Straßenfest"
    ) in asks[0].prompt


def test_after_the_event_the_partner_is_thanked_and_asked_how_it_went() -> None:
    """An organic shop ran a cheese tasting with a farm's cheesemaker; a week later the plan
    asked her „was daraus geworden ist“ (r295)."""
    tasting = {"title": "Käseverkostung im Laden", "short": "Käseverkostung",
               "date": date(2027, 3, 20)}  # fmt: skip
    row = ("Hofkäserei Lindenhain – Greta Wollrath,linkedin,,close,2026-11-20,,,,"
           "Macht die Käseverkostung mit uns,die Käseverkostung im März\n")  # fmt: skip
    strategy = make(months=2, events=[tasting], channels={"linkedin": {"hours_per_week": 4}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    after = [e for e in build(strategy).entries if e.contact_reason == "event-past"]
    assert len(after) == 1
    assert 1 <= (after[0].start.date() - tasting["date"]).days <= 14
    assert "„Danke noch mal für die Käseverkostung im März!" in after[0].prompt
    before = [e for e in build(strategy).entries if e.contact_reason == "event"]
    assert not [e for e in before if "Danke noch mal für die Käseverkostung" in e.prompt]
