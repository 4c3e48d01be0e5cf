"""Optimizer, learning-rate schedule, loss and weight averaging of the training loop.

The paper (Correia & Martins, ACL 2019; the train-config.yml in the README of their
deep-spin/OpenNMT-APE) trains with BertAdam: lr 5e-5, linear warm-up over
the first 10% of steps, then linear decay to 0, decoupled weight decay 0.01 except on
biases and LayerNorm, eps 1e-6, label smoothing 0.1 and an EMA of the weights. We use
torch's AdamW, which differs from BertAdam in two documented ways: it applies Adam's bias
correction, and clipping is one global norm (`clip_grad_norm`) instead of BertAdam's
per-tensor clip at 1.0.
"""
from __future__ import annotations

import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def make_optimizer(model: nn.Module, *, lr: float, weight_decay: float, betas: tuple[float, float],
                   eps: float, alpha_lr_scale: float = 1.0) -> torch.optim.AdamW:
    """AdamW with two groups: matrices decay, vectors (biases, LayerNorm, per-head α) do not.

    nanoGPT's `configure_optimizers` rule (dim >= 2 decays), which matches BertAdam's name
    filter ("bias", "LayerNorm") for BERT's parameters. Shared parameters appear once.

    With `alpha_lr_scale` != 1 the α-entmax `pre_alpha` vectors get a third group (no decay)
    whose learning rate is that multiple of the schedule's (`set_lr`): Adam moves a parameter
    by about lr per step whatever its gradient's scale, and at the fine-tuning lr (1e-4) the
    12 α of a layer hardly leave their random start (docs/results.md: at most 0.018 in 4,500
    steps; with 50, up to 0.126 in 2,000). With the default 1 the groups are the two above, as in
    checkpoints from before.
    """
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    alpha = [p for n, p in named if n.endswith("pre_alpha")] if alpha_lr_scale != 1.0 else []
    rest = [p for _, p in named if not any(p is a for a in alpha)]
    decay = [p for p in rest if p.dim() >= 2]
    no_decay = [p for p in rest if p.dim() < 2]
    groups = [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}]
    if alpha:
        groups.append({"params": alpha, "weight_decay": 0.0, "lr_scale": alpha_lr_scale})
    return torch.optim.AdamW(groups, lr=lr, betas=betas, eps=eps)


def set_lr(optimizer: torch.optim.Optimizer, lr: float) -> None:
    """The schedule's lr into every group, times the group's `lr_scale` (the α group's)."""
    for group in optimizer.param_groups:
        group["lr"] = lr * group.get("lr_scale", 1.0)


def get_lr(step: int, *, lr: float, warmup_steps: int, max_steps: int, min_lr: float) -> float:
    """Learning rate of optimizer step `step` (0-based): BertAdam's warmup_linear.

    Linear from 0 to `lr` over `warmup_steps` (step 0 already gets lr/warmup_steps, so no
    update is wasted at lr 0), then linear to `min_lr` at `max_steps`.
    """
    if step < warmup_steps:
        return lr * (step + 1) / warmup_steps
    if step >= max_steps:
        return min_lr
    progress = (step - warmup_steps) / max(1, max_steps - warmup_steps)
    return min_lr + (lr - min_lr) * (1.0 - progress)


def label_smoothed_loss(logits: torch.Tensor, target: torch.Tensor, *, pad_id: int,
                        smoothing: float) -> tuple[torch.Tensor, torch.Tensor]:
    """Summed training loss and summed NLL over non-pad targets.

    OpenNMT's LabelSmoothingLoss (as the paper's OpenNMT-APE uses it): KL(q || p), where q puts 1 - smoothing on the
    gold token, smoothing / (V - 2) on every other token but pad, 0 on pad, and rows whose
    target is pad count 0. Computed without materialising q: with c = 1 - s and e = s/(V-2),
    KL = c log c + (V-2) e log e - c log p_gold - e (sum_v log p_v - log p_pad - log p_gold).

    logits (B, T, V); target (B, T). Returns (loss_sum, nll_sum), both 0-dim float32.
    """
    V = logits.shape[-1]
    logp = F.log_softmax(logits.float(), dim=-1)  # (B, T, V)
    keep = target != pad_id  # (B, T)
    gold = logp.gather(-1, target.unsqueeze(-1)).squeeze(-1)  # (B, T)
    nll = -(gold * keep).sum()
    if smoothing == 0.0:
        return nll, nll
    conf, eps = 1.0 - smoothing, smoothing / (V - 2)
    entropy = conf * math.log(conf) + (V - 2) * eps * math.log(eps)  # sum_v q log q, a constant
    spread = logp.sum(-1) - logp[..., pad_id] - gold  # sum over the smoothed tokens
    per_token = entropy - conf * gold - eps * spread  # (B, T)
    return (per_token * keep).sum(), nll


class Ema:
    """OpenNMT's `average_decay` (1e-4 in the paper's config): θ̄ ← (1 - d) θ̄ + d θ, d = max(decay, 9 / (step + 10)).

    The large early d makes θ̄ follow θ closely at first. A float32 copy of every parameter
    and buffer, keyed by state_dict name (shared weights are averaged under each name, and
    load back into the same tensor).
    """

    def __init__(self, model: nn.Module, decay: float):
        self.decay = decay
        self.shadow = {k: v.detach().clone().float() if v.is_floating_point() else v.detach().clone()
                       for k, v in model.state_dict().items()}

    @torch.no_grad()
    def update(self, model: nn.Module, step: int) -> None:
        d = max(self.decay, 9.0 / (step + 10))
        for k, v in model.state_dict().items():
            if v.is_floating_point():
                self.shadow[k].mul_(1 - d).add_(v.float(), alpha=d)
            else:
                self.shadow[k].copy_(v)

    def state_dict(self) -> dict[str, torch.Tensor]:
        return self.shadow

    def load_state_dict(self, state: dict[str, torch.Tensor]) -> None:
        self.shadow = {k: v.clone() for k, v in state.items()}

    @torch.no_grad()
    def swap_into(self, model: nn.Module) -> dict[str, torch.Tensor]:
        """Load the averaged weights into `model`; returns the live weights to restore after."""
        live = {k: v.detach().clone() for k, v in model.state_dict().items()}
        model.load_state_dict(self.shadow)
        return live
