"""Probe: would the keep-or-edit gate decide better if it also read the decoder's forced score
of the mt? (docs/results.md, "Keep-or-edit gate": the shipped gate reads the encoder alone.)

For each set of bench/gate-build.sh's directory, the model's decoder scores the mt itself in one
call per batch (format version 5 graphs take every position at once: input [bos, mt], targets
[mt, eos]) and 8 statistics of those token log-probabilities are appended to the gate's encoder
features; the same gate (ape.gate.KeepEditGate on the wider features, same training as
training/scripts/gate_train.py) is trained on `train`, its epoch chosen on `ldev`, and every set
is reported as gate_train.py does. A probe, not a shipped gate: the runtime's gate graph has no
such input.

    .venv/bin/python bench/gate_forced_probe.py [MODEL_DIR] [DATA_DIR]   (models/default bench/out/gate)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "scripts"))
sys.path.insert(0, str(ROOT / "training"))

import gate_train as gt  # noqa: E402

from ape.gate import GateConfig, KeepEditGate  # noqa: E402


def forced_stats(model_dir: Path, data: Path, name: str) -> np.ndarray:
    cache = data / f"{name}.forced.npy"
    if cache.exists():
        return np.load(cache)
    m = json.loads((model_dir / "ape.json").read_text())
    sp = m["specialTokens"]
    L = m["architecture"]["layers"]
    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    enc = ort.InferenceSession(str(model_dir / m["graphs"]["encoder"]), so)
    dec = ort.InferenceSession(str(model_dir / m["graphs"]["decoder"]), so)
    heads, hd = m["architecture"]["heads"], m["architecture"]["headDim"]
    inputs = [json.loads(line) for line in gt.read_lines(data / f"{name}.inputs.jsonl")]
    order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]["inputIds"]))
    out = np.zeros((len(inputs), 8), np.float32)
    for start in range(0, len(order), 16):
        rows = order[start:start + 16]
        S = -(-max(len(inputs[i]["inputIds"]) for i in rows) // 16) * 16
        ids = np.full((len(rows), S), sp["pad"], np.int64)
        types = np.zeros((len(rows), S), np.int64)
        mask = np.zeros((len(rows), S), np.int64)
        mts = []
        for b, i in enumerate(rows):
            x = inputs[i]
            n = len(x["inputIds"])
            ids[b, :n], types[b, :n], mask[b, :n] = x["inputIds"], x["tokenTypeIds"], 1
            mts.append([t for t, ty in zip(x["inputIds"], x["tokenTypeIds"]) if ty == 1][:-1])  # mt without its [SEP]
        pos = np.tile(np.arange(S, dtype=np.int64), (len(rows), 1))
        eo = enc.run(None, {"input_ids": ids, "token_type_ids": types, "position_ids": pos, "attention_mask": mask})
        names = [o.name for o in enc.get_outputs()]
        feeds = {k: v for k, v in zip(names, eo) if k.startswith("cross_")}
        T = max(len(t) for t in mts) + 1
        dec_ids = np.full((len(rows), T), sp["pad"], np.int64)
        for b, t in enumerate(mts):
            dec_ids[b, : len(t) + 1] = [sp["bos"], *t]
        feeds.update({"input_ids": dec_ids, "memory_mask": mask})
        for i in range(L):
            for kv in ("k", "v"):
                feeds[f"past_{kv}_{i}"] = np.zeros((len(rows), heads, 0, hd), np.float32)
        logp = dec.run(["log_probs"], feeds)[0].reshape(len(rows), T, -1)
        for b, t in enumerate(mts):
            target = [*t, sp["eos"]]
            lp = logp[b, np.arange(len(target)), target]
            out[rows[b]] = [lp.sum(), lp.mean(), lp.min(), (lp < -1).mean(), (lp < -3).mean(), lp[-1],
                            np.log(len(target)), np.sort(lp)[: max(1, len(lp) // 4)].mean()]
        print(f"\r{name}: forced {min(start + 16, len(order))}/{len(order)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    np.save(cache, out)
    return out


def main() -> int:
    model_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models/default"
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench/out/gate"
    session, digest = gt.encoder_session(model_dir)
    pad = json.loads((model_dir / "ape.json").read_text())["specialTokens"]["pad"]
    names = ["train", "ldev", "sdev", "stest", "ltest"]
    splits = {n: gt.Split(session, digest, data, n, pad) for n in names}
    for n, s in splits.items():
        s.x = torch.cat([s.x, torch.from_numpy(forced_stats(model_dir, data, n))], 1)
    train, dev = splits["train"], splits["ldev"]
    torch.manual_seed(1)
    hidden = json.loads((model_dir / "ape.json").read_text())["architecture"]["hidden"]
    gate = KeepEditGate(GateConfig(hidden=hidden, inner=256))
    width = train.x.shape[1]
    gate.norm = torch.nn.LayerNorm(width)
    gate.net[0] = torch.nn.Linear(width, 256)
    best_epoch, _ = gt.fit(gate, train, dev, epochs=40, lr=1e-3, weight_decay=1e-2, batch=256, seed=1)
    print(json.dumps({"bestEpoch": best_epoch, "sets": {n: {"served": s.report(None), "gated": s.report(gt.decide(gate, s))}
                                                     for n, s in splits.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
