"""Speed round 100: patterns compiled with charsets.optimize_charset (a large range marked by a slice) compile to the
program Python's own _optimize_charset gives, for every pattern the package compiles and for random classes."""
from __future__ import annotations

import re
import sys
from re import _compiler, _parser
from re._constants import CATEGORY, CATEGORY_DIGIT, LITERAL, NEGATE, RANGE

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport import charsets

pytestmark = pytest.mark.skipif(sys.version_info[:2] not in charsets.VERSIONS, reason="the compiler's own is kept")

_POINTS = st.sampled_from([0, 1, 9, 200, 255, 256, 257, 0x4e00, 0x9fff, 0xfeff, 0xffff, 0x10000, 0x1f600, 0x10ffff])
_CODE = st.one_of(_POINTS, st.integers(0, 0x10ffff))
_ITEM = st.one_of(st.tuples(st.just(LITERAL), _CODE),
                  st.tuples(_CODE, _CODE).map(lambda ab: (RANGE, (min(ab), max(ab)))),
                  st.just((CATEGORY, CATEGORY_DIGIT)))


@settings(deadline=None)  # (with the package's own classes, compared one by one below)
@given(st.lists(_ITEM, min_size=1, max_size=5), st.booleans())
def test_a_class_is_optimized_as_the_standard_library_does(items: list, negated: bool) -> None:
    charset = [(NEGATE, None)] + items if negated else items
    assert charsets.optimize_charset(list(charset)) == charsets._ORIGINAL(list(charset))


def _program(pattern: str | bytes, flags: int, optimize) -> list[int]:
    saved = _compiler._optimize_charset
    _compiler._optimize_charset = optimize
    try:
        return _compiler._code(_parser.parse(pattern, flags), flags)
    finally:
        _compiler._optimize_charset = saved


def test_every_pattern_the_package_compiles_is_the_same_program() -> None:
    from govreport.report import read_text
    from govreport.tables import build_table_rows

    build_table_rows(read_text("一、2023年工作回顾\n全年地区生产总值增长5.2%，新增城镇就业1.2万人。\n"
                               "二、2024年工作安排\n地区生产总值增长6%左右，力争储备重大项目30个以上。\n"))
    compiled = [(p, flags) for (_, p, flags) in list(re._cache)]  # type: ignore[attr-defined]
    compiled += [(f"[{charsets.__name__}\u4e00-\u9fff]", 0), ("[^\u4e00-\u9fff、“”]{2,14}", 0), ("[\u4e00-\U0001ffff]", 0),
                 ("[a-z\u4e00-\u9fff]", re.IGNORECASE), (b"[\x00-\xff]", 0)]
    assert len(compiled) > 100
    for pattern, flags in compiled:
        assert _program(pattern, flags, charsets.optimize_charset) == _program(pattern, flags, charsets._ORIGINAL), pattern


def test_installed_with_the_package() -> None:
    assert _compiler._optimize_charset is charsets.optimize_charset
