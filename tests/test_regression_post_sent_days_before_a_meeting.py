"""A forge's regular was asked to meet "twelve days after your last contact", which was a post.

The plan sent Jakob its post about the beginners' course on 3 May, and on 15 May a meeting
wrote: „Zeit für ein Wiedersehen mit Jakob Wälde. Euer letzter Kontakt war am 3. Mai, vor zwölf
Tagen“ (r372 writer; a repair shop's close contact likewise, r375 writer). A post is now sent
to nobody whom an entry of their own writes to from a week after it, while the post would be
their last touch, to the end of the three weeks a named person rests.
"""

from __future__ import annotations

import dataclasses

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Jakob Wälde,instagram,@jakob,regular,2026-11-02,,,,Kommt zum Feierabend-Schmieden\n"
)


def _sent_to(meeting_day: str) -> list[str]:
    """Whom the post on 3 May is sent to, with Jakob's meeting on ``meeting_day``."""
    topics = [{"title": "Feierabend-Schmieden", "kind": "theme"}]
    strategy = make(topics=topics).with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "ask", "start": "2027-05-03 19:00",
         "topic": "Feierabend-Schmieden"},
        {"channel": "instagram", "move": "meet", "start": f"{meeting_day} 12:00", "topic": ""},
    ]  # fmt: skip
    planned = list(entries(strategy, rows))
    planned[1] = dataclasses.replace(planned[1], contact_row=2)
    return [p["name"] for p in Contexts(strategy, planned)(0)["topic_people"]]


@pytest.mark.parametrize("meeting_day", ["2027-05-10", "2027-05-15", "2027-05-23"])
def test_no_post_is_sent_to_someone_met_within_three_weeks(meeting_day: str) -> None:
    assert _sent_to(meeting_day) == []


@pytest.mark.parametrize("meeting_day", ["2027-05-05", "2027-05-24"])
def test_a_post_still_goes_to_someone_met_in_days_or_much_later(meeting_day: str) -> None:
    assert _sent_to(meeting_day) == ["Jakob Wälde"]
