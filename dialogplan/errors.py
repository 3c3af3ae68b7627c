"""Errors that tell a user exactly where a strategy went wrong."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass


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
    """A file a team wrote that dialogplan cannot use; carries every problem, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.path, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[InputError], tuple[list[Problem]]]:
        """Cross process boundaries (process pools, Dask workers) whole."""
        return (type(self), (self.problems,))


class StrategyError(InputError):
    """A strategy that cannot be planned."""


class ActivityLogError(InputError):
    """An activity log with rows that cannot be read."""


def did_you_mean(name: str, choices: Collection[str]) -> str:
    """A hint towards the closest valid name, or an empty string when nothing is close."""
    close = difflib.get_close_matches(name, sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
