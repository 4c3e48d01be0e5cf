"""Protected spans, the Python reference of docs/protected-spans.md (the TypeScript runtime is
src/text/protect/ and src/text/tagged-postedit.ts): detection, the strip masking and its
restoration by word alignment, the guarantee, and the pipeline that post-edits plain segments
line by line, first as they are, then with their spans stripped, else keeps the mt.

Both implementations pass test/fixtures/protect/cases.json (training/tests/test_protect.py,
test/text/protect.test.ts). Offsets here are code points where TypeScript's are UTF-16 units;
they differ only after a character outside the Basic Multilingual Plane.

Tag flavours other than `none` (inline tags, HTML boundaries) are TypeScript only: this module
takes plain text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal, Sequence

import regex

SpanKind = Literal["xliff-protected", "markup", "escaped-markup", "entity", "url", "email", "printf",
                   "brace", "path", "ip", "shortcut", "version", "number", "name"]

PRIORITY: tuple[SpanKind, ...] = ("xliff-protected", "markup", "escaped-markup", "entity", "url", "email", "printf",
                                  "brace", "path", "ip", "shortcut", "version", "number", "name")


@dataclass(frozen=True)
class Span:
    kind: SpanKind
    start: int  # code-point offsets into the text it was found in
    end: int
    text: str


W = r"\p{L}\p{N}\p{M}_"
_TRAILING_PUNCT = regex.compile(r"[.,;:!?)\]}'\"»]+$")
# JavaScript's \b, \w and \d are ASCII-only (no `i` flag there): the rules are compiled with
# regex.ASCII, which leaves \p{...} classes Unicode; JavaScript's \s is Unicode white space, spelled
# out as S (inside a class) since regex.ASCII narrows \s.
_A = regex.ASCII
S = r"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"

# (kind, pattern, trailing characters a match gives back), in priority order (src/text/protect/detect.ts RULES).
RULES: tuple[tuple[SpanKind, regex.Pattern[str], regex.Pattern[str] | None], ...] = (
    ("markup", regex.compile(rf"<!--[{S}\S]*?-->|</?[A-Za-z][\w:.-]*(?:[{S}]+[^<>]*?)?[{S}]*/?>", _A), None),
    ("escaped-markup", regex.compile(rf"&lt;/?[A-Za-z][\w:.-]*(?:[{S}](?:(?!&gt;)[^<>])*?)?/?&gt;", _A), None),
    ("entity", regex.compile(r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"), None),
    ("url", regex.compile(rf"\b(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.|mailto:)[^{S}<>\"'`]+", _A), _TRAILING_PUNCT),
    ("email", regex.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), None),
    ("printf", regex.compile(rf"%\([^(){S}]+\)[-+#0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]", _A), None),
    ("printf", regex.compile(
        r"%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn]|%%", _A), None),
    ("brace", regex.compile(r"\{\{[^{}\n]*\}\}|\{[A-Za-z0-9_.:!\[\]<>,#+-]*\}"), None),
    ("path", regex.compile(
        rf"(?<![{W}/.~:])(?:~|\.{{1,2}})?(?:/[{W}.+@-]+)+/?|\b[A-Za-z]:\\(?:[{W}.+ -]+\\)*[{W}.+-]+|(?<![{W}/.])~/", _A),
     _TRAILING_PUNCT),
    ("ip", regex.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?![\w.]\w)", _A), None),
    ("version", regex.compile(rf"(?<![{W}.])v?\d+(?:\.\d+){{1,}}(?:[-+~][A-Za-z0-9.]+)?(?![{W}])", _A),
     regex.compile(r"\.+$")),
    ("number", regex.compile(rf"(?<![{W}])\d+(?:[.,:]\d+)*(?![{W}])", _A), None),
)

SHORTCUT = regex.compile(
    r"\b(?:(?:Ctrl|Control|Alt|AltGr|Shift|Cmd|Command|Super|Meta|Win|Fn|Option)\+)+(?:[A-Za-z0-9]|F\d{1,2}|[A-Z][a-z]+)\b",
    _A)
NAME_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}._+-]*[\p{L}\p{N}\p{M}+]|\p{Lu}")
_WORD_CHAR = regex.compile(rf"[{W}]")
_SENTENCE_START = regex.compile(r"^[\s\"'«¿¡(\[-]*|[.!?:;]\s+[\"'«¿¡(\[]*|\n\s*")


def _is_word_char(c: str | None) -> bool:
    return c is not None and c != "" and _WORD_CHAR.match(c) is not None


def _at(s: str, i: int) -> str | None:
    return s[i] if 0 <= i < len(s) else None


def _whole_at(s: str, text: str, at: int) -> bool:
    if not _is_word_char(text[0]):
        return True
    if _is_word_char(_at(s, at - 1)):
        return False
    return not (_is_word_char(text[-1]) and _is_word_char(_at(s, at + len(text))))


def count_occurrences(s: str, text: str) -> int:
    """Non-overlapping occurrences of `text` in `s`, left to right; a text that starts (ends) with a
    letter, digit or `_` counts only where no such character precedes (follows) it."""
    if text == "":
        return 0
    n, start = 0, 0
    while True:
        at = s.find(text, start)
        if at < 0:
            return n
        if _whole_at(s, text, at):
            n += 1
            start = at + len(text)
        else:
            start = at + 1


def _sentence_starts(s: str) -> set[int]:
    return {m.end() for m in _SENTENCE_START.finditer(s)}


def _is_name_token(tok: str, sentence_initial: bool) -> bool:
    if len(tok) < 2 or not regex.search(r"\p{L}", tok):
        return False
    if regex.search(r"\p{N}", tok):
        return True  # mp3, ext4, Qt6
    if regex.search(r"\p{Lu}", tok[1:]):
        return True  # LibreOffice, GNOME, iPhone
    if regex.match(r"\p{Lu}", tok):
        return not sentence_initial  # Nextcloud mid-sentence
    return False


def _name_candidates(mt: str) -> list[Span]:
    starts = _sentence_starts(mt)
    out: list[Span] = []
    run: list[int] | None = None
    for m in NAME_TOKEN.finditer(mt):
        if not _is_name_token(m.group(), m.start() in starts):
            if run is not None:
                out.append(Span("name", run[0], run[1], mt[run[0]:run[1]]))
            run = None
            continue
        if run is not None and mt[run[1]:m.start()] == " ":
            run[1] = m.end()
        else:
            if run is not None:
                out.append(Span("name", run[0], run[1], mt[run[0]:run[1]]))
            run = [m.start(), m.end()]
    if run is not None:
        out.append(Span("name", run[0], run[1], mt[run[0]:run[1]]))
    return out


def _names_in_both(src: str, mt: str) -> list[Span]:
    """A name run not in the src whole is split into its tokens, each kept if it is."""
    out: list[Span] = []
    starts = _sentence_starts(mt)
    for run in _name_candidates(mt):
        if count_occurrences(src, run.text) > 0:
            out.append(run)
            continue
        for m in regex.finditer(r"\S+", run.text):
            at = run.start + m.start()
            if _is_name_token(m.group(), at in starts) and count_occurrences(src, m.group()) > 0:
                out.append(Span("name", at, at + len(m.group()), m.group()))
    return out


def _pattern_candidates(s: str) -> list[Span]:
    out: list[Span] = []
    for kind, pattern, trim in RULES:
        for m in pattern.finditer(s):
            text = m.group()
            if trim is not None:
                text = trim.sub("", text)
            if text == "" or (kind == "path" and not regex.search(r"[\p{L}\p{N}]", text) and text != "~/"):
                continue
            out.append(Span(kind, m.start(), m.start() + len(text), text))
    return out


def _resolve(candidates: list[Span]) -> list[Span]:
    """Non-overlapping spans: leftmost, then longest, then by kind priority."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start), PRIORITY.index(c.kind)))
    out: list[Span] = []
    end = 0
    for c in ordered:
        if c.start < end or c.end <= c.start:
            continue
        out.append(c)
        end = c.end
    return out


