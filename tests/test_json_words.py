"""JSON word lists are read strictly: a key given twice fails loudly (json.load would keep the last)."""
from __future__ import annotations

import pytest

from govreport.config import DATA
from govreport.json_words import load_object
from govreport.lexicon import read_json


def test_a_key_given_twice_is_an_error_naming_the_file_and_the_key():
    with pytest.raises(ValueError, match=r"tables_words.json: key 'event_counters' appears twice"):
        load_object('{"event_counters": ["场"], "x": 1, "event_counters": ["次"]}', "tables_words.json")
    assert load_object('{"a": {"b": 1}, "b": 2}', "x.json") == {"a": {"b": 1}, "b": 2}  # the same key in another object is fine


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.json")))
def test_every_word_list_file_has_each_key_once(name):
    assert read_json(name)


def test_the_event_counters_of_both_rules_are_kept():
    words = read_json("tables_words.json")
    assert {"期", "届", "轮"} <= set(words["event_floor_counters"]) and {"次", "批次"} <= set(words["event_counters"])
