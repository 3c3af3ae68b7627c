"""What a run revises the calendar from: its clock, and the calendar it finds in the folder.

The core decides which entries changed (:mod:`dialogplan.revisions`); the flows read what it
needs from the outside world. The run's clock is the current UTC time, or, for reproducible
files, ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention: seconds since 1970). The
previous output is the output folder's ``calendar.ics``; a broken one is treated as absent,
with a warning, since a run must still be able to replace it.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from dialogplan.errors import InputError, Problem
from dialogplan.revisions import CalendarReadError, Revision, read_revisions, revision_moment
from dialogplan.strategy import Strategy

__all__ = ["CALENDAR", "SOURCE_DATE_EPOCH", "earlier_revisions", "revised_at", "run_clock"]

#: The environment variable that fixes the run's clock, for reproducible files.
SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
#: The full calendar in an output folder: every entry, so every earlier revision.
CALENDAR = "calendar.ics"


def run_clock() -> datetime:
    """The run's time in UTC, in whole seconds: ``SOURCE_DATE_EPOCH`` if set, else now."""
    value = os.environ.get(SOURCE_DATE_EPOCH, "").strip()
    if not value:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (ValueError, OverflowError, OSError):
        why = f"must be a whole number of seconds since 1970-01-01 UTC, not {value[:40]!r}"
        raise InputError([Problem(SOURCE_DATE_EPOCH, "", None, why)]) from None


def revised_at(strategy: Strategy) -> datetime:
    """The moment new and changed entries are stamped with in this run."""
    return revision_moment(strategy, run_clock())


def earlier_revisions(out_dir: Path) -> dict[str, Revision]:
    """The events of the calendar an earlier run left in ``out_dir``; none if there is none.

    A file that cannot be read as a calendar is treated as absent, with a warning: the run
    replaces it, and every entry starts again at SEQUENCE 0.
    """
    path = out_dir / CALENDAR
    try:
        return read_revisions(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, CalendarReadError) as exc:
        _logger().warning(
            "%s cannot be read as the earlier calendar (%s); every entry counts as new", path, exc
        )
        return {}


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """The flow run's logger inside a run, so the warning shows in the UI; else Prefect's."""
    from prefect.exceptions import MissingContextError  # noqa: PLC0415 - only for a warning
    from prefect.logging import get_logger, get_run_logger  # noqa: PLC0415

    try:
        return get_run_logger()
    except MissingContextError:
        return get_logger("dialogplan")
