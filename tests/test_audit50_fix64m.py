"""Round fix64m (audit 50 leftovers): a commitment 做到 opens no name, a 、 list's shared head is read whole, a flow
verb before a long name's registered indicator stays, and 提速 is an adverb before a project push verb."""
from __future__ import annotations

from name_cases import HEAD, names

from govreport import extract_quantities, read_text

NEIJIANG = ("优化招投标环境，大力推行工程建设项目招投标“评定分离”工作机制，全面加强营商环境监测，"
            "努力做到市场主体诉求响应率100%、诉求化解率100%、评价满意率100%。")
ZHOUSHAN_PORT = ("加快推进金塘原油储运基地、新奥LNG三期等项目建设，全年新增油品罐容26万方、LNG罐容88万方，"
                 "铁矿石、煤炭接卸能力分别达1.26亿吨、2600万吨。")
ZHOUSHAN_FIRMS = ("发挥自主创新在产业培育、转型升级、延链补链中的重要作用，强化企业创新主体地位，升级科技企业“双倍增”计划和"
                  "“两清零一提升”专项行动，新培育高新技术企业和省级科技型中小企业200家、省级企业研发机构5家以上。")
GUANGYUAN = ("持续开展项目投资“拉练评比”和“明星项目”“蜗牛项目”评定，强化项目建设要素保障，"
             "提速推进华纳碳酸钙等175个重点项目。")


def all_names(sentence: str) -> list[str]:
    """Every figure's name in ``sentence`` (figures of one text, such as three 100%, kept apart)."""
    return list(extract_quantities(read_text(HEAD + sentence + "\n"))["indicator"])


def test_commitment_zuodao_opens_no_name() -> None:
    """努力做到市场主体诉求响应率100% (内江 rows 55, 56): the rate, not 做到…."""
    got = all_names(NEIJIANG)
    assert not any(n.startswith("做到") for n in got)
    assert "市场主体诉求响应率" in got


def test_commitment_shixian_still_dropped() -> None:
    """Neighbouring right behaviour: 努力实现养老总床位达3万张 still loses 努力实现."""
    assert not names("努力实现养老总床位达3万张。")["3万张"].startswith("努力")


def test_shared_head_is_whole() -> None:
    """铁矿石、煤炭接卸能力分别达1.26亿吨、2600万吨 (舟山 row 6): 铁矿石接卸能力, not 铁矿石卸能力."""
    got = names(ZHOUSHAN_PORT)
    assert got["1.26亿吨"] == "铁矿石接卸能力"
    assert got["2600万吨"] == "煤炭接卸能力"


def test_short_members_still_share_a_counted_head() -> None:
    """Neighbouring right behaviour: 原煤、原油、天然气产量 share 产量 whole."""
    got = names("原煤、原油、天然气产量分别达到10亿吨、2亿吨、2000亿立方米。")
    assert got["10亿吨"].startswith("原煤") and got["10亿吨"].endswith("产量")


def test_flow_verb_before_registered_indicator_stays() -> None:
    """新培育高新技术企业和省级科技型中小企业200家 (舟山 row 13): the firms newly fostered, not a stock."""
    assert names(ZHOUSHAN_FIRMS)["200家"].startswith("新培育高新技术企业")


def test_registered_indicator_without_flow_verb_is_kept_whole() -> None:
    """Neighbouring right behaviour: a long name cut before its registered indicator (no flow verb) is as before."""
    got = names("持续推动科技创新能力提升，高新技术企业和省级科技型中小企业总数达到200家。")
    assert not got["200家"].startswith("新")


def test_tisu_is_an_adverb_before_push() -> None:
    """提速推进华纳碳酸钙等175个重点项目 (广元 row 11): the projects pushed, not all key projects."""
    assert names(GUANGYUAN)["175个"] == "推进重点项目数"
