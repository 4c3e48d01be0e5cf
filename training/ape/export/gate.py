"""Give a model directory the keep-or-edit gate (format version 6), or take it out again.

    python -m ape.export.gate MODEL_DIR GATE.pt     # add or replace gate.onnx
    python -m ape.export.gate MODEL_DIR --remove    # take the gate out (formatVersion stays)

GATE.pt is a `KeepEditGate` checkpoint (`torch.save(gate.state())`, ape.gate). The gate reads
the encoder's `memory` output, so its hidden size must be the directory's
`architecture.hidden`. Steps (docs/model-format.md, "Keep-or-edit gate"):

1. the directory is checked as the runtime checks it (`verify_files`: manifest and every sha256);
2. gate.onnx is exported (`ape.gate.export_gate`) to a temporary file next to the directory's
   files;
3. parity on random memory, token types and padding: onnxruntime's `probs` against PyTorch's
   within PARITY_TOLERANCE, and exactly the same entries exactly 0 (the runtime skips a segment
   on pi(edit) == 0 exactly, so a zero that one side has and the other has not is a different
   decision), `scores` likewise within the tolerance;
4. only then is gate.onnx moved into place and ape.json written (formatVersion at least 6,
   `gate: {"file": "gate.onnx"}`, the file's sha256 in `files`).

Errors (a file that is not a gate checkpoint, a hidden size that is not the model's, a failed
parity check, a directory the runtime would refuse) exit 2 with a message naming the file.
"""
from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

from ape.export.manifest import GATE_VERSION, MANIFEST_NAME, Gate, Manifest, replace_checked, verify_files
from ape.gate import GATE_INPUTS, GateGraph, KeepEditGate, export_gate

GATE_FILE = "gate.onnx"
PARITY_TOLERANCE = 1e-5  # max |onnxruntime - PyTorch| over probs and scores (float rounding only)


class GateExportError(Exception):
    """The gate cannot be added or removed; the message names the file and says why."""


def load_gate(path: Path) -> KeepEditGate:
    """The KeepEditGate of a checkpoint written with `torch.save(gate.state(), path)`."""
    return _load(path)[0]


def _load(path: Path) -> tuple[KeepEditGate, dict | None]:
    """The gate and the checkpoint's `training` summary (training/scripts/gate_train.py writes
    one: its data, costs and scores; None when absent)."""
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except (OSError, RuntimeError, EOFError, ValueError, pickle.UnpicklingError) as e:
        raise GateExportError(f"{path}: cannot read a torch checkpoint ({str(e).splitlines()[0]})") from e
    if not isinstance(state, dict):
        raise GateExportError(f"{path}: not a keep-edit gate checkpoint (a {type(state).__name__}, expected a dict)")
    try:
        gate = KeepEditGate.load(state)
    except (ValueError, KeyError, TypeError, RuntimeError) as e:
        raise GateExportError(f"{path}: {e}") from e
    training = state.get("training")
    return gate, training if isinstance(training, dict) else None


