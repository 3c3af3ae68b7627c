"""A social department store's „Kostenloser Abholdienst für Möbelspenden“ was announced as
an appeal, „wofür ihr sammelt und wie weit ihr seid“ (r348), and a furniture charity's free
collections as "one concrete picture of what it will make possible" (r325): a service that
comes for what people give has no sum that "has come together so far".
"""

from __future__ import annotations

import pytest

from tests.test_prompt_context import contexts
from tests.test_threads import make


@pytest.mark.parametrize(
    ("title", "language"),
    [("Kostenloser Abholdienst für Möbelspenden", "de"), ("Free furniture collections", "en")],
)
def test_a_pick_up_service_is_no_appeal(title: str, language: str) -> None:
    strategy = make(language=language, offers=[{"title": title}], channels={"facebook": {}})
    row = {"channel": "facebook", "move": "announce", "topic": "", "announce": title,
           "start": "2027-03-01 09:00"}  # fmt: skip
    assert not contexts(strategy, [row])(0)["announce"].appeal


def test_a_donation_campaign_is_still_one() -> None:
    strategy = make(offers=[{"title": "Spendenaktion Katzenhaus"}], channels={"facebook": {}})
    row = {"channel": "facebook", "move": "announce", "topic": "",
           "announce": "Spendenaktion Katzenhaus", "start": "2027-03-01 09:00"}  # fmt: skip
    assert contexts(strategy, [row])(0)["announce"].appeal
