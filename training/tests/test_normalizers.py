"""Attention normalizers against independent oracles.

Oracles: the reference `entmax` package 1.3 (deep-spin/entmax, with the bisection fix of
PR #32), torch.autograd.gradcheck in float64, the values published in the entmax README
and hand derivations (each worked out in a comment beside it), and a second algorithm (the
exact sort-based maps against our bisection at alpha = 2 and 1.5).
"""

import math

import entmax
import pytest
import torch
from torch.autograd import gradcheck

from ape.normalizers import (
    NORMALIZER_KINDS,
    AlphaEntmax,
    entmax15,
    entmax_bisect,
    make_normalizer,
    masked_softmax,
    sparsemax,
)

ALPHAS = (1.01, 1.05, 1.25, 1.5, 1.75, 1.99, 2.0)
F64 = torch.float64


def random_scores(seed, shape=(2, 3, 4, 7), scale=2.0, dtype=F64):
    gen = torch.Generator().manual_seed(seed)
    return scale * torch.randn(shape, generator=gen, dtype=dtype)


def random_key_mask(seed, shape=(2, 1, 4, 7)):
    """True = attend; at least one position open per row (the reference NaNs otherwise)."""
    gen = torch.Generator().manual_seed(seed)
    mask = torch.rand(shape, generator=gen) > 0.4
    mask[..., 0] = True
    return mask


def reference(kind, scores, mask, alpha=None, n_iter=60):
    """The entmax package on -inf-masked scores (its documented masking, test_mask.py)."""
    x = scores if mask is None else scores.masked_fill(~mask, float("-inf"))
    if kind == "sparsemax":
        return entmax.sparsemax(x, dim=-1)
    if kind == "entmax15":
        return entmax.entmax15(x, dim=-1)
    return entmax.entmax_bisect(x, alpha, dim=-1, n_iter=n_iter)


def ours(kind, scores, mask, alpha=None, n_iter=60):
    if kind == "sparsemax":
        return sparsemax(scores, mask)
    if kind == "entmax15":
        return entmax15(scores, mask)
    return entmax_bisect(scores, alpha, mask, n_iter)


def per_head_alpha(values, dtype=F64):
    return torch.tensor(values, dtype=dtype).view(1, -1, 1, 1)


# --- published and hand-derived values ----------------------------------------------


def test_readme_and_hand_values():
    z = torch.tensor([-2.0, 0.0, 0.5], dtype=F64)
    torch.testing.assert_close(sparsemax(z), torch.tensor([0, 0.25, 0.75], dtype=F64))
    torch.testing.assert_close(entmax15(z), torch.tensor([0, 0.3260, 0.6740], dtype=F64), atol=1e-4, rtol=0)
    five = torch.tensor([1, 0.8, 0.1, -0.5, -2], dtype=F64)  # support {1, 0.8}: tau = (1 + 0.8 - 1) / 2 = 0.4 > 0.1
    torch.testing.assert_close(sparsemax(five), torch.tensor([0.6, 0.4, 0, 0, 0], dtype=F64))
    # README: alpha = 1.33 on two rows, and d p[0, 0] / d alpha = -0.2562 (scalar alpha).
    x = torch.tensor([[-1, 0, 0.5], [1, 2, 3.5]], dtype=F64)
    alpha = torch.tensor(1.33, dtype=F64, requires_grad=True)
    p = entmax_bisect(x, alpha, n_iter=60)
    expected = torch.tensor([[0.0460, 0.3276, 0.6264], [0.0026, 0.1012, 0.8963]], dtype=F64)
    torch.testing.assert_close(p.detach(), expected, atol=1e-4, rtol=0)
    p[0, 0].backward()
    assert alpha.grad.item() == pytest.approx(-0.2562, abs=1e-4)


def test_sparsemax_vjp_by_hand():
    z = torch.tensor([-2.0, 0.0, 0.5], dtype=F64, requires_grad=True)
    sparsemax(z).backward(torch.tensor([1.0, 2.0, 3.0], dtype=F64))
    # Support {1, 2}, mean of g there 2.5: g - 2.5 on the support, 0 off it.
    torch.testing.assert_close(z.grad, torch.tensor([0, -0.5, 0.5], dtype=F64))


