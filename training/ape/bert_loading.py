"""Initialize the APE model from any Hugging Face BERT checkpoint directory.

    python -m ape.bert_loading DIR    # prints what would be loaded, shared, copied, fresh

DIR holds config.json, vocab.txt or tokenizer.json, and model.safetensors or
pytorch_model.bin (a `BertModel`, or a `BertFor*` whose tensors start with `bert.`).
Like nanoGPT's `GPT.from_pretrained`, every key is mapped by name, every shape is asserted,
and a checkpoint tensor that is neither mapped nor known to be unused stops the load.
Correia & Martins (ACL 2019, code deep-spin/OpenNMT-APE) initialize encoder *and* decoder from
the same BERT:
decoder layer i gets copies of BERT layer i (SA, its LayerNorm twice: after SA and after CA,
FF), CA <- SA copies the SA projections, the output bias is fresh.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import torch
from tokenizers import Tokenizer

from ape.config import ModelConfig
from ape.model import APEModel
from ape.pretrained import pretrained_dir  # noqa: F401 (re-exported: the checkpoint an installed package ships)

Status = Literal["loaded", "copied", "shared", "fresh"]
# tensors a BERT checkpoint may carry that the APE model has no use for
UNUSED = re.compile(r"^(pooler\.|cls\.|embeddings\.position_ids$)")


@dataclass
class Entry:
    name: str  # the APE model's parameter name
    status: Status  # loaded: the checkpoint tensor; copied: a second copy of one; shared: IS another parameter
    source: str = ""  # checkpoint key (loaded/copied) or the parameter it shares


@dataclass
class LoadReport:
    checkpoint: str
    entries: list[Entry] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)  # checkpoint tensors not used (pooler, MLM head)

    def count(self) -> Counter:
        return Counter(e.status for e in self.entries)

    def summary(self) -> str:
        c = self.count()
        return (f"{self.checkpoint}: {c['loaded']} loaded, {c['copied']} copied (decoder from the same BERT layer, CA <- SA), "
                f"{c['shared']} shared, {c['fresh']} initialized fresh; {len(self.unused)} checkpoint tensors unused")

    def __str__(self) -> str:
        lines = [self.summary()]
        for status, arrow in (("loaded", "<-"), ("copied", "<- copy of"), ("shared", "IS"), ("fresh", "")):
            rows = [e for e in self.entries if e.status == status]
            if rows:
                lines.append(f"{status} ({len(rows)}):")
                lines += [f"  {e.name} {arrow} {e.source}".rstrip() for e in rows]
        if self.unused:
            lines.append(f"unused ({len(self.unused)}): {', '.join(self.unused)}")
        return "\n".join(lines)


def read_state_dict(directory: Path) -> tuple[dict[str, torch.Tensor], Path]:
    """model.safetensors, else pytorch_model.bin; keys without a `bert.` prefix, gamma/beta -> weight/bias."""
    if (directory / "model.safetensors").exists():
        from safetensors.torch import load_file

        path = directory / "model.safetensors"
        raw = load_file(str(path))
    elif (directory / "pytorch_model.bin").exists():
        path = directory / "pytorch_model.bin"
        raw = torch.load(path, map_location="cpu", weights_only=True)
    else:
        raise FileNotFoundError(f"{directory}: neither model.safetensors nor pytorch_model.bin")
    out = {}
    for key, tensor in raw.items():
        key = key.removeprefix("bert.")
        key = re.sub(r"LayerNorm\.gamma$", "LayerNorm.weight", re.sub(r"LayerNorm\.beta$", "LayerNorm.bias", key))
        out[key] = tensor
    return out, path


def read_tokenizer(directory: Path) -> Tokenizer:
    """tokenizer.json as is, else a BERT WordPiece tokenizer built from vocab.txt."""
    if (directory / "tokenizer.json").exists():
        return Tokenizer.from_file(str(directory / "tokenizer.json"))
    if not (directory / "vocab.txt").exists():
        raise FileNotFoundError(f"{directory}: neither tokenizer.json nor vocab.txt")
    from tokenizers.implementations import BertWordPieceTokenizer

    settings: dict[str, Any] = {}
    if (directory / "tokenizer_config.json").exists():
        settings = json.loads((directory / "tokenizer_config.json").read_text())
    lowercase = settings.get("do_lower_case", True)  # transformers' BertTokenizer default
    return BertWordPieceTokenizer(str(directory / "vocab.txt"), lowercase=lowercase)._tokenizer


def bert_key(name: str, config: ModelConfig) -> tuple[str, Status] | None:
    """The checkpoint key an APE parameter is initialized from, and whether it is the encoder's
    own tensor (loaded) or a decoder copy; None = initialized fresh."""
    m = re.fullmatch(r"embeddings\.(.+)", name)
    if m:
        return f"embeddings.{m[1]}", "loaded"
    m = re.fullmatch(r"decoder_embeddings\.(LayerNorm\..+)", name)
    if m:
        return f"embeddings.{m[1]}", "copied"
    m = re.fullmatch(r"(encoder|decoder)_layers\.(\d+)\.(\w+)\.(.+)", name)
    if not m:
        return None
    side, i, block, rest = m[1], m[2], m[3], m[4]
    status: Status = "loaded" if side == "encoder" else "copied"
    layer = f"encoder.layer.{i}"
    if block == "context_attn" and not config.init_context_from_self:
        return None
    if block in ("self_attn", "context_attn"):  # CA <- SA: the CA projections start from BERT's SA
        proj, _, param = rest.partition(".")
        hf = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
              "output": "attention.output.dense"}.get(proj)
        return (f"{layer}.{hf}.{param}", status) if hf else None  # normalizer parameters (alpha) are fresh
    if block in ("self_attn_norm", "context_attn_norm"):  # both are copies of BERT's attention LayerNorm
        return f"{layer}.attention.output.LayerNorm.{rest}", status
    if block == "ffn":
        proj, _, param = rest.partition(".")
        return f"{layer}.{'intermediate.dense' if proj == 'intermediate' else 'output.dense'}.{param}", status
    if block == "ffn_norm":
        return f"{layer}.output.LayerNorm.{rest}", status
    return None


@torch.no_grad()
def load_bert(directory: str | Path, **options: Any) -> tuple[APEModel, LoadReport, Tokenizer]:
    """Build an APEModel sized by DIR/config.json (`options`: normalizers, sharing, ...) and load it."""
    directory = Path(directory)
    bert_config = json.loads((directory / "config.json").read_text())
    config = ModelConfig.from_bert_config(bert_config, **options)
    tokenizer = read_tokenizer(directory)
    if tokenizer.get_vocab_size() > config.vocab_size:
        raise ValueError(f"{directory}: the tokenizer has {tokenizer.get_vocab_size()} tokens, config.json vocab_size {config.vocab_size}")
    state, path = read_state_dict(directory)
    model = APEModel(config)
    report = LoadReport(str(path))
    owner: dict[int, str] = {}  # id(Parameter) -> the first name it was met under
    used: set[str] = set()
    for name, param in model.named_parameters(remove_duplicate=False):
        if id(param) in owner:
            report.entries.append(Entry(name, "shared", owner[id(param)]))
            continue
        owner[id(param)] = name
        mapped = bert_key(name, config)
        if mapped is None:
            report.entries.append(Entry(name, "fresh"))
            continue
        key, status = mapped
        if key not in state:
            raise KeyError(f"{path}: has no tensor {key!r} (needed for {name})")
        if state[key].shape != param.shape:
            raise ValueError(f"{path}: {key} has shape {tuple(state[key].shape)}, {name} needs {tuple(param.shape)}")
        param.copy_(state[key])
        used.add(key)
        report.entries.append(Entry(name, status, key))
    report.unused = sorted(k for k in state if k not in used)
    unexpected = [k for k in report.unused if not UNUSED.match(k)]
    if unexpected:
        raise ValueError(f"{path}: tensors the APE model does not know how to use: {unexpected}")
    return model, report, tokenizer


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m ape.bert_loading BERT_DIR")
    print(load_bert(sys.argv[1])[1])
