"""The model's shape and options, one frozen dataclass (nanoGPT's GPTConfig).

Every field is what `ape.json`'s `architecture` block records (docs/model-format.md);
`ModelConfig.from_bert_config` fills the sizes from a Hugging Face BERT config.json.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

NormalizerKind = Literal["softmax", "sparsemax", "entmax15", "alpha-entmax"]
NORMALIZER_KINDS: tuple[str, ...] = ("softmax", "sparsemax", "entmax15", "alpha-entmax")

# The one default for alpha-entmax's fixed bisection steps (followed by 2 Newton steps), the same
# in training and export; ape.normalizers takes its defaults from here. 10+2 reach the float32
# floor (max abs error <= 1e-6 vs float64 exact, bench/normalizers.py --accuracy) at about half
# the cost of 25 (bench/normalizers.py measures both; docs/training.md, run 4). A model records its own
# count (ape.json `architecture.entmaxBisectIterations`): every config in training/configs and
# every model in models/ has 10; the test fixtures in test/fixtures/model-tiny-* were made with
# 25 and keep it (training/scripts/make_fixtures.py passes it explicitly).
ENTMAX_BISECT_ITERATIONS = 10


@dataclass(frozen=True)
class Normalizers:
    """The attention normalizer of each of the three attention places."""

    encoder_self: NormalizerKind = "softmax"  # encoder self-attention
    decoder_self: NormalizerKind = "softmax"  # decoder causal self-attention
    context: NormalizerKind = "softmax"  # decoder context (cross) attention over the encoder memory


@dataclass(frozen=True)
class Sharing:
    """The parameter-sharing switches of Correia & Martins (ACL 2019), OpenNMT-APE's options named below.

    Shared = the same Parameter objects. LayerNorms are never shared: each side keeps its own.
    """

    decoder_self_with_encoder: bool = True  # decoder SA of layer i IS encoder SA of layer i (`share_self_attn`, on in the paper's config)
    context_with_self: bool = False  # decoder CA IS decoder SA of the same layer (`tie_context_attn`)
    ffn_with_encoder: bool = False  # decoder FF of layer i IS encoder FF of layer i (`share_feed_forward`)


@dataclass(frozen=True)
class ModelConfig:
    vocab_size: int = 30522  # rows of the (shared, tied) word-embedding matrix
    hidden: int = 384  # model width H
    layers: int = 6  # encoder layers; the decoder has as many, layer i initialized from BERT layer i
    heads: int = 12  # attention heads; head_dim = hidden // heads
    ffn: int = 1536  # feed-forward inner width (BERT's intermediate_size)
    max_positions: int = 512  # learned position embeddings, shared by encoder and decoder
    type_vocab_size: int = 2  # token types: 0 = src side, 1 = mt side and every decoder token
    layer_norm_eps: float = 1e-12  # BERT's LayerNorm epsilon
    hidden_dropout: float = 0.1  # dropout after embeddings and each sublayer (BERT hidden_dropout_prob)
    attention_dropout: float = 0.1  # dropout on attention probabilities (BERT attention_probs_dropout_prob)
    normalizers: Normalizers = field(default_factory=Normalizers)  # softmax / sparsemax / entmax per place
    # Fixed bisection steps of alpha-entmax, the same in training and export (ENTMAX_BISECT_ITERATIONS).
    entmax_bisect_iterations: int = ENTMAX_BISECT_ITERATIONS
    sharing: Sharing = field(default_factory=Sharing)  # which decoder blocks are the encoder's
    init_context_from_self: bool = True  # CA <- SA: context attention starts as a copy (values, not identity) of SA
    decoder_token_type: int = 1  # segment id of every decoder token (the paper's `bert_decoder_token_type: B`)

    def __post_init__(self) -> None:
        if self.hidden % self.heads != 0:
            raise ValueError(f"hidden ({self.hidden}) must be a multiple of heads ({self.heads})")
        for place in ("encoder_self", "decoder_self", "context"):
            kind = getattr(self.normalizers, place)
            if kind not in NORMALIZER_KINDS:
                raise ValueError(f"normalizers.{place}: {kind!r} is not one of {', '.join(NORMALIZER_KINDS)}")
        if not 0 <= self.decoder_token_type < self.type_vocab_size:
            raise ValueError(f"decoder_token_type {self.decoder_token_type} outside 0..{self.type_vocab_size - 1}")

    @property
    def head_dim(self) -> int:
        return self.hidden // self.heads

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ModelConfig":
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown ModelConfig fields: {sorted(unknown)}")
        d = dict(d)
        if isinstance(d.get("normalizers"), dict):
            d["normalizers"] = Normalizers(**d["normalizers"])
        if isinstance(d.get("sharing"), dict):
            d["sharing"] = Sharing(**d["sharing"])
        return cls(**d)

    @classmethod
    def from_bert_config(cls, bert: dict[str, Any], **options: Any) -> "ModelConfig":
        """Sizes from a Hugging Face BERT config.json; `options` sets normalizers, sharing, ..."""
        act = bert.get("hidden_act", "gelu")
        if act != "gelu":
            raise ValueError(f"config.json hidden_act: {act!r}, only 'gelu' (erf form) is supported")
        pos_type = bert.get("position_embedding_type", "absolute")
        if pos_type != "absolute":
            raise ValueError(f"config.json position_embedding_type: {pos_type!r}, only 'absolute' is supported")
        return cls(
            vocab_size=bert["vocab_size"],
            hidden=bert["hidden_size"],
            layers=bert["num_hidden_layers"],
            heads=bert["num_attention_heads"],
            ffn=bert["intermediate_size"],
            max_positions=bert["max_position_embeddings"],
            type_vocab_size=bert.get("type_vocab_size", 2),
            layer_norm_eps=bert.get("layer_norm_eps", 1e-12),
            hidden_dropout=bert.get("hidden_dropout_prob", 0.1),
            attention_dropout=bert.get("attention_probs_dropout_prob", 0.1),
            **options,
        )