# --- against the reference package --------------------------------------------------


@pytest.mark.parametrize("kind", ("sparsemax", "entmax15", "bisect"))
@pytest.mark.parametrize("dtype,atol", ((F64, 1e-10), (torch.float32, 1e-5)))
def test_forward_and_backward_match_reference(kind, dtype, atol):
    """Ours in `dtype` against the reference in float64 (60 bisection steps: exact)."""
    scores_ref = random_scores(1).requires_grad_()
    scores = scores_ref.detach().to(dtype).requires_grad_()
    mask = random_key_mask(2)
    alpha_ref = per_head_alpha([1.01, 1.4, 1.9]).requires_grad_()
    alpha = alpha_ref.detach().to(dtype).requires_grad_()
    p = ours(kind, scores, mask, alpha, n_iter=60 if dtype == F64 else 25)
    p_ref = reference(kind, scores_ref, mask, alpha_ref, n_iter=60)
    torch.testing.assert_close(p.double(), p_ref.detach(), atol=atol, rtol=0)
    grad = random_scores(3)
    p.backward(grad.to(dtype))
    p_ref.backward(grad)
    torch.testing.assert_close(scores.grad.double(), scores_ref.grad, atol=10 * atol, rtol=0)
    if kind == "bisect":
        # float32 at alpha = 1.01: the reference's own float32 alpha gradient is ~2e-3
        # off here (1/(alpha-1)^2 cancellation); ours is within 1e-5 (alpha_entmax.py).
        torch.testing.assert_close(alpha.grad.double(), alpha_ref.grad, atol=10 * atol, rtol=0)


@pytest.mark.parametrize("kind", ("sparsemax", "entmax15", "bisect"))
def test_exact_zeros_where_the_reference_has_them(kind):
    scores = random_scores(4, scale=4.0)
    alpha = per_head_alpha([1.2, 1.5, 2.0])
    p, p_ref = ours(kind, scores, None, alpha), reference(kind, scores, None, alpha)
    assert (p_ref == 0).float().mean() > 0.3  # the test really exercises sparsity
    assert torch.equal(p == 0, p_ref == 0)


# --- gradcheck in float64 -----------------------------------------------------------


@pytest.mark.parametrize("fn", (sparsemax, entmax15), ids=("sparsemax", "entmax15"))
@pytest.mark.parametrize("seed", (0, 1))
def test_gradcheck_exact_maps(fn, seed):
    scores = random_scores(seed).requires_grad_()
    mask = random_key_mask(seed + 10)
    mask[0, 0, 1] = False  # one fully-masked (padding) query row
    assert gradcheck(lambda s: fn(s, mask), (scores,))


@pytest.mark.parametrize("alpha", ALPHAS)
def test_gradcheck_bisect_scores_and_alpha(alpha):
    scores = random_scores(5).requires_grad_()
    alphas = per_head_alpha([alpha, alpha, alpha]).requires_grad_()
    mask = random_key_mask(6)
    mask[1, 0, 2] = False
    # 60 steps: float64 finite differences need tau far below eps = 1e-6.
    assert gradcheck(lambda s, a: entmax_bisect(s, a, mask, 60), (scores, alphas))


def test_gradcheck_pre_alpha_through_the_module():
    module = AlphaEntmax(n_heads=3, bisect_iters=60).double()
    with torch.no_grad():
        module.pre_alpha.copy_(torch.tensor([-3.0, 0.0, 3.0]))
    scores, mask = random_scores(7), random_key_mask(8)

    def through_pre_alpha(pre_alpha):
        return torch.func.functional_call(module, {"pre_alpha": pre_alpha}, (scores, mask))

    assert gradcheck(through_pre_alpha, (module.pre_alpha.detach().clone().requires_grad_(),))


def test_alpha_gradient_is_only_computed_when_needed():
    scores = random_scores(9).requires_grad_()
    alpha = per_head_alpha([1.5, 1.5, 1.5])  # no requires_grad
    entmax_bisect(scores, alpha).sum().backward()
    assert alpha.grad is None and scores.grad is not None


