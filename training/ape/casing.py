"""The casing step of uncased models: a truecaser learned from training triplets.

An uncased BERT (all-MiniLM-L6-v2) loses case and accents, and the detokenizer
(src/model/detokenize.ts) restores the mt's surface where the output copies an mt unit;
Apertium's casing is often wrong, though ("SCHEDDEADLINE Is not endured"), and new words
come out lowercase. This module learns, from (src, mt, pe) triplets, which case each output
word takes given its lowercased form, its position, the case of the mt word it was copied
from and the case of the src's first word, as a decision list with back-off, and applies
it. docs/model-format.md ("Casing") is the specification; src/model/casing.ts applies the
same table and must give the same strings (test/fixtures/casing/ checks both sides).
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ape.paths import portable_paths

KIND = "truecase-v1"
FILE_NAME = "casing.json"
# bench/casing.ts on dev, case-sensitive oracle TER by minimum gain: 1 -> 5.81 (1466 entries),
# 2 -> 5.81, 3 -> 5.76, 5 and 8 -> 5.69 (117 and 59 entries), 12 -> 5.72
DEFAULT_MIN_GAIN = 5
# JavaScript's \s (ECMAScript WhiteSpace + LineTerminator), which the TypeScript side splits on.
_JS_SPACE = set("\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") | {chr(c) for c in range(0x2000, 0x200B)}


def is_punct(c: str) -> bool:
    """BERT's `_is_punctuation`: ASCII 33-47, 58-64, 91-96, 123-126, or Unicode category P*."""
    o = ord(c)
    return 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126 or unicodedata.category(c).startswith("P")


@dataclass(frozen=True)
class Unit:
    surface: str
    space_before: bool


def units(text: str) -> list[Unit]:
    """BERT pre-token units: split at JS whitespace, then each punctuation char is a unit and
    each maximal run of other chars is one (src/model/detokenize.ts `mtUnits`)."""
    out: list[Unit] = []
    word: list[str] = []
    space = False

    def flush() -> None:
        nonlocal space
        if word:
            out.append(Unit("".join(word), space and bool(out)))
            word.clear()
            space = False

    for c in text:
        if c in _JS_SPACE:
            flush()
            space = True
        elif is_punct(c):
            flush()
            out.append(Unit(c, space and bool(out)))
            space = False
        else:
            word.append(c)
    flush()
    return out


def key(word: str) -> str:
    """What an uncased BERT keeps of a word: lowercased, NFD, combining marks (Mn) dropped."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def cased(word: str) -> bool:
    return word.lower() != word.upper()


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def case_class(word: str) -> str:
    """'' (no cased letter), 'l' lower, 'c' Capitalised, 'u' UPPER, 'm' mixed."""
    if not cased(word):
        return ""
    if word == word.lower():
        return "l"
    if word == capitalise(word):
        return "c"
    if word == word.upper():
        return "u"
    return "m"


ACTIONS = ("keep", "lower", "cap", "upper")  # tie order when learning; an exact form is the fifth kind


def apply_action(action: str, surface: str) -> str:
    if action == "keep":
        return surface
    if action == "lower":
        return surface.lower()
    if action == "cap":
        return capitalise(surface)
    if action == "upper":
        return surface.upper()
    return action  # an exact form (stored only under keys that include the word itself)


def src_class(src: str) -> str:
    """The case class of the src's first unit that has a cased letter ('' if none)."""
    for u in units(src):
        if cased(u.surface):
            return case_class(u.surface)
    return ""


@dataclass(frozen=True)
class Word:
    """One output unit with a cased letter and what the table keys on."""
    index: int  # position among the output units
    surface: str  # what the detokenizer gives: the mt unit's surface, or the lowercase decode
    k: str
    ctx: str
    mtc: str  # case class of the mt unit it was copied from, '-' when new material
    srcc: str = "-"  # case class of the first src unit with the same key, '-' when none


def features(out: list[Unit], mt_index: list[int], mt: list[Unit], src: str) -> list[Word]:
    """The keyed words of one output (units with their mt unit index, -1 when new)."""
    s = src_class(src)
    in_src: dict[str, str] = {}
    for su in units(src):
        if cased(su.surface):
            in_src.setdefault(key(su.surface), case_class(su.surface))
    words: list[Word] = []
    seen_word = False
    for i, u in enumerate(out):
        if not cased(u.surface):
            if any(unicodedata.category(c)[0] in "LN" for c in u.surface):
                seen_word = True
            continue
        prev = out[i - 1] if i > 0 else None
        if prev is None:
            p = "^"
        elif len(prev.surface) == 1 and is_punct(prev.surface):
            p = prev.surface + ("_" if u.space_before else "")
        else:
            p = "w"
        ctx = ("1" + p + s) if not seen_word else p
        j = mt_index[i]
        k = key(u.surface)
        words.append(Word(i, u.surface, k, ctx, case_class(mt[j].surface) if j >= 0 else "-", in_src.get(k, "-")))
        seen_word = True
    return words


LEVELS = 6


def level_keys(w: Word) -> list[str]:
    """The decision list's keys, most specific first; tab-separated so no key collides."""
    first = w.ctx[:1] == "1"
    return [
        f"{w.k}\t{w.ctx}\t{w.mtc}",
        f"{w.k}\t{'1' if first else ''}\t{w.mtc}",
        f"{w.k}\t\t",
        f"\t{'1' if first else ''}\t{w.mtc}\t{w.srcc}",
        f"\t{w.ctx}\t{w.mtc}",
        f"\t{'1' if first else ''}\t{w.mtc}",
    ]


