"""Findings as Prefect artifacts: a table to sort and filter, and markdown to read."""

from __future__ import annotations

from prefect.artifacts import acreate_markdown_artifact, acreate_table_artifact

from dialogplan.findings import Finding, sort_findings
from dialogplan.strategy import Strategy


def findings_markdown(strategy: Strategy, findings: list[Finding]) -> str:
    """The findings as a short markdown list, most severe first."""
    if not findings:
        return f"# {strategy.name}\n\nHealthy: every channel is kept alive.\n"
    lines = [f"# {strategy.name}", ""]
    for f in findings:
        where = " · ".join(part for part in (f.channel, f.period) if part)
        lines.append(f"- **{f.severity}** `{f.code}` {where}: {f.message}. {f.suggestion}")
    return "\n".join(lines) + "\n"


async def publish_findings(strategy: Strategy, findings: list[Finding]) -> None:
    """Publish the findings under keys per client, so each run updates the same artifacts."""
    rows = [finding.as_row() for finding in sort_findings(findings)]
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
