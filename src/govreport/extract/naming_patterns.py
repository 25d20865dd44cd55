"""The words and patterns ``naming.SentenceNamer`` reads a figure's clause with (分别 lists, changes to a level, classes
after an amount, examples before 等 …), kept apart from its rules so that naming.py holds the rules alone."""
from __future__ import annotations

import re
from typing import Final  # module constants: compiled, a static each (no look-up per figure)

from govreport.extract.indicators import KEEP_LEADING
from govreport.extract.path_starts import per_unit_tail
from govreport.extract.period_members import part_periods
from govreport.lexicon import name_words

DISTRIBUTIVE = ("分别", "依次")
GRADE: Final = re.compile(r"A{1,5}级")  # 8家A级景区: a grade opening the noun counted
INCLUDED: Final = re.compile(r"[（(](?:(?:含|包括)[\u4e00-\u9fff、]{1,12}|注[：:][^（）()]{1,16}|[\u4e00-\u9fff]{7,10})[）)]")  # 散居孤儿（含…儿童）, M2（注：…）, 业主委员会（物业管理委员会）: no part of the name
LINK_ONLY: Final = re.compile(r"达到|达|为|增至|增加到|提高到|突破")
CHANGE_TAIL: Final = re.compile(r"(?:同比)?(?:增长|提高|增加|下降|降低|减少)$")
MEASURED_KINDS: Final = ("area", "length", "weight", "volume")
OWN_MEASURES: Final = ("产量", "总产量", "产值", "总产值", "均价", "收购均价", "单产")  # a measure of the topic itself
TOPIC_MEASURE: Final = re.compile(r"(?:播种面积|种植面积|播面|面积|饲养量|产量|数量|人数|户数)$")
LIST_WORDS: Final = re.compile(r"分别|依次|同比")
KEEP_REGISTERED: Final = 20
PLACE_FIRST: Final = frozenset("中主")  # the place_alone words (data/name_words.csv) that name a part of the place: 中心城区, 主城区 (as baseline_scopes.json areas)
TRIM_AT: Final = 18  # a longer name is cut to the subject after its last action verb (a 分别 member's after MEMBER_TRIM_AT)
RARE_IN_CLAUSE: Final = re.compile(r"[、从由等均]")  # in few clauses: the tests for own predicates, 从, 等 and 均 are skipped without
NUMBER_ONLY: Final = re.compile(r"[\d.,%]*")
# 从2.77%提高到3.3%: the figure after 提高到 measures what the one after 从 does; 从 (从2020年的) is no part of the name,
# nor an adverb of manner right before it (标准统一由55元提高到70元: kind ``from_manner``)
FROM_END: Final = re.compile(r"(?:已|" + "|".join(name_words("from_manner")) + r")?[从由](?:(?:\d{4}年|去年|上年|“?十[一二三四五六]五”?)(?:底|末)?的?|(?:" + "|".join(part_periods()) + r")的?)?(?:月销售额|每年|每月|人均)?" + per_unit_tail() + "[-－−]?$")  # (从上半年5.5%: a part of the year; 从一季度的-13.1%: a minus sign, the figure's; 从“十二五”末的: a plan term's end, fix159a)
LAST_YEAR_CHANGE: Final = re.compile(r"(?:(?:比上年|比去年|较上年|较去年)(?:预计数|预算数?|实际)?|同比)(?:再)?(?:增加|提高|增长|减少|下降|降低|扩大|缩小)")
PER_UNIT_AFTER_TO: Final = re.compile("(?<=[到至])" + per_unit_tail().removesuffix("?") + "$")  # 提升至每人(640元): the basis again, no part of the change (held-out set 60, fix130c)
FROM_LAST: Final = frozenset("从由年的底末额月均人户亩吨生度-－−")  # the characters FROM_END can end with (由每人: path_words.json per_unit_bases)
CHANGE_LAST: Final = frozenset("到至的年底末加高长少低大小")  # … TO_ONLY or LAST_YEAR_CHANGE can end with
# … or a short qualifier before the figure after TO_ONLY (增加到近1万公里; the last characters of data/qualifiers.csv's words before a figure, a gate only: the words themselves are read from the file)
CHANGE_GATE: Final = CHANGE_LAST | frozenset("破过超逾于约近低少多")
# a subject before 完成/实现 and what it did: 滇中引水二期配套工程大姚段完成征地; the members of a 、 list after it share the subject (…完成征地679.15亩、管道安装17.76公里)
SUBJECT_LEADS: Final = ("产",) + KEEP_LEADING  # what makes a name's subject worth looking for (_subject): a name opening so, or holding 完成 or 实现 (string tests: no pattern)
# 进场路、弃土场、搅拌场等用地征迁: the examples before 等 are no part of what is measured
EXAMPLES: Final = re.compile(r"(?<![\u4e00-\u9fff“”、])[\u4e00-\u9fff“”]{1,12}、(?:[\u4e00-\u9fff“”]{1,8}、)*[\u4e00-\u9fff“”]{1,8}等(?!级)(?:(?:地区|地(?!方))(?=[\u4e00-\u9fff“]{2})|(?=[\u4e00-\u9fff]{3}))")  # 在上海、深圳等地布局…: 地 is the examples' (audit 40, LY33); 新建、改扩建高等级公路: 等级 no examples' end (set 63, fix136a)
RATE_PAIR: Final = re.compile(r"(率|量|额)、(?=[\u4e00-\u9fff]{1,8}(?:率|量|额)均)")  # 面商率、满意率均达100%: 面商率和满意率
LEVEL: Final = re.compile(r"(?:国家|自治区|自治州|[省市州县区乡镇村])级")  # 州级项目2项和县级3项: the same head, another level (自治区级 a province's)
LEVEL_BEFORE: Final = re.compile(LEVEL.pattern + "$")
REACHED: Final = re.compile(r"[\u4e00-\u9fff]{1,5}(?=[，,。；;、])")  # 实现100%进驻: 进驻率; 实现100%委托照料: 委托照料率 (set 92)
YEAR_LEAD: Final = re.compile(r"\d{4}年(?:度|底|末)?的?")
TOWARDS: Final = re.compile(r"向[\u4e00-\u9fff]{2,3}?(?=[\u4e00-\u9fff]{3})")  # not 向上争取资金
LISTING: Final = ("目录》", "清单》")  # a document that lists items: 217项 counts its items
LINKS_FIRST: Final = ("和", "及", "与", "并")
LIST_GAP: Final = frozenset(("、", "和", "及", "、和"))
RATE_FIRST: Final = ("幅度", "比例")  # 5%的幅度压减…: the rate of the action after it
EXAMPLES_END: Final = re.compile(r".*等(?!级)")
INSIDE_LIST: Final = re.compile(r"等")  # examples after an aside (中国（武汉）文化旅游博览会、…等重大活动): no part of the name
CAPACITY_LABEL: Final = "年产"  # a capacity inside a project's name
PLANNED: Final = "计划投资"  # a planned investment with no topic: the paragraph's task heading's
PART_INSIDE: Final = re.compile("|".join(part_periods()))  # a part of the year inside the noun after a count
OVER_AMOUNT: Final = re.compile(r"\d+(?:\.\d+)?[万亿]?元")  # the amount after 超 that ends a share's noun
CLASS_BEFORE: Final = ("超", "逾", "过")  # 销售收入超亿元的非公企业20家: the class of firms above that amount
LEADING: Final = re.compile("|".join(KEEP_LEADING).replace("(", r"\(").replace(")", r"\)"))  # 新增供气管道…、供暖…: the lead word a sibling noun shares
PASSED_PROJECTS: Final = re.compile(r"[\u4e00-\u9fff]{0,4}项目")  # 储备投资超10亿元重大项目1000个: projects of the class passed (held-out audit 49 嘉兴 G4)
PASSED_FIRMS: Final = re.compile(r"[\u4e00-\u9fff]{0,4}企业(?:达到?)?")  # 年产值超10亿元企业达12家: firms too (held-out 64 潮州 8), unless
ELLIPTIC_NEXT: Final = re.compile(r"(?:以上|左右)?、[超过逾]")  # a 、 member of a class with no measure follows (…超10亿元企业15家、超亿元企业100家: left as it was)
CLASS_WORDS: Final = ("以上", "以下", "及以上", "级")  # after an amount and before a noun: a class of things (30亿元以上项目, 10亿元级产业链)