# --- masking, padding rows, numerics ------------------------------------------------


@pytest.mark.parametrize("kind", NORMALIZER_KINDS)
def test_masked_positions_are_zero_and_rest_is_the_map_of_the_open_part(kind):
    torch.manual_seed(0)
    module = make_normalizer(kind, n_heads=3)
    scores = random_scores(10, dtype=torch.float32)
    mask = torch.ones(1, 1, 1, 7, dtype=torch.bool)
    mask[..., 4:] = False
    with torch.no_grad():
        p, p_open = module(scores, mask), module(scores[..., :4])
    assert torch.all(p[..., 4:] == 0)
    torch.testing.assert_close(p[..., :4], p_open, atol=1e-6, rtol=0)


@pytest.mark.parametrize("kind", NORMALIZER_KINDS)
def test_fully_masked_row_is_uniform_without_nan(kind):
    module = make_normalizer(kind, n_heads=3)
    scores = random_scores(11, dtype=torch.float32).requires_grad_()
    mask = random_key_mask(12)
    mask[0, 0, 3] = False
    p = module(scores, mask)
    torch.testing.assert_close(p[0, :, 3], torch.full((3, 7), 1 / 7))
    (p * random_scores(13, dtype=torch.float32)).sum().backward()
    assert torch.isfinite(scores.grad).all()
    assert torch.all(scores.grad[0, :, 3] == 0)


@pytest.mark.parametrize("kind", NORMALIZER_KINDS)
def test_rows_sum_to_one_in_float32(kind):
    module = make_normalizer(kind, n_heads=12)
    scores = random_scores(14, shape=(4, 12, 40, 40), scale=3.0, dtype=torch.float32)
    with torch.no_grad():
        p = module(scores, random_key_mask(15, shape=(4, 1, 1, 40)))
    assert (p.sum(-1) - 1).abs().max() < 1e-6


@pytest.mark.parametrize("n_iter", (10, 25))
@pytest.mark.parametrize("alpha", ALPHAS)
def test_bisect_float32_accuracy(alpha, n_iter):
    """10 steps (recommended) and 25 (the default) reach the float32 floor, ~1e-6
    (bench/normalizers.py --accuracy prints the table)."""
    scores = random_scores(16, shape=(400, 40), scale=3.0)
    exact = entmax.entmax_bisect(scores, alpha, n_iter=80)  # float64: 2^-80 << ulp
    p = entmax_bisect(scores.float(), alpha, n_iter=n_iter)
    assert (p.double() - exact).abs().max() < 2e-6


def test_bisect_one_hot_rows_regression():
    """entmax PR #32: the old rule f_mid * f_lo >= 0 gave NaN on peaked rows, large alpha."""
    z = torch.tensor([1000.0, 0.0, -5.0], dtype=F64)
    torch.testing.assert_close(entmax_bisect(z, 2.0), torch.tensor([1.0, 0, 0], dtype=F64))
    peaked = 1000 * random_scores(17, shape=(10, 100), dtype=torch.float32)
    p = entmax_bisect(peaked, 2.0)
    assert torch.isfinite(p).all()
    torch.testing.assert_close(p, entmax.sparsemax(peaked, dim=-1), atol=1e-5, rtol=0)


@pytest.mark.parametrize("alpha,exact", ((2.0, sparsemax), (1.5, entmax15)))
def test_bisection_agrees_with_the_sort_based_map(alpha, exact):
    scores = random_scores(18, dtype=torch.float32)
    torch.testing.assert_close(entmax_bisect(scores, alpha), exact(scores), atol=1e-6, rtol=0)


@pytest.mark.parametrize("kind", NORMALIZER_KINDS)
@pytest.mark.parametrize("dtype", (torch.float16, torch.bfloat16))
def test_half_precision_is_computed_in_float32(kind, dtype):
    torch.manual_seed(0)
    module = make_normalizer(kind, n_heads=3)
    scores = random_scores(19, dtype=torch.float32) - 300  # large negative max: issue #30
    with torch.no_grad():
        p = module(scores.to(dtype))
        p32 = module(scores.to(dtype).float())
    assert p.dtype == dtype
    torch.testing.assert_close(p.float(), p32.to(dtype).float())


