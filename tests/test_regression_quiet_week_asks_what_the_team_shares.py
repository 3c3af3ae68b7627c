"""A nature group's congratulation round started with a birdwatcher who had no news, and its
quiet-week line praised "a post you liked"; an orchestra's asked a cellist "what she's
working on right now" (r297, r300).

The team's contacts file said what it shares with both: his lapwing count, her practice
challenge. A round that names a contact without news now brings that up for the quiet week,
once a plan and not within four weeks of an entry that names them; and it does not start
with a contact whose recent news the plan congratulated on (r299: "see whether Mert has
something to celebrate", three weeks after congratulating him on his exam).
"""

from __future__ import annotations

import dataclasses

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make

CSV = (
    "name,channel,profile,tier,last_contact,talk_about\n"
    "Tobias Hinrichs,instagram,@tobi.birds,loose,2026-11-20,seine Kiebitz-Zählung im Frühjahr\n"
)


def _rows(*days: str) -> list[dict[str, object]]:
    return [{"channel": "instagram", "move": "congratulate", "start": f"2027-{d} 18:00",
             "seq": 3 * n, "topic": ""} for n, d in enumerate(days)]  # fmt: skip


def test_the_quiet_week_asks_a_contact_without_news_about_what_the_team_shares() -> None:
    strategy = make(channels={"instagram": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = _rows("05-10", "06-14")
    said = [[p["said"] for p in contexts(strategy, rows)(i)["nearby"]] for i in range(2)]
    # Once a plan: the second round names him as where to look, and asks him nothing.
    assert said == [["{deine|Ihre} Kiebitz-Zählung im Frühjahr"], [""]], said
    prompt = render(strategy, entries(strategy, rows))[0].prompt
    assert "auf deine Kiebitz-Zählung im Frühjahr" in prompt, prompt


def test_a_contact_named_in_an_entry_weeks_around_the_round_is_not_asked_again() -> None:
    strategy = make(channels={"instagram": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = [*_rows("05-10"), {"channel": "instagram", "move": "comment",
                              "start": "2027-05-24 18:00", "topic": ""}]  # fmt: skip
    named = list(entries(strategy, rows))
    named[1] = dataclasses.replace(named[1], contact_row=2)
    assert [p["said"] for p in Contexts(strategy, named)(0)["nearby"]] == [""]


def test_a_round_does_not_start_with_news_the_plan_congratulated_on() -> None:
    """Three weeks after his exam was congratulated, "see whether he has news" forgot it."""
    news = (
        "name,channel,profile,tier,last_contact,news,news_date\n"
        "Mert Yilmaz,instagram,@mert,regular,2026-09-01,Meisterprüfung bestanden,2027-02-26\n"
    )
    strategy = make(channels={"instagram": {}}).with_people(
        parse_contacts(news.encode(), "contacts.csv")
    )
    rows = [{"channel": "instagram", "move": "comment", "start": "2027-03-03 18:00",
             "topic": ""}, *_rows("03-22")]  # fmt: skip
    named = list(entries(strategy, rows))
    named[0] = dataclasses.replace(named[0], contact_row=2)
    assert Contexts(strategy, named)(1)["nearby"] == ()
