"""python -m ape.export.from_onnx: a model directory back to a checkpoint. The expected values
are the original PyTorch parameters (exported, then imported): equal bit for bit from float32
storage, equal to their float16 rounding from fp16 storage; alpha from the manifest within
float32 rounding; the import's own parity check against the graphs; from int8-block32 storage,
each MatMul weight within half a quantization step of the original (the step computed here
from the original weights, as onnxruntime's symmetric 8-bit block quantizer defines it: the
block's largest magnitude / 128, checked by hand on a small matrix with
quantize_matmul_8bits); refusals for per-channel int8 and for a directory whose files do not
match their sha256."""
import json
import shutil
from pathlib import Path

import onnx
import pytest
import torch

from ape.export.from_onnx import ImportError_, _initializer_pairs, import_model_dir, main as import_cli, requantization_check
from ape.export.model_dir import export_model_dir

from test_export import tiny as untrained, write_tokenizer


def tiny(kind: str):
    """test_export's tiny model with every parameter random, as after training: an untrained
    model's equal tensors (zero biases, LayerNorm weights of 1) are stored once or folded away
    by the exporter, so its graphs do not have the node list of a trained model (the import
    refuses those, test_graphs_of_another_exporter_are_refused)."""
    m = untrained(kind)
    gen = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for name, p in m.named_parameters():
            if p.dim() == 1 and not name.endswith("pre_alpha"):
                p.add_(torch.randn(p.shape, generator=gen) * 0.1)
    return m


def export(tmp: Path, kind: str, **kw):
    write_tokenizer(tmp / "tok.json")
    return export_model_dir(tiny(kind), tmp / "tok.json", tmp / "model", name="tiny", languages={"src": "es", "tgt": "en"},
                            max_src_tokens=20, max_mt_tokens=20, training={"test": True}, log=lambda m: None, **kw)


