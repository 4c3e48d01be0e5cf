"""The model's forward paths agree with each other: the incremental decode_step with its
key/value cache reproduces teacher forcing, and padding never leaks into real positions."""
import pytest
import torch

from ape.config import ModelConfig, Normalizers
from ape.model import APEModel


def normalizer_kinds():
    return ["softmax", "sparsemax", "entmax15", "alpha-entmax"]


def tiny(kind: str = "softmax") -> APEModel:
    torch.manual_seed(0)
    c = ModelConfig(vocab_size=60, hidden=32, layers=2, heads=4, ffn=64, max_positions=40,
                    normalizers=Normalizers(kind, kind, kind))
    m = APEModel(c).eval()
    with torch.no_grad():  # peaky attention, so that entmax zeroes some weights
        for layer in [*m.encoder_layers, *m.decoder_layers]:
            for a in (layer.self_attn, layer.context_attn) if hasattr(layer, "context_attn") else (layer.self_attn,):
                a.query.weight.mul_(5)
    return m


def batch():
    ids = torch.tensor([[2, 7, 8, 9, 3, 10, 11, 3], [2, 7, 3, 12, 3, 0, 0, 0]])
    types = torch.tensor([[0, 0, 0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 0, 0, 0]])
    pos = torch.arange(8).expand(2, 8)
    mask = (ids != 0).long()
    return ids, types, pos, mask


@pytest.mark.parametrize("kind", normalizer_kinds())
@torch.no_grad()
def test_cached_steps_reproduce_teacher_forcing(kind):
    m = tiny(kind)
    ids, types, pos, mask = batch()
    dec = torch.tensor([[2, 20, 21, 22, 23, 24], [2, 30, 31, 32, 33, 34]])
    full = torch.log_softmax(m(ids, types, pos, mask, dec), dim=-1)  # (B, T, V)
    memory = m.encode(ids, types, pos, mask)
    cross, past = m.cross_keys_values(memory), m.empty_cache(2)
    for t in range(dec.shape[1]):
        lp, past, ca = m.decode_step(dec[:, t : t + 1], mask, cross, past)
        torch.testing.assert_close(lp, full[:, t], atol=1e-5, rtol=0)
        assert past[0][0].shape == (2, 4, t + 1, 8)
        assert ca.shape == (2, 2, 4, 8)
        torch.testing.assert_close(ca.sum(-1), torch.ones(2, 2, 4))
        assert torch.all(ca[1, :, :, 5:] == 0)  # padded memory positions get exactly zero attention


@pytest.mark.parametrize("kind", normalizer_kinds())
@torch.no_grad()
def test_padding_does_not_change_real_positions(kind):
    m = tiny(kind)
    ids, types, pos, mask = batch()
    alone = m.encode(ids[1:, :5], types[1:, :5], pos[1:, :5], mask[1:, :5])
    padded = m.encode(ids, types, pos, mask)[1:, :5]
    torch.testing.assert_close(alone, padded, atol=1e-5, rtol=0)


def test_decoder_uses_token_type_one_and_positions_from_zero():
    m = tiny()
    m.eval()
    with torch.no_grad():
        m.embeddings.token_type_embeddings.weight[1].add_(3.0)  # only type 1 moves
        ids = torch.tensor([[5, 6, 7]])
        x = m._embed_decoder(ids, torch.arange(3)[None])
        e = m.decoder_embeddings
        expected = e.LayerNorm(e.word_embeddings(ids) + e.position_embeddings(torch.arange(3))[None] + e.token_type_embeddings.weight[1])
    torch.testing.assert_close(x, expected)


def test_config_rejects_bad_values():
    with pytest.raises(ValueError, match="multiple of heads"):
        ModelConfig(hidden=30, heads=4)
    with pytest.raises(ValueError, match="normalizers.context"):
        ModelConfig(normalizers=Normalizers(context="relu"))
    c = ModelConfig(vocab_size=10, hidden=8, heads=2, layers=1, ffn=16)
    assert ModelConfig.from_dict(c.to_dict()) == c
    with pytest.raises(ValueError, match="unknown ModelConfig fields"):
        ModelConfig.from_dict({**c.to_dict(), "hiden": 3})