def decide(table: dict[str, str], w: Word) -> str:
    for k in level_keys(w):
        a = table.get(k)
        if a is not None:
            return a
    return "keep"


def apply(table: dict[str, str], out: list[Unit], mt_index: list[int], mt: list[Unit], src: str) -> list[str]:
    """The cased surfaces of `out` (units without a cased letter unchanged)."""
    surfaces = [u.surface for u in out]
    for w in features(out, mt_index, mt, src):
        surfaces[w.index] = apply_action(decide(table, w), w.surface)
    return surfaces


def join(out: list[Unit], surfaces: list[str]) -> str:
    return "".join((" " if u.space_before else "") + s for u, s in zip(out, surfaces))


def align(pe: list[Unit], mt: list[Unit]) -> list[int]:
    """Which mt unit each pe unit is a copy of (-1: none), by the detokenizer's rule: among the
    mt units with the same key, the one that starts the longest run of mt units whose keys
    equal the pe units' from here on, then the one nearest to just after the previous unit's
    mt index (first on ties), where a new unit takes the index after the previous one's."""
    pk, mk = [key(u.surface) for u in pe], [key(u.surface) for u in mt]
    by_key: dict[str, list[int]] = defaultdict(list)
    for j, k in enumerate(mk):
        by_key[k].append(j)
    out, prev = [], -1
    for i, k in enumerate(pk):
        best, best_run = -1, 0
        for j in by_key.get(k, []):
            run = 0
            while i + run < len(pk) and j + run < len(mk) and pk[i + run] == mk[j + run]:
                run += 1
            if best == -1 or run > best_run or (run == best_run and abs(j - prev - 1) < abs(best - prev - 1)):
                best, best_run = j, run
        out.append(best)
        prev = best if best >= 0 else prev + 1  # new material stands in for the next mt unit
    return out


def oracle_output(pe_text: str, mt_text: str) -> tuple[list[Unit], list[int], list[Unit]]:
    """What the detokenizer gives for a model that outputs exactly pe: pe's units, with each
    copied unit taking the mt's surface and new ones lowercase without accents."""
    pe, mt = units(pe_text), units(mt_text)
    idx = align(pe, mt)
    out = [Unit(mt[j].surface if j >= 0 else key(u.surface), u.space_before) for u, j in zip(pe, idx)]
    return out, idx, mt


def learn(triplets: Iterable[tuple[str, str, str]], min_gain: int = DEFAULT_MIN_GAIN) -> dict[str, str]:
    """A decision list: for each level, last first, an entry is kept only if it makes at
    least `min_gain` more training words come out right than the levels after it do."""
    examples: list[tuple[Word, str]] = []
    for src, mt_text, pe_text in triplets:
        out, idx, mt = oracle_output(pe_text, mt_text)
        gold = units(pe_text)
        for w in features(out, idx, mt, src):
            examples.append((w, gold[w.index].surface))
    keys = [level_keys(w) for w, _ in examples]
    table: dict[str, str] = {}
    for level in reversed(range(LEVELS)):
        current = [decide(table, w) for w, _ in examples]
        right: dict[str, Counter] = defaultdict(Counter)
        now: Counter = Counter()
        for (w, g), ks, a in zip(examples, keys, current):
            k = ks[level]
            for act in ACTIONS:
                if apply_action(act, w.surface) == g:
                    right[k][act] += 1
            if level <= 2 and all(apply_action(act, w.surface) != g for act in ACTIONS):
                right[k][g] += 1  # an exact form, only where the key holds the word
            now[k] += apply_action(a, w.surface) == g
        for k, counts in right.items():
            best = max(counts.items(), key=lambda kv: (kv[1], -_order(kv[0])))
            if best[1] - now[k] >= min_gain:
                table[k] = best[0]
    return dict(sorted(table.items()))


def _order(action: str) -> int:
    return ACTIONS.index(action) if action in ACTIONS else len(ACTIONS)


def write_table(table: dict[str, str], path: Path, meta: dict) -> None:
    path.write_text(json.dumps({"kind": KIND, **meta, "table": table}, ensure_ascii=False, indent=0) + "\n")


def read_triplets(path: str) -> list[tuple[str, str, str]]:
    """The training data as ape.train reads it: a prefix P (P.src, P.mt, P.pe), a .tsv or a .jsonl."""
    from ape.data import TripletReader  # torch comes with it; only the learner needs it

    reader = TripletReader(path)
    try:
        return list(iter(reader.read, None))
    finally:
        reader.close()


def learn_file(prefix: str, out: Path, min_gain: int = DEFAULT_MIN_GAIN) -> dict[str, str]:
    triplets = read_triplets(prefix)
    table = learn(triplets, min_gain)
    tmp = out.with_name(out.name + ".tmp")
    write_table(table, tmp, {"trainedOn": portable_paths(prefix), "triplets": len(triplets), "minGain": min_gain})
    tmp.replace(out)
    return table


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    ap = argparse.ArgumentParser(prog="python -m ape.casing", description="learn a casing table (casing.json) from training triplets")
    ap.add_argument("prefix", help="PREFIX of PREFIX.src/.mt/.pe, or a .tsv/.jsonl file")
    ap.add_argument("out", type=Path)
    ap.add_argument("--min-gain", type=int, default=DEFAULT_MIN_GAIN)
    args = ap.parse_args(argv)
    from ape.data import DataError

    try:
        table = learn_file(args.prefix, args.out, args.min_gain)
    except (OSError, DataError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{args.out}: {len(table)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
