"""The sharing switches make decoder blocks the very same Parameter objects as the encoder's;
CA <- SA copies values only (Correia & Martins ACL 2019: OpenNMT-APE's bert_decoder_init_context
clones the SA weights into new Parameters, trained independently afterwards)."""
import itertools

import pytest
import torch

from ape.config import ModelConfig, Sharing
from ape.model import APEModel

PROJ = ("query", "key", "value", "output")


def tiny(**sharing) -> APEModel:
    torch.manual_seed(0)
    return APEModel(ModelConfig(vocab_size=50, hidden=16, layers=2, heads=2, ffn=32, max_positions=32, sharing=Sharing(**sharing)))


def same(a: torch.nn.Parameter, b: torch.nn.Parameter) -> bool:
    return a is b and a.data_ptr() == b.data_ptr()


@pytest.mark.parametrize("sa, ca, ff", list(itertools.product([False, True], repeat=3)))
def test_each_switch_shares_exactly_what_it_names(sa, ca, ff):
    m = tiny(decoder_self_with_encoder=sa, context_with_self=ca, ffn_with_encoder=ff)
    for enc, dec in zip(m.encoder_layers, m.decoder_layers):
        for p in PROJ:
            for w in ("weight", "bias"):
                e, d = getattr(getattr(enc.self_attn, p), w), getattr(getattr(dec.self_attn, p), w)
                c = getattr(getattr(dec.context_attn, p), w)
                assert same(e, d) == sa
                assert same(c, d) == ca
        for p in ("intermediate", "output"):
            assert same(getattr(enc.ffn, p).weight, getattr(dec.ffn, p).weight) == ff
        # LayerNorms and normalizers are never shared
        assert dec.self_attn_norm.weight is not enc.self_attn_norm.weight
        assert dec.ffn_norm.weight is not enc.ffn_norm.weight
        assert dec.self_attn.normalizer is not enc.self_attn.normalizer


def test_embeddings_and_output_layer_are_tied():
    m = tiny()
    for t in ("word_embeddings", "position_embeddings", "token_type_embeddings"):
        assert same(getattr(m.embeddings, t).weight, getattr(m.decoder_embeddings, t).weight)
    assert m.decoder_embeddings.LayerNorm.weight is not m.embeddings.LayerNorm.weight
    h = torch.randn(3, 16)
    expected = h @ m.embeddings.word_embeddings.weight.T + m.output_bias
    torch.testing.assert_close(m.logits(h), expected)


def test_shared_parameters_are_counted_once_and_get_both_gradients():
    shared, separate = tiny(decoder_self_with_encoder=True), tiny(decoder_self_with_encoder=False)
    n_sa = 2 * 4 * (16 * 16 + 16)  # layers x projections x (weight + bias)
    count = lambda m: sum(p.numel() for p in m.parameters())  # noqa: E731
    assert count(separate) - count(shared) == n_sa
    ids = torch.randint(0, 50, (2, 6))
    out = shared(ids, torch.zeros_like(ids), torch.arange(6).expand(2, 6), torch.ones_like(ids), ids[:, :4])
    out.sum().backward()
    q = shared.encoder_layers[0].self_attn.query.weight
    assert q.grad is not None and q is shared.decoder_layers[0].self_attn.query.weight


def test_context_from_self_copies_values_not_identity():
    m = tiny(decoder_self_with_encoder=False)
    for layer in m.decoder_layers:
        for p in PROJ:
            sa, ca = getattr(layer.self_attn, p), getattr(layer.context_attn, p)
            assert ca.weight is not sa.weight and ca.weight.data_ptr() != sa.weight.data_ptr()
            torch.testing.assert_close(ca.weight, sa.weight, rtol=0, atol=0)
            torch.testing.assert_close(ca.bias, sa.bias, rtol=0, atol=0)
    with torch.no_grad():
        m.decoder_layers[0].self_attn.query.weight.add_(1.0)
    assert not torch.equal(m.decoder_layers[0].self_attn.query.weight, m.decoder_layers[0].context_attn.query.weight)


def test_without_context_init_ca_is_fresh():
    torch.manual_seed(0)
    m = APEModel(ModelConfig(vocab_size=50, hidden=16, layers=1, heads=2, ffn=32, max_positions=32, init_context_from_self=False))
    layer = m.decoder_layers[0]
    assert not torch.equal(layer.context_attn.query.weight, layer.self_attn.query.weight)
