"""Build the tiny model directories under test/fixtures/ and their reference outputs.

    .venv/bin/python training/scripts/make_fixtures.py

For each fixture: a toy APE corpus (a pseudo-Spanish src, an English mt with systematic
errors, the corrected English pe), a WordPiece tokenizer trained on it with `tokenizers`,
a tiny model (2 layers, hidden 32, 4 heads, FF 64) trained briefly so that decoding is not
degenerate (random tied weights just echo the input: docs/serving.md), the
export (`ape.export`), and `reference.json`: for ~20 (src, mt) pairs the encoder ids and the
outputs of the Python reference decoder (ape.decode) for greedy and beam 1..4, minLength > 1,
a maxLen cut and each length penalty. Cases whose decisions hinge on a near-tie (score gap
below MIN_GAP) are skipped, so float differences between PyTorch and ORT cannot flip them.

The quantized fixtures (QUANTIZED: model-tiny-fp16, -int8, -int8-block32) are model-tiny-softmax's
weights, imported back from the committed directory (`ape.export.from_onnx`, exact for float32)
and exported again by `export_model_dir` with `quantization=` (what `python -m ape.export
--quantize` runs). Their reference.json has the same layout, over the same held-out pairs, decoded
by ape.decode on the weights exactly as the runtime computes with them:

- fp16: PyTorch on the float16-rounded weights imported back from the fp16 directory (float16 ->
  float32 is exact and onnxruntime folds the Casts, so both compute in float32 on the same
  numbers); every run is checked against onnxruntime in Python too (same ids, scores within 1e-4).
- int8, int8-block32: onnxruntime in Python on the directory's own graphs
  (`ape.export.parity.OrtStepper`), one sentence at a time. PyTorch cannot stand in: int8 quantizes
  activations inside the graph (DynamicQuantizeLinear, MatMulInteger; MatMulNBits with
  accuracy_level 4). int8's activation scale is one per tensor, taken over the whole batch, so a
  sentence's int8 result depends on what it is batched with (padding included): its reference is
  each sentence decoded alone (batch 1, the TypeScript test does the same). int8-block32 quantizes
  each row's blocks on their own and does not depend on the batch.

    .venv/bin/python training/scripts/make_fixtures.py --only quantized   # from the committed model-tiny-softmax
    .venv/bin/python training/scripts/make_fixtures.py --only references  # every reference.json, graphs untouched
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path

import onnxruntime as ort
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

from ape.config import ModelConfig, Normalizers  # noqa: E402
from ape.decode import BeamResult, DecodingOptions, Stepper, beam_search, greedy  # noqa: E402
from ape.encoding import EncoderInput, PairEncoding, SpecialTokens  # noqa: E402
from ape.export.from_onnx import import_model_dir  # noqa: E402
from ape.export.manifest import sha256_file  # noqa: E402
from ape.export.model_dir import export_model_dir  # noqa: E402
from ape.export.parity import OrtStepper  # noqa: E402
from ape.model import APEModel  # noqa: E402

MIN_GAP = 1e-3  # PyTorch vs ORT log-probs differ by ~1e-6 (docs/serving.md)
CASES = 20
MAX_TOKENS = 30  # maxSrcTokens = maxMtTokens; 30 + 30 + 3 <= maxPositions 64

# --- the toy corpus -----------------------------------------------------------------------
# es -> en lexicon; the "MT system" translates word by word, so it keeps the Spanish
# noun-adjective order, drops the 3rd-person -s and says "of the" for possessives.
DET = {"el": "the", "un": "a", "mi": "my", "su": "their", "este": "this"}
NOUN = {"gato": "cat", "perro": "dog", "profesor": "teacher", "vecino": "neighbour", "médico": "doctor",
        "pájaro": "bird", "caballo": "horse", "niño": "child", "cocinero": "cook", "granjero": "farmer",
        "abogado": "lawyer", "ingeniero": "engineer"}
ADJ = {"grande": "big", "pequeño": "small", "viejo": "old", "rojo": "red", "feliz": "happy",
       "cansado": "tired", "tranquilo": "quiet", "hambriento": "hungry", "valiente": "brave"}
VERB = {"ve": "see", "ayuda": "help", "llama": "call", "sigue": "follow", "encuentra": "find",
        "escucha": "hear", "visita": "visit", "recuerda": "remember"}
ADV = {"hoy": "today", "ayer": "yesterday", "siempre": "always", "otra vez": "again"}


def noun_phrase(rng: random.Random) -> tuple[str, str, str]:
    det, noun = rng.choice(list(DET)), rng.choice(list(NOUN))
    if rng.random() < 0.5:
        adj = rng.choice(list(ADJ))
        return f"{det} {noun} {adj}", f"{DET[det]} {ADJ[adj]} {NOUN[noun]}", f"{DET[det]} {NOUN[noun]} {ADJ[adj]}"
    return f"{det} {noun}", f"{DET[det]} {NOUN[noun]}", f"{DET[det]} {NOUN[noun]}"


def triplet(rng: random.Random) -> tuple[str, str, str]:
    (s1, p1, m1), (s2, p2, m2) = noun_phrase(rng), noun_phrase(rng)
    verb = rng.choice(list(VERB))
    src, pe, mt = f"{s1} {verb} a {s2}", f"{p1} {VERB[verb]}s {p2}", f"{m1} {VERB[verb]} {m2}"
    if rng.random() < 0.4:
        adv = rng.choice(list(ADV))
        src, pe, mt = f"{src} {adv}", f"{pe} {ADV[adv]}", f"{mt} {ADV[adv]}"
    return src + " .", mt + " .", pe + " ."


def corpus(n: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    return [triplet(rng) for _ in range(n)]


def train_tokenizer(lines: list[str], path: Path) -> None:
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=False, clean_text=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece(prefix="##")
    # a small vocabulary, so that some words split into ## pieces
    trainer = trainers.WordPieceTrainer(vocab_size=300, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.train_from_iterator(lines, trainer)
    tok.save(str(path))


# --- a short inline training loop (the real trainer is training/ape/train.py) ------------

def train(model: APEModel, enc: PairEncoding, data: list[tuple[str, str, str]], steps: int, seed: int) -> float:
    torch.manual_seed(seed)
    rng = random.Random(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.0)
    model.train()
    loss = torch.tensor(0.0)
    for step in range(steps):
        batch = rng.sample(data, 64)
        x = enc.batch([enc.encode_pair(s, m) for s, m, _ in batch])
        targets = [enc.encode_target(p) for _, _, p in batch]
        T = max(len(t) for t in targets)
        y = torch.full((len(batch), T), enc.special.pad)
        for i, t in enumerate(targets):
            y[i, : len(t)] = torch.tensor(t)
        logits = model(x["input_ids"], x["token_type_ids"], x["position_ids"], x["attention_mask"], y[:, :-1])
        loss = F.cross_entropy(logits.flatten(0, 1), y[:, 1:].flatten(), ignore_index=enc.special.pad)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        for group in opt.param_groups:  # linear decay to 10%
            group["lr"] = 3e-3 * (1 - 0.9 * (step + 1) / steps)
        if step % 100 == 0 or step == steps - 1:
            print(f"step {step}: loss {loss.item():.3f}", file=sys.stderr)
    return loss.item()


# --- reference outputs --------------------------------------------------------------------

def runs_for(case: int, natural_len: int) -> list[DecodingOptions]:
    base = DecodingOptions(beam=1, min_length=1, max_length_ratio=1.5, max_length_offset=10)
    runs = [replace(base, beam=k) for k in (1, 2, 3, 4)]
    if case % 5 == 0:  # minLength beyond the natural length forces the decoder past eos
        runs += [replace(base, beam=k, min_length=natural_len + 2) for k in (1, 3)]
    if case % 5 == 1:  # maxLen = floor(0.5 * mt) < the natural length: the live beams finish without eos
        runs += [replace(base, beam=k, max_length_ratio=0.5, max_length_offset=0) for k in (1, 4)]
    if case % 5 == 2:
        runs += [replace(base, beam=4, length_penalty="gnmt", length_penalty_alpha=0.6),
                 replace(base, beam=4, length_penalty="none")]
    return runs


def first_step_log_probs(model: APEModel | Stepper, x: EncoderInput, special: SpecialTokens) -> torch.Tensor:
    """log_probs of decoder step 0 (bos) for one sentence, shape (V,)."""
    if not isinstance(model, APEModel):
        model.start(x, 1)
        return model.step([special.bos])[0]
    mem = model.encode(*(torch.tensor([v]) for v in (x.input_ids, x.token_type_ids, x.position_ids, [1] * len(x.input_ids))))
    lp, _, _ = model.decode_step(torch.tensor([[special.bos]]), torch.ones(1, len(x.input_ids), dtype=torch.long),
                                 model.cross_keys_values(mem), model.empty_cache(1))
    return lp[0]


@torch.no_grad()
def reference(model: APEModel | Stepper, enc: PairEncoding, pairs: list[tuple[str, str]], name: str,
              check=None, engine: str = "ape.decode on the PyTorch model") -> tuple[dict, float]:
    """`model`: the PyTorch model or a Stepper (ape.decode) on some engine; `check(x, opts, result)`,
    if given, is called on every run (the fp16 fixture's cross-check against onnxruntime)."""
    if isinstance(model, APEModel):
        model.eval()
    cases, min_gap, skipped = [], float("inf"), 0
    for i, (src, mt) in enumerate(pairs):
        if len(cases) == CASES:
            break
        x = enc.encode_pair(src, mt)
        g = greedy(model, x, enc.special, DecodingOptions(beam=1))
        runs, gap = [], float("inf")
        for opts in runs_for(len(cases), len(g.ids)):
            r = beam_search(model, x, enc.special, opts)
            if check is not None:
                check(x, opts, r)
            gap = min(gap, r.min_gap)
            runs.append({
                "options": opts.to_json(), "maxLen": opts.max_len(x.mt_tokens),
                "hypotheses": [{"ids": h.ids, "tokens": [enc.tokenizer.id_to_token(t) for t in h.ids],
                                "text": enc.decode(h.ids), "score": h.score, "endedWithEos": h.ended_with_eos}
                               for h in r.hypotheses],
            })
        if gap < MIN_GAP:
            skipped += 1
            continue
        min_gap = min(min_gap, gap)
        top = torch.topk(first_step_log_probs(model, x, enc.special), 5)
        cases.append({
            "src": src, "mt": mt, "mtTokens": x.mt_tokens,
            "encoder": {"input_ids": x.input_ids, "token_type_ids": x.token_type_ids, "position_ids": x.position_ids,
                        "attention_mask": [1] * len(x.input_ids)},
            "firstStepTop5": [[int(t), float(v)] for v, t in zip(top.values, top.indices)],
            "runs": runs,
        })
    print(f"{name}: {len(cases)} cases, {skipped} skipped for near-ties, min decision gap {min_gap:.3g}", file=sys.stderr)
    return {
        "generatedBy": f"training/scripts/make_fixtures.py ({engine})",
        "contract": "docs/model-format.md#decoding",
        "note": "score = cumulative log-prob (float64) / lp(len); firstStepTop5 = [id, log_prob] of step 0; "
                "compare log-probs with tolerance 1e-4, ids and texts exactly",
        "minDecisionGap": min_gap,
        "cases": cases,
    }, min_gap


FIXTURES = {
    "model-tiny-softmax": Normalizers("softmax", "softmax", "softmax"),
    "model-tiny-entmax": Normalizers("alpha-entmax", "alpha-entmax", "alpha-entmax"),
}


def fits(enc: PairEncoding, src: str, mt: str) -> bool:
    return len(enc.wordpieces(src)) <= MAX_TOKENS and len(enc.wordpieces(mt)) <= MAX_TOKENS


def held_out(enc: PairEncoding) -> list[tuple[str, str]]:
    """The (src, mt) pairs reference.json draws its cases from, in order."""
    return [(s, m) for s, m, _ in corpus(200, seed=2) if fits(enc, s, m)]


def build(name: str, normalizers_: Normalizers, out_root: Path, steps: int, tok_path: Path, warm: dict | None = None) -> dict:
    """Train (from `warm`, a state dict, if given) and export one fixture; returns the trained weights."""
    t0 = time.time()
    enc = PairEncoding.from_file(tok_path, max_src_tokens=MAX_TOKENS, max_mt_tokens=MAX_TOKENS)
    data = [t for t in corpus(4000, seed=1) if fits(enc, t[0], t[1])]
    held = held_out(enc)
    config = ModelConfig(vocab_size=enc.tokenizer.get_vocab_size(), hidden=32, layers=2, heads=4, ffn=64,
                         max_positions=64, hidden_dropout=0.0, attention_dropout=0.0, normalizers=normalizers_,
                         entmax_bisect_iterations=25)
    torch.manual_seed(0)
    model = APEModel(config)
    if warm is not None:  # every weight but the per-head alphas (missing keys) comes from the softmax model
        missing, unexpected = model.load_state_dict(warm, strict=False)
        assert not unexpected and all(k.endswith("pre_alpha") for k in missing), (missing, unexpected)
    loss = train(model, enc, data, steps, seed=0)
    training = {"script": "training/scripts/make_fixtures.py", "steps": steps, "finalTrainLoss": round(loss, 4),
                "warmStart": "model-tiny-softmax weights" if warm is not None else None,
                "data": "toy corpus generated by the script (seed 1)", "config": config.to_dict()}
    result = export_model_dir(model, tok_path, out_root / name, name=name, languages={"src": "es", "tgt": "en"},
                              max_src_tokens=MAX_TOKENS, max_mt_tokens=MAX_TOKENS, training=training, force=True)
    ref, _ = reference(model, enc, held, name)
    ref["parity"] = asdict(result.parity)
    (out_root / name / "reference.json").write_text(json.dumps(ref, indent=1, ensure_ascii=False) + "\n")
    sizes = {p.name: p.stat().st_size for p in sorted((out_root / name).iterdir())}
    print(f"{name}: {sizes} in {time.time() - t0:.0f} s", file=sys.stderr)
    return model.state_dict()


# --- quantized fixtures: model-tiny-softmax's weights through `export_model_dir(quantization=...)` ---

QUANTIZED = {"model-tiny-fp16": "fp16", "model-tiny-int8": "int8", "model-tiny-int8-block32": "int8-block32"}
QUANTIZED_BASE = "model-tiny-softmax"
ORT_CHECK_TOLERANCE = 1e-4  # fp16: PyTorch vs onnxruntime scores, as parity.TOLERANCE


def ort_stepper(directory: Path, manifest: dict, special: SpecialTokens) -> OrtStepper:
    """The directory's graphs in onnxruntime with the TypeScript runtime's session options
    (src/model/sessions.ts: all graph optimizations, sequential, one thread)."""
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    enc, dec = (ort.InferenceSession(str(directory / manifest["graphs"][g]), opts, providers=["CPUExecutionProvider"])
                for g in ("encoder", "decoder"))
    return OrtStepper(enc, dec, special)


def quantized_reference(directory: Path, quantization: str, model: APEModel, special: SpecialTokens, tok_path: Path,
                        name: str) -> dict:
    """reference.json of a quantized directory, as the module docstring says, without its `parity`;
    `model` is the float32 model it was exported from."""
    exported = json.loads((directory / "ape.json").read_text())
    ort_engine = ort_stepper(directory, exported, special)
    ort_check = {"runs": 0, "maxScoreDiff": 0.0}

    def check(x: EncoderInput, opts: DecodingOptions, r: BeamResult) -> None:
        if quantization != "fp16":
            return
        o = beam_search(ort_engine, x, special, opts)
        ids, want = [h.ids for h in o.hypotheses], [h.ids for h in r.hypotheses]
        diff = max(abs(a.score - b.score) for a, b in zip(o.hypotheses, r.hypotheses))
        if ids != want or diff > ORT_CHECK_TOLERANCE:
            raise SystemExit(f"{name}: onnxruntime disagrees with PyTorch on {x.input_ids} ({opts}): {ids} vs {want}, "
                             f"score diff {diff:.3g} (tolerance {ORT_CHECK_TOLERANCE})")
        ort_check["runs"] += 1
        ort_check["maxScoreDiff"] = max(ort_check["maxScoreDiff"], diff)

    if quantization == "fp16":  # the float16-rounded weights back in PyTorch
        engine, label = import_model_dir(directory)[0].eval(), "ape.decode on the PyTorch model of the directory's float16 weights"
    else:
        engine, label = ort_engine, "ape.decode on the directory's graphs in onnxruntime (Python), one sentence at a time"
    enc = PairEncoding.from_file(tok_path, max_src_tokens=MAX_TOKENS, max_mt_tokens=MAX_TOKENS)
    ref, _ = reference(engine, enc, held_out(enc), name, check=check, engine=label)
    ref["quantization"] = quantization
    ref["onnxruntime"] = ort.__version__
    ref["decodeAlone"] = quantization == "int8"  # batch-dependent activation scales: compare sentence by sentence
    moved = {"runs": 0, "runsWithOtherIds": 0, "maxScoreDiff": 0.0}
    for case in ref["cases"]:  # the same runs on the float32 model
        e = case["encoder"]
        x = EncoderInput(e["input_ids"], e["token_type_ids"], e["position_ids"], case["mtTokens"])
        for run in case["runs"]:
            f = beam_search(model, x, special, DecodingOptions.from_json(run["options"]))
            moved["runs"] += 1
            moved["runsWithOtherIds"] += [h.ids for h in f.hypotheses] != [h["ids"] for h in run["hypotheses"]]
            moved["maxScoreDiff"] = max(moved["maxScoreDiff"],
                                        *(abs(a.score - b["score"]) for a, b in zip(f.hypotheses, run["hypotheses"])))
    ref["fromFloat32"] = {**moved, "maxScoreDiff": float(f"{moved['maxScoreDiff']:.3g}")}
    if quantization == "fp16":
        ref["onnxruntimeCheck"] = {"runs": ort_check["runs"], "maxScoreDiff": float(f"{ort_check['maxScoreDiff']:.3g}"),
                                   "tolerance": ORT_CHECK_TOLERANCE}
    return ref


def build_quantized(name: str, quantization: str, out_root: Path) -> None:
    """Re-export the committed QUANTIZED_BASE fixture with `quantization`; reference.json as the
    module docstring says. Each run is also decoded on the float32 model, to record how much
    quantization moved it (`fromFloat32`: the fixture is not the float32 one in disguise)."""
    t0 = time.time()
    base = out_root / QUANTIZED_BASE
    model, manifest = import_model_dir(base)  # float32, checked by parity against the committed graphs
    model.eval()
    sp = manifest["specialTokens"]
    special = SpecialTokens.from_json(sp)
    training = {"script": "training/scripts/make_fixtures.py", "quantization": quantization,
                "weights": f"test/fixtures/{QUANTIZED_BASE} (imported with ape.export.from_onnx)",
                "baseApeJsonSha256": sha256_file(base / "ape.json")}
    result = export_model_dir(model, base / "tokenizer.json", out_root / name, name=name, languages=manifest["languages"],
                              decoding=DecodingOptions.from_json(manifest["decoding"]),
                              max_src_tokens=manifest["input"]["maxSrcTokens"], max_mt_tokens=manifest["input"]["maxMtTokens"],
                              training=training, quantization=quantization, force=True)
    ref = quantized_reference(result.directory, quantization, model, special, base / "tokenizer.json", name)
    ref["parity"] = asdict(result.parity)  # the exporter's report against float32 PyTorch (drift, for int8)
    directory = result.directory
    (directory / "reference.json").write_text(json.dumps(ref, indent=1, ensure_ascii=False) + "\n")
    sizes = {p.name: p.stat().st_size for p in sorted(directory.iterdir())}
    print(f"{name}: {sizes}, from float32 {ref['fromFloat32']} in {time.time() - t0:.0f} s", file=sys.stderr)


def check_unchanged(directory: Path, ref: dict) -> None:
    """Fail unless the directory's graphs in onnxruntime (Python) decode every run of `ref` to the same
    ids, with scores within 1e-4: for a fixture that cannot be imported back into PyTorch."""
    manifest = json.loads((directory / "ape.json").read_text())
    sp = manifest["specialTokens"]
    special = SpecialTokens.from_json(sp)
    engine = ort_stepper(directory, manifest, special)
    for case in ref["cases"]:
        e = case["encoder"]
        x = EncoderInput(e["input_ids"], e["token_type_ids"], e["position_ids"], case["mtTokens"])
        for run in case["runs"]:
            r = beam_search(engine, x, special, DecodingOptions.from_json(run["options"]))
            got, want = [h.ids for h in r.hypotheses], [h["ids"] for h in run["hypotheses"]]
            diff = max(abs(a.score - b["score"]) for a, b in zip(r.hypotheses, run["hypotheses"]))
            if got != want or diff > 1e-4:
                raise SystemExit(f"{directory.name}: {case['src']!r} {run['options']}: {got} now, {want} in reference.json "
                                 "(this fixture cannot be re-decoded in PyTorch: rebuild it with --only trained)")
    print(f"{directory.name}: reference.json unchanged (checked in onnxruntime)", file=sys.stderr)


def refresh_references(out_root: Path) -> None:
    """Decode every committed fixture of this script again and rewrite its reference.json only (the
    graphs, weights and ape.json stay as they are): after a change to the decoding contract. The
    trained fixtures are decoded on the PyTorch model imported from their directory (exact for
    float32), the quantized ones as build_quantized does; `parity` is kept from the old file."""
    for name in FIXTURES:
        directory = out_root / name
        old = json.loads((directory / "reference.json").read_text())
        if name == "model-tiny-entmax":  # its ape.json (format version 1) lacks what import_model_dir needs
            check_unchanged(directory, old)
            continue
        model = import_model_dir(directory)[0].eval()
        enc = PairEncoding.from_file(directory / "tokenizer.json", max_src_tokens=MAX_TOKENS, max_mt_tokens=MAX_TOKENS)
        ref, _ = reference(model, enc, held_out(enc), name)
        ref["parity"] = old["parity"]
        (directory / "reference.json").write_text(json.dumps(ref, indent=1, ensure_ascii=False) + "\n")
    model, manifest = import_model_dir(out_root / QUANTIZED_BASE)
    model.eval()
    sp = manifest["specialTokens"]
    special = SpecialTokens.from_json(sp)
    for name, quantization in QUANTIZED.items():
        directory = out_root / name
        old = json.loads((directory / "reference.json").read_text())
        ref = quantized_reference(directory, quantization, model, special, out_root / QUANTIZED_BASE / "tokenizer.json", name)
        ref["parity"] = old["parity"]
        (directory / "reference.json").write_text(json.dumps(ref, indent=1, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=800, help="training steps of the softmax model")
    ap.add_argument("--entmax-steps", type=int, default=150, help="fine-tuning steps of the entmax model, from the softmax one")
    ap.add_argument("--out", type=Path, default=ROOT / "test" / "fixtures")
    ap.add_argument("--only", choices=["all", "trained", "quantized", "references"], default="all",
                    help=f"trained: {', '.join(FIXTURES)}; quantized: {', '.join(QUANTIZED)} (from {QUANTIZED_BASE} in --out, "
                         "no training); all: both; references: only the reference.json of all of them, decoded again "
                         "from the committed directories (after a change to the decoding rules)")
    args = ap.parse_args()
    torch.set_num_threads(1)  # tiny matrices: a second thread only adds contention on a shared machine
    if args.only == "references":
        refresh_references(args.out)
        return
    if args.only in ("all", "trained"):
        # alpha-entmax costs ~25 elementwise passes per attention: it starts from the trained
        # softmax weights and is fine-tuned briefly instead of trained from scratch
        with tempfile.TemporaryDirectory() as work:
            tok_path = Path(work) / "tokenizer.json"  # one vocabulary for both fixtures
            train_tokenizer([t for tri in corpus(4000, seed=1) for t in tri], tok_path)
            warm = build("model-tiny-softmax", FIXTURES["model-tiny-softmax"], args.out, args.steps, tok_path)
            build("model-tiny-entmax", FIXTURES["model-tiny-entmax"], args.out, args.entmax_steps, tok_path, warm=warm)
    if args.only in ("all", "quantized"):
        if not (args.out / QUANTIZED_BASE / "ape.json").is_file():
            raise SystemExit(f"error: {args.out / QUANTIZED_BASE}: no model directory to quantize (run with --only trained first)")
        for name, quantization in QUANTIZED.items():
            build_quantized(name, quantization, args.out)


if __name__ == "__main__":
    main()
