"""A translator's thank-you note said "his question …", then "thank them for it".

The team's note on Markus said what to talk about ("his question about British versus American
spelling"); the prompt went on with "them", and its line thanked him "again" for something
never thanked. The step now names the person by first name, and the line thanks once.
"""

from __future__ import annotations

from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = (
    "Markus Weber,linkedin,https://example.com/in/markus-weber,regular,2026-11-05,,,,"
    "Documentation lead,his question about British versus American spelling\n"
)


def test_the_note_goes_on_with_his_name() -> None:
    strategy = make(language="en", channels={"linkedin": {}})
    rows = [{"channel": "linkedin", "move": "thank", "seq": n, "start": f"2027-03-0{2 + n} 09:00",
             "contact": "Markus Weber", "contact_reason": "due"} for n in range(3)]  # fmt: skip
    texts = []
    for row in rows:  # each phrasing of the step, one plan at a time
        texts += named_prompts(strategy, HEADER + ROW, [row])
    assert all("British versus American" in t for t in texts), texts
    assert not [t for t in texts if "thank them" in t or "Thanks again" in t], texts


def test_a_german_note_thanks_for_what_the_note_names() -> None:
    """A care union's reviewer: the hook was a roster agreement, the line „Dein Beitrag zu …“."""
    row = (
        "Sabine Kornmeyer,linkedin,https://example.com/in/sabine-kornmeyer,regular,2026-12-01,,,,"
        "Betriebsrätin,die Dienstplanvereinbarung von 2026\n"
    )
    strategy = make(channels={"linkedin": {}})
    texts = []
    for n in range(3):
        rows = [{"channel": "linkedin", "move": "thank", "seq": n, "start": "2027-03-02 09:00",
                 "contact": "Sabine Kornmeyer", "contact_reason": "due"}]  # fmt: skip
        texts += named_prompts(strategy, HEADER + row, rows)
    assert all("Dienstplanvereinbarung" in t for t in texts), texts
    assert not [t for t in texts if "Beitrag zu …" in t], texts