def test_softmax_matches_torch_softmax_with_additive_mask():
    scores, mask = random_scores(20), random_key_mask(21)
    expected = torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)
    torch.testing.assert_close(masked_softmax(scores, mask), expected)


# --- the factory and the alpha parametrisation --------------------------------------


def test_make_normalizer_rejects_bad_arguments():
    with pytest.raises(ValueError, match="unknown normalizer kind 'tsallis15'"):
        make_normalizer("tsallis15", 12)
    with pytest.raises(ValueError, match="bisect_iters"):
        make_normalizer("alpha-entmax", 12, bisect_iters=0)


def test_alpha_parametrisation():
    module = make_normalizer("alpha-entmax", n_heads=6)
    assert [name for name, _ in module.named_parameters()] == ["pre_alpha"]
    with torch.no_grad():
        module.pre_alpha.copy_(torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0, -5.0]))
    alpha = module.alpha()
    # 1 + sigmoid(a), hand-computed; a = -5 < logit(0.01) is clamped to 1.01.
    expected = [1 + 1 / (1 + math.exp(-a)) for a in (-3.0, -1.0, 0.0, 1.0, 3.0)] + [1.01]
    torch.testing.assert_close(alpha, torch.tensor(expected))
    alpha.sum().backward()
    assert module.pre_alpha.grad[5] == 0 and torch.all(module.pre_alpha.grad[:5] > 0)


def test_alpha_is_per_head():
    module = make_normalizer("alpha-entmax", n_heads=3)
    with torch.no_grad():
        module.pre_alpha.copy_(torch.tensor([-2.0, 0.0, 2.0]))
    scores = random_scores(22, dtype=torch.float32)
    with torch.no_grad():
        p = module(scores)
    for head, alpha in enumerate(module.alpha().tolist()):
        expected = entmax.entmax_bisect(scores[:, head], alpha, dim=-1, n_iter=25)
        torch.testing.assert_close(p[:, head], expected, atol=1e-6, rtol=0)


def test_one_bisection_default_and_the_count_each_model_records():
    """Every default is ape.config.ENTMAX_BISECT_ITERATIONS; the committed configs and models
    (oracle: their JSON) record 10, the fixture models 25, and those counts are what they run."""
    import inspect
    import json
    from pathlib import Path

    from ape.config import ENTMAX_BISECT_ITERATIONS, ModelConfig
    from ape.train_config import load_config

    assert ENTMAX_BISECT_ITERATIONS == 10
    assert ModelConfig().entmax_bisect_iterations == ENTMAX_BISECT_ITERATIONS
    for fn, name in ((make_normalizer, "bisect_iters"), (AlphaEntmax.__init__, "bisect_iters"), (entmax_bisect, "n_iter")):
        assert inspect.signature(fn).parameters[name].default == ENTMAX_BISECT_ITERATIONS, fn
    assert make_normalizer("alpha-entmax", 2).bisect_iters == ENTMAX_BISECT_ITERATIONS

    root = Path(__file__).resolve().parents[2]
    configs = sorted((root / "training" / "configs").glob("**/*.json"))
    assert len(configs) >= 8
    for path in configs:  # example.json and the ablations say 10; tiny.json has no alpha-entmax and the default
        assert ModelConfig.from_dict(load_config(path).model).entmax_bisect_iterations == 10, path
    recorded = {str(p.parent.relative_to(root)): json.loads(p.read_text())["architecture"]["entmaxBisectIterations"]
                for p in [*root.glob("models/**/ape.json"), *root.glob("test/fixtures/model-tiny-*/ape.json")]}
    assert {k: v for k, v in recorded.items() if k.startswith("models/")} == {
        k: 10 for k in recorded if k.startswith("models/")}
    assert {k: v for k, v in recorded.items() if k.startswith("test/")} == {k: 25 for k in recorded if k.startswith("test/")}
