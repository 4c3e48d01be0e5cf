"""Target lexicon for a model directory (format version 4, docs/model-format.md "Target lexicon").

    python -m ape.export.lexicon MODEL_DIR --from TRAIN_PREFIX [--from ...] --words FILE [--words ...] [--force]

Why: a WordPiece decoder can write words that exist in no language ("Hola" -> "Hiing",
"Ubuntu" -> "uburom", "Nextcloud" -> "nextcl cloud"): every `##` continuation is a legal
token after every word start. The lexicon constrains beam search at the word level: every
output word is either a word of this segment's src or mt (copied) or a word of the target
lexicon (the words of the training post-edits plus a word list such as Debian's
`wamerican-large`), both tokenized with the model's own tokenizer.

Words. The tokenizer's pre-tokenizer decides what a word is (BERT's: split at whitespace and
at every punctuation char), and a word is a word-start token followed by its `##`
continuations. Every token of the vocabulary has one class (`classes`, one char per id):

- `w`: a word start whose text is all letters (Python `str.isalpha`);
- `c`: a `##` continuation whose text after `##` is all letters;
- `f`: any other word start (punctuation, digits, `[SEP]`/eos and the other special tokens);
- `g`: any other continuation (`##3`, ...).

Only alphabetic words are constrained. The lexicon is the trie of the alphabetic words
(`w c*`); a word that starts alphabetic and goes on with a `g` token (`mp ##3`) puts its
alphabetic part in as a word (`mp`: what a reader sees as its word, as src/eval/faithfulness.ts
counts letter runs), and a `g` token may only follow a complete word, so `submuestre ##1`
cannot hide an invented word behind a digit. After an `f` or `g` token the word is free.

The decoder (ape.decode.Lexical here, src/model/lexicon.ts in the runtime) keeps for each
hypothesis the state of its current word, FREE or a pair (node of the lexicon trie, node of
the segment's own trie, each -1 when the word left it):

    closable(state) = state is FREE or either node is a complete word
    token class f (eos included): allowed iff closable; the new state is FREE
    token class g:                allowed iff closable; the new state is FREE
    token class w: allowed iff closable and the root of either trie has that child; new state = the children
    token class c: allowed iff FREE, or either node has that child; new state = FREE, resp. the children

Disallowed tokens get -inf before the 2K best are taken; the allowed ones keep the model's
log-probs (no renormalization), so scores stay comparable with the mt's forced score.

lexicon.json:

    {"kind": "wordpiece-trie-v1", "vocabSize": V, "classes": "<V chars of w/c/f/g>",
     "nodes": [2 * childCount + isWord, ...],   # the trie's nodes in breadth-first order, root first
     "tokens": [token, ...],                    # the edges, node by node, increasing within a node;
                                                # edge e leads to node e + 1
     "words": N, "source": {...}}

When the directory has an output-vocabulary shortlist, words with a token outside S are left
out (the shortlist could never write them; a path the shortlist cannot finish would be a dead
end for a hypothesis).
"""
from __future__ import annotations

import argparse
import bisect
import dataclasses
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ape.export.manifest import LEXICON_VERSION, MANIFEST_NAME, Lexicon as LexiconField, Manifest, sha256_file, verify_files

KIND = "wordpiece-trie-v1"
LEXICON_FILE = "lexicon.json"
FREE = (-2, -2)  # the state of a free word (and of the empty output)


class LexiconError(Exception):
    """The inputs cannot make a lexicon, or a lexicon file is malformed; the message says why."""


def token_classes(vocab: Sequence[str]) -> str:
    """One char per token id: w (alphabetic word start), c (alphabetic ## continuation), f, g."""
    out = []
    for t in vocab:
        cont = t.startswith("##") and len(t) > 2
        body = t[2:] if cont else t
        alpha = body.isalpha()
        out.append(("c" if alpha else "g") if cont else ("w" if alpha else "f"))
    return "".join(out)


def split_words(ids: Sequence[int], classes: str) -> list[list[int]]:
    """Token ids cut into words: a word starts at a w/f token and takes the c/g tokens after it."""
    words: list[list[int]] = []
    for i in ids:
        if classes[i] in "wf" or not words:
            words.append([int(i)])
        else:
            words[-1].append(int(i))
    return words


