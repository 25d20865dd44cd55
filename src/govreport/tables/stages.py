"""Wordings of one stage of a project, and examples named before 等, as name phrases are compared (audit 47 荆门 class 3):
确保美华新材料等260个重大项目建成投产 and 一道新能源、…、科达利结构件等216个项目竣工投产 count the same thing, projects finished and
running (data/measure_equivalents.json same_stages: 竣工投产, 建成投用 are 建成投产), and the firms named as examples say nothing of
what is counted."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_json, trie_pattern
from govreport.tables.table_words import words

EXAMPLES_END = "等"  # 美华新材料等260个: the names before it are examples of what the count counts


@cache
def _stages() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every stage wording, and wording -> the wording it is compared as."""
    table = read_json("measure_equivalents.json")["same_stages"]
    return re.compile(trie_pattern(list(table))), table


def same_stage(phrase: str) -> str:
    """``phrase`` with each stage wording in the form it is compared in (项目竣工投产 -> 项目建成投产)."""
    pattern, table = _stages()
    return pattern.sub(lambda m: table[m.group()], phrase) if pattern.search(phrase) else phrase


def without_examples(segment: str, after: str) -> str:
    """A segment right before a count that ends in 等 names examples of the projects counted (美华新材料等), where the words after the
    count are projects of a general class (measure_equivalents.json project_classes: 项目, 重大项目) and the stage they reach
    (tables_words.json completed_ends: 建成投产, 竣工): nothing of the measure, ''. Elsewhere the
    examples stay (转移转化E-FLASH放疗技术等科技成果 holds its verb; 先进医用材料与医疗器械等10个全国重点实验室获批建设 is no stock of labs)."""
    if not segment.endswith(EXAMPLES_END) or len(segment) <= 2:
        return segment
    end = next((e for e in _completed_ends() if after.endswith(e)), "")  # (…等4个路网节点项目建成: roads' works, examples kept)
    return "" if end and after[:-len(end)] in _project_classes() else segment


@cache
def _project_classes() -> frozenset[str]:
    """General classes of projects (measure_equivalents.json project_classes: 项目, 重大项目), read once."""
    return frozenset(read_json("measure_equivalents.json")["project_classes"])


@cache
def _completed_ends() -> tuple[str, ...]:
    """The words that close a count of projects with the stage they reach this year (tables_words.json completed_ends) or the
    start of the year's pipeline (measure_equivalents.json stage_ends: 如期开工, 开工建设), longest first."""
    return tuple(sorted(words()["completed_ends"] + read_json("measure_equivalents.json")["stage_ends"], key=len, reverse=True))


def at_a_start_stage(phrase: str) -> bool:
    """The phrase ends with the start of a year's pipeline (measure_equivalents.json stage_ends: 项目开工建设, 如期开工), whose
    examples before 等 were taken out: two such counts of two fields (制造业's and 文旅's …等N个项目开工建设) are two sets."""
    return phrase.endswith(_start_ends())


@cache
def _start_ends() -> tuple[str, ...]:
    """measure_equivalents.json stage_ends, read once."""
    return tuple(read_json("measure_equivalents.json")["stage_ends"])

