"""The whole path from a validated strategy to the bytes of every output file."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dialogplan.ical import calendar_files
from dialogplan.render import render
from dialogplan.schedule import schedule
from dialogplan.strategy import Strategy
from dialogplan.tables import calendar_csv, google_csv


def build_calendar(strategy: Strategy, overrides: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Schedule the moves and write their prompts: one DataFrame row per calendar entry."""
    return render(strategy, schedule(strategy), overrides)


def export(strategy: Strategy, calendar: pd.DataFrame) -> dict[str, bytes]:
    """Every output file by its path relative to the output folder."""
    files = calendar_files(strategy, calendar)
    files["calendar.csv"] = calendar_csv(calendar)
    files["google-calendar.csv"] = google_csv(calendar, strategy.language)
    return dict(sorted(files.items()))
