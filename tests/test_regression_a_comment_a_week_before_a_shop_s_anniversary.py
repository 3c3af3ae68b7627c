"""A dog school's comment to the owner of a pet shop it works with came a week before the
shop's tenth anniversary, which its notes gave, and never mentioned it (r687). News the notes
date in the next two weeks, of a kind one sees coming (an opening, an anniversary, a new
role), is brought up in an entry named for the person, quoted as the notes have it; an award
is nobody's to know of before.
"""

from __future__ import annotations

import pytest

from dialogplan.news import news_kind
from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
INES = {
    "de": "Hundeladen Napfglück – Ines Paschke,instagram,@napfglueck,regular,2026-11-02,"
    "{news},2027-02-14,,Futterladen,\n",
    "en": "Pet Pantry – Ines Paschke,instagram,@petpantry,regular,2026-11-02,{news},2027-02-14,,"
    "Pet shop,\n",
}
NEWS = {
    "de": ("Napfglück feiert zehn Jahre in der Brandenburger Vorstadt",
           "Gewinnt den Potsdamer Ladenpreis"),
    "en": ("Pet Pantry celebrates ten years on Mill Lane", "Won the city's shop of the year award"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_anniversary_a_week_ahead_is_asked_about(language: str) -> None:
    anniversary, award = NEWS[language]
    strategy = make(language=language, channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "comment", "start": "2027-02-07 11:00"}]
    (told,) = named_prompts(strategy, HEADER + INES[language].format(news=anniversary), rows)
    assert anniversary in told, told
    (unknown,) = named_prompts(strategy, HEADER + INES[language].format(news=award), rows)
    assert award not in unknown, unknown


def test_a_celebration_of_an_award_stays_an_award() -> None:
    assert news_kind("Feiert Meisterbrief") == "award"
    assert news_kind("Celebrating our award") == "award"
    assert news_kind(NEWS["en"][0]) == news_kind(NEWS["de"][0]) == "anniversary"
