"""Every normalizer exports with torch.onnx.export(dynamo=True) to plain ONNX ops, and
onnxruntime reproduces PyTorch (the oracle) within 1e-5 at shapes other than the export's.
"""

import numpy as np
import onnx
import onnxruntime as ort
import pytest
import torch

from ape.export.entmax_pow import exp_log_pow
from ape.normalizers import NORMALIZER_KINDS, make_normalizer
from ape.normalizers.alpha_entmax import NEWTON_STEPS

N_HEADS = 4
# torch 2.13 warns that each Dim name "will not be used" when it names one axis only.
pytestmark = pytest.mark.filterwarnings("ignore:# The axis name")


def export(module, path, dynamic_heads):
    scores = torch.randn(2, N_HEADS, 3, 5)
    mask = torch.ones(2, 1, 3, 5, dtype=torch.bool)
    batch, queries, keys = torch.export.Dim("B"), torch.export.Dim("T"), torch.export.Dim("S")
    score_dims = {0: batch, 2: queries, 3: keys}
    if dynamic_heads:
        score_dims[1] = torch.export.Dim("H")
    program = torch.onnx.export(
        module,
        (scores, mask),
        dynamo=True,
        external_data=False,
        dynamic_shapes=(score_dims, {0: batch, 2: queries, 3: keys}),
    )
    program.save(str(path))
    return onnx.load(str(path))


@pytest.fixture(scope="module", params=NORMALIZER_KINDS)
def exported(request, tmp_path_factory):
    kind = request.param
    torch.manual_seed(0)
    module = make_normalizer(kind, N_HEADS).eval()
    path = tmp_path_factory.mktemp("onnx") / f"{kind}.onnx"
    # alpha-entmax holds one alpha per head, so H is fixed by its parameter.
    graph = export(module, path, dynamic_heads=kind != "alpha-entmax")
    return kind, module, graph, ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])


def random_inputs(batch, heads, queries, keys, seed):
    gen = torch.Generator().manual_seed(seed)
    scores = 3 * torch.randn(batch, heads, queries, keys, generator=gen)
    mask = torch.rand(batch, 1, queries, keys, generator=gen) > 0.3
    mask[..., 0] = True
    mask[0, 0, queries - 1] = False  # a padding query row: every key masked
    return scores, mask


def run_both(module, session, scores, mask):
    with torch.no_grad():
        expected = module(scores, mask).numpy()
    names = [i.name for i in session.get_inputs()]
    got = session.run(None, {names[0]: scores.numpy(), names[1]: mask.numpy()})[0]
    return got, expected


@pytest.mark.parametrize("batch,queries,keys", ((3, 6, 9), (1, 1, 40), (2, 11, 1)))
def test_onnxruntime_matches_pytorch(exported, batch, queries, keys):
    kind, module, _, session = exported
    heads = N_HEADS if kind == "alpha-entmax" else N_HEADS + 2
    scores, mask = random_inputs(batch, heads, queries, keys, seed=keys)
    got, expected = run_both(module, session, scores, mask)
    assert got.shape == (batch, heads, queries, keys)
    np.testing.assert_allclose(got, expected, atol=1e-5, rtol=0)
    assert np.isfinite(got).all()
    # Masked positions are exactly 0, except in the padding row, which is uniform.
    open_or_padding = mask.clone()
    open_or_padding[0, 0, queries - 1] = True
    assert np.all(got[~open_or_padding.expand(scores.shape).numpy()] == 0)


def test_graph_uses_only_standard_onnx_ops(exported):
    _, _, graph, _ = exported
    assert {node.domain for node in graph.graph.node} <= {"", "ai.onnx"}
    onnx.checker.check_model(graph)


def test_exported_bisection_runs_the_training_step_count(tmp_path):
    """One Pow per bisection step, per Newton step and for p itself; and at a short count
    ORT still equals PyTorch, which one more step would not (2 vs 3 steps differ by far
    more than 1e-5)."""
    torch.manual_seed(1)
    module = make_normalizer("alpha-entmax", N_HEADS, bisect_iters=2).eval()
    graph = export(module, tmp_path / "short.onnx", dynamic_heads=False)
    assert sum(node.op_type == "Pow" for node in graph.graph.node) == 2 + NEWTON_STEPS + 1
    session = ort.InferenceSession(str(tmp_path / "short.onnx"), providers=["CPUExecutionProvider"])
    scores, mask = random_inputs(2, N_HEADS, 5, 30, seed=3)
    got, expected = run_both(module, session, scores, mask)
    np.testing.assert_allclose(got, expected, atol=1e-5, rtol=0)
    module.bisect_iters = 3
    with torch.no_grad():
        three_steps = module(scores, mask).numpy()
    assert np.abs(three_steps - got).max() > 1e-5


