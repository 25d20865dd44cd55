"""The metadata JSON beside a report (place, level, years, title): found, read and checked
against data/metadata_schema.csv, one line naming the file for a bad value.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError
from govreport.lexicon import read_rows


def metadata_path(path: str | Path) -> Path:
    """The metadata file beside a report: same stem, ``.json``."""
    return Path(path).with_suffix(".json")


def load_metadata(path: str | Path) -> dict[str, Any]:
    """The JSON object in ``<stem>.json`` beside the report, or ``{}`` when there is none."""
    meta_path = metadata_path(path)
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(meta_path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise GovReportError(meta_path, f"metadata is not UTF-8 (bad byte at {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise GovReportError(meta_path, f"invalid JSON metadata: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits, nesting too deep
        raise GovReportError(meta_path, f"invalid JSON metadata: {str(exc).splitlines()[0][:80]}") from None
    except OSError as exc:
        raise GovReportError(meta_path, f"cannot read metadata: {exc.strerror or exc}") from None
    if not isinstance(meta, dict):
        raise GovReportError(meta_path, f"metadata must be a JSON object, not {type(meta).__name__}")
    return validate_metadata(meta, meta_path)


LEVELS = ("national", "provincial", "city", "county", "township")


YEARS = range(1949, 2100)  # plausible years of a report of the People's Republic


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@functools.cache
def metadata_schema() -> dict[str, str]:
    """Known metadata keys and their types (``data/metadata_schema.csv``): year, string, level, date."""
    return {row["key"]: row["type"] for row in read_rows("metadata_schema.csv")}


def validate_metadata(meta: dict[str, Any], path: str | Path = "<metadata>") -> dict[str, Any]:
    """The metadata with known keys checked against the schema; one-line error for a wrong type.

    A year may be written as a string (``"2024"`` is read as 2024) but must be a whole number
    in a plausible range (``true`` is not a year); strings must be strings; a ``null`` or empty
    value counts as absent. Keys the schema does not know are kept as they are.
    """
    schema = metadata_schema()
    out: dict[str, Any] = {}
    for key, value in meta.items():
        kind = schema.get(key)
        if kind is None or value is None or value == "":
            out[key] = value
            continue
        if kind == "year":
            out[key] = _year(value, key, path)
        elif not isinstance(value, str):
            raise GovReportError(path, f"metadata {key!r} must be a string, not {_json_type(value)}")
        elif kind == "level" and value not in LEVELS:
            raise GovReportError(path, f"metadata 'level' must be one of {', '.join(LEVELS)}, not {value!r}")
        elif kind == "date":
            m = _DATE.fullmatch(value.strip())
            if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
                raise GovReportError(path, f"metadata {key!r} must be a date YYYY-MM-DD, not {value!r}")
            out[key] = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        else:
            out[key] = value.strip()
    return out


def _year(value: Any, key: str, path: str | Path) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str, float)):
        raise GovReportError(path, f"metadata {key!r} must be a year (a whole number), not {_json_type(value)}")
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"\d{1,6}", text):  # ASCII digits only, and short: never a huge number
            raise GovReportError(path, f"metadata {key!r} must be a year, not {value!r}")
        value = int(text)
    elif isinstance(value, float):
        if not value.is_integer():
            raise GovReportError(path, f"metadata {key!r} must be a whole year, not {value!r}")
        value = int(value)
    if value not in YEARS:
        shown = str(value) if len(str(value)) <= 12 else str(value)[:12] + "…"
        raise GovReportError(path, f"metadata {key!r} must be a year from {YEARS.start} to {YEARS.stop - 1}, not {shown}")
    return value


def _json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    return {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "an object"}.get(type(value), type(value).__name__)
