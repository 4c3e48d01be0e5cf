"""The issue-8 ablation configs (training/configs/ablations/*.json) load, and each differs from
training/configs/example.json in exactly the fields its row is about.

Oracles: example.json itself (every other field must equal it after loading) and MiniLM's own
config.json (the random-init row must build the same ModelConfig as the BERT it replaces).
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from ape.config import ModelConfig
from ape.train_config import load_config

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
ROOT = CONFIGS.parents[1]
EXAMPLE = CONFIGS / "example.json"
ABLATIONS = CONFIGS / "ablations"

# name -> the loaded fields that differ from example.json (out_dir always differs: its own run)
EXPECTED_DIFF = {
    "bert-init": set(),
    # trained before example.json's alpha_lr_scale 50 (session 6), kept as trained: softmax and
    # entmax15 have no α parameters, so the scale changes nothing there; random-init's α learned at x1
    "random-init": {"bert_dir", "tokenizer", "model", "alpha_lr_scale"},
    "share-ca-init": {"model"},
    "share-ca-self": {"model"},
    "share-ffn": {"model"},
    "softmax": {"model", "alpha_lr_scale"},
    "entmax15": {"model", "alpha_lr_scale"},
    # issue 21's baselines: the bert-init row with one side of the encoder input left out
    "src-only": {"input_layout"},
    "mt-only": {"input_layout"},
}
EXPECTED_MODEL = {
    "share-ca-init": {"sharing": {"decoder_self_with_encoder": False, "context_with_self": False, "ffn_with_encoder": False}},
    "share-ca-self": {"sharing": {"decoder_self_with_encoder": True, "context_with_self": True, "ffn_with_encoder": False}},
    "share-ffn": {"sharing": {"decoder_self_with_encoder": True, "context_with_self": True, "ffn_with_encoder": True}},
    "softmax": {"normalizers": {"encoder_self": "softmax", "decoder_self": "softmax", "context": "softmax"}},
    "entmax15": {"normalizers": {"encoder_self": "softmax", "decoder_self": "softmax", "context": "entmax15"}},
}


def _diff(a, b) -> set[str]:
    da, db = a.to_dict(), b.to_dict()
    return {k for k in da if da[k] != db[k]}


def test_there_is_one_config_per_ablation_row_and_each_loads():
    assert sorted(p.stem for p in ABLATIONS.glob("*.json")) == sorted(EXPECTED_DIFF)
    for path in ABLATIONS.glob("*.json"):
        load_config(path)


@pytest.mark.parametrize("name", sorted(EXPECTED_DIFF))
def test_each_config_differs_from_the_example_only_where_its_row_says(name):
    example = load_config(EXAMPLE)
    cfg = load_config(ABLATIONS / f"{name}.json")
    assert cfg.out_dir == str(ROOT / "training" / "runs" / "ablations" / name)
    assert cfg.train == example.train and cfg.dev == example.dev
    assert _diff(cfg, dataclasses.replace(example, out_dir=cfg.out_dir)) == EXPECTED_DIFF[name]
    if name in EXPECTED_MODEL:
        assert {**example.model, **EXPECTED_MODEL[name]} == cfg.model
    if name.endswith("-only"):
        assert cfg.input_layout == f"bert-pair-{name}"


def test_random_init_has_minilms_architecture_and_tokenizer_but_no_weights():
    example = load_config(EXAMPLE)
    cfg = load_config(ABLATIONS / "random-init.json")
    assert cfg.bert_dir is None
    assert cfg.tokenizer == str(Path(example.bert_dir) / "tokenizer.json")
    bert = json.loads((Path(example.bert_dir) / "config.json").read_text())
    options = ModelConfig.from_dict(example.model)
    from_bert = ModelConfig.from_bert_config(bert, **{k: getattr(options, k) for k in example.model})
    assert ModelConfig.from_dict(cfg.model) == from_bert


def test_every_ablation_has_a_results_row_reading_its_exported_model():
    rows = json.loads((ROOT / "bench" / "results.json").read_text())["rows"]
    dirs = {r["model"] for r in rows}
    for name in EXPECTED_DIFF:
        assert f"models/ablations/{name}" in dirs, name


def test_random_init_builds_the_same_parameter_shapes_as_the_bert_initialized_model():
    from ape.train import build_model  # noqa: PLC0415 (builds two MiniLM-size models: only this test needs it)

    shapes = {}
    for name in ("random-init", "bert-init"):
        model, _, _ = build_model(load_config(ABLATIONS / f"{name}.json"))
        shapes[name] = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    assert shapes["random-init"] == shapes["bert-init"]


CURVE = CONFIGS / "curve"
CURVE_POINTS = ("23k", "70k", "real", "real-rt")
CURVE_BASELINES = ("real-mt-only",)


def test_the_learning_curve_points_differ_from_the_example_only_in_their_train():
    """Issue 21's learning curve: equal settings, so every point is example.json (the bert-init
    row, whose dev chooses the checkpoints) with its own train: the 23K train for 23k (bert-init
    trained again), synthetic-data/learning-curve.ts's sets for the others."""
    assert sorted(p.stem for p in CURVE.glob("*.json")) == sorted(CURVE_POINTS + CURVE_BASELINES)
    example = load_config(EXAMPLE)
    for name in CURVE_POINTS:
        cfg = load_config(CURVE / f"{name}.json")
        assert cfg.out_dir == str(ROOT / "training" / "runs" / "curve" / name)
        assert cfg.dev == example.dev
        if name == "23k":
            assert cfg.train == example.train
            assert _diff(cfg, dataclasses.replace(example, out_dir=cfg.out_dir)) == set()
        else:
            assert cfg.train == str(ROOT / "synthetic-data" / "large" / "curve" / name / "train")
            assert _diff(cfg, dataclasses.replace(example, out_dir=cfg.out_dir)) == {"train"}


def test_the_curve_s_mt_only_baseline_differs_from_its_point_only_in_input_layout():
    """real-mt-only is to the point real what ablations/mt-only is to bert-init at 23K: the same
    model, recipe and data with the encoder reading the mt alone."""
    real = load_config(CURVE / "real.json")
    cfg = load_config(CURVE / "real-mt-only.json")
    assert cfg.out_dir == str(ROOT / "training" / "runs" / "curve" / "real-mt-only")
    assert cfg.input_layout == load_config(ABLATIONS / "mt-only.json").input_layout == "bert-pair-mt-only"
    assert _diff(cfg, dataclasses.replace(real, out_dir=cfg.out_dir)) == {"input_layout"}


def test_the_curve_manifest_lists_every_point_s_files():
    manifest = json.loads((ROOT / "synthetic-data" / "large" / "curve-manifest.json").read_text())
    assert manifest["rebuild"] == "node --import tsx synthetic-data/learning-curve.ts"
    for name in CURVE_POINTS[1:]:
        for k in ("src", "mt", "pe"):
            assert len(manifest["files"][f"curve/{name}/train.{k}"]) == 64
    counts = manifest["counts"]
    assert counts["real-rt"]["triplets"] == 2 * counts["real"] + counts["real-rt"]["roundtrip"]["kept"]
    assert counts["70k"]["triplets"] >= counts["70k"]["target"] == 70000
