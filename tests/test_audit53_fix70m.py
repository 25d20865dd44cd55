"""Names after audit 53 (fix70m): a sentence that opens by developing one industry (大力发展X产业，…; 坚持把X产业作为首位
产业，…) scopes the counts of projects after it to that industry, and a 、 member that is a stage of its own (新开工,
竣工投产) takes no list verb of the member before (新引进) glued on (淮南 line 29); beside each, the neighbour kept."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(sentence: str) -> dict[str, str]:
    q = extract_quantities(read_text("2024年政府工作报告\n" + sentence))
    return {f"{v}{u}": n for v, u, n in zip(q["value"], q["unit"], q["indicator"]) if u != "年"}


def test_developed_industry_scopes_its_project_counts() -> None:
    """大力发展新材料产业，新引进项目30个、新开工15个、竣工投产24个 (淮南 rows 42 and the missed 30个, 15个)."""
    names = _names("大力发展新材料产业，新引进项目30个、新开工15个、竣工投产24个，加快推进中安二期等项目。")
    assert names["30个"] == "新材料产业新引进项目数"
    assert names["15个"] == "新材料产业项目新开工数"
    assert names["24个"] == "新材料产业项目竣工投产数"  # no longer 新引进竣工投产数, nor the bare 竣工投产数 (fix71n)


def test_long_industry_and_first_industry_lead() -> None:
    """大力发展新一代信息技术产业，…; 坚持把新能源汽车产业作为首位产业，… (淮南 rows 36, 49)."""
    assert _names("大力发展新一代信息技术产业，新引进项目25个、新开工20个。")["25个"] == "新一代信息技术产业新引进项目数"
    first = _names("坚持把新能源汽车产业作为首位产业，推动整车、零部件布局，新引进项目50个、新开工30个。")
    assert first["50个"] == "新能源汽车产业新引进项目数"
    assert first["30个"] == "新能源汽车产业项目新开工数"


def test_list_verb_still_carried_to_a_sibling_noun() -> None:
    """新建改造绿道365公里、碧道101公里: 碧道 still takes 新建改造 (a noun, not a stage of its own)."""
    assert _names("新建改造绿道365公里、碧道101公里。")["101公里"].startswith("新建改造碧道")
