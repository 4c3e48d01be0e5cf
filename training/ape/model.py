"""The APE model of Correia & Martins, "A Simple and Effective Approach to Automatic
Post-Editing with Transfer Learning" (ACL 2019), in one file read top to bottom (nanoGPT style).

A BERT encoder reads src and mt as one sentence pair; a decoder made of BERT layers
(causal self-attention SA -> context attention CA over the encoder memory -> feed-forward,
post-LN, no final LayerNorm) writes pe. Encoder and decoder both start from the same
pretrained BERT (ape.bert_loading); docs/training.md describes the recipe and
docs/model-format.md the exported graphs.

- Embedding tables (word, position, token type) are shared by encoder and decoder, as in
  the paper's implementation; the decoder keeps its own embedding LayerNorm.
- The output layer is a Linear tied to the word embeddings with its own bias, then
  log-softmax; BERT's masked-LM head is not used.
- Sharing switches (`config.sharing`) make decoder blocks the very same Parameter objects as
  the encoder's; CA <- SA (`init_context_from_self`) copies values only.
- `decode_step` is the incremental path with a key/value cache that the ONNX decoder graph
  exports (docs/model-format.md): position id = P, the cached length.
"""
from __future__ import annotations

import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from ape.config import ModelConfig
from ape.normalizers import make_normalizer


class Embeddings(nn.Module):
    """BERT embeddings: word + position + token type, then LayerNorm and dropout."""

    def __init__(self, config: ModelConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(config.vocab_size, config.hidden)
        self.position_embeddings = nn.Embedding(config.max_positions, config.hidden)
        self.token_type_embeddings = nn.Embedding(config.type_vocab_size, config.hidden)
        self.LayerNorm = nn.LayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout)

    def forward(self, input_ids: torch.Tensor, token_type_ids: torch.Tensor, position_ids: torch.Tensor) -> torch.Tensor:
        x = self.word_embeddings(input_ids) + self.position_embeddings(position_ids) + self.token_type_embeddings(token_type_ids)
        return self.dropout(self.LayerNorm(x))  # (B, T, H)


