"""Findings as Prefect artifacts and log lines: a table to sort and filter, markdown to read.

A huge activity log can give hundreds of thousands of findings; sent one by one they would
take the Prefect server minutes and gigabytes. So the log gets counts per kind and the
first few findings, and the artifacts the first few hundred; the report files hold them all.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from prefect.artifacts import acreate_markdown_artifact, acreate_table_artifact

from dialogplan.findings import Finding, sort_findings
from dialogplan.strategy import Strategy

__all__ = ["LOGGED", "SHOWN", "findings_markdown", "log_findings", "publish_findings"]

#: Findings written to a run's log one by one; the rest are counted.
LOGGED = 20
#: Findings in the artifacts; the report files list every one.
SHOWN = 200


def log_findings(
    logger: logging.Logger | logging.LoggerAdapter[logging.Logger], findings: Sequence[Finding]
) -> None:
    """Counts per severity and code, then the first :data:`LOGGED` findings."""
    if not findings:
        return
    counts = Counter((f.severity, f.code) for f in findings)
    tally = ", ".join(
        f"{n} {severity} {code}" for (severity, code), n in sorted(counts.items(), reverse=True)
    )
    logger.info("%d findings: %s", len(findings), tally)
    for finding in findings[:LOGGED]:
        logger.info("%s %s: %s", finding.severity, finding.code, finding.message)
    if len(findings) > LOGGED:
        logger.info("… and %d more findings: see the report", len(findings) - LOGGED)


def findings_markdown(strategy: Strategy, findings: list[Finding]) -> str:
    """The findings as a short markdown list, most severe first."""
    if not findings:
        return f"# {strategy.name}\n\nHealthy: every channel is kept alive.\n"
    lines = [f"# {strategy.name}", ""]
    for f in findings[:SHOWN]:
        where = " · ".join(part for part in (f.channel, f.period) if part)
        lines.append(f"- **{f.severity}** `{f.code}` {where}: {f.message}. {f.suggestion}")
    if len(findings) > SHOWN:
        lines.append(f"- … and {len(findings) - SHOWN} more: see the report")
    return "\n".join(lines) + "\n"


async def publish_findings(strategy: Strategy, findings: list[Finding]) -> None:
    """Publish the findings under keys per client, so each run updates the same artifacts."""
    rows = [finding.as_row() for finding in sort_findings(findings)[:SHOWN]]
    await acreate_table_artifact(
        table=rows,
        key=f"findings-{strategy.client}",
        description=f"Findings for {strategy.name}",
    )
    await acreate_markdown_artifact(
        markdown=findings_markdown(strategy, findings),
        key=f"findings-{strategy.client}-summary",
        description=f"Findings for {strategy.name}, most severe first",
    )
