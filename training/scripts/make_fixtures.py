"""Build the tiny model directories under test/fixtures/ and their reference outputs.

    .venv/bin/python training/scripts/make_fixtures.py

For each fixture: a toy APE corpus (a pseudo-Spanish src, an English mt with systematic
errors, the corrected English pe), a WordPiece tokenizer trained on it with `tokenizers`,
a tiny model (2 layers, hidden 32, 4 heads, FF 64) trained briefly so that decoding is not
degenerate (random tied weights just echo the input: research/onnx-serving.md §6.12), the
export (`ape.export`), and `reference.json`: for ~20 (src, mt) pairs the encoder ids and the
outputs of the Python reference decoder (ape.decode) for greedy and beam 1..4, minLength > 1,
a maxLen cut and each length penalty. Cases whose decisions hinge on a near-tie (score gap
below MIN_GAP) are skipped, so float differences between PyTorch and ORT cannot flip them.
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

import torch
import torch.nn.functional as F
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

from ape.config import ModelConfig, Normalizers  # noqa: E402
from ape.decode import DecodingOptions, beam_search, greedy  # noqa: E402
from ape.encoding import PairEncoding  # noqa: E402
from ape.export.model_dir import export_model_dir  # noqa: E402
from ape.model import APEModel  # noqa: E402

MIN_GAP = 1e-3  # PyTorch vs ORT log-probs differ by ~1e-6 (onnx-serving.md §3)
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


@torch.no_grad()
def reference(model: APEModel, enc: PairEncoding, pairs: list[tuple[str, str]], name: str) -> tuple[dict, float]:
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
        mem = model.encode(*(torch.tensor([v]) for v in (x.input_ids, x.token_type_ids, x.position_ids, [1] * len(x.input_ids))))
        lp, _, _ = model.decode_step(torch.tensor([[enc.special.bos]]), torch.ones(1, len(x.input_ids), dtype=torch.long),
                                     model.cross_keys_values(mem), model.empty_cache(1))
        top = torch.topk(lp[0], 5)
        cases.append({
            "src": src, "mt": mt, "mtTokens": x.mt_tokens,
            "encoder": {"input_ids": x.input_ids, "token_type_ids": x.token_type_ids, "position_ids": x.position_ids,
                        "attention_mask": [1] * len(x.input_ids)},
            "firstStepTop5": [[int(t), float(v)] for v, t in zip(top.values, top.indices)],
            "runs": runs,
        })
    print(f"{name}: {len(cases)} cases, {skipped} skipped for near-ties, min decision gap {min_gap:.3g}", file=sys.stderr)
    return {
        "generatedBy": "training/scripts/make_fixtures.py (ape.decode on the PyTorch model)",
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


def build(name: str, normalizers_: Normalizers, out_root: Path, steps: int, tok_path: Path, warm: dict | None = None) -> dict:
    """Train (from `warm`, a state dict, if given) and export one fixture; returns the trained weights."""
    t0 = time.time()
    data = corpus(4000, seed=1)
    held = [(s, m) for s, m, _ in corpus(200, seed=2)]
    enc = PairEncoding.from_file(tok_path, max_src_tokens=MAX_TOKENS, max_mt_tokens=MAX_TOKENS)
    fits = lambda s, m: len(enc.wordpieces(s)) <= MAX_TOKENS and len(enc.wordpieces(m)) <= MAX_TOKENS  # noqa: E731
    data = [t for t in data if fits(t[0], t[1])]
    held = [t for t in held if fits(*t)]
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=800, help="training steps of the softmax model")
    ap.add_argument("--entmax-steps", type=int, default=150, help="fine-tuning steps of the entmax model, from the softmax one")
    ap.add_argument("--out", type=Path, default=ROOT / "test" / "fixtures")
    args = ap.parse_args()
    torch.set_num_threads(1)  # tiny matrices: a second thread only adds contention on a shared machine
    # alpha-entmax costs ~25 elementwise passes per attention: it starts from the trained
    # softmax weights and is fine-tuned briefly instead of trained from scratch
    with tempfile.TemporaryDirectory() as work:
        tok_path = Path(work) / "tokenizer.json"  # one vocabulary for both fixtures
        train_tokenizer([t for tri in corpus(4000, seed=1) for t in tri], tok_path)
        warm = build("model-tiny-softmax", FIXTURES["model-tiny-softmax"], args.out, args.steps, tok_path)
        build("model-tiny-entmax", FIXTURES["model-tiny-entmax"], args.out, args.entmax_steps, tok_path, warm=warm)


if __name__ == "__main__":
    main()
