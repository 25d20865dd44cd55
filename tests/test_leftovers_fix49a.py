"""An age class inside a measure's words (每千人口拥有3岁以下婴幼儿托位数) cuts no name and narrows no key, and bare rates
after a list's first rate share its handled subject (群众诉求满意率): the
real sentences of the texts (Zunyi, Tongren, Zhejiang 2026)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.keys import indicator_key
from govreport.extract.name_lists import scoped_rates

PLAN = "二、2024年工作安排\n"
REVIEW = "一、2023年工作回顾\n"


def _rows(text: str, part: str = PLAN) -> dict[str, tuple[str, str]]:
    table = extract_quantities(read_text(part + text + "\n"))
    return {t: (name, key) for t, name, key in zip(table.text, table.indicator, table.indicator_key)}


def test_an_age_class_keeps_the_words_before_it_in_the_name() -> None:
    """努力实现养老总床位达3万张以上，每千人拥有3岁以下婴幼儿托位数达4个以上 (Zunyi 2024): 3岁 is the class of the
    children the places are for; 每千人拥有 still names the 4个, a ratio per 1000 people, not a count of places."""
    rows = _rows("努力实现养老总床位达3万张以上，每千人拥有3岁以下婴幼儿托位数达4个以上。")
    assert rows["4个"] == ("每千人拥有3岁以下婴幼儿托位数", "childcare_places_per_1000")
    review = _rows("全国卫生城市通过国家复审，每千人口拥有3岁以下婴幼儿托位4.12个、排全省前列。", REVIEW)  # Tongren 2024
    assert review["4.12个"][1] == "childcare_places_per_1000" and review["4.12个"][0].startswith("每千人口拥有3岁以下")


def test_an_age_measured_still_ends_a_name() -> None:
    """人均预期寿命达到81岁 (an age as the measure) is no class: what follows it is named on its own."""
    rows = _rows("人均预期寿命达到81岁，新增婴幼儿托位1000个。")
    assert rows["1000个"][0] == "新增婴幼儿托位数"


def test_the_age_class_narrows_no_key() -> None:
    """每千人口3岁以下婴幼儿托位数达4.76个 (Zhejiang 2026): the registry's per-1000 measure, with or without the class."""
    assert indicator_key("每千人口3岁以下婴幼儿托位数", "个", "level") == "childcare_places_per_1000"
    assert indicator_key("每千人口0-3岁婴幼儿托位数", "个", "level") == "childcare_places_per_1000"


def test_bare_rates_after_a_handled_subject_share_it() -> None:
    """群众诉求按时办结率、满意率分别达99.45%、97.48% (Nanning 2024) and 市民服务热线诉求解决率、满意率分别达97.3%和97.7%
    (Beijing 2026): the satisfaction is with the handling of the same requests (群众诉求满意率)."""
    rows = _rows("12345政务服务便民热线运行平稳，群众诉求按时办结率、满意率分别达99.45%、97.48%。", REVIEW)
    assert rows["97.48%"] == ("群众诉求满意率", "satisfaction_rate") and rows["99.45%"][0] == "群众诉求按时办结率"
    rows = _rows("市民服务热线诉求解决率、满意率分别达97.3%和97.7%，接诉即办纪录电影《您的声音》引发热烈反响。", REVIEW)
    assert rows["97.7%"][0] == "市民服务热线诉求满意率"
    assert scoped_rates(["热线接听率", "满意率"]) == ["热线接听率", "满意率"]  # no handled subject: each its own


def test_a_long_name_may_start_with_its_age_class() -> None:
    """为60岁以上独居老人安装独立式烟感报警器6000户以上 (Chengdu 2024): the long name is not cut to 独立式烟感报警器 for
    starting with a digit; an age class is a word a name may start with."""
    rows = _rows("新建老年人助餐服务设施460个，为60岁以上独居老人安装独立式烟感报警器6000户以上。")
    assert rows["6000户"][0] == "60岁以上独居老人安装独立式烟感报警器户数"