@pytest.fixture(scope="module")
def entmax_dir(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("entmax")
    export(tmp, "alpha-entmax")
    return tmp / "model"


def test_fp16_directory_gives_back_the_rounded_parameters(tmp_path: Path):
    export(tmp_path, "alpha-entmax", quantization="fp16")
    original = tiny("alpha-entmax")
    imported, _ = import_model_dir(tmp_path / "model", log=lambda m: None)
    got = dict(imported.named_parameters())
    for name, p in original.named_parameters():
        if name.endswith("pre_alpha"):
            continue
        # small tensors (< 1 KiB) stay float32 in an fp16 directory (model_dir._fp16_storage)
        expected = p if p.numel() * 4 < 1024 else p.detach().half().float()
        assert torch.equal(got[name], expected), name


def test_float32_directory_gives_back_the_parameters_as_a_checkpoint_that_exports_again(entmax_dir: Path, tmp_path: Path):
    out = tmp_path / "ckpt" / "model.pt"
    assert import_cli([str(entmax_dir), str(out)]) == 0
    ckpt = torch.load(out, weights_only=False)
    assert ckpt["imported_from"]["name"] == "tiny" and (out.parent / "tokenizer.json").is_file()
    original = tiny("alpha-entmax").state_dict()
    assert ckpt["model"].keys() == original.keys()
    for name, p in original.items():
        if name.endswith("pre_alpha"):  # through alpha = 1 + sigmoid(pre_alpha) and back
            torch.testing.assert_close(ckpt["model"][name], p, rtol=0, atol=2e-5)
        else:
            assert torch.equal(ckpt["model"][name], p), name
    assert import_cli([str(entmax_dir), str(out)]) == 2  # exists, no --force
    # an ordinary checkpoint: python -m ape.export takes it (and checks parity again)
    from ape.export.__main__ import main as export_cli
    assert export_cli([str(out), str(tmp_path / "again"), "--no-casing"]) == 0
    a = json.loads((entmax_dir / "ape.json").read_text())["architecture"]
    b = json.loads((tmp_path / "again" / "ape.json").read_text())["architecture"]
    for x, y in zip(a["alpha"]["context"], b["alpha"]["context"]):
        assert x == pytest.approx(y, abs=1e-6)


def test_graphs_of_another_exporter_are_refused(entmax_dir: Path):
    # an untrained model's equal tensors are stored once or folded away, so its node list
    # differs from a trained model's; the pairing refuses a node list that differs
    graph = onnx.load(str(entmax_dir / "decoder.onnx"), load_external_data=False)
    other = onnx.ModelProto()
    other.CopyFrom(graph)
    del other.graph.node[-1]
    with pytest.raises(ImportError_, match="another version of ape.export"):
        _initializer_pairs(graph, other, entmax_dir)
    other.CopyFrom(graph)
    other.graph.node[5].op_type = "Identity" if graph.graph.node[5].op_type != "Identity" else "Neg"
    with pytest.raises(ImportError_, match="graph node 5"):
        _initializer_pairs(graph, other, entmax_dir)


def test_int8_block32_directory_gives_back_the_dequantized_parameters(tmp_path: Path):
    export(tmp_path, "alpha-entmax", quantization="int8-block32")
    original = dict(tiny("alpha-entmax").named_parameters())
    imported, _ = import_model_dir(tmp_path / "model", log=lambda m: None)
    got = dict(imported.named_parameters())
    assert got.keys() == original.keys()
    in_blocks = 0
    for name, p in original.items():
        if name.endswith("pre_alpha"):
            continue
        w = p.detach()
        if "embeddings" in name or w.dim() == 1 or w.numel() * 4 < 1024:
            # embeddings (the tied output projection), biases, LayerNorm: float16 storage or float32
            expected = w if w.numel() * 4 < 1024 else w.half().float()
            assert torch.equal(got[name], expected), name
            continue
        # a Linear weight [out, in] is the MatMul's [in, out] weight, in blocks of 32 input rows
        assert w.shape[1] % 32 == 0, name
        blocks = w.reshape(w.shape[0], -1, 32)
        step = blocks.abs().amax(dim=2, keepdim=True) / 128
        err = (got[name].reshape(blocks.shape) - blocks).abs().detach()
        # rounding: within half a step; the block's largest value, if positive, is clipped at 127
        # steps (the range is -128..127): within one step, at most one such value per block
        assert bool((err <= step * (1 + 1e-5) + 1e-7).all()), name
        assert int((err > step / 2 * (1 + 1e-5) + 1e-7).sum()) <= blocks.shape[0] * blocks.shape[1], name
        assert not torch.equal(got[name], w), name  # rounded, so not the original
        in_blocks += 1
    assert in_blocks >= 8  # attention and feed-forward projections of both stacks
    # the check that proves an import: a weight off by a step no longer quantizes to the file's
    from ape.export.from_onnx import dequantize_block32
    graph = onnx.load(str(tmp_path / "model" / "encoder.int8-block32.onnx"))  # weights.bin beside it
    inits = {t.name: onnx.numpy_helper.to_array(t) for t in graph.graph.initializer}
    node = next(n for n in graph.graph.node if n.op_type == "MatMulNBits")
    attrs = {a.name: a.i for a in node.attribute}
    w, scales = inits[node.input[1]], inits[node.input[2]]
    value = dequantize_block32(w, scales, attrs["K"], attrs["N"])  # [K, N]
    pname = next(n for n, p in original.items() if p.dim() == 2 and p.shape == value.T.shape
                 and torch.allclose(p.detach(), torch.from_numpy(value.T), atol=0.01))
    with torch.no_grad():
        imported.get_parameter(pname).copy_(torch.from_numpy(value.T))
    requantization_check(imported, [(pname, True, w, scales)], tmp_path / "model")
    with torch.no_grad():
        imported.get_parameter(pname)[0, 0] += 0.5
    with pytest.raises(ImportError_, match="changes 1 of its int8 values"):
        requantization_check(imported, [(pname, True, w, scales)], tmp_path / "model")


def test_int8_and_tampered_directories_are_refused(entmax_dir: Path, tmp_path: Path, capsys):
    int8 = tmp_path / "int8"
    shutil.copytree(entmax_dir, int8)
    manifest = json.loads((int8 / "ape.json").read_text())
    manifest["graphs"]["quantization"] = "int8"  # ape.json is not among its own sha256s
    (int8 / "ape.json").write_text(json.dumps(manifest))
    with pytest.raises(ImportError_, match="int8 weights cannot be imported"):
        import_model_dir(int8, log=lambda m: None)

    tampered = tmp_path / "tampered"
    shutil.copytree(entmax_dir, tampered)
    data = bytearray((tampered / "weights.bin").read_bytes())
    data[100] ^= 0xFF
    (tampered / "weights.bin").write_bytes(bytes(data))
    assert import_cli([str(tampered), str(tmp_path / "x.pt")]) == 2
    assert "weights.bin: sha256" in capsys.readouterr().err
    assert import_cli([str(tmp_path / "nowhere"), str(tmp_path / "x.pt")]) == 2
    assert "no ape.json" in capsys.readouterr().err
