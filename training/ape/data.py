"""Streaming triplet corpora and length-bucketed token batches.

A corpus is never loaded whole (the paper's 8M-triplet eSCAPE set would not fit): the
stream reads `shuffle_buffer` triplets at a time, shuffles and encodes them, sorts them by
length, cuts them into batches of at most `batch_tokens` tokens *padding included*
(OpenNMT's `batch_type: tokens`), and shuffles the batch order. Every random choice comes
from a generator seeded by (seed, epoch, first line of the chunk), so the stream is a pure
function of the seed, and its position (epoch, byte offsets of the chunk, batches taken) is
all a checkpoint needs to resume it exactly.

Under torchrun every rank runs the same global stream and takes global batches
r, r + W, r + 2W, ...: a step over W ranks sees exactly the batches a single process sees
with W times the gradient accumulation, which is what test_ddp checks. Tokenizing is the
stream's cost, so it is sharded: every rank reads and checks each triplet of a chunk (cheap,
and every rank stops at the same bad line), encodes only the triplets at chunk positions
r, r + W, ... (`shard`), and the ranks exchange their encoded shares (`gather`), so that each
holds the whole encoded chunk and buckets it exactly as a single process would.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import torch

from ape.encoding import EncoderInput, InputTooLong, PairEncoding


class DataError(Exception):
    """Bad input data; the message starts with file:line (and the field)."""

    def __init__(self, file: str, line: int | None, message: str, field: str | None = None):
        self.file, self.line, self.field = file, line, field
        where = file + (f":{line}" if line is not None else "") + (f" ({field})" if field else "")
        super().__init__(f"{where}: {message}")


# --- reading triplets ---------------------------------------------------------------------

class TripletReader:
    """Reads (src, mt, pe) from a prefix (P.src/P.mt/P.pe), a .tsv or a .jsonl file.

    `tell()` is (line number, byte offset of each open file); `seek()` returns to it in O(1),
    which is how a resumed run finds its chunk without re-reading the corpus.
    """

    def __init__(self, path: str):
        p = Path(path)
        if p.suffix in (".tsv", ".jsonl") and p.is_file():
            self.kind, self.paths = p.suffix[1:], [p]
        else:
            self.kind, self.paths = "three-files", [Path(f"{path}.{s}") for s in ("src", "mt", "pe")]
        for f in self.paths:
            if not f.is_file():
                raise DataError(str(f), None, "no such file (give a prefix P with P.src, P.mt, P.pe, or a .tsv/.jsonl file)")
        self.files = [open(f, "rb") for f in self.paths]
        self.line = 0

    def close(self) -> None:
        for f in self.files:
            f.close()

    def tell(self) -> tuple[int, list[int]]:
        return self.line, [f.tell() for f in self.files]

    def seek(self, line: int, offsets: list[int]) -> None:
        self.line = line
        for f, o in zip(self.files, offsets):
            f.seek(o)

    def read(self) -> tuple[str, str, str] | None:
        """The next triplet, or None at the end of the corpus."""
        raw = [f.readline() for f in self.files]
        ended = [not r for r in raw]
        if all(ended):
            return None
        self.line += 1
        if any(ended):
            short = self.paths[ended.index(True)]
            longer = self.paths[ended.index(False)]
            raise DataError(str(short), self.line, f"ends here, but {longer.name} has more lines (files must align line by line)")
        try:
            text = [r.decode("utf-8").rstrip("\r\n") for r in raw]
        except UnicodeDecodeError as e:
            bad = next(i for i, r in enumerate(raw) if not _is_utf8(r))
            raise DataError(str(self.paths[bad]), self.line, f"not valid UTF-8 ({e.reason})") from e
        if self.kind == "three-files":
            return text[0], text[1], text[2]
        if self.kind == "tsv":
            cols = text[0].split("\t")
            if len(cols) != 3:
                raise DataError(str(self.paths[0]), self.line, f"expected 3 tab-separated fields (src, mt, pe), got {len(cols)}")
            return cols[0], cols[1], cols[2]
        try:
            obj = json.loads(text[0])
        except json.JSONDecodeError as e:
            raise DataError(str(self.paths[0]), self.line, f"not valid JSON: {e.msg}") from e
        if not isinstance(obj, dict):
            raise DataError(str(self.paths[0]), self.line, "expected an object with src, mt, pe")
        for key in ("src", "mt", "pe"):
            if not isinstance(obj.get(key), str):
                raise DataError(str(self.paths[0]), self.line, "expected a string", field=key)
        return obj["src"], obj["mt"], obj["pe"]


def _is_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# --- encoded examples and batches -----------------------------------------------------------

@dataclass
class Example:
    """One encoded triplet: the encoder input (in the PairEncoding's layout) and the pe wordpieces."""

    pair: EncoderInput
    pe_ids: list[int]  # without bos/eos

    @property
    def cost(self) -> int:
        # a row's padded width: max(encoder length, decoder length (pe + bos or eos))
        return max(len(self.pair.input_ids), len(self.pe_ids) + 1)


class TripletEncoder:
    """Turns (src, mt, pe) strings into Examples with ape.encoding, skipping over-long ones.

    Too-long triplets are dropped, not cut, as the paper's preprocessing does (Correia & Martins
    ACL 2019: OpenNMT-APE's src_seq_length 200 / tgt_seq_length 100 filter training triplets and
    never truncate them; docs/training.md, Data).
    """

    def __init__(self, encoding: PairEncoding, max_pe_tokens: int):
        self.encoding, self.max_pe_tokens = encoding, max_pe_tokens

    def __call__(self, src: str, mt: str, pe: str) -> Example | None:
        try:
            pair = self.encoding.encode_pair(src, mt)
        except InputTooLong:
            return None
        pe_ids = self.encoding.wordpieces(pe)
        return Example(pair, pe_ids) if len(pe_ids) <= self.max_pe_tokens else None


@dataclass
class Batch:
    input_ids: torch.Tensor  # (B, S) padded with pad
    token_type_ids: torch.Tensor  # (B, S)
    position_ids: torch.Tensor  # (B, S)
    attention_mask: torch.Tensor  # (B, S) 1 = token, 0 = padding
    tgt_in_ids: torch.Tensor  # (B, T) bos pe..., padded
    tgt_out_ids: torch.Tensor  # (B, T) pe... eos, padded
    n_tokens: int  # non-pad target tokens: what the loss is divided by
    n_src_tokens: int  # non-pad encoder tokens (for tokens/s)

    def encoder_inputs(self) -> tuple[torch.Tensor, ...]:
        return self.input_ids, self.token_type_ids, self.position_ids, self.attention_mask

    def _map(self, f: Callable[[torch.Tensor], torch.Tensor]) -> Batch:
        return Batch(f(self.input_ids), f(self.token_type_ids), f(self.position_ids), f(self.attention_mask),
                     f(self.tgt_in_ids), f(self.tgt_out_ids), self.n_tokens, self.n_src_tokens)

    def pin_memory(self) -> Batch:
        """The batch in page-locked host memory, so that a copy to a GPU can be asynchronous."""
        return self._map(lambda t: t.pin_memory())

    def to(self, device: torch.device) -> Batch:
        """The batch on `device` (itself when already there); asynchronous from pinned memory."""
        if device.type == "cpu":
            return self
        return self._map(lambda t: t.to(device, non_blocking=True))


def collate(examples: list[Example], encoding: PairEncoding) -> Batch:
    enc = encoding.batch([e.pair for e in examples])  # the encoder side exactly as export and serving pad it
    sp = encoding.special
    t = max(len(e.pe_ids) for e in examples) + 1
    tgt_in = torch.full((len(examples), t), sp.pad, dtype=torch.long)
    tgt_out = torch.full((len(examples), t), sp.pad, dtype=torch.long)
    for i, e in enumerate(examples):
        m = len(e.pe_ids)
        tgt_in[i, : m + 1] = torch.tensor([sp.bos, *e.pe_ids])
        tgt_out[i, : m + 1] = torch.tensor([*e.pe_ids, sp.eos])
    n_tokens = sum(len(e.pe_ids) + 1 for e in examples)
    return Batch(enc["input_ids"], enc["token_type_ids"], enc["position_ids"], enc["attention_mask"],
                 tgt_in, tgt_out, n_tokens, int(enc["attention_mask"].sum()))


def bucket(examples: list[Example], batch_tokens: int, rng: np.random.Generator) -> list[list[Example]]:
    """Shuffle, sort by length, cut into batches of n * max cost <= batch_tokens, shuffle batches."""
    order = rng.permutation(len(examples))
    # stable sort of the shuffled order: equal lengths stay in random order
    order = sorted(order, key=lambda i: (len(examples[i].pair.input_ids), len(examples[i].pe_ids)))
    batches: list[list[Example]] = []
    current: list[Example] = []
    width = 0
    for i in order:
        e = examples[i]
        w = max(width, e.cost)
        if current and w * (len(current) + 1) > batch_tokens:
            batches.append(current)
            current, w = [], e.cost
        current.append(e)
        width = w
    if current:
        batches.append(current)
    return [batches[i] for i in rng.permutation(len(batches))]


# --- the stream ------------------------------------------------------------------------------

def shard(n: int, rank: int, world: int) -> range:
    """The positions among `n` items that rank `rank` of `world` handles: rank, rank + world, ...
    The ranks' shards are disjoint and together cover range(n)."""
    if not 0 <= rank < world:
        raise ValueError(f"rank {rank} is not in [0, {world})")
    return range(rank, n, world)


# all_gather of one Python object per rank: element r of the result is rank r's object
Gather = Callable[[list["Example | None"]], list[list["Example | None"]]]


class BatchStream:
    """An endless, resumable stream of this rank's training batches (epoch after epoch).

    `gather` (under torchrun: an all_gather over the ranks) lets each rank encode only its
    shard of every chunk; without it a rank encodes the whole chunk itself. Either way every
    rank ends up with the same encoded chunk, so the batches are the same. `pin_memory`
    returns batches in page-locked memory (for asynchronous copies to a GPU).
    """

    def __init__(self, path: str, encode: TripletEncoder, *, batch_tokens: int, shuffle_buffer: int,
                 seed: int, rank: int = 0, world: int = 1, gather: Gather | None = None,
                 pin_memory: bool = False):
        self.reader = TripletReader(path)
        self.encode, self.batch_tokens, self.shuffle_buffer, self.seed = encode, batch_tokens, shuffle_buffer, seed
        self.rank, self.world, self.gather, self.pin_memory = rank, world, gather, pin_memory
        # the position of the next global batch: the chunk it is in and how many were taken
        self.epoch, self.chunk_start, self.taken = 0, self.reader.tell(), 0
        self.skipped = 0  # triplets dropped for length in this process (logged)
        self._epoch_examples = 0  # usable triplets seen this epoch (0 at its end: nothing fits)
        self._chunk: list[list[Example]] | None = None

    def state_dict(self) -> dict:
        line, offsets = self.chunk_start
        return {"epoch": self.epoch, "line": line, "offsets": offsets, "taken": self.taken}

    def load_state_dict(self, state: dict) -> None:
        self.epoch, self.taken = state["epoch"], state["taken"]
        self.chunk_start = (state["line"], list(state["offsets"]))
        self.reader.seek(*self.chunk_start)
        self._chunk = None
        self._epoch_examples = int(self.chunk_start[0] > 0)  # earlier chunks of this epoch had examples

    def skip(self, batches: int) -> None:
        """Move past `batches` global batches (read and encoded, not collated): where the stream
        of one process stands after that many `next` calls."""
        for _ in range(batches):
            self._next_global()

    def __iter__(self) -> Iterator[Batch]:
        return self

    def __next__(self) -> Batch:
        # take one round of `world` global batches and keep this rank's one, so that every
        # rank's position is the same after each step
        mine = None
        for r in range(self.world):
            b = self._next_global()
            if r == self.rank:
                mine = b
        assert mine is not None
        batch = collate(mine, self.encode.encoding)
        return batch.pin_memory() if self.pin_memory else batch

    def _next_global(self) -> list[Example]:
        while self._chunk is None or self.taken >= len(self._chunk):
            if self._chunk is not None:  # this chunk is used up: the next starts where the reader is
                self.chunk_start, self.taken = self.reader.tell(), 0
            self._chunk = self._read_chunk()
        b = self._chunk[self.taken]
        self.taken += 1
        return b

    def _read_chunk(self) -> list[list[Example]]:
        self.reader.seek(*self.chunk_start)
        triplets = self._read_triplets()
        if not triplets:  # end of the corpus: the next epoch starts from the top
            if self.chunk_start[0] == 0:
                raise DataError(str(self.reader.paths[0]), None, "the corpus has no triplets")
            if not self._epoch_examples:
                raise DataError(str(self.reader.paths[0]), None, "every triplet is longer than the length limits")
            self.epoch, self._epoch_examples = self.epoch + 1, 0
            self.reader.seek(0, [0] * len(self.reader.files))
            self.chunk_start = self.reader.tell()
            triplets = self._read_triplets()
        encoded = self._encode_chunk(triplets)
        examples = [e for e in encoded if e is not None]
        self.skipped += len(encoded) - len(examples)
        self._epoch_examples += len(examples)
        rng = np.random.default_rng([self.seed, self.epoch, self.chunk_start[0]])
        return bucket(examples, self.batch_tokens, rng)

    def _encode_chunk(self, triplets: list[tuple[str, str, str]]) -> list[Example | None]:
        """Every triplet of the chunk encoded, in order; with `gather`, this rank encodes its shard."""
        if self.gather is None or self.world == 1:
            return [self.encode(*t) for t in triplets]
        n = len(triplets)
        shares = self.gather([self.encode(*triplets[i]) for i in shard(n, self.rank, self.world)])
        encoded: list[Example | None] = [None] * n
        for r, share in enumerate(shares):
            positions = shard(n, r, self.world)
            if len(share) != len(positions):
                raise RuntimeError(f"rank {r} encoded {len(share)} triplets of a chunk of {n}, expected "
                                   f"{len(positions)}: the ranks' streams are out of step")
            for i, e in zip(positions, share):
                encoded[i] = e
        return encoded

    def _read_triplets(self) -> list[tuple[str, str, str]]:
        triplets = []
        while len(triplets) < self.shuffle_buffer and (t := self.reader.read()) is not None:
            triplets.append(t)
        return triplets


def read_dev(path: str, encode: TripletEncoder, limit: int) -> tuple[list[Example], list[str]]:
    """The first `limit` dev triplets that fit the length limits, and their pe strings."""
    reader = TripletReader(path)
    examples, refs = [], []
    try:
        while len(examples) < limit and (t := reader.read()) is not None:
            e = encode(*t)
            if e is not None:
                examples.append(e)
                refs.append(t[2])
    finally:
        reader.close()
    if not examples:
        raise DataError(str(reader.paths[0]), None, "no dev triplet within the length limits")
    return examples, refs