def alphabetic_prefix(word: Sequence[int], classes: str) -> tuple[list[int], bool]:
    """(the leading w c* tokens, whether that is the whole word); empty when the word starts free.
    The prefix is a word of the trie either way (`mp` of `mp ##3`)."""
    if not word or classes[word[0]] != "w":
        return [], False
    n = 1
    while n < len(word) and classes[word[n]] == "c":
        n += 1
    return list(word[:n]), n == len(word)


class TrieBuilder:
    """A trie of token-id sequences with complete-word flags (dict children)."""

    def __init__(self) -> None:
        self.children: list[dict[int, int]] = [{}]
        self.word: list[bool] = [False]

    def insert(self, ids: Sequence[int], complete: bool) -> None:
        node = 0
        for t in ids:
            nxt = self.children[node].get(t)
            if nxt is None:
                nxt = len(self.children)
                self.children[node][t] = nxt
                self.children.append({})
                self.word.append(False)
            node = nxt
        if complete and ids:
            self.word[node] = True

    def add_word(self, word: Sequence[int], classes: str) -> None:
        prefix, _ = alphabetic_prefix(word, classes)
        if prefix:
            self.insert(prefix, True)

    def child(self, node: int, token: int) -> int:
        return self.children[node].get(token, -1)

    def is_word(self, node: int) -> bool:
        return self.word[node]

    def child_tokens(self, node: int) -> list[int]:
        return list(self.children[node])

    def flatten(self) -> tuple[list[int], list[int]]:
        """(nodes, tokens) of the file: breadth-first, children in token order, edge e -> node e + 1."""
        nodes, tokens, queue, head = [], [], [0], 0
        while head < len(queue):
            n = queue[head]
            head += 1
            kids = sorted(self.children[n].items())
            nodes.append(2 * len(kids) + int(self.word[n]))
            for t, c in kids:
                tokens.append(t)
                queue.append(c)
        return nodes, tokens

    def count_words(self) -> int:
        return sum(self.word)


class Lexicon:
    """lexicon.json loaded: the trie in breadth-first arrays and the token classes."""

    def __init__(self, classes: str, nodes: list[int], tokens: list[int]):
        self.classes, self.tokens = classes, tokens
        self.word = [n & 1 == 1 for n in nodes]
        self.first = [0]
        for n in nodes:
            self.first.append(self.first[-1] + (n >> 1))

    @classmethod
    def load(cls, path: Path, vocab_size: int) -> "Lexicon":
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise LexiconError(f"{path}: cannot read the lexicon ({e})") from e
        return cls.from_json(raw, vocab_size, str(path))

    @classmethod
    def from_json(cls, raw: Any, vocab_size: int, where: str = LEXICON_FILE) -> "Lexicon":
        """Checks everything src/model/lexicon.ts checks (the same messages' fields)."""
        def fail(key: str, message: str) -> None:
            raise LexiconError(f"{where} ({key}): {message} (docs/model-format.md)")

        if not isinstance(raw, dict):
            fail("kind", "the lexicon file must be a JSON object")
        if raw.get("kind") != KIND:
            fail("kind", f"{raw.get('kind')!r}: only {KIND!r} is defined")
        if raw.get("vocabSize") != vocab_size:
            fail("vocabSize", f"{raw.get('vocabSize')!r} is not the model's vocabSize {vocab_size}")
        classes, nodes, tokens = raw.get("classes"), raw.get("nodes"), raw.get("tokens")
        if not isinstance(classes, str) or len(classes) != vocab_size or set(classes) - set("wcfg"):
            fail("classes", f"must be a string of {vocab_size} chars, each one of w c f g")
        if not isinstance(nodes, list) or not nodes or not all(isinstance(n, int) and n >= 0 for n in nodes):
            fail("nodes", "must be a non-empty list of integers >= 0")
        if not isinstance(tokens, list) or not all(isinstance(t, int) and 0 <= t < vocab_size for t in tokens):
            fail("tokens", f"must be a list of token ids below {vocab_size}")
        if sum(n >> 1 for n in nodes) != len(tokens) or len(nodes) != len(tokens) + 1:
            fail("nodes", f"{len(nodes)} nodes with {sum(n >> 1 for n in nodes)} children do not match "
                 f"{len(tokens)} tokens (a tree has one node more than edges)")
        lex = cls(classes, nodes, tokens)
        for n in range(len(nodes)):
            kids = tokens[lex.first[n]:lex.first[n + 1]]
            want = "w" if n == 0 else "c"
            for i, t in enumerate(kids):
                if i > 0 and t <= kids[i - 1]:
                    fail(f"tokens[{lex.first[n] + i}]", "the children of a node must be in increasing token order")
                if classes[t] != want:
                    fail(f"tokens[{lex.first[n] + i}]", f"token {t} has class {classes[t]!r}, expected {want!r}")
        return lex

    def child(self, node: int, token: int) -> int:
        lo, hi = self.first[node], self.first[node + 1]
        i = bisect.bisect_left(self.tokens, token, lo, hi)
        return i + 1 if i < hi and self.tokens[i] == token else -1

    def is_word(self, node: int) -> bool:
        return self.word[node]

    def child_tokens(self, node: int) -> list[int]:
        return self.tokens[self.first[node]:self.first[node + 1]]