def test_pow_as_exp_log_keeps_values_and_exact_zeros(tmp_path):
    """ape.export.entmax_pow rewrites alpha-entmax's 13 Pows (10 bisection steps, 2 Newton steps,
    p itself) as Exp(Mul(Log)); ORT then still equals PyTorch (which keeps torch.pow) within 1e-5,
    and every exact zero of PyTorch's alpha-entmax is exactly zero in ORT and vice versa, apart
    from entries within 1e-6 of zero, where a threshold one rounding away may fall either side."""
    torch.manual_seed(2)
    module = make_normalizer("alpha-entmax", N_HEADS).eval()
    graph = export(module, tmp_path / "pow.onnx", dynamic_heads=False)
    assert exp_log_pow(graph) == 10 + NEWTON_STEPS + 1
    assert "Pow" not in [n.op_type for n in graph.graph.node]
    assert exp_log_pow(graph) == 0
    onnx.checker.check_model(graph)
    onnx.save(graph, str(tmp_path / "explog.onnx"))
    session = ort.InferenceSession(str(tmp_path / "explog.onnx"), providers=["CPUExecutionProvider"])
    zeros = 0
    for batch, queries, keys in ((3, 6, 9), (1, 1, 40), (2, 11, 1), (4, 8, 64)):
        scores, mask = random_inputs(batch, N_HEADS, queries, keys, seed=keys + 7)
        got, expected = run_both(module, session, scores, mask)
        np.testing.assert_allclose(got, expected, atol=1e-5, rtol=0)
        open_ = mask.expand(scores.shape).numpy()
        assert not ((expected == 0) & (got > 1e-6)).any() and not ((got == 0) & (expected > 1e-6)).any()
        zeros += int(((expected == 0) & open_).sum())
    assert zeros > 100  # the inputs do make alpha-entmax sparse among the open positions


def test_pow_as_exp_log_touches_only_powers_of_a_positive_part():
    """Pow(Relu(x), e) and Pow(Max(x, 0), e) are rewritten; Pow(x, e), Pow(Max(x, 0.5), e) are not."""
    from onnx import TensorProto, helper, numpy_helper

    zero, half = numpy_helper.from_array(np.array(0, np.float32), "zero"), numpy_helper.from_array(np.array(0.5, np.float32), "half")
    nodes = [
        helper.make_node("Relu", ["x"], ["r"]), helper.make_node("Pow", ["r", "e"], ["a"]),
        helper.make_node("Max", ["x", "zero"], ["m"]), helper.make_node("Pow", ["m", "e"], ["b"]),
        helper.make_node("Pow", ["x", "e"], ["c"]),
        helper.make_node("Max", ["x", "half"], ["h"]), helper.make_node("Pow", ["h", "e"], ["d"]),
    ]
    io = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [4]) for n in ("x", "e")]
    outs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [4]) for n in "abcd"]
    model = helper.make_model(helper.make_graph(nodes, "g", io, outs, [zero, half]), ir_version=10,
                              opset_imports=[helper.make_operatorsetid("", 18)])
    assert exp_log_pow(model) == 2
    onnx.checker.check_model(model)
    producer = {o: n.op_type for n in model.graph.node for o in n.output}
    assert [producer[o] for o in "abcd"] == ["Exp", "Exp", "Pow", "Pow"]
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    x = np.array([-1.0, 0.0, 0.25, 2.0], np.float32)
    e = np.array([1.0, 3.0, 7.5, 1.5], np.float32)
    a, b, c, d = session.run(None, {"x": x, "e": e})
    np.testing.assert_allclose(a, np.maximum(x, 0) ** e, rtol=1e-6)
    assert a[0] == 0 and a[1] == 0 and b[0] == 0 and b[1] == 0  # Log 0 = -inf -> Exp(-inf) = 0 exactly
    np.testing.assert_allclose(b, a, rtol=0)
