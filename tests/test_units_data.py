"""units.csv, the pint way: each unit once with its base and factor, checked when the package loads."""
from __future__ import annotations

from decimal import Decimal

import pytest

from govreport.lexicon import unit_factor, unit_group, units
from govreport.data_checks import DataError, check_units

ROWS = [
    {"unit": "亩", "kind": "area", "base": "亩", "factor": "1", "aliases": ""},
    {"unit": "公顷", "kind": "area", "base": "亩", "factor": "15", "aliases": ""},
    {"unit": "公斤", "kind": "weight", "base": "公斤", "factor": "1", "aliases": "千克"},
    {"unit": "千克", "kind": "weight", "base": "公斤", "factor": "1", "aliases": ""},
]


def test_the_package_units_convert_as_stated() -> None:
    assert unit_factor("公顷", "亩") == 15 and unit_factor("平方公里", "亩") == 1500
    assert unit_factor("吨", "公斤") == 1000 and unit_factor("斤", "公斤") == Decimal("0.5")
    assert unit_factor("吨", "亩") is None and unit_factor("美元", "元") is None  # no exchange rate is a constant
    assert unit_group("名") == unit_group("位") == "人" and unit_group("千克") == "公斤" and unit_group("户") == "户"
    assert all(row["en"] for row in units().values())


@pytest.mark.parametrize("change, message", [
    ({3: {"unit": "公斤"}}, "line 5: unit '公斤' is listed twice"),
    ({1: {"base": "公顷"}}, "line 3: '公顷' is its own base, so its factor must be 1"),
    ({1: {"base": "公亩"}}, "line 3: base '公亩' of '公顷' is not a unit of kind 'area' that is its own base"),
    ({1: {"base": "公斤"}}, "line 3: base '公斤'"),  # a base of another kind
    ({1: {"factor": "-15"}}, "line 3: factor '-15' of '公顷' is not a positive number"),
    ({1: {"factor": "fifteen"}}, "line 3: factor 'fifteen'"),
    ({1: {"factor": ""}}, "line 3: '公顷' needs both a base unit and a factor"),
    ({2: {"aliases": "公升"}}, "line 4: alias '公升' of '公斤' is not another unit"),
    ({0: {"aliases": "千克"}}, "line 4: alias '千克' of '公斤' is already an alias of '亩'"),
])
def test_a_mistake_in_units_names_its_line(change, message) -> None:
    rows = [{**row, **change.get(i, {})} for i, row in enumerate(ROWS)]
    with pytest.raises(DataError, match=message):
        check_units(rows)