def detect_spans(src: str, mt: str, mt_ranges: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """The protected spans of `mt`, in order, given its `src`; `mt_ranges` are protected whatever
    they hold (XLIFF `mrk translate="no"` content)."""
    candidates = _pattern_candidates(mt)
    for m in SHORTCUT.finditer(mt):
        if count_occurrences(src, m.group()) > 0:
            candidates.append(Span("shortcut", m.start(), m.end(), m.group()))
    patterns = _resolve(candidates)
    names = [n for n in _names_in_both(src, mt) if not any(p.start < n.end and n.start < p.end for p in patterns)]
    forced = [Span("xliff-protected", a, b, mt[a:b]) for a, b in mt_ranges if b > a]

    def outside_forced(s: Span) -> bool:
        return not any(f.start < s.end and s.start < f.end for f in forced)

    return sorted(forced + [s for s in patterns + names if outside_forced(s)], key=lambda s: s.start)


def spans_kept(mt: str, spans: Sequence[Span], pe: str) -> bool:
    """The guarantee: every span text of the mt occurs in `pe` exactly as often as in the mt."""
    return all(count_occurrences(pe, t) == count_occurrences(mt, t) for t in {s.text for s in spans})


# ---- word alignment and reinsertion (src/text/tags/align.ts, reinsert.ts), for stripped spans ----

_TOKEN = regex.compile(r"[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]")
_WORD_START = regex.compile(r"^[\p{L}\p{N}\p{M}_]")


def _tokenize(text: str, breaks: Sequence[int] = ()) -> list[tuple[str, int, int]]:
    cuts = sorted({b for b in breaks if 0 < b < len(text)})
    out: list[tuple[str, int, int]] = []
    start = 0
    for to in [*cuts, len(text)]:
        for m in _TOKEN.finditer(text[start:to]):
            out.append((m.group(), start + m.start(), start + m.end()))
        start = to
    return out


def _align(mt: list[tuple[str, int, int]], pe: list[tuple[str, int, int]]) -> list[int]:
    """For each mt token, the index of the pe token aligned to it (Levenshtein, case-insensitive;
    a word never substitutes for punctuation), or -1; ties: match, substitution, deletion, insertion."""
    a = [t[0].lower() for t in mt]
    b = [t[0].lower() for t in pe]
    n, m = len(a), len(b)

    def sub(i: int, j: int) -> int:
        if a[i] == b[j]:
            return 0
        return 1 if (_WORD_START.match(a[i]) is not None) == (_WORD_START.match(b[j]) is not None) else 3

    d = [[0] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        d[i][0] = i
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j - 1] + sub(i - 1, j - 1), d[i - 1][j] + 1, d[i][j - 1] + 1)
    aligned = [-1] * n
    i, j = n, m
    while i > 0 or j > 0:
        here = d[i][j]
        if i > 0 and j > 0 and here == d[i - 1][j - 1] + sub(i - 1, j - 1):
            aligned[i - 1] = j - 1
            i, j = i - 1, j - 1
            continue
        if i > 0 and here == d[i - 1][j] + 1:
            i -= 1
            continue
        j -= 1
    return aligned