def segment_trie(input_ids: Sequence[int], classes: str) -> TrieBuilder:
    """The trie of the words of one segment's encoder input (its src and mt, after masking)."""
    trie = TrieBuilder()
    for word in split_words(input_ids, classes):
        trie.add_word(word, classes)
    return trie


def advance(state: tuple[int, int], token: int, classes: str, lex: Lexicon, seg: TrieBuilder) -> tuple[int, int]:
    """The state after writing `token` (which must be allowed)."""
    c = classes[token]
    if c in "fg" or (c == "c" and state == FREE):
        return FREE
    g, s = (0, 0) if c == "w" else state
    return (lex.child(g, token) if g >= 0 else -1, seg.child(s, token) if s >= 0 else -1)


def closable(state: tuple[int, int], lex: Lexicon, seg: TrieBuilder) -> bool:
    g, s = state
    return state == FREE or (g >= 0 and lex.is_word(g)) or (s >= 0 and seg.is_word(s))


def allowed(state: tuple[int, int], token: int, classes: str, lex: Lexicon, seg: TrieBuilder) -> bool:
    """Whether `token` may follow a hypothesis whose current word is `state` (the table above;
    ape.decode.Lexical computes the same for every token at once)."""
    c = classes[token]
    if c in "fg":
        return closable(state, lex, seg)
    if c == "w":
        return closable(state, lex, seg) and (lex.child(0, token) >= 0 or seg.child(0, token) >= 0)
    g, s = state
    return state == FREE or (g >= 0 and lex.child(g, token) >= 0) or (s >= 0 and seg.child(s, token) >= 0)


def next_tokens(state: tuple[int, int], lex: Lexicon, seg: TrieBuilder) -> list[int]:
    """The c tokens that continue a (non-FREE) state's word."""
    g, s = state
    return sorted(set(lex.child_tokens(g) if g >= 0 else []) | set(seg.child_tokens(s) if s >= 0 else []))


# --- building -----------------------------------------------------------------------------

def text_words(tokenizer, texts: Iterable[str]) -> Iterable[list[int]]:
    """The words (as token ids) of each text, by the tokenizer's own pre-tokenizer."""
    batch: list[str] = []

    def flush() -> Iterable[list[int]]:
        for enc in tokenizer.encode_batch(batch, add_special_tokens=False):
            words: dict[int, list[int]] = {}
            for i, w in zip(enc.ids, enc.word_ids):
                if w is not None:
                    words.setdefault(w, []).append(i)
            yield from words.values()
        batch.clear()

    for text in texts:
        batch.append(text)
        if len(batch) == 4096:
            yield from flush()
    if batch:
        yield from flush()


def build_lexicon(tokenizer, texts: Iterable[str], allowed: set[int] | None = None) -> tuple[dict[str, Any], int]:
    """The lexicon.json object (without `source`) of every word of `texts`; and how many words were
    left out for a token outside `allowed` (the shortlist)."""
    vocab_size = tokenizer.get_vocab_size()
    inverse = {i: t for t, i in tokenizer.get_vocab().items()}
    vocab = [inverse.get(i, "[UNK]") for i in range(vocab_size)]
    classes = token_classes(vocab)
    trie, seen, dropped = TrieBuilder(), set(), 0
    for word in text_words(tokenizer, texts):
        key = tuple(word)
        if key in seen:
            continue
        seen.add(key)
        prefix, _ = alphabetic_prefix(word, classes)
        if allowed is not None and any(t not in allowed for t in prefix):
            dropped += 1
            continue
        trie.add_word(word, classes)
    nodes, tokens = trie.flatten()
    return {"kind": KIND, "vocabSize": vocab_size, "classes": classes, "nodes": nodes, "tokens": tokens,
            "words": trie.count_words()}, dropped


