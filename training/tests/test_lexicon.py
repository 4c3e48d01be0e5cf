"""python -m ape.export.lexicon and ape.decode.Lexical: the target lexicon (format version 4).

Oracles: hand-written vocabularies and word sets whose tries and classes are worked out here
by hand, the committed fixture test/fixtures/model-tiny-lexicon (its reference.json, decoded by
training/scripts/make_lexicon_fixture.py, is reproduced), and the rule itself: every complete
alphabetic output word is in the lexicon or the segment."""
import dataclasses
import json
import shutil

import pytest

from ape.decode import DecodingOptions, Lexical, beam_search
from ape.encoding import EncoderInput, SpecialTokens
from ape.export.lexicon import (
    FREE,
    Lexicon,
    LexiconError,
    TrieBuilder,
    add_lexicon,
    advance,
    allowed,
    alphabetic_prefix,
    closable,
    main as lexicon_cli,
    next_tokens,
    segment_trie,
    split_words,
    token_classes,
)
from ape.export.manifest import Manifest, verify_files

from test_export import FIXTURES

VOCAB = ["[PAD]", "[SEP]", ".", "3", "ubu", "##ntu", "##rom", "##3", "cat", "##s", "the", "##é"]
#          f        f       f    f    w      c        c        g      w      c     w      c


def test_token_classes():
    assert token_classes(VOCAB) == "ffffwccgwcwc"
    assert token_classes(["##", "#", "a1", "##a1", "ñ"]) == "fffgw"


def test_words_and_prefixes():
    cls = token_classes(VOCAB)
    assert split_words([4, 5, 2, 8, 9, 3, 7], cls) == [[4, 5], [2], [8, 9], [3, 7]]
    assert alphabetic_prefix([4, 5], cls) == ([4, 5], True)
    assert alphabetic_prefix([4, 7, 5], cls) == ([4], False)  # "ubu3ntu": its alphabetic part is ubu
    assert alphabetic_prefix([3, 7], cls) == ([], False)


def _lexicon(words: list[list[int]]) -> Lexicon:
    cls = token_classes(VOCAB)
    t = TrieBuilder()
    for w in words:
        t.add_word(w, cls)
    nodes, tokens = t.flatten()
    return Lexicon.from_json({"kind": "wordpiece-trie-v1", "vocabSize": len(VOCAB), "classes": cls,
                              "nodes": nodes, "tokens": tokens}, len(VOCAB))


def test_trie_file_layout_and_lookups():
    lex = _lexicon([[8], [8, 9], [10], [4, 5]])  # cat, cats, the, ubuntu
    # breadth first: root (children ubu, cat, the), ubu (##ntu), cat* (##s), the*, ubuntu*, cats*
    assert lex.child_tokens(0) == [4, 8, 10]
    ubu, cat, the = lex.child(0, 4), lex.child(0, 8), lex.child(0, 10)
    assert (ubu, cat, the) == (1, 2, 3)
    assert not lex.is_word(ubu) and lex.is_word(cat) and lex.is_word(the)
    assert lex.child(ubu, 5) == 4 and lex.is_word(4) and lex.child(ubu, 6) == -1
    assert lex.child(cat, 9) == 5 and lex.child(0, 9) == -1


def test_state_machine():
    cls = token_classes(VOCAB)
    lex = _lexicon([[8], [8, 9], [4, 5]])
    seg = segment_trie([10, 11, 1, 8, 3, 7, 8, 9, 7], cls)  # segment words: "thé", cat, "37", "cats3"
    s = FREE
    assert closable(s, lex, seg)
    assert [t for t in range(len(VOCAB)) if allowed(s, t, cls, lex, seg)] == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    s = advance(s, 4, cls, lex, seg)  # ubu: in the lexicon as a prefix only
    assert s == (1, -1) and not closable(s, lex, seg) and next_tokens(s, lex, seg) == [5]
    assert [t for t in range(len(VOCAB)) if allowed(s, t, cls, lex, seg)] == [5]  # not ##3: ubu is no word
    s = advance(s, 5, cls, lex, seg)
    assert closable(s, lex, seg) and allowed(s, 7, cls, lex, seg)  # ubuntu ##3
    assert advance(s, 7, cls, lex, seg) == FREE
    assert [t for t in range(len(VOCAB)) if allowed(s, t, cls, lex, seg)] == [0, 1, 2, 3, 4, 7, 8, 10]
    s = advance(FREE, 10, cls, lex, seg)  # "the": only the segment has it, and only as "thé"
    assert s[0] == -1 and s[1] >= 0 and not closable(s, lex, seg) and next_tokens(s, lex, seg) == [11]
    assert closable(advance(s, 11, cls, lex, seg), lex, seg)
    assert advance(FREE, 9, cls, lex, seg) == FREE  # a continuation of a free word stays free


