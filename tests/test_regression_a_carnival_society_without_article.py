"""Regression: „Dirk Pütz von KG Rheinschiffer Lörsdorf“ (r410).

A carnival club's prompts named a neighbouring Karnevalsgesellschaft by its letters without an
article. A KG is feminine: „von der KG Rheinschiffer Lörsdorf“, „bei der KG …“.
"""

from __future__ import annotations

from dialogplan.names import declined, spoken


def test_a_kg_takes_its_article() -> None:
    assert spoken("KG Rheinschiffer Lörsdorf – Dirk Pütz", "de") == (
        "Dirk Pütz von der KG Rheinschiffer Lörsdorf"
    )
    assert declined("KG Rheinschiffer Lörsdorf", "bei") == "bei der KG Rheinschiffer Lörsdorf"
