"""A games café's beginners' nights were "named or linked in 0 more prompts".

Three events of a series were called "Beginners' Games Night, 17 March", "…, 21 April" and
"…, 19 May". Prompts invite to them without the date in the title, where the day follows
("Beginners' Games Night on Wednesday 17 March"), so the title as written was never found in
them: `check` counted fewer invitations than the plan made, and warned that the May night
was never invited to, while replies and stories invited to it. A prompt that names an
event's title without its date now invites to it, and `prompts` counts it.
"""

from __future__ import annotations

from datetime import date

from dialogplan.prompt_stats import prompt_stats
from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.test_threads import make

NIGHTS = [f"Beginners' Games Night, {day} {month}" for day, month in
          ((17, "March"), (21, "April"), (19, "May"))]  # fmt: skip


def test_an_invitation_to_a_dated_event_of_a_series_counts() -> None:
    events = [
        {"title": title, "date": date(2027, month, day), "time": "18:30-21:30",
         "topics": ["Teaching a game"]}
        for title, (day, month) in zip(NIGHTS, ((17, 3), (21, 4), (19, 5)), strict=True)
    ]  # fmt: skip
    goals = [{"id": "newcomers", "text": "Bring newcomers to the table", "invite": NIGHTS}]
    topics = [{"title": "Teaching a game", "kind": "theme"}, "Our games library"]
    strategy = make(language="en", goals=goals, topics=topics, events=events, months=3,
                    channels={"instagram": {}, "facebook": {}})  # fmt: skip
    rendered = render(strategy, schedule_work(strategy))
    invited = {e.invites for e in rendered if e.move != "announce"}
    assert set(NIGHTS) <= invited
    mentions = prompt_stats(strategy, rendered).event_mentions
    assert all(mentions[title] for title in NIGHTS), mentions