@dataclass(frozen=True)
class _Hole:
    """A stripped span (with the space it took), standing where the plain text has `offset`."""
    raw: str
    offset: int


def _attaches_before(hole: _Hole, plain: str) -> bool:
    """A standalone piece attaches to the token it touches without white space, the one after it
    if it touches both or neither (reinsert.ts attachment)."""
    prev, nxt = _at(plain, hole.offset - 1), _at(plain, hole.offset)
    touches_prev = prev is not None and not prev.isspace()
    touches_next = nxt is not None and not nxt.isspace()
    return not (touches_prev and not touches_next)


def _reinsert(plain: str, holes: Sequence[_Hole], pe: str) -> str:
    if pe == plain:
        return _join(plain, holes, [h.offset for h in holes])
    mt_tokens = _tokenize(plain, [h.offset for h in holes])
    pe_tokens = _tokenize(pe)
    aligned = _align(mt_tokens, pe_tokens)
    pe_end = pe_tokens[-1][2] if pe_tokens else len(pe)
    floor = 0
    positions: list[int] = []
    for h in holes:
        gap = 0
        while gap < len(mt_tokens) and mt_tokens[gap][2] <= h.offset:
            gap += 1
        if _attaches_before(h, plain):
            i = gap
            while i < len(mt_tokens) and aligned[i] < 0:
                i += 1
            pos = pe_tokens[aligned[i]][1] if i < len(mt_tokens) else pe_end
        else:
            i = gap - 1
            while i >= 0 and aligned[i] < 0:
                i -= 1
            pos = pe_tokens[aligned[i]][2] if i >= 0 else 0
        floor = max(floor, pos)
        positions.append(floor)
    return _join(pe, holes, positions)


def _join(text: str, holes: Sequence[_Hole], positions: Sequence[int]) -> str:
    out, at = "", 0
    for h, pos in zip(holes, positions):
        out += text[at:pos] + h.raw
        at = pos
    return out + text[at:]


def _free(c: str | None) -> bool:
    return c is None or c.isspace() or regex.match(r"\p{P}", c) is not None


def _strip_ranges(s: str, ranges: Sequence[tuple[int, int]]) -> tuple[str, list[_Hole]]:
    """Removes ranges; a span standing as a word of its own takes one neighbouring space with it
    (the one before it if there is one), a glued one none."""
    plain, at, holes = "", 0, []
    for start, end in ranges:
        if _free(_at(s, start - 1)) and _free(_at(s, end)):
            if start > at and start - 1 > 0 and s[start - 1] == " ":
                start -= 1
            elif _at(s, end) == " ":
                end += 1
        plain += s[at:start]
        holes.append(_Hole(s[start:end], len(plain)))
        at = end
    return plain + s[at:], holes


