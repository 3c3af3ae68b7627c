"""Planning time of one client-quarter with 0, 500 and 5,000 contacts, as ratios to none.

The English example consultant (``plans/harbourline-advisory``) is planned for three months
with a contacts file of invented people (seeded: the same run plans the same people) spread
over its channels and a few it does not plan, with every tier, last contacts, news and
birthdays. Each size is timed around :func:`dialogplan.pipeline.build` (schedule, names,
render, check, every export), the best of ``--repeat`` runs after a warm-up, and printed as
milliseconds and as the ratio to the plan without contacts measured in the same run. The
cost may grow at most linearly: ``per 1,000`` is (time − time with none) per thousand
contacts, about the same for 500 and 5,000 when it does.

    python bench/people.py [--sizes 0,500,5000] [--repeat 3] [--seed 2027]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dialogplan.contacts import parse_contacts  # noqa: E402
from dialogplan.pipeline import build  # noqa: E402
from dialogplan.strategy import Strategy, parse_strategy  # noqa: E402

#: A fixed revision moment: the bench measures planning, not the clock.
REVISED_AT = datetime(2026, 12, 1, 9, tzinfo=UTC)

CHANNELS = ("linkedin", "linkedin", "mastodon", "newsletter", "xing")
TIERS = ("close", "regular", "regular", "loose", "loose", "loose", "60")
NEWS = ("Appointed head of operations", "Launched an own studio", "Won the supplier award")
FIRST = ("Alex", "Sam", "Robin", "Kim", "Jo", "Noa", "Eli", "Mika", "Toni", "Lou")
LAST = ("Hartley", "Okonjo", "Lindgren", "Marsh", "Petrov", "Quayle", "Vance", "Whitby")


def contacts_file(count: int, start: date, seed: int) -> bytes:
    """``count`` invented people, as a team's spreadsheet would hold them."""
    rng = random.Random(seed)  # noqa: S311 - invented people, seeded on purpose
    lines = ["name,channel,profile,tier,last_contact,news,news_date,birthday,note"]
    for i in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        last = start - timedelta(days=rng.randint(1, 400)) if rng.random() < 0.8 else None
        news, news_day = "", ""
        if rng.random() < 0.1:
            news, news_day = rng.choice(NEWS), str(start + timedelta(days=rng.randint(-20, 90)))
        birthday = f"{rng.randint(1, 12):02}-{rng.randint(1, 28):02}" if rng.random() < 0.3 else ""
        lines.append(
            f"{name},{rng.choice(CHANNELS)},https://example.com/in/p{i},{rng.choice(TIERS)},"
            f"{last or ''},{news},{news_day},{birthday},"
        )
    return ("\n".join(lines) + "\n").encode()


def strategy(count: int, seed: int) -> Strategy:
    """The example consultant for one quarter, with ``count`` invented contacts."""
    path = ROOT / "plans" / "harbourline-advisory" / "strategy.yaml"
    text = path.read_text("utf-8").replace("months: 6", "months: 3")
    plan = parse_strategy(text, str(path))
    people = parse_contacts(
        contacts_file(count, plan.start, seed), "contacts.csv", plan.keep_in_touch
    )
    return plan.with_people(people)


def timed(plan: Strategy, repeat: int) -> tuple[float, int]:
    """The best time of ``repeat`` builds in ms, and how many entries name someone."""
    build(plan, revised_at=REVISED_AT)  # warm-up: templates compiled, data files read
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        outputs = build(plan, revised_at=REVISED_AT)
        best = min(best, time.perf_counter() - began)
    return best * 1000, sum(1 for e in outputs.entries if e.contact)


def main() -> None:
    """Time each size and print it against the plan without contacts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0,500,5000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    figures = {n: timed(strategy(n, args.seed), args.repeat) for n in sizes}
    base = figures[sizes[0]][0]
    print(f"{'contacts':>8} | {'named':>5} | {'ms':>7} | {'ratio':>5} | {'per 1,000':>9}")
    for n, (ms, named) in figures.items():
        per = f"{(ms - base) / n * 1000:9.1f}" if n else f"{'–':>9}"
        print(f"{n:>8} | {named:>5} | {ms:7.1f} | {ms / base:5.2f} | {per}")


if __name__ == "__main__":
    main()
