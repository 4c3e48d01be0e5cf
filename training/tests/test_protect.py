"""The Python reference of protected spans (ape/protect.py) against the hand-written cases that
the TypeScript runtime passes too (test/fixtures/protect/cases.json, read by
test/text/protect.test.ts), and its pipeline against test doubles of a model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ape.protect import count_occurrences, detect_spans, mask_pair, post_edit_protected, spans_kept

CASES = json.loads((Path(__file__).resolve().parents[2] / "test" / "fixtures" / "protect" / "cases.json")
                   .read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["mt"][:40] for c in CASES])
def test_detect_spans_shared_fixture(case: dict) -> None:
    spans = detect_spans(case["src"], case["mt"])
    assert [[s.kind, s.text] for s in spans] == case["spans"], case["why"]
    for s in spans:
        assert case["mt"][s.start:s.end] == s.text


@pytest.mark.parametrize("case", [c for c in CASES if "strip" in c], ids=lambda c: c["mt"][:40])
def test_strip_shared_fixture(case: dict) -> None:
    m = mask_pair(case["src"], case["mt"], detect_spans(case["src"], case["mt"]), "strip")
    assert {"src": m.src, "mt": m.mt} == case["strip"]
    assert m.unmask(m.mt) == case["mt"]


def test_fixture_covers_the_kinds() -> None:
    kinds = {k for c in CASES for k, _ in c["spans"]}
    assert kinds >= {"markup", "escaped-markup", "entity", "url", "email", "printf", "brace", "path", "ip",
                     "shortcut", "version", "number", "name"}
    assert sum("strip" in c for c in CASES) >= 10


def test_count_occurrences() -> None:
    assert count_occurrences("port 10 and 1 and 100", "1") == 1
    assert count_occurrences("Writers Writer", "Writer") == 1
    assert count_occurrences("%dpx %d", "%d") == 2
    assert count_occurrences("%s%s", "%s") == 2


def test_xliff_ranges_are_protected_whatever_they_hold() -> None:
    mt = "Open the big red box"
    spans = detect_spans("Abra la big red caja", mt, mt_ranges=[(9, 16)])
    assert [(s.kind, s.text) for s in spans] == [("xliff-protected", "big red")]


def test_unmask_puts_stripped_spans_back_by_alignment() -> None:
    src, mt = "Consulte https://a.example/x para más", "See https://a.example/x for more"
    m = mask_pair(src, mt, detect_spans(src, mt), "strip")
    assert m.mt == "See for more"
    # The model rewrote the words around the hole; the url goes back after "Visit".
    assert m.unmask("Visit for more details") == "Visit https://a.example/x for more details"


def _fake(edit):
    calls: list[list[tuple[str, str]]] = []

    def post_edit(units: list[tuple[str, str]]) -> list[str]:
        calls.append(units)
        return [edit(mt) for _, mt in units]

    return post_edit, calls


def test_pipeline_keeps_a_post_edit_that_keeps_every_span() -> None:
    post_edit, calls = _fake(lambda mt: mt.replace("Open", "Visit"))
    [r] = post_edit_protected([("Abra https://a.example/x ahora", "Open https://a.example/x now")], post_edit)
    assert (r.pe, r.changed, r.kept) == ("Visit https://a.example/x now", True, None)
    assert len(calls) == 1


def test_pipeline_retries_stripped_then_falls_back_to_the_mt() -> None:
    url = "https://a.example/x"
    # Breaks the span wherever it sees it: the stripped retry cannot, and its edit is sent.
    post_edit, calls = _fake(lambda mt: mt.replace(url, "https://b.example").replace("now", "right now"))
    [r] = post_edit_protected([(f"Abra {url} ahora", f"Open {url} now")], post_edit)
    assert calls[1] == [("Abra ahora", "Open now")]
    assert (r.pe, r.changed, r.kept) == (f"Open {url} right now", True, None)
    # Appends two copies whatever it sees: every round fails, the segment is its mt.
    post_edit, _ = _fake(lambda mt: f"{mt} {url} {url}")
    [r] = post_edit_protected([(f"Abra {url} ahora", f"Open {url} now")], post_edit)
    assert (r.pe, r.changed, r.kept) == (f"Open {url} now", False, "mt-protected")
    # protect=False sends it.
    [r] = post_edit_protected([(f"Abra {url} ahora", f"Open {url} now")], _fake(lambda mt: "Open now")[0], protect=False)
    assert (r.pe, r.kept) == ("Open now", None)


def test_pipeline_lines() -> None:
    post_edit, calls = _fake(str.upper)
    [r, one] = post_edit_protected([("Uno\r\ndos\n\ntres", "One\r\ntwo\n\nthree"), ("Uno dos", "One\ntwo")], post_edit)
    assert [mt for _, mt in calls[0]] == ["One", "two", "three", "One\ntwo"]
    assert r.pe == "ONE\r\nTWO\n\nTHREE"
    assert one.pe == "ONE\nTWO"


def test_every_case_round_trips_through_the_pipeline() -> None:
    # A model that changes nothing: every segment comes back as its mt, unchanged, never kept.
    results = post_edit_protected([(c["src"], c["mt"]) for c in CASES], lambda units: [mt for _, mt in units])
    for c, r in zip(CASES, results):
        assert (r.pe, r.changed, r.kept) == (c["mt"], False, None)
        assert spans_kept(c["mt"], detect_spans(c["src"], c["mt"]), r.pe)