def _occurrences(s: str, texts: Sequence[str]) -> list[tuple[int, int]]:
    """Whole occurrences of `texts` in `s` (longest first where two overlap)."""
    found: list[tuple[int, int]] = []
    for t in texts:
        start = 0
        while True:
            at = s.find(t, start)
            if at < 0:
                break
            whole = not (_is_word_char(t[0]) and _is_word_char(_at(s, at - 1))) and not (
                _is_word_char(t[-1]) and _is_word_char(_at(s, at + len(t))))
            if whole:
                found.append((at, at + len(t)))
                start = at + len(t)
            else:
                start = at + 1
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int]] = []
    end = 0
    for f in found:
        if f[0] < end:
            continue
        out.append(f)
        end = f[1]
    return out


Masking = Literal["keep", "strip"]


@dataclass(frozen=True)
class MaskedPair:
    src: str  # what the model sees
    mt: str
    unmask: Callable[[str], str]  # puts the spans back into a post-edit of the masked pair


def mask_pair(src: str, mt: str, spans: Sequence[Span], masking: Masking) -> MaskedPair:
    """`keep`: the pair as it is; `strip`: the spans (and their other whole occurrences in the src)
    taken out of src and mt, put back by word alignment. The runtime's two decodes; the
    `placeholder` strategy of the measurement is not ported (the runtime does not use it)."""
    if not spans or masking == "keep":
        return MaskedPair(src, mt, lambda pe: pe)
    texts = sorted({s.text for s in spans}, key=len, reverse=True)
    plain, holes = _strip_ranges(mt, [(s.start, s.end) for s in spans])
    src_plain, _ = _strip_ranges(src, _occurrences(src, texts))
    return MaskedPair(src_plain, plain, lambda pe: _reinsert(plain, holes, pe))


# ---- the pipeline (src/text/tagged-postedit.ts, flavour none) ----

@dataclass(frozen=True)
class PlannedLine:
    mt: str
    src: str | None  # None: a blank line, not sent
    sep: str  # the newline after it ("\n", "\r\n"), "" for the last
    spans: list[Span]


def _lines(s: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    at = 0
    for m in regex.finditer(r"\r?\n", s):
        out.append((s[at:m.start()], m.group()))
        at = m.end()
    out.append((s[at:], ""))
    return out


def plan_segment(src: str, mt: str, protect: bool = True) -> list[PlannedLine]:
    """Lines one by one when src and mt have as many; else one unit. Blank lines are not sent."""
    mt_lines, src_lines = _lines(mt), _lines(src)
    units = ([(m, sep, s) for (m, sep), (s, _) in zip(mt_lines, src_lines)]
             if len(mt_lines) == len(src_lines) else [(mt, "", src)])
    out: list[PlannedLine] = []
    for m, sep, s in units:
        blank = m.strip() == "" or s.strip() == ""
        out.append(PlannedLine(m, None if blank else s, sep, detect_spans(s, m) if protect and not blank else []))
    return out


@dataclass(frozen=True)
class Protected:
    pe: str
    changed: bool
    kept: Literal["mt-protected"] | None = None


PostEdit = Callable[[list[tuple[str, str]]], list[str]]


def post_edit_protected(segments: Sequence[tuple[str, str]], post_edit: PostEdit, protect: bool = True) -> list[Protected]:
    """Post-edits (src, mt) pairs of plain text with `post_edit` (a batch of (src, mt) to their
    post-edits): line by line, each line as it is first, the lines that broke a protected span
    again with their spans stripped; a segment any line of which breaks one again is its mt."""
    plans = [plan_segment(s, m, protect) for s, m in segments]
    outcome: list[list[str | None | bool]] = [[None] * len(p) for p in plans]  # pe, None: not sent, False: failed
    for masking in ("keep", "strip"):
        todo: list[tuple[int, int, MaskedPair]] = []
        for k, plan in enumerate(plans):
            for i, line in enumerate(plan):
                if line.src is None or (masking == "strip" and outcome[k][i] is not False):
                    continue
                todo.append((k, i, mask_pair(line.src, line.mt, line.spans, masking)))
        if not todo:
            break
        results = post_edit([(t[2].src, t[2].mt) for t in todo])
        for (k, i, masked), result in zip(todo, results):
            line = plans[k][i]
            pe = masked.unmask(result)
            outcome[k][i] = pe if spans_kept(line.mt, line.spans, pe) else False
    out: list[Protected] = []
    for (_, mt), plan, lines in zip(segments, plans, outcome):
        if any(o is False for o in lines):
            out.append(Protected(mt, False, "mt-protected"))
            continue
        pe = "".join((o if isinstance(o, str) else line.mt) + line.sep for line, o in zip(plan, lines))
        out.append(Protected(pe, pe != mt))
    return out
