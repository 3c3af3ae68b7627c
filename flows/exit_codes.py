"""The exit codes of every ``dialogplan`` command, defined once.

Scripts and CI jobs branch on them, so they never change meaning: the README documents them.
Plain integers, so that they print and compare as the numbers people see in a shell.
"""

from __future__ import annotations

from typing import Final

__all__ = ["EXIT_FINDINGS", "EXIT_INTERRUPTED", "EXIT_INVALID", "EXIT_OK", "EXIT_UNEXPECTED"]

#: Success; for ``check`` also a plan healthy enough for ``--fail-on``.
EXIT_OK: Final = 0
#: Findings at or above ``--fail-on``, or a client of ``plan-all`` that failed.
EXIT_FINDINGS: Final = 1
#: Invalid input (a strategy, its templates, an activity log, the arguments); nothing is written.
EXIT_INVALID: Final = 2
#: Anything unexpected, such as a bug or a Prefect server that does not start.
EXIT_UNEXPECTED: Final = 3
#: Ctrl-C before the work was done (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED: Final = 130