def random_batch(hidden: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(memory [B,S,H] float32, token_type_ids, attention_mask [B,S] int64): rows of different
    src/mt splits and padding, one without mt positions, scaled so both decisions occur."""
    rng = np.random.default_rng(seed)
    B, S = 8, 11
    memory = (rng.standard_normal((B, S, hidden)) * rng.uniform(0.2, 3.0, size=(B, 1, 1))).astype(np.float32)
    lengths = rng.integers(3, S + 1, size=B)
    lengths[0] = S
    split = np.maximum(1, (lengths * rng.uniform(0.3, 0.7, size=B)).astype(np.int64))
    split[1] = lengths[1]  # no mt position: its mt mean is over nothing (divided by 1, not 0)
    pos = np.arange(S)[None, :]
    mask = (pos < lengths[:, None]).astype(np.int64)
    types = ((pos >= split[:, None]) & (mask == 1)).astype(np.int64)
    return memory, types, mask


def parity(gate: KeepEditGate, graph_path: Path, seed: int = 0) -> tuple[float, bool]:
    """(max |onnxruntime - PyTorch| over scores and probs, the exact zeros of probs agree)."""
    memory, types, mask = random_batch(gate.config.hidden, seed)
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    session = ort.InferenceSession(str(graph_path), opts, providers=["CPUExecutionProvider"])
    got_scores, got_probs = session.run(["scores", "probs"], dict(zip(GATE_INPUTS, [memory, types, mask])))
    with torch.no_grad():
        want_scores, want_probs = GateGraph(gate.eval())(torch.from_numpy(memory), torch.from_numpy(types),
                                                         torch.from_numpy(mask))
    want_scores, want_probs = want_scores.numpy(), want_probs.numpy()
    diff = max(float(np.abs(got_probs - want_probs).max()), float(np.abs(got_scores - want_scores).max()))
    return diff, bool(np.array_equal(got_probs == 0, want_probs == 0))


def add_gate(directory: Path, checkpoint: Path, *, log=lambda msg: print(msg, file=sys.stderr)) -> Manifest:
    directory = Path(directory)
    try:
        verify_files(directory)
        manifest = Manifest.load(directory)
    except (OSError, ValueError) as e:
        raise GateExportError(str(e)) from e
    gate, summary = _load(checkpoint)
    hidden = manifest.architecture.hidden
    if gate.config.hidden != hidden:
        raise GateExportError(f"{checkpoint}: the gate reads memory of hidden size {gate.config.hidden}, but "
                              f"{directory / MANIFEST_NAME} architecture.hidden is {hidden} (train the gate on this model's encoder)")
    name = manifest.gate.file if manifest.gate is not None else GATE_FILE

    def check(_name: str, new_file: str) -> None:
        diff, zeros = parity(gate, directory / new_file)
        log(f"{name}: onnxruntime vs PyTorch on random memory: max |d| {diff:.2e}, exact zeros "
            f"{'identical' if zeros else 'DIFFERENT'}")
        if not diff <= PARITY_TOLERANCE:
            raise GateExportError(f"{checkpoint}: the exported gate differs from PyTorch by {diff:.2e} "
                                  f"(more than {PARITY_TOLERANCE})")
        if not zeros:
            raise GateExportError(f"{checkpoint}: the exported gate's exact zeros of probs differ from PyTorch's")

    files = {**manifest.files, **replace_checked(directory, {name: export_gate(gate).SerializeToString()}, check)}
    # provenance: the gate's own training summary beside the model's (replaced with the gate)
    training = manifest.training
    if summary is not None:
        training = {**(training or {}), "gate": summary}
    manifest = dataclasses.replace(manifest, formatVersion=max(manifest.formatVersion, GATE_VERSION), gate=Gate(name),
                                   training=training, files=dict(sorted(files.items())))
    out = manifest.save(directory)
    log(f"{out}: formatVersion {manifest.formatVersion}, gate {{\"file\": \"{name}\"}}")
    return manifest


def remove_gate(directory: Path, *, log=lambda msg: print(msg, file=sys.stderr)) -> Manifest:
    directory = Path(directory)
    try:
        manifest = Manifest.load(directory)
    except (OSError, ValueError) as e:
        raise GateExportError(str(e)) from e
    if manifest.gate is None:
        raise GateExportError(f"{directory / MANIFEST_NAME}: has no gate to remove")
    name = manifest.gate.file
    files = {k: v for k, v in manifest.files.items() if k != name}
    training = manifest.training
    if training is not None and "gate" in training:
        training = {k: v for k, v in training.items() if k != "gate"} or None
    manifest = dataclasses.replace(manifest, gate=None, training=training, files=files)
    out = manifest.save(directory)  # first the manifest, so that it never names a missing file
    (directory / name).unlink(missing_ok=True)
    log(f"{out}: gate removed ({name} deleted), formatVersion stays {manifest.formatVersion}")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ape.export.gate", description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("gate", type=Path, nargs="?", help="a KeepEditGate checkpoint (torch.save(gate.state()))")
    ap.add_argument("--remove", action="store_true", help="take the gate out of the directory instead")
    args = ap.parse_args(argv)
    if args.remove == (args.gate is not None):
        ap.error("give either GATE.pt or --remove")
    try:
        if args.remove:
            remove_gate(args.model_dir)
        else:
            add_gate(args.model_dir, args.gate)
    except GateExportError as err:
        print(f"ape.export.gate: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
