"""The marks every reading of a list sharing one value looks for: the word that shares it (各, 均, 分别 …), 及 joining two
members, a digit that is a figure, the general words a list opens with (今年, 全市), a rate's name and verb, and the words
trimmed off a member's start (力争, 确保全市)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_words, verbs
from govreport.tables.clauses import Trimmer, trimmer
from govreport.tables.figures import words


SHARED_BY = re.compile(r"(?:各|均|都|分别|双双)(?:为|是|破|控制在|达到?|增长|增加|提高到?|提升至|提升到|提升|下降|降低|减少|保持在?|稳定在|超过|突破|超|不低于|完成)?$")  # 先行村、重点村各50个; 项目签约率、开工率均超70% (held-out audit 39a 莆田)


JI = re.compile(r"(?<![普涉波危企])及(?![时以])")  # 及 joining two members
DIGIT = re.compile(r"(?<![A-Za-z.])\d")  # not the 2 of M2 or PM2.5: part of a name


LEADING_GENERAL = re.compile(r"^(?:今年|全年|年内|全市|全省|全区|全县|全国)+")  # 今年化学需氧量、氨氮排放量要分别下降2%


RATE_NAME = re.compile(r"(?:率|比例|比重|占比)$")  # 访视率、健康管理率达到90%: a value rates share (rates are not added)


RATE_SHARED = re.compile(r"(?:达到?|保持在?|稳定在|提高到|提升至|提升到|不低于|超过)$")


@cache
def _lead_trimmer() -> Trimmer:
    """Commitment words and verbs a list's first member starts with (力争氢能 -> 氢能); not a word a light verb only
    begins (data/name_words.csv kind light_whole: 新建改建为农服务中心 -> 为农服务中心, not 农服务中心; fix149f)."""
    w = words()
    return trimmer(tuple(w["commitment_words"] + w["scope_adverbs"] + list(verbs())), (), name_words("light_whole"))


@cache
def _commit_trimmer() -> Trimmer:
    """Commitment words and a whole place a list's first member starts with, its verb kept (确保全市接待游客 -> 接待游客)."""
    w = words()
    return trimmer(tuple(w["commitment_words"] + w["scope_adverbs"] + ["全市", "全省", "全区", "全县"]), ())
