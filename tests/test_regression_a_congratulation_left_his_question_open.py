"""A hardware shop congratulated a roofer on "Started Pascoe Roofing & Leadwork" with "Lovely
news – what are you most pleased about?" and not a word of his question about copper nails
(r536). "Started" is the news of a firm of his own now; a question still open is answered by
message after the congratulation, and one answered earlier is asked after.
"""

from __future__ import annotations

from dialogplan.news import news_kind
from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
DEREK = (
    "Derek Pascoe,instagram,@derek,regular,{last},Started Pascoe Roofing & Leadwork,2027-02-01,,"
    "Roofer,his question about copper nails for slate repairs\n"
)


def test_starting_a_firm_is_its_founding() -> None:
    assert news_kind("Started Pascoe Roofing & Leadwork") == "founding"
    assert news_kind("Started as head baker at Crumb & Co") == "job"


def congratulations(last_contact: str, rows: list[str]) -> list[str]:
    strategy = make(language="en", channels={"instagram": {}})
    entries = [
        {"channel": "instagram", "move": move, "seq": seq, "start": start}
        for seq, (move, start) in enumerate(row.split("@") for row in rows)
    ]
    return named_prompts(strategy, HEADER + DEREK.format(last=last_contact), entries)


def test_his_open_question_is_answered_by_message() -> None:
    (prompt,) = congratulations("2026-09-14", ["congratulate@2027-02-02 18:00"])
    assert "Lovely news" not in prompt, prompt
    assert "message" in prompt.partition("copper nails")[2], prompt


def test_an_answered_question_is_asked_after() -> None:
    rows = ["thank@2027-01-12 18:00", "congratulate@2027-02-02 18:00"]
    prompt = congratulations("2026-09-14", rows)[-1]
    assert "copper nails" in prompt, prompt
    assert "helped" in prompt, prompt
