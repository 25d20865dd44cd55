"""Speed round 82a (speed only): each faster form must give what the form it replaced gave."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from govreport.extract import name_industries
from govreport.extract.counts import BATCH, _bare_verb
from govreport.extract.name_forms import _actions, shared_action
from govreport.extract.name_industries import LEAD_SPAN, _opening_industry, _reach, lead_industry
from govreport.extract.name_pairs import CLAUSE_MARKS, SIBLING_RATE, sibling_rate
from govreport.extract.indicators import strip_clause
from govreport.lexicon import _NO_ROW, name_words, unit_field, units

ROOT = Path(__file__).resolve().parents[1]
PIECES = ["加快建成", "世界级", "优质", "白酒", "动力电池", "新材料", "产业集群", "产业", "，", "。", "\n", "实现营收", "1650亿元", "大力发展",
          "以发展", "为方向", "重点", "要", "、", "等", "汽车零部件", "智能网联新能源汽车", "先进装备制造", "抢占", "坚持把", "作为首位产业"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _old_lead(scan: str, start: int, end: int) -> str:
    """lead_industry before its memo: the look back, then the opening read."""
    floor = max(0, start - name_industries.LOOK_BACK)
    start = max(scan.rfind("。", floor, start), scan.rfind("\n", floor, start), floor - 1) + 1
    return _opening_industry(scan, start, end)


@settings(deadline=None)
@given(texts, texts, texts, st.integers(0, 40))
def test_lead_industry_memo_is_keyed_by_all_it_reads(before: str, sentence: str, after: str, cut: int) -> None:
    scan = before + sentence + after
    start, end = len(before), min(len(scan), len(before) + len(sentence) + cut)
    assert lead_industry(scan, start, end) == _old_lead(scan, start, end)
    other = scan[:end] + "产业集群，" + after[::-1]  # the same opening, another tail: answered from the memo where the key is equal
    assert lead_industry(other, start, end) == _old_lead(other, start, end)


def test_lead_industry_reads_within_its_reach() -> None:
    assert _reach() >= LEAD_SPAN + 5
    text = open(ROOT / "data" / "raw" / "jinbi_2024.txt", encoding="utf-8").read()
    for k in range(0, len(text), 97):
        assert lead_industry(text, k, min(len(text), k + 60)) == _old_lead(text, k, min(len(text), k + 60))


def test_unit_field_as_before() -> None:
    for unit in list(units()) + ["", "不是单位"]:
        for field in ("kind", "measure", "base", "nothing"):
            assert unit_field(unit, field) == units().get(unit, _NO_ROW).get(field, "")


def _old_sibling_rate(scan: str, start: int, at: int) -> str:
    lo = max(max(scan.rfind(c, start, at) for c in CLAUSE_MARKS) + 1, start)
    m = SIBLING_RATE.search(scan, lo, at)
    if m is None or m.start() != lo:
        return ""
    subject = strip_clause(m.group(1))[0]
    for w in name_words("rate_manner"):
        subject = subject.removesuffix(w)
    return subject + m.group(3) if len(subject) >= 2 else ""


rates = st.lists(st.sampled_from(["城市生活污水", "集中", "收集率", "处理率", "提升至", "全国平均水平以上", "、", "，", "达到", "95", "%",
                                  "比例", "覆盖", "以上"]), max_size=16).map("".join)


@settings(deadline=None)
@given(rates, st.integers(0, 5))
def test_sibling_rate_match_as_search(scan: str, start: int) -> None:
    at = len(scan)
    assert sibling_rate(scan, min(start, at), at) == _old_sibling_rate(scan, min(start, at), at)
    assert sibling_rate("城市生活污水集中收集率提升至全国平均水平以上、处理率", 0, 26) == "城市生活污水处理率"


def test_bare_verb_as_before() -> None:
    adverbs = name_words("push_adverb")
    for words in [w + "建设" for w in adverbs] + ["建设", "启动第二批", "高标准", "", "新建"] + list(adverbs):
        bare = BATCH.sub("", words) if words.endswith("批") else words
        adverb = next((w for w in adverbs if bare.startswith(w)), "")
        assert _bare_verb(words) == (bare[len(adverb):] if adverb and len(bare) - len(adverb) >= 2 else bare)


def test_shared_action_as_before() -> None:
    for parts in [["省级政务信息系统", "自建专网", "移动应用整合"], ["甲", "乙"], ["系统", "专网"]] + [["某某系统", s + a] for a in _actions()[:60] for s in ("", "某某专网")]:
        last = parts[-1]
        full = next((v for v in _actions() if last.endswith(v) and len(last) >= len(v) + 2), "")
        want = parts if not full or any(p.endswith(_actions()) for p in parts[:-1]) else [p + full for p in parts[:-1]] + [last]
        assert shared_action(parts) == want
