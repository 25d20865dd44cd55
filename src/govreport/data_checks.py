"""A mistake in a data file, raised as a ``DataError`` naming the file and line when the package loads, and the check
of units.csv, the pint way: each spelling once, with its base unit and factor, its aliases under one unit only."""
from __future__ import annotations

from decimal import Decimal


class DataError(ValueError):
    """A mistake in a data file, naming the file and line (raised when the package loads)."""


def check_units(rows: list[dict[str, str]], name: str = "units.csv") -> dict[str, dict[str, str]]:
    """Unit -> its row, checked: each unit once; a base that is a unit of the same kind and its own
    base, with a positive factor; aliases that are units listed once, under one unit only."""
    out: dict[str, dict[str, str]] = {}
    for line, r in enumerate(rows, start=2):  # line 1 is the header
        if r["unit"] in out:
            raise DataError(f"{name} line {line}: unit {r['unit']!r} is listed twice")
        out[r["unit"]] = r
    owner: dict[str, str] = {}
    for line, r in enumerate(rows, start=2):
        where, unit, base = f"{name} line {line}", r["unit"], r.get("base", "")
        if bool(base) != bool(r.get("factor", "")):
            raise DataError(f"{where}: {unit!r} needs both a base unit and a factor, or neither")
        if base:
            if base not in out or out[base].get("base") != base or out[base]["kind"] != r["kind"]:
                raise DataError(f"{where}: base {base!r} of {unit!r} is not a unit of kind {r['kind']!r} that is its own base")
            try:
                if not Decimal(r["factor"]) > 0:
                    raise ArithmeticError
            except (ArithmeticError, ValueError):
                raise DataError(f"{where}: factor {r['factor']!r} of {unit!r} is not a positive number") from None
            if base == unit and Decimal(r["factor"]) != 1:
                raise DataError(f"{where}: {unit!r} is its own base, so its factor must be 1")
        for alias in filter(None, r.get("aliases", "").split("|")):
            if alias not in out or alias == unit:
                raise DataError(f"{where}: alias {alias!r} of {unit!r} is not another unit of the file")
            if alias in owner:
                raise DataError(f"{where}: alias {alias!r} of {unit!r} is already an alias of {owner[alias]!r}")
            owner[alias] = unit
    return out
