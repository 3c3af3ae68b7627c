"""Errors that tell a user exactly where a strategy went wrong."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from dialogplan.limits import MAX_PROBLEMS_SHOWN


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a strategy, located by file, field path and line."""

    source: str
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class InputError(ValueError):
    """A file a team wrote that dialogplan cannot use; carries every problem, not just the first.

    Problems come in file order. Past :data:`~dialogplan.limits.MAX_PROBLEMS_SHOWN` only their
    number is kept: a log of a million bad rows gives a message a person can read.
    """

    def __init__(self, problems: Iterable[Problem], omitted: int = 0) -> None:
        ordered = sorted(problems, key=lambda p: (p.line or 0, p.path, p.message))
        self.problems = ordered[:MAX_PROBLEMS_SHOWN]
        self.omitted = omitted + len(ordered) - len(self.problems)
        lines = [str(p) for p in self.problems]
        if self.omitted:
            source = self.problems[-1].source
            many = "problem" if self.omitted == 1 else "problems"
            lines.append(f"{source}: … and {self.omitted:,} more {many}; fix these and run again")
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[InputError], tuple[list[Problem], int]]:
        """Cross process boundaries (process pools, Dask workers) whole."""
        return (type(self), (self.problems, self.omitted))


class StrategyError(InputError):
    """A strategy that cannot be planned."""


class ContactsError(StrategyError):
    """A contacts file, named by a strategy, with rows that cannot be read.

    It is part of the strategy's input: a strategy whose contacts are broken cannot be planned.
    """


class ConnectionsError(InputError):
    """A file given to the LinkedIn import that is not LinkedIn's connections export."""


class ActivityLogError(InputError):
    """An activity log with rows that cannot be read."""


def did_you_mean(name: str, choices: Collection[str]) -> str:
    """A hint towards the closest valid name, or an empty string when nothing is close."""
    close = difflib.get_close_matches(name, sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
