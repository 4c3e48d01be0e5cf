"""The streaming triplet reader and the length-bucketed batch stream.

Oracles: the triplets as written (each one appears exactly once per epoch, through any of
the three file formats), the token-budget inequality recomputed from the batch tensors,
and a stream that never stopped (for resume and for rank sharding).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from ape.data import BatchStream, DataError, TripletEncoder, TripletReader, read_dev
from ape.encoding import PairEncoding

from tiny_corpus import tiny_tokenizer, triplets, write_prefix

TOKENIZER = tiny_tokenizer()


@pytest.fixture(scope="module")
def encode() -> TripletEncoder:
    enc = PairEncoding.from_file(TOKENIZER, max_src_tokens=12, max_mt_tokens=12)
    enc.tokenizer.no_padding()
    enc.tokenizer.no_truncation()
    return TripletEncoder(enc, max_pe_tokens=12)


def _stream(path, encode, **kw) -> BatchStream:
    args = {"batch_tokens": 96, "shuffle_buffer": 10, "seed": 3, **kw}
    return BatchStream(str(path), encode, **args)


def _rows(batch, encode) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """(encoder ids, pe ids) of each row, padding removed: what identifies a triplet."""
    pad, eos = encode.encoding.special.pad, encode.encoding.special.eos
    out = []
    for ids, mask, tgt in zip(batch.input_ids, batch.attention_mask, batch.tgt_out_ids):
        pe = [t for t in tgt.tolist() if t != pad]
        assert pe[-1] == eos
        out.append((tuple(ids[mask.bool()].tolist()), tuple(pe[:-1])))
    return out


def test_every_usable_triplet_appears_once_per_epoch_in_batches_within_the_token_budget(tmp_path, encode):
    data = triplets(57, seed=5) + [("w " * 30, "x", "y")]  # the last one is too long: skipped
    prefix = write_prefix(tmp_path / "c", data)
    stream = _stream(prefix, encode)
    seen = []
    while stream.epoch == 0:
        batch = next(stream)
        n, s = batch.input_ids.shape
        t = batch.tgt_in_ids.shape[1]
        assert n * max(s, t) <= 96 or n == 1  # padding counted (OpenNMT batch_type tokens)
        assert batch.n_tokens == int((batch.tgt_out_ids != encode.encoding.special.pad).sum())
        if stream.epoch == 0:
            seen.extend(_rows(batch, encode))
    expected = []
    for src, mt, pe in data[:-1]:
        e = encode(src, mt, pe)
        expected.append((tuple(e.pair.input_ids), tuple(e.pe_ids)))
    assert Counter(seen) == Counter(expected)
    assert stream.skipped == 1


def test_the_three_formats_read_the_same_triplets(tmp_path):
    data = [("uno dos", "one two", "one, two"), ("tres", "three", "three!"), ('a "q"', "b\tc?", "d")]
    write_prefix(tmp_path / "p", [tuple(x.replace("\t", " ") for x in r) for r in data])
    (tmp_path / "t.tsv").write_text("".join("\t".join(x.replace("\t", " ") for x in r) + "\n" for r in data))
    (tmp_path / "t.jsonl").write_text("".join(json.dumps(dict(zip(("src", "mt", "pe"), r))) + "\n" for r in data))
    got = {}
    for name in ("p", "t.tsv", "t.jsonl"):
        reader = TripletReader(str(tmp_path / name))
        got[name] = list(iter(reader.read, None))
        reader.close()
    assert got["p"] == got["t.tsv"] == [tuple(x.replace("\t", " ") for x in r) for r in data]
    assert got["t.jsonl"] == data


def test_same_seed_same_stream_other_seed_other_order(tmp_path, encode):
    prefix = write_prefix(tmp_path / "c", triplets(40, seed=6))
    s1, s2, s3 = _stream(prefix, encode), _stream(prefix, encode), _stream(prefix, encode, seed=4)
    a = [_rows(next(s1), encode) for _ in range(6)]
    assert a == [_rows(next(s2), encode) for _ in range(6)]
    assert a != [_rows(next(s3), encode) for _ in range(6)]


def test_a_stream_restored_from_its_state_continues_exactly(tmp_path, encode):
    prefix = write_prefix(tmp_path / "c", triplets(45, seed=7))
    ref = _stream(prefix, encode)
    batches = [_rows(next(ref), encode) for _ in range(30)]  # several chunks and two epoch boundaries
    for cut in (0, 1, 4, 9, 17, 23):
        s = _stream(prefix, encode)
        for _ in range(cut):
            next(s)
        state = json.loads(json.dumps(s.state_dict()))  # it must survive serialization
        fresh = _stream(prefix, encode)
        fresh.load_state_dict(state)
        assert [_rows(next(fresh), encode) for _ in range(30 - cut)] == batches[cut:]


def test_a_stream_that_skips_batches_continues_as_one_that_took_them(tmp_path, encode):
    # train_skip_steps: a new run reads on from where another run's stream stood
    prefix = write_prefix(tmp_path / "c", triplets(45, seed=7))
    ref = _stream(prefix, encode)
    batches = [_rows(next(ref), encode) for _ in range(30)]
    for cut in (0, 1, 9, 23):
        s = _stream(prefix, encode)
        s.skip(cut)
        assert [_rows(next(s), encode) for _ in range(30 - cut)] == batches[cut:]


def test_ranks_take_alternate_global_batches(tmp_path, encode):
    prefix = write_prefix(tmp_path / "c", triplets(45, seed=8))
    one = _stream(prefix, encode)
    global_batches = [_rows(next(one), encode) for _ in range(12)]
    r0, r1 = _stream(prefix, encode, rank=0, world=2), _stream(prefix, encode, rank=1, world=2)
    assert [_rows(next(r0), encode) for _ in range(6)] == global_batches[0::2]
    assert [_rows(next(r1), encode) for _ in range(6)] == global_batches[1::2]
    assert r0.state_dict() == r1.state_dict() == one.state_dict()


def test_the_stream_holds_at_most_one_shuffle_buffer(tmp_path, encode):
    prefix = write_prefix(tmp_path / "c", triplets(100, seed=9))
    s = _stream(prefix, encode, shuffle_buffer=7)
    for _ in range(20):
        next(s)
        assert sum(len(b) for b in s._chunk) <= 7


def _error(path) -> DataError:
    with pytest.raises(DataError) as e:
        reader = TripletReader(str(path))
        while reader.read() is not None:
            pass
    return e.value


def test_bad_input_is_reported_with_file_and_line(tmp_path, encode):
    write_prefix(tmp_path / "m", [("a", "b", "c")] * 3)
    (tmp_path / "m.pe").write_text("c\nc\n")
    e = _error(tmp_path / "m")
    assert (e.file, e.line) == (str(tmp_path / "m.pe"), 3)
    assert "ends here, but m.src has more lines" in str(e)

    (tmp_path / "b.tsv").write_text("a\tb\tc\na\tb\n")
    assert str(_error(tmp_path / "b.tsv")) == f"{tmp_path / 'b.tsv'}:2: expected 3 tab-separated fields (src, mt, pe), got 2"

    (tmp_path / "b.jsonl").write_text('{"src": "a", "mt": "b", "pe": "c"}\n{"src": "a", "mt": 3, "pe": "c"}\n')
    e = _error(tmp_path / "b.jsonl")
    assert (e.line, e.field) == (2, "mt")

    write_prefix(tmp_path / "u", [("a", "b", "c")] * 2)
    (tmp_path / "u.mt").write_bytes(b"b\n\xff\xfe\n")
    e = _error(tmp_path / "u")
    assert (e.file, e.line) == (str(tmp_path / "u.mt"), 2) and "UTF-8" in str(e)

    e = _error(tmp_path / "missing")
    assert e.file == str(tmp_path / "missing.src")

    write_prefix(tmp_path / "long", [("w " * 30, "x", "y")] * 3)
    with pytest.raises(DataError, match="every triplet is longer than the length limits"):
        next(_stream(tmp_path / "long", encode))
    with pytest.raises(DataError, match="no dev triplet"):
        read_dev(str(tmp_path / "long"), encode, 5)
    write_prefix(tmp_path / "empty", [])
    with pytest.raises(DataError, match="no triplets"):
        next(_stream(tmp_path / "empty", encode))


def test_crlf_line_ends_are_not_part_of_the_text(tmp_path):
    for ext, text in (("src", "a b\r\n"), ("mt", "c\r\n"), ("pe", "d\r\n")):
        Path(f"{tmp_path / 'w'}.{ext}").write_bytes(text.encode())
    assert TripletReader(str(tmp_path / "w")).read() == ("a b", "c", "d")
