"""Train the keep-or-edit gate (ape.gate) of a model directory by sparse marginalization.

Second stage: the model directory's encoder and decoder are frozen. For each set NAME the
directory DATA holds NAME.src/.mt/.pe (the triplets), NAME.hyp (the model's post-edits as
served: `ape postedit --model MODEL_DIR`) and NAME.inputs.jsonl (the runtime's encoder inputs:
`node --import tsx bench/gate-inputs.ts MODEL_DIR NAME.src NAME.mt NAME.inputs.jsonl`).

    .venv/bin/python training/scripts/gate_train.py MODEL_DIR DATA --train train --dev ldev \
        --report sdev,stest,ltest --out GATE.pt [--inner 256] [--epochs 60] [--seed 1]

1. Features: the model's own encoder graph (onnxruntime, as the runtime runs it) gives `memory`
   for each pair's encoder input; ape.gate.pooled_features pools it (cached as NAME.feat.npy,
   keyed by the encoder file's sha256).
2. Costs: sacreBLEU's case-sensitive TER edit counts of the mt and of the post-edit against pe,
   divided by the training set's mean reference length.
3. Training: Adam on L = sum_z sparsemax(scores)_z * cost_z (ape.gate.marginal_loss), the epoch
   with the lowest corpus TER of the gated output on --dev kept.
4. Report, per set: corpus TER of the mt, of the post-edits as served, of the gated output
   (skipped rows -> mt), the share of rows skipped, and the sentences made worse than the mt
   (case-sensitive sentence TER up), as JSON on stdout and in GATE.pt.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from sacrebleu.metrics import TER

from ape.gate import GateConfig, KeepEditGate, marginal_loss, pooled_features, skips

PAD_MULTIPLE = 16  # as the runtime pads encoder batches (src/model/encoder-input.ts)


ROOT = Path(__file__).resolve().parents[2]


def portable(value) -> str:
    """A path as relative to the repository when inside it (provenance names no machine's paths)."""
    if isinstance(value, Path):
        try:
            return str(value.resolve().relative_to(ROOT))
        except ValueError:
            return str(value)
    return str(value)


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def encoder_session(model_dir: Path) -> tuple[ort.InferenceSession, str]:
    manifest = json.loads((model_dir / "ape.json").read_text())
    name = manifest["graphs"]["encoder"]
    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    digest = hashlib.sha256((model_dir / name).read_bytes()).hexdigest()
    return ort.InferenceSession(str(model_dir / name), so, providers=["CPUExecutionProvider"]), digest


def features(session: ort.InferenceSession, digest: str, data: Path, name: str, pad: int) -> np.ndarray:
    cache, key = data / f"{name}.feat.npy", data / f"{name}.feat.key"
    if cache.exists() and key.exists() and key.read_text() == digest:
        return np.load(cache)
    inputs = [json.loads(line) for line in read_lines(data / f"{name}.inputs.jsonl")]
    if any(x is None for x in inputs):
        raise SystemExit(f"{data / name}.inputs.jsonl: some pairs are too long for the model; drop them first")
    order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]["inputIds"]))
    out: list[np.ndarray | None] = [None] * len(inputs)
    for start in range(0, len(order), 32):
        rows = order[start:start + 32]
        longest = max(len(inputs[i]["inputIds"]) for i in rows)
        S = -(-longest // PAD_MULTIPLE) * PAD_MULTIPLE
        ids = np.full((len(rows), S), pad, np.int64)
        types = np.zeros((len(rows), S), np.int64)
        mask = np.zeros((len(rows), S), np.int64)
        for b, i in enumerate(rows):
            n = len(inputs[i]["inputIds"])
            ids[b, :n], types[b, :n], mask[b, :n] = inputs[i]["inputIds"], inputs[i]["tokenTypeIds"], 1
        pos = np.tile(np.arange(S, dtype=np.int64), (len(rows), 1))
        memory = session.run(["memory"], {"input_ids": ids, "token_type_ids": types, "position_ids": pos,
                                          "attention_mask": mask})[0]
        f = pooled_features(torch.from_numpy(memory), torch.from_numpy(types), torch.from_numpy(mask)).numpy()
        for b, i in enumerate(rows):
            out[i] = f[b]
        print(f"\r{name}: features {min(start + 32, len(order))}/{len(order)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    arr = np.stack(out)  # type: ignore[arg-type]
    np.save(cache, arr)
    key.write_text(digest)
    return arr


def edit_counts(hyps: list[str], refs: list[str]) -> tuple[np.ndarray, np.ndarray]:
    stats = TER(case_sensitive=True)._extract_corpus_statistics(hyps, [refs])
    return np.array([s[0] for s in stats], np.float64), np.array([s[1] for s in stats], np.float64)


class Split:
    def __init__(self, session, digest, data: Path, name: str, pad: int):
        self.name = name
        self.mt, self.pe, self.hyp = (read_lines(data / f"{name}.{s}") for s in ("mt", "pe", "hyp"))
        if not len(self.mt) == len(self.pe) == len(self.hyp):
            raise SystemExit(f"{data / name}: .mt/.pe/.hyp have {len(self.mt)}/{len(self.pe)}/{len(self.hyp)} lines")
        self.x = torch.from_numpy(features(session, digest, data, name, pad)).float()
        self.keep, self.ref_len = edit_counts(self.mt, self.pe)
        self.edit, _ = edit_counts(self.hyp, self.pe)

    def report(self, skip: np.ndarray | None) -> dict:
        chosen = self.edit if skip is None else np.where(skip, self.keep, self.edit)
        ref = self.ref_len.sum()
        return {"ter": round(float(100 * chosen.sum() / ref), 2),
                "worse": round(100 * float((chosen > self.keep).mean()), 2),
                "better": round(100 * float((chosen < self.keep).mean()), 2),
                "skipped": None if skip is None else round(100 * float(skip.mean()), 2)}


def decide(gate: KeepEditGate, split: Split) -> np.ndarray:
    """[N] bool: the rows of `split` the gate returns as the mt (pi(edit) == 0)."""
    gate.eval()
    with torch.no_grad():
        return skips(gate(split.x)).numpy()


def fit(gate: KeepEditGate, train: Split, dev: Split, *, epochs: int, lr: float, weight_decay: float, batch: int,
        seed: int) -> tuple[int, list[dict]]:
    """AdamW on the marginalized cost (edit counts over train's mean reference length); the
    gate ends with the weights of the epoch whose gated output has the lowest corpus TER on
    `dev` (none better than decoding everything: the initial weights, epoch -1). Returns that
    epoch and the per-epoch log."""
    scale = float(train.ref_len.mean())
    opt = torch.optim.AdamW(gate.parameters(), lr=lr, weight_decay=weight_decay)
    ck, ce = (torch.from_numpy(c / scale).float() for c in (train.keep, train.edit))
    best = (dev.report(None)["ter"], -1, {k: v.clone() for k, v in gate.state_dict().items()})
    log = []
    g = torch.Generator().manual_seed(seed)
    for epoch in range(epochs):
        gate.train()
        perm = torch.randperm(len(train.x), generator=g)
        total = 0.0
        for start in range(0, len(perm), batch):
            idx = perm[start:start + batch]
            loss = marginal_loss(gate(train.x[idx]), ck[idx], ce[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        d = dev.report(decide(gate, dev))
        t = train.report(decide(gate, train))
        log.append({"epoch": epoch, "loss": total / len(perm), "train": t, "dev": d})
        print(f"epoch {epoch}: loss {total / len(perm):.4f} train TER {t['ter']} skip {t['skipped']}% | "
              f"dev TER {d['ter']} worse {d['worse']}% skip {d['skipped']}%", file=sys.stderr)
        if d["ter"] < best[0]:
            best = (d["ter"], epoch, {k: v.clone() for k, v in gate.state_dict().items()})
    gate.load_state_dict(best[2])
    return best[1], log


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("data", type=Path)
    ap.add_argument("--train", default="train")
    ap.add_argument("--dev", default="ldev")
    ap.add_argument("--report", default="")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--inner", type=int, default=256)
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--weight-decay", type=float, default=1e-2)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    manifest = json.loads((args.model_dir / "ape.json").read_text())
    session, digest = encoder_session(args.model_dir)
    pad = manifest["specialTokens"]["pad"]
    names = [args.train, args.dev, *[n for n in args.report.split(",") if n]]
    splits = {n: Split(session, digest, args.data, n, pad) for n in dict.fromkeys(names)}
    train, dev = splits[args.train], splits[args.dev]
    scale = float(train.ref_len.mean())

    torch.manual_seed(args.seed)
    gate = KeepEditGate(GateConfig(hidden=manifest["architecture"]["hidden"], inner=args.inner))
    best_epoch, log = fit(gate, train, dev, epochs=args.epochs, lr=args.lr, weight_decay=args.weight_decay,
                          batch=args.batch, seed=args.seed)
    result = {"bestEpoch": best_epoch, "costScale": scale, "args": {k: portable(v) for k, v in vars(args).items()},
              "encoderSha256": digest, "sets": {}}
    meta = args.data / f"{args.train}.meta.json"  # training/scripts/gate_data.py's record of the triplets
    if meta.exists():
        result["trainData"] = json.loads(meta.read_text())
    for name, split in splits.items():
        result["sets"][name] = {"n": len(split.mt), "mt": split.report(np.ones(len(split.mt), bool)),
                                "served": split.report(None), "gated": split.report(decide(gate, split))}
    torch.save({**gate.state(), "training": result}, args.out)
    Path(f"{args.out}.json").write_text(json.dumps({**result, "log": log}, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
