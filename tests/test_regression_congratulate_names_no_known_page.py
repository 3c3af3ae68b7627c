"""A dance school's congratulation round sent it to "clubs, shops or firms" in general.

Its contacts file listed the Kulturzentrum Schlachthof and Café Kaskade on Facebook, with no
news; the round named neither, and a reviewer's five started there. Short of contacts with
news, a round now names one of the organisations the team knows on the channel, in turn,
as where to look first (with the article German needs: „bei der Raiffeisenbank Hachenau“),
and tells no news of theirs that is not fresh: a bakery's branch opening three weeks ahead
read as „Die Bäckerei Krause hat etwas Neues gestartet“ in ten rounds.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.names import declined
from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = [
    ("Kulturzentrum Schlachthof", "https://example.com/schlachthof"),
    ("Raiffeisenbank Hachenau", "https://example.com/raiba"),
    ("Café Kaskade", "https://example.com/kaskade"),
    ("Jana Wilke", "https://example.com/jana"),
]
CSV = "name,channel,profile,tier,last_contact\n" + "".join(
    f"{name},facebook,{url},regular,2027-01-01\n" for name, url in PEOPLE
)


def rounds() -> tuple[list[tuple[str, ...]], list[str]]:
    strategy = make(channels={"facebook": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = [{"channel": "facebook", "move": "congratulate", "start": f"2027-05-{d} 18:00",
             "seq": seq} for seq, d in enumerate(("10", "17", "24"))]  # fmt: skip
    facts = contexts(strategy, rows)
    named = [tuple(p["name"] for p in facts(i)["nearby"]) for i in range(len(rows))]
    return named, [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_a_round_without_news_names_known_organisations_in_turn() -> None:
    named, prompts = rounds()
    assert all(len(n) == 1 for n in named), named
    assert {name for n in named for name in n} == {p[0] for p in PEOPLE[:3]}
    assert all("Jana" not in " ".join(n) for n in named)
    assert all(any(name in prompt for name in n) for n, prompt in zip(named, prompts, strict=True))


def test_a_page_s_news_ahead_is_not_told() -> None:
    ahead = CSV.replace(
        "Kulturzentrum Schlachthof,facebook,https://example.com/schlachthof,regular,2027-01-01",
        "Kulturzentrum Schlachthof,facebook,https://example.com/schlachthof,regular,2027-01-01,"
        "Neue Filiale eröffnet,2027-06-01",
    ).replace("last_contact\n", "last_contact,news,news_date\n")
    strategy = make(channels={"facebook": {}}).with_people(
        parse_contacts(ahead.encode(), "contacts.csv")
    )
    rows = [{"channel": "facebook", "move": "congratulate", "start": "2027-05-10 18:00"}]
    assert [p["news"] for p in contexts(strategy, rows)(0)["nearby"]] == [""]


def test_a_bank_takes_the_feminine_article() -> None:
    assert declined("Raiffeisenbank Hachenau", "bei") == "bei der Raiffeisenbank Hachenau"