class Attention(nn.Module):
    """Multi-head attention with a pluggable normalizer (softmax, sparsemax, entmax) over the scores."""

    def __init__(self, config: ModelConfig, normalizer: str):
        super().__init__()
        self.heads, self.head_dim = config.heads, config.head_dim
        self.query = nn.Linear(config.hidden, config.hidden)
        self.key = nn.Linear(config.hidden, config.hidden)
        self.value = nn.Linear(config.hidden, config.hidden)
        self.output = nn.Linear(config.hidden, config.hidden)
        # the normalizer is never shared: a shared SA keeps a per-place normalizer (and its α)
        self.normalizer = make_normalizer(normalizer, config.heads, bisect_iters=config.entmax_bisect_iterations)
        self.dropout = nn.Dropout(config.attention_dropout)

    def share_projections(self, other: "Attention") -> None:
        """Make Q, K, V and O the very same modules (hence Parameters) as `other`'s."""
        self.query, self.key, self.value, self.output = other.query, other.key, other.value, other.output

    def split_heads(self, x: torch.Tensor) -> torch.Tensor:
        B, T, _ = x.shape
        return x.view(B, T, self.heads, self.head_dim).transpose(1, 2)  # (B, nh, T, hs)

    def keys_values(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.split_heads(self.key(x)), self.split_heads(self.value(x))  # 2 x (B, nh, S, hs)

    def forward(self, x: torch.Tensor, k: torch.Tensor, v: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x (B, T, H) queries; k, v (B, nh, S, hs); mask bool broadcastable to (B, nh, T, S), True = attend."""
        B, T, H = x.shape
        q = self.split_heads(self.query(x))  # (B, nh, T, hs)
        scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(self.head_dim))  # (B, nh, T, S)
        # the normalizers run in float32 even under bf16 autocast (bisection needs the precision)
        probs = self.normalizer(scores.float(), mask)
        y = self.dropout(probs).to(v.dtype) @ v  # (B, nh, T, hs)
        y = y.transpose(1, 2).reshape(B, T, H)  # re-assemble heads side by side
        return self.output(y), probs


class FeedForward(nn.Module):
    """BERT's intermediate (H -> F, erf GELU) and output (F -> H) dense layers."""

    def __init__(self, config: ModelConfig):
        super().__init__()
        self.intermediate = nn.Linear(config.hidden, config.ffn)
        self.output = nn.Linear(config.ffn, config.hidden)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.output(F.gelu(self.intermediate(x)))


class EncoderLayer(nn.Module):
    """Post-LN BERT layer: LN(x + SA(x)), then LN(h + FF(h))."""

    def __init__(self, config: ModelConfig):
        super().__init__()
        self.self_attn = Attention(config, config.normalizers.encoder_self)
        self.self_attn_norm = nn.LayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.ffn = FeedForward(config)
        self.ffn_norm = nn.LayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        a, _ = self.self_attn(x, *self.self_attn.keys_values(x), mask)
        x = self.self_attn_norm(x + self.dropout(a))
        return self.ffn_norm(x + self.dropout(self.ffn(x)))


class DecoderLayer(nn.Module):
    """SA (causal) -> add & LN -> CA over the memory -> add & LN -> FF -> add & LN.

    Post-LN throughout and no final LayerNorm, as OpenNMT-APE's BERTDecoderLayer (Correia & Martins
    ACL 2019): decoder layer i is BERT layer i with a context attention inserted after its SA.
    """

    def __init__(self, config: ModelConfig):
        super().__init__()
        self.self_attn = Attention(config, config.normalizers.decoder_self)
        self.self_attn_norm = nn.LayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.context_attn = Attention(config, config.normalizers.context)
        self.context_attn_norm = nn.LayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.ffn = FeedForward(config)
        self.ffn_norm = nn.LayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout)

    def forward(
        self,
        x: torch.Tensor,  # (B, T, H)
        self_k: torch.Tensor,  # (B, nh, P+T, hs): cached keys followed by this input's
        self_v: torch.Tensor,
        self_mask: torch.Tensor,  # broadcastable to (B, nh, T, P+T)
        cross_k: torch.Tensor,  # (B, nh, S, hs), from the encoder memory
        cross_v: torch.Tensor,
        memory_mask: torch.Tensor,  # (B, 1, 1, S)
    ) -> tuple[torch.Tensor, torch.Tensor]:
        a, _ = self.self_attn(x, self_k, self_v, self_mask)
        x = self.self_attn_norm(x + self.dropout(a))
        c, cross_probs = self.context_attn(x, cross_k, cross_v, memory_mask)
        x = self.context_attn_norm(x + self.dropout(c))
        return self.ffn_norm(x + self.dropout(self.ffn(x))), cross_probs


class APEModel(nn.Module):
    def __init__(self, config: ModelConfig):
        super().__init__()
        self.config = config
        self.embeddings = Embeddings(config)
        self.encoder_layers = nn.ModuleList(EncoderLayer(config) for _ in range(config.layers))
        self.decoder_embeddings = Embeddings(config)
        self.decoder_layers = nn.ModuleList(DecoderLayer(config) for _ in range(config.layers))
        # the generator's own bias: the paper ties the output weight to the word embeddings, not the bias
        self.output_bias = nn.Parameter(torch.zeros(config.vocab_size))
        self.apply(self._init_weights)
        self.tie_parameters()
        if config.init_context_from_self:
            self.init_context_from_self()

    @staticmethod
    def _init_weights(module: nn.Module) -> None:
        # BERT's init (initializer_range 0.02); a pretrained checkpoint overwrites most of it
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)
        if isinstance(module, nn.LayerNorm):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)

    def tie_parameters(self) -> None:
        """Apply the sharing switches: one Parameter object per shared weight, never a copy."""
        enc, dec = self.embeddings, self.decoder_embeddings
        dec.word_embeddings = enc.word_embeddings  # tied like the paper's; the decoder's embedding LayerNorm stays its own
        dec.position_embeddings = enc.position_embeddings
        dec.token_type_embeddings = enc.token_type_embeddings
        s = self.config.sharing
        for enc_layer, dec_layer in zip(self.encoder_layers, self.decoder_layers):
            if s.decoder_self_with_encoder:
                dec_layer.self_attn.share_projections(enc_layer.self_attn)
            if s.context_with_self:  # after SA sharing, as OpenNMT-APE ties it: CA may be the encoder's SA
                dec_layer.context_attn.share_projections(dec_layer.self_attn)
            if s.ffn_with_encoder:
                dec_layer.ffn = enc_layer.ffn

    @torch.no_grad()
    def init_context_from_self(self) -> None:
        """CA <- SA: copy each decoder layer's SA projections into its CA (values, not identity)."""
        if self.config.sharing.context_with_self:
            return  # CA already IS SA
        for layer in self.decoder_layers:
            for name in ("query", "key", "value", "output"):
                dst, src = getattr(layer.context_attn, name), getattr(layer.self_attn, name)
                dst.weight.copy_(src.weight)
                dst.bias.copy_(src.bias)

    # ---- encoder -------------------------------------------------------------------------

    def encode(self, input_ids, token_type_ids, position_ids, attention_mask) -> torch.Tensor:
        """All inputs (B, S) int64, laid out as docs/model-format.md "Encoder input"; returns memory (B, S, H)."""
        mask = attention_mask.bool()[:, None, None, :]  # (B, 1, 1, S): pad keys get no attention
        x = self.embeddings(input_ids, token_type_ids, position_ids)
        for layer in self.encoder_layers:
            x = layer(x, mask)
        return x

    def cross_keys_values(self, memory: torch.Tensor) -> list[tuple[torch.Tensor, torch.Tensor]]:
        """Each decoder layer's CA keys and values, computed once per sentence: L x 2 x (B, nh, S, hs)."""
        return [layer.context_attn.keys_values(memory) for layer in self.decoder_layers]

    # ---- decoder -------------------------------------------------------------------------

    def logits(self, h: torch.Tensor) -> torch.Tensor:
        return F.linear(h, self.embeddings.word_embeddings.weight, self.output_bias)  # tied output layer

    def _embed_decoder(self, input_ids: torch.Tensor, position_ids: torch.Tensor) -> torch.Tensor:
        token_type_ids = torch.full_like(input_ids, self.config.decoder_token_type)
        return self.decoder_embeddings(input_ids, token_type_ids, position_ids)

    def decode(self, decoder_input_ids: torch.Tensor, memory: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Teacher forcing: decoder_input_ids (B, T) = bos + pe; returns logits (B, T, V)."""
        T = decoder_input_ids.shape[1]
        positions = torch.arange(T, device=decoder_input_ids.device).expand_as(decoder_input_ids)
        x = self._embed_decoder(decoder_input_ids, positions)
        causal = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()[None, None]  # (1, 1, T, T)
        memory_mask = attention_mask.bool()[:, None, None, :]
        for layer, (ck, cv) in zip(self.decoder_layers, self.cross_keys_values(memory)):
            k, v = layer.self_attn.keys_values(x)
            x, _ = layer(x, k, v, causal, ck, cv, memory_mask)
        return self.logits(x)

    def forward(self, input_ids, token_type_ids, position_ids, attention_mask, decoder_input_ids) -> torch.Tensor:
        memory = self.encode(input_ids, token_type_ids, position_ids, attention_mask)
        return self.decode(decoder_input_ids, memory, attention_mask)

    def decode_step(
        self,
        input_ids: torch.Tensor,  # (B, T): the previous token (bos at step 0), then T-1 drafted ones
        memory_mask: torch.Tensor,  # (B, S) int64, the encoder's attention_mask
        cross: list[tuple[torch.Tensor, torch.Tensor]],  # from cross_keys_values
        past: list[tuple[torch.Tensor, torch.Tensor]],  # per layer (B, nh, P, hs); P = 0 at step 0
    ) -> tuple[torch.Tensor, list[tuple[torch.Tensor, torch.Tensor]], torch.Tensor]:
        """T incremental steps at once (T = 1: one step): (log_probs (B*T, V), present cache
        (B, nh, P+T, hs), cross_attention (B*T, L, nh, S)); row b*T + j is position P + j of row b,
        which sees the cache and the new positions up to itself (docs/model-format.md, format
        version 5: a draft of T-1 tokens is verified in one call)."""
        B, T = input_ids.shape
        P = past[0][0].shape[2]
        if T == 1:  # one step, written as before format version 5 (the one-position graph is this code)
            return self._decode_one(input_ids, memory_mask, cross, past)
        new = torch.arange(T, device=input_ids.device)
        positions = (P + new)[None, :].expand(B, T)  # the position id is the cached length
        x = self._embed_decoder(input_ids, positions)
        keys = torch.arange(P + T, device=input_ids.device)
        self_mask = (keys[None, :] <= (P + new)[:, None])[None, None]  # (1, 1, T, P+T): causal over the new
        mem_mask = memory_mask.bool()[:, None, None, :]
        present, cross_probs = [], []
        for layer, (ck, cv), (pk, pv) in zip(self.decoder_layers, cross, past):
            k, v = layer.self_attn.keys_values(x)
            k, v = torch.cat([pk, k], dim=2), torch.cat([pv, v], dim=2)  # (B, nh, P+T, hs)
            x, probs = layer(x, k, v, self_mask, ck, cv, mem_mask)
            present.append((k, v))
            cross_probs.append(probs.transpose(1, 2))  # (B, T, nh, S)
        H = x.shape[-1]
        log_probs = F.log_softmax(self.logits(x.reshape(B * T, H)), dim=-1)  # (B*T, V)
        cross_attention = torch.stack(cross_probs, dim=2)  # (B, T, L, nh, S)
        return log_probs, present, cross_attention.reshape(B * T, *cross_attention.shape[2:])

    def _decode_one(self, input_ids, memory_mask, cross, past):
        P = past[0][0].shape[2]
        positions = torch.full_like(input_ids, P)  # the position id is the cached length
        x = self._embed_decoder(input_ids, positions)
        self_mask = torch.ones(1, 1, 1, P + 1, dtype=torch.bool, device=x.device)  # no causal mask: the cache holds only the past
        mem_mask = memory_mask.bool()[:, None, None, :]
        present, cross_probs = [], []
        for layer, (ck, cv), (pk, pv) in zip(self.decoder_layers, cross, past):
            k, v = layer.self_attn.keys_values(x)
            k, v = torch.cat([pk, k], dim=2), torch.cat([pv, v], dim=2)  # (B, nh, P+1, hs)
            x, probs = layer(x, k, v, self_mask, ck, cv, mem_mask)
            present.append((k, v))
            cross_probs.append(probs[:, :, 0, :])  # (B, nh, S)
        log_probs = F.log_softmax(self.logits(x[:, 0, :]), dim=-1)  # (B, V)
        return log_probs, present, torch.stack(cross_probs, dim=1)

    def empty_cache(self, batch: int) -> list[tuple[torch.Tensor, torch.Tensor]]:
        c = self.config
        empty = torch.zeros(batch, c.heads, 0, c.head_dim, device=self.output_bias.device)
        return [(empty, empty) for _ in range(c.layers)]
