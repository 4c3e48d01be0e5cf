"""Oracle for test/server/explain.test.ts: teacher-forces the Python reference decoder's best
hypothesis (reference.json, beam 2) through decoder.onnx with Python onnxruntime and numpy,
independently of src/model/explain.ts, and writes each step's token probability and
cross_attention to explain-expected-<model>.json (exact zeros of entmax stay 0.0).

Run: .venv/bin/python test/server/make_explain_expected.py
"""
import json
from pathlib import Path

import numpy as np
import onnxruntime as ort

here = Path(__file__).resolve().parent


def expected(model: Path) -> list:
    ref = json.loads((model / "reference.json").read_text())
    return cases(model, ref)


def cases(model: Path, ref: dict) -> list:
    manifest = json.loads((model / "ape.json").read_text())
    arch = manifest["architecture"]
    enc = ort.InferenceSession(str(model / "encoder.onnx"))
    dec = ort.InferenceSession(str(model / "decoder.onnx"))
    enc_inputs = {i.name for i in enc.get_inputs()}
    out = []
    for case in ref["cases"][:3]:
        run = next(r for r in case["runs"] if r["options"]["beam"] == 2 and r["options"]["minLength"] == 1
                   and r["options"]["maxLengthRatio"] == 1.5 and r["options"]["maxLengthOffset"] == 10
                   and r["options"]["lengthPenalty"] == "avg")
        ids = run["hypotheses"][0]["ids"]
        feeds = {k: np.array([v], dtype=np.int64) for k, v in case["encoder"].items() if k in enc_inputs}
        names = [o.name for o in enc.get_outputs()]
        e = dict(zip(names, enc.run(None, feeds)))
        fixed = {"memory_mask": np.array([case["encoder"]["attention_mask"]], dtype=np.int64)}
        for i in range(arch["layers"]):
            fixed[f"cross_k_{i}"] = e[f"cross_k_{i}"]
            fixed[f"cross_v_{i}"] = e[f"cross_v_{i}"]
        past = {f"past_{kv}_{i}": np.zeros((1, arch["heads"], 0, arch["headDim"]), np.float32)
                for i in range(arch["layers"]) for kv in "kv"}
        dec_names = [o.name for o in dec.get_outputs()]
        prev = manifest["specialTokens"]["bos"]
        probs, attention = [], []
        for tok in ids:
            res = dict(zip(dec_names, dec.run(None, {"input_ids": np.array([[prev]], np.int64), **fixed, **past})))
            probs.append(float(np.exp(res["log_probs"][0, tok])))
            attention.append(res["cross_attention"][0].astype(float).tolist())
            past = {k: res[k.replace("past_", "present_")] for k in past}
            prev = tok
        out.append({"src": case["src"], "mt": case["mt"], "beam": 2, "ids": ids,
                    "text": run["hypotheses"][0]["text"], "probs": probs, "attention": attention})
    return out


for name in ["model-tiny-softmax", "model-tiny-entmax"]:
    data = {"generatedBy": "test/server/make_explain_expected.py", "cases": expected(here.parent / "fixtures" / name)}
    (here / f"explain-expected-{name}.json").write_text(json.dumps(data))
