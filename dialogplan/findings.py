"""Findings: what the checks say about a plan or about what a team actually did.

A finding is data, not a printed line, so the command line, the reports and Prefect's
artifacts can each show it their own way, and a team's CI can fail on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


#: The language findings are written in, whatever the plan's: a channel's German label in an
#: English sentence ("give Facebook-Seite 30 more minutes") read as a slip.
FINDINGS_LANGUAGE = "en"


class Severity(IntEnum):
    """How urgent a finding is; ordered, so ``--fail-on`` can compare."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        """The severity called ``name`` (``info``, ``warning`` or ``error``)."""
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r}; use info, warning or error") from None


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing worth a team's attention, with what to do about it."""

    code: str
    severity: Severity
    channel: str
    start: date | None
    end: date | None
    message: str
    suggestion: str
    #: The silence was chosen by the team (holiday, blackout), but followers see it anyway.
    declared: bool = False

    @property
    def period(self) -> str:
        """The dates a finding concerns, as people read them."""
        if self.start is None:
            return ""
        if self.end is None or self.end == self.start:
            return self.start.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def as_row(self) -> dict[str, Any]:
        """The finding as a flat record for tables and artifacts."""
        row = asdict(self)
        row["severity"] = str(self.severity)
        row["start"] = self.start.isoformat() if self.start else ""
        row["end"] = self.end.isoformat() if self.end else ""
        return row


FINDING_COLUMNS = [
    "code", "severity", "channel", "start", "end", "message", "suggestion", "declared",
]  # fmt: skip


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, then by channel and date, so reports read top-down."""
    return sorted(
        findings,
        key=lambda f: (-f.severity, f.channel, f.start or date.min, f.code, f.message),
    )


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """Findings as a table, most severe first."""
    import pandas as pd  # noqa: PLC0415 - pandas only for frames, not for planning

    return pd.DataFrame([f.as_row() for f in sort_findings(findings)], columns=FINDING_COLUMNS)


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The highest severity among the findings, or None when there are none."""
    return max((f.severity for f in findings), default=None)


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """How many findings there are of each severity, most severe first.

    Every severity is a key, zero included, in the order ERROR, WARNING, INFO, so reports
    and flow summaries can show "errors, warnings, infos" without checking for gaps.
    """
    counts = dict.fromkeys(sorted(Severity, reverse=True), 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def severity_columns(findings: Iterable[Finding]) -> dict[str, int]:
    """The counts under the column names every summary table uses: errors, warnings, infos."""
    return {f"{severity}s": count for severity, count in severity_counts(findings).items()}