def read_word_list(path: Path) -> list[str]:
    """One word a line (a Debian word list); blank lines and # comments skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise LexiconError(f"{path}: cannot read the word list ({e.strerror}); on Debian/Ubuntu "
                           "`apt-get install wamerican-large` gives /usr/share/dict/american-english-large") from e
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def add_lexicon(directory: Path, prefixes: list[str], word_files: list[Path], *, force: bool = False,
                extra_words: list[str] | None = None, source_note: dict[str, Any] | None = None) -> dict[str, Any]:
    """Writes lexicon.json into `directory` and updates ape.json (formatVersion >= 4); returns the lexicon's summary."""
    from tokenizers import Tokenizer

    from ape.casing import read_triplets

    verify_files(directory)
    manifest = Manifest.load(directory)
    if manifest.lexicon is not None and not force:
        raise LexiconError(f"{directory / MANIFEST_NAME}: already has a lexicon (use --force to replace it)")
    tok = Tokenizer.from_file(str(directory / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    if tok.get_vocab_size() != manifest.architecture.vocabSize:
        raise LexiconError(f"tokenizer.json has {tok.get_vocab_size()} tokens, ape.json architecture.vocabSize "
                           f"{manifest.architecture.vocabSize}")
    texts: list[str] = []
    sources: list[dict[str, Any]] = []
    for prefix in prefixes:
        pe = [t[2] for t in read_triplets(prefix)]
        texts += pe
        sources.append({"data": prefix, "side": "pe", "segments": len(pe)})
    for f in word_files:
        words = read_word_list(f)
        texts += words
        sources.append({"wordList": Path(f).name, "lines": len(words), "sha256": sha256_file(Path(f))})
    if extra_words:
        texts += extra_words
        sources.append({"words": len(extra_words)})
    if not texts:
        raise LexiconError("no words: give --from TRAIN_PREFIX and/or --words FILE")
    allowed = None
    if manifest.shortlist is not None:
        ids = json.loads((directory / manifest.shortlist.ids).read_text())["ids"]
        allowed = set(ids)
    data, dropped = build_lexicon(tok, texts, allowed)
    data["source"] = {"from": sources, **({"note": source_note} if source_note else {}),
                      "lowercase": manifest.input.lowercase,
                      "droppedOutsideShortlist": dropped if allowed is not None else None}
    Lexicon.from_json(data, manifest.architecture.vocabSize)  # what the loaders check
    tmp = directory / (LEXICON_FILE + ".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(directory / LEXICON_FILE)
    files = {**manifest.files, LEXICON_FILE: sha256_file(directory / LEXICON_FILE)}
    manifest = dataclasses.replace(manifest, formatVersion=max(manifest.formatVersion, LEXICON_VERSION),
                                   lexicon=LexiconField(kind=KIND, file=LEXICON_FILE), files=dict(sorted(files.items())))
    out = manifest.save(directory)
    summary = {"words": data["words"], "nodes": len(data["nodes"]), "dropped": dropped,
               "bytes": (directory / LEXICON_FILE).stat().st_size}
    print(f"lexicon: {summary['words']} words, {summary['nodes']} trie nodes, {dropped} words left out (tokens "
          f"outside the shortlist), {summary['bytes']} bytes; {out} is formatVersion {manifest.formatVersion}",
          file=sys.stderr)
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ape.export.lexicon", description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--from", dest="prefixes", action="append", default=[], metavar="PREFIX",
                    help="training triplets whose post-edits' words join the lexicon: PREFIX.{src,mt,pe}, a .tsv "
                         "or a .jsonl (repeatable)")
    ap.add_argument("--words", dest="word_files", action="append", default=[], type=Path, metavar="FILE",
                    help="a word list, one word a line, e.g. /usr/share/dict/american-english-large (repeatable)")
    ap.add_argument("--force", action="store_true", help="replace an existing lexicon")
    args = ap.parse_args(argv)
    try:
        add_lexicon(args.model_dir, args.prefixes, args.word_files, force=args.force)
    except (LexiconError, ValueError, OSError) as err:
        print(f"ape.export.lexicon: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