def test_lexical_masks_are_the_table():
    """ape.decode.Lexical's vectorized masks equal `allowed` token by token, on every state of a walk."""
    import torch

    cls = token_classes(VOCAB)
    lex = _lexicon([[8], [8, 9], [4, 5]])

    class Flat:  # a stepper of equal log-probs: only the mask shows
        def start(self, pair, rows):
            pass

        def step(self, tokens):
            return torch.zeros(len(tokens), len(VOCAB))

        def reorder(self, rows):
            pass

    ids = [2, 10, 11, 1, 8, 3, 7, 8, 9, 7, 1]
    x = EncoderInput(ids, [0] * len(ids), list(range(len(ids))), 3)
    seg = segment_trie(ids, cls)
    stepper = Lexical(Flat(), lex)
    stepper.start(x, 1)
    state, prev = FREE, 2
    for t in [4, 5, 7, 9, 2, 10, 11, 2, 8, 9, 7]:
        ok = torch.isfinite(stepper.step([prev])[0]).tolist()
        assert ok == [allowed(state, v, cls, lex, seg) for v in range(len(VOCAB))], (state, t)
        assert ok[t]
        state, prev = advance(state, t, cls, lex, seg), t


def test_malformed_lexicon_is_refused_naming_the_field():
    good = {"kind": "wordpiece-trie-v1", "vocabSize": len(VOCAB), "classes": token_classes(VOCAB),
            "nodes": [2, 0], "tokens": [8]}
    Lexicon.from_json(good, len(VOCAB))
    for bad, key in [({"kind": "x"}, "kind"), ({"vocabSize": 3}, "vocabSize"), ({"classes": "w"}, "classes"),
                     ({"nodes": [4, 0]}, "nodes"), ({"tokens": [9]}, r"tokens\[0\]"), ({"tokens": [99]}, "tokens")]:
        with pytest.raises(LexiconError, match=rf"\({key}\)"):
            Lexicon.from_json({**good, **bad}, len(VOCAB))


def test_add_lexicon_writes_version_4_and_refuses_a_second(tmp_path):
    d = tmp_path / "m"
    shutil.copytree(FIXTURES / "model-tiny-softmax", d)
    words = tmp_path / "words.txt"
    words.write_text("# a comment\ncats\nthe\nhorse's\ne-mail\n\n")
    summary = add_lexicon(d, [], [words])
    data = verify_files(d)
    assert data["formatVersion"] == 4 and data["lexicon"] == {"kind": "wordpiece-trie-v1", "file": "lexicon.json"}
    assert "lexicon.json" in data["files"]
    raw = json.loads((d / "lexicon.json").read_text())
    # cats, the, horse, s, e, mail ("horse's" and "e-mail" are three words each; ' and - are free)
    assert summary["words"] == raw["words"] == 6
    assert raw["source"]["from"][0]["lines"] == 4
    assert lexicon_cli([str(d), "--words", str(words)]) == 2  # already has one
    assert lexicon_cli([str(d), "--words", str(tmp_path / "missing.txt"), "--force"]) == 2
    assert lexicon_cli([str(d), "--words", str(words), "--force"]) == 0
    # a version 3 reader's rule: the dataclass refuses the field below version 4
    m = Manifest.load(d)
    with pytest.raises(ValueError, match=r"\(lexicon\): needs formatVersion 4"):
        dataclasses.replace(m, formatVersion=3).validate()


@pytest.mark.parametrize("limit", [4])
def test_fixture_reference_is_reproduced(limit):
    from ape.export.from_onnx import import_model_dir

    d = FIXTURES / "model-tiny-lexicon"
    manifest = Manifest.load(d)
    lex = Lexicon.load(d / "lexicon.json", manifest.architecture.vocabSize)
    model, _ = import_model_dir(d)
    sp = manifest.specialTokens
    special = SpecialTokens.from_json(sp)
    ref = json.loads((d / "reference.json").read_text())
    words = {tuple(alphabetic_prefix(w, lex.classes)[0]) for w in _words_of(d, ref["lexiconWords"])}
    for case in ref["cases"][:limit]:
        e = case["encoder"]
        x = EncoderInput(e["input_ids"], e["token_type_ids"], e["position_ids"], case["mtTokens"])
        own = {tuple(alphabetic_prefix(w, lex.classes)[0]) for w in split_words(x.input_ids, lex.classes)}
        for run in case["runs"]:
            r = beam_search(Lexical(model, lex), x, special, DecodingOptions.from_json(run["options"]))
            assert [h.ids for h in r.hypotheses] == [h["ids"] for h in run["hypotheses"]]
            for h in r.hypotheses:
                ws = split_words(h.ids, lex.classes)
                for i, w in enumerate(ws):
                    prefix = tuple(alphabetic_prefix(w, lex.classes)[0])
                    if prefix and (h.ended_with_eos or i < len(ws) - 1):
                        assert prefix in words | own


def _words_of(d, texts):
    from tokenizers import Tokenizer

    from ape.export.lexicon import text_words

    return list(text_words(Tokenizer.from_file(str(d / "tokenizer.json")), texts))
