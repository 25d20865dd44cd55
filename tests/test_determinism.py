"""The same text gives the same table in every process: nothing may depend on Python's
per-process string hashing (set order), or nbval and the answer-key scores would flicker."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache

# Sentences whose category is a near tie between two keyword lists (found on the corpus).
TEXT = """政府工作报告
一、2025年工作回顾
食品、药品抽检合格率分别超98.5%和99%。在粤就读的港澳学生达11.6万人。
新解决农村6300多万人饮水安全问题。设立全国重点实验室等5个高能级创新平台。
二、2026年重点工作
完成全省1000所学校周边道路高峰交通拥堵治理。新建地下综合管廊10公里、海绵城市55平方公里。
"""

SCRIPT = """
import sys, json
from govreport import read_text
from govreport.tables import build_table_rows
texts = json.loads(sys.stdin.read())
columns = build_table_rows(read_text(texts["quantities"]))["quantities"].column_lists()
for row in zip(*(columns[name] for name in ("text", "indicator", "category", "role"))):
    print(",".join(map(str, row)))
print("=" * 20)
for name, table in build_table_rows(read_text(texts["tables"])).items():
    if name != "quantities":
        print(name, table.columns, table.rows)
assert "pandas" not in sys.modules  # the rows path: each process starts in a fraction of the time
"""

# Targets whose baseline scores sit on a rounding boundary (found on the corpus).
PLAN_TEXT = """政府工作报告
一、2025年工作回顾
加强电动自行车停放秩序治理，中心城区新增机动车停车位5万余个；新增充电桩2万个。
二、2026年重点工作
实施30项市级疏堵工程，新增机动车停车位3.5万个，新建充电桩3万个。
"""


@cache
def outputs() -> dict[int, tuple[str, str]]:
    """Seed -> (quantities of TEXT, tables of PLAN_TEXT), each seed in one process of its own
    (one process per seed for both tests). The processes build the rows the tables are made of
    (build_table_rows, cell for cell the frames: tests/test_outputs_unchanged.py), without pandas."""
    out = {}
    for seed in (0, 1, 2, 3, 4):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", SCRIPT], input=json.dumps({"quantities": TEXT, "tables": PLAN_TEXT}),
                              capture_output=True, text=True, env=env, check=True)
        quantities, tables = done.stdout.split("=" * 20, 1)
        out[seed] = (quantities, tables)
    return out


def test_same_table_whatever_the_hash_seed():
    quantities = {seed: q for seed, (q, _) in outputs().items()}
    assert quantities[0].count("\n") > 8  # the figures were found
    assert all(out == quantities[0] for out in quantities.values()), quantities


def test_same_tables_whatever_the_hash_seed():
    tables = {t for _, t in outputs().values()}
    assert "机动车停车位" in next(iter(tables))
    assert len(tables) == 1
