"""The training loop's parts and the loop itself on a tiny model.

Oracles: torch's KL divergence against an explicit smoothed target (label smoothing),
torch's cross entropy (validation NLL), hand-derived learning rates and EMA values, and
the log and checkpoint files as written.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import torch
import torch.nn.functional as F

from ape.optim import Ema, get_lr, label_smoothed_loss, make_optimizer, set_lr
from ape.train import main, native_bf16, train
from ape.train_config import ConfigError, load_config

from tiny_corpus import TINY_CONFIG, TRAINING, make_run, read_log, tiny_tokenizer

# --- config ------------------------------------------------------------------------------------

def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_config_rejects_unknown_and_mistyped_keys_naming_them(tmp_path):
    base = {"train": "t", "dev": "d", "out_dir": "o"}
    cases = [
        ({**base, "learning_rate": 1}, "learning_rate", "unknown key"),
        ({**base, "lr": "fast"}, "lr", "expected a number"),
        ({**base, "grad_accum": 1.5}, "grad_accum", "expected an integer"),
        ({**base, "deterministic": 1}, "deterministic", "expected true/false"),
        ({**base, "model": {"layer": 2}}, "model.layer", "unknown key"),
        ({**base, "model": {"normalizers": {"context": "tanh"}}}, "model.normalizers.context", "expected one of"),
        ({**base, "model": {"hidden": 30, "heads": 4}}, "model", "multiple of heads"),
        ({**base, "batch_tokens": 0}, "batch_tokens", "must be > 0"),
        ({"train": "t", "dev": "d"}, "out_dir", "required key is missing"),
    ]
    for raw, key, message in cases:
        path = _write(tmp_path, "c.json", json.dumps(raw))
        with pytest.raises(ConfigError) as e:
            load_config(path)
        assert e.value.key == key and message in str(e.value) and str(path) in str(e.value)


def test_toml_and_json_give_the_same_config_with_paths_relative_to_the_file(tmp_path):
    j = _write(tmp_path, "c.json", json.dumps({"train": "data/train", "dev": "/abs/dev", "out_dir": "run",
                                               "lr": 1e-4, "model": {"normalizers": {"context": "alpha-entmax"}}}))
    t = _write(tmp_path, "c.toml", 'train = "data/train"\ndev = "/abs/dev"\nout_dir = "run"\nlr = 1e-4\n'
               '[model.normalizers]\ncontext = "alpha-entmax"\n')
    a, b = load_config(j), load_config(t)
    assert a == b
    assert a.train == str(tmp_path / "data" / "train") and a.dev == "/abs/dev"
    assert load_config(j, {"lr": 3e-4}).lr == 3e-4


def test_the_example_configs_load():
    for path in TINY_CONFIG.parent.glob("*.json"):
        load_config(path)


# --- loss, schedule, optimizer, averaging -------------------------------------------------------

def test_label_smoothed_loss_is_opennmt_kl_against_an_explicit_target():
    torch.manual_seed(0)
    V, pad, s = 11, 0, 0.1
    logits = torch.randn(2, 5, V, dtype=torch.float64)
    target = torch.tensor([[3, 4, 5, 0, 0], [1, 2, 9, 10, 6]])
    q = torch.full((2, 5, V), s / (V - 2), dtype=torch.float64)
    q[..., pad] = 0
    q.scatter_(-1, target.unsqueeze(-1), 1 - s)
    q[target == pad] = 0
    oracle = F.kl_div(F.log_softmax(logits, -1), q, reduction="sum")
    loss, nll = label_smoothed_loss(logits, target, pad_id=pad, smoothing=s)
    assert loss.item() == pytest.approx(oracle.item(), rel=1e-6)
    ce = F.cross_entropy(logits.reshape(-1, V), target.reshape(-1), ignore_index=pad, reduction="sum")
    assert nll.item() == pytest.approx(ce.item(), rel=1e-6)
    assert label_smoothed_loss(logits, target, pad_id=pad, smoothing=0.0)[0].item() == pytest.approx(ce.item(), rel=1e-6)


def test_learning_rate_warms_up_linearly_then_decays_linearly():
    kw = {"lr": 1.0, "warmup_steps": 4, "max_steps": 12, "min_lr": 0.0}
    assert [get_lr(s, **kw) for s in range(13)] == [0.25, 0.5, 0.75, 1.0, 1.0, 0.875, 0.75, 0.625, 0.5,
                                                   0.375, 0.25, 0.125, 0.0]
    assert get_lr(0, lr=2e-5, warmup_steps=0, max_steps=10, min_lr=1e-5) == 2e-5


def test_only_matrices_decay_and_shared_parameters_appear_once():
    emb = torch.nn.Embedding(7, 3)
    model = torch.nn.Sequential(emb, torch.nn.LayerNorm(3), torch.nn.Linear(3, 7))
    model[2].weight = emb.weight  # tied, as the output layer is
    opt = make_optimizer(model, lr=1e-3, weight_decay=0.01, betas=(0.9, 0.999), eps=1e-6)
    decay, no_decay = opt.param_groups
    assert [p.shape for p in decay["params"]] == [(7, 3)] and decay["weight_decay"] == 0.01
    assert sorted(p.shape for p in no_decay["params"]) == [(3,), (3,), (7,)] and no_decay["weight_decay"] == 0


def test_alpha_lr_scale_gives_pre_alpha_its_own_group_and_lr():
    class Head(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.proj = torch.nn.Linear(3, 3)
            self.pre_alpha = torch.nn.Parameter(torch.zeros(4))

    model = Head()
    assert len(make_optimizer(model, lr=1e-3, weight_decay=0.01, betas=(0.9, 0.999), eps=1e-6).param_groups) == 2
    opt = make_optimizer(model, lr=1e-3, weight_decay=0.01, betas=(0.9, 0.999), eps=1e-8, alpha_lr_scale=50.0)
    decay, no_decay, alpha = opt.param_groups
    assert alpha["params"] == [model.pre_alpha] and alpha["weight_decay"] == 0.0
    assert [p.shape for p in no_decay["params"]] == [(3,)]
    set_lr(opt, 2e-4)
    assert [g["lr"] for g in opt.param_groups] == [2e-4, 2e-4, 2e-4 * 50]
    # Adam's first step moves every coordinate by lr * g / (|g| + eps): by lr (hand derivation)
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    for p in model.parameters():
        p.grad = torch.full_like(p, 0.5)
    opt.step()
    moved = {n: (before[n] - p.detach()).abs().max().item() for n, p in model.named_parameters()}
    assert moved["pre_alpha"] == pytest.approx(1e-2, rel=1e-4)  # 50 x 2e-4
    assert moved["proj.bias"] == pytest.approx(2e-4, rel=1e-4)


def test_init_from_starts_a_new_run_from_a_checkpoints_weights(tmp_path, capsys):
    model = {"vocab_size": 30522, "hidden": 32, "layers": 2, "heads": 4, "ffn": 64, "max_positions": 128,
             "normalizers": {"encoder_self": "softmax", "decoder_self": "softmax", "context": "alpha-entmax"}}
    first = tmp_path / "first"
    first.mkdir()
    assert main(["--config", str(make_run(first, max_steps=2, eval_every=2, model=model))]) == 0
    start = torch.load(first / "run" / "last.pt", weights_only=False)["model"]
    second = tmp_path / "second"
    second.mkdir()
    cfg = make_run(second, max_steps=1, eval_every=1, model=model, init_from=str(first / "run" / "last.pt"),
                   alpha_lr_scale=100.0, lr=1e-3, warmup_steps=0)
    assert main(["--config", str(cfg)]) == 0
    after = torch.load(second / "run" / "last.pt", weights_only=False)
    assert after["step"] == 1 and after["train_config"]["init_from"].endswith("first/run/last.pt")
    # one Adam step (lr 1e-3 at step 0, no warm-up) from the first run's weights: every weight
    # is within about lr of where the first run left it, and pre_alpha moved by about 100 lr
    for name, w in start.items():
        if not w.is_floating_point():
            continue
        step = (after["model"][name] - w).abs().max().item()
        if name.endswith("pre_alpha"):
            assert 0.05 < step <= 0.1 + 1e-6, name
        else:
            assert step <= 1e-3 * 1.01 + 1e-6, name  # plus decoupled weight decay, tiny here
    # a checkpoint of another model is refused, naming the field and what differs
    third = tmp_path / "third"
    third.mkdir()
    other = make_run(third, model={**model, "hidden": 64}, init_from=str(first / "run" / "last.pt"))
    capsys.readouterr()
    assert main(["--config", str(other)]) == 2
    assert "init_from" in (err := capsys.readouterr().err) and "hidden (32 vs 64)" in err, err


def test_train_skip_steps_starts_the_stream_where_that_many_steps_left_it(tmp_path):
    # a run continuing another whose checkpoints are gone reads on from where that run stopped:
    # after 1 step with train_skip_steps 2 the stream stands where 3 steps of a plain run left it
    model = {"vocab_size": 30522, "hidden": 32, "layers": 2, "heads": 4, "ffn": 64, "max_positions": 128}
    runs = {}
    for name, extra in (("plain", {"max_steps": 3}), ("skip", {"max_steps": 1, "train_skip_steps": 2}),
                        ("one", {"max_steps": 1})):
        (tmp_path / name).mkdir()
        assert main(["--config", str(make_run(tmp_path / name, eval_every=1000, model=model, **extra))]) == 0
        runs[name] = torch.load(tmp_path / name / "run" / "last.pt", weights_only=False)["data"]
    assert runs["skip"] == runs["plain"] and runs["one"] != runs["plain"]


def test_a_resumed_run_takes_a_new_alpha_lr_scale_but_not_one_that_drops_the_group(tmp_path, capsys):
    model = {"vocab_size": 30522, "hidden": 32, "layers": 2, "heads": 4, "ffn": 64, "max_positions": 128,
             "normalizers": {"encoder_self": "softmax", "decoder_self": "softmax", "context": "alpha-entmax"}}
    cfg = make_run(tmp_path, max_steps=2, eval_every=2, model=model, alpha_lr_scale=10.0)
    assert main(["--config", str(cfg)]) == 0
    assert main(["--config", str(cfg), "--resume", "--set", "max_steps=3", "--set", "alpha_lr_scale=20"]) == 0
    last = torch.load(tmp_path / "run" / "last.pt", weights_only=False)
    groups = last["optimizer"]["param_groups"]
    assert last["step"] == 3 and [g.get("lr_scale") for g in groups] == [None, None, 20.0]
    capsys.readouterr()
    assert main(["--config", str(cfg), "--resume", "--set", "max_steps=4", "--set", "alpha_lr_scale=1"]) == 2
    assert "alpha_lr_scale" in capsys.readouterr().err


def test_ema_follows_opennmt_average_decay():
    model = torch.nn.Linear(1, 1, bias=False)
    with torch.no_grad():
        model.weight.fill_(0.0)
    ema = Ema(model, decay=1e-4)
    expected = 0.0
    for step, value in enumerate([1.0, 2.0, 3.0], start=1):
        with torch.no_grad():
            model.weight.fill_(value)
        ema.update(model, step)
        d = max(1e-4, 9 / (step + 10))  # OpenNMT's average_decay: max(decay, 1 - (step + 1) / (step + 10)), simplified by hand
        expected = (1 - d) * expected + d * value
    assert ema.shadow["weight"].item() == pytest.approx(expected, rel=1e-6)
    live = ema.swap_into(model)
    assert model.weight.item() == pytest.approx(expected, rel=1e-6) and live["weight"].item() == 3.0


# --- the loop ----------------------------------------------------------------------------------

def test_a_tiny_run_logs_steps_evaluates_keeps_best_and_logs_alpha(tmp_path, capsys):
    model = {"vocab_size": 30522, "hidden": 32, "layers": 2, "heads": 4, "ffn": 64, "max_positions": 128,
             "normalizers": {"encoder_self": "softmax", "decoder_self": "softmax", "context": "alpha-entmax"}}
    cfg = make_run(tmp_path, max_steps=4, eval_every=2, log_every=2, model=model, ema_decay=1e-4)
    assert main(["--config", str(cfg)]) == 0
    log = read_log(tmp_path / "run")
    steps = [r for r in log if "loss" in r]
    assert [r["step"] for r in steps] == [2, 4]
    for r in steps:
        assert {"loss", "lr", "tokens_per_s", "grad_norm"} <= r.keys() and r["loss"] > 0
        # one α per head of each decoder layer's context attention, kept in (1, 2]
        assert sorted(r["alpha"]) == ["decoder_layers.0.context_attn", "decoder_layers.1.context_attn"]
        assert all(len(a) == 4 and all(1 < x <= 2 for x in a) for a in r["alpha"].values())
    evals = [r for r in log if "dev_ter" in r]
    assert [r["step"] for r in evals] == [2, 4] and evals[-1]["best_ter"] == min(r["dev_ter"] for r in evals)
    best = torch.load(tmp_path / "run" / "best.pt", weights_only=False)
    assert best["dev"]["dev_ter"] == evals[-1]["best_ter"] and best["model_config"]["hidden"] == 32
    last = torch.load(tmp_path / "run" / "last.pt", weights_only=False)
    assert last["step"] == 4 and last["train_config"]["ema_decay"] == 1e-4 and last["ema"] is not None
    err = capsys.readouterr().err
    assert "step 4/4 | loss" in err and "TER" in err


def test_early_stopping_after_patience_evaluations_without_a_lower_ter(tmp_path):
    # a learning rate too small to change a greedy output: TER never improves after the first eval
    cfg = make_run(tmp_path, max_steps=50, eval_every=1, patience=2, lr=1e-12, warmup_steps=0, min_lr=0.0)
    assert main(["--config", str(cfg)]) == 0
    evals = [r for r in read_log(tmp_path / "run") if "dev_ter" in r]
    assert [r["bad_evals"] for r in evals] == [0, 1, 2]
    assert torch.load(tmp_path / "run" / "last.pt", weights_only=False)["step"] == 3


def test_bad_data_exits_2_with_file_and_line(tmp_path):
    cfg = make_run(tmp_path)
    (tmp_path / "train.pe").write_text("x\n")
    r = subprocess.run([sys.executable, "-m", "ape.train", "--config", str(cfg)], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(TRAINING)}, timeout=120)
    assert r.returncode == 2
    assert f"{tmp_path / 'train.pe'}:2: ends here, but train.src has more lines" in r.stderr
    assert main(["--config", str(cfg), "--set", "batch_tokens=-1"]) == 2


MINILM = tiny_tokenizer()


def test_a_run_starts_from_a_real_pretrained_bert_directory(tmp_path, capsys):
    bert_dir = str(MINILM.resolve().parent)
    cfg = make_run(tmp_path, n_train=8, max_steps=1, eval_every=1, bert_dir=bert_dir, tokenizer=None,
                   model={"normalizers": {"context": "alpha-entmax"}}, eval_max_sentences=2)
    assert main(["--config", str(cfg)]) == 0
    assert "loaded" in capsys.readouterr().err  # bert_loading's report summary
    best = torch.load(tmp_path / "run" / "best.pt", weights_only=False)
    assert (best["model_config"]["layers"], best["model_config"]["hidden"]) == (6, 384)
    assert best["model_config"]["normalizers"]["context"] == "alpha-entmax"
    assert json.loads((tmp_path / "run" / "tokenizer.json").read_text())["model"]["vocab"] == \
        json.loads(MINILM.read_text())["model"]["vocab"]
    bad = make_run(tmp_path, bert_dir=bert_dir, tokenizer=None, model={"layers": 2}, out_dir=str(tmp_path / "b"))
    with pytest.raises(ConfigError, match=r"\(model.layers\): comes from bert_dir"):
        train(load_config(bad), resume=False)


def test_bf16_autocast_trains_with_float32_normalizers_and_weights(tmp_path, capsys):
    """autocast=bf16 runs the matmuls in bfloat16; α-entmax bisection still sees float32 scores
    (a bfloat16 bisection would be off by ~1e-2), and the weights stay float32."""
    model = {"vocab_size": 30522, "hidden": 32, "layers": 2, "heads": 4, "ffn": 64, "max_positions": 128,
             "normalizers": {"encoder_self": "softmax", "decoder_self": "softmax", "context": "alpha-entmax"}}
    cfg = make_run(tmp_path, max_steps=2, eval_every=2, log_every=1, model=model, autocast="bf16")
    assert main(["--config", str(cfg)]) == 0
    # where this CPU has no native bfloat16, the run says so before training (and trains anyway)
    assert ("no native bfloat16" in capsys.readouterr().err) is not native_bf16(torch.device("cpu"))
    steps = [r for r in read_log(tmp_path / "run") if "loss" in r]
    assert [r["step"] for r in steps] == [1, 2] and all(torch.isfinite(torch.tensor(r["loss"])) for r in steps)
    last = torch.load(tmp_path / "run" / "last.pt", weights_only=False)
    assert all(t.dtype == torch.float32 for t in last["model"].values() if t.is_floating_point())

    from ape.config import ModelConfig, Normalizers
    from ape.model import APEModel
    seen = []
    m = APEModel(ModelConfig(vocab_size=50, hidden=32, layers=1, heads=4, ffn=64, max_positions=32,
                             normalizers=Normalizers(context="alpha-entmax")))
    norm = m.decoder_layers[0].context_attn.normalizer
    norm.register_forward_pre_hook(lambda _mod, args: seen.append(args[0].dtype))
    ids = torch.randint(5, 50, (2, 6))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        m(ids, torch.zeros_like(ids), torch.arange(6).repeat(2, 1), torch.ones_like(ids), ids[:, :4])
    assert seen == [torch.float32]
