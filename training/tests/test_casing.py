"""The casing step's Python side (ape/casing.py, docs/model-format.md "Casing"): hand-derived
units, keys and classes; a table learned from a hand-made corpus whose decision list can be
derived by hand; the committed TS fixture still what this side gives; the CLI's errors."""
import json
from pathlib import Path

from ape.casing import Unit, align, apply, case_class, join, key, learn, main, oracle_output, src_class, units

FIXTURE = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "casing"


def test_units_keys_and_classes_by_hand():
    assert units("%s: --lock  Año") == [Unit("%", False), Unit("s", False), Unit(":", False), Unit("-", True),
                                         Unit("-", False), Unit("lock", False), Unit("Año", True)]
    assert units("a\u00a0b\u2003c") == [Unit("a", False), Unit("b", True), Unit("c", True)]  # JS \s spaces
    assert units("a\x1cb") == [Unit("a\x1cb", False)]  # Python's str.split would cut here, JavaScript's \s does not
    assert [key(w) for w in ("Año", "ÉLAN", "naïve", "GIMP")] == ["ano", "elan", "naive", "gimp"]
    assert [case_class(w) for w in ("lock", "Año", "GIMP", "iPod", "x86", "%", "3")] == ["l", "c", "u", "m", "l", "", ""]
    assert case_class("A") == "c" and src_class("%s: no se puede") == "l" and src_class("42 %") == ""


def test_alignment_follows_the_detokenizer_rule():
    # pe "x new c", mt "c x y c": "x" is mt 1; "new" is new and stands in for mt 2, so "c" is
    # looked for nearest to mt 3 and takes it (not mt 0)
    assert align(units("x new c"), units("c x y c")) == [1, -1, 3]
    # "a" after mt 1: mt 0 (distance 2) and mt 2 (distance 0) -> mt 2
    assert align(units("b a"), units("a b a c")) == [1, 2]
    # the longest run first: "a b" is mt 2-3, though mt 0 is nearer to the start
    assert align(units("a b"), units("a x a b")) == [2, 3]


def test_learned_table_by_hand():
    # mt capitalises the first word and after an unknown one ("Foo Is ready"); pe keeps both
    # lower; "gimp" is GIMP. Derivation (min_gain 3, last key first): '' f mtc: '\t1\tc' (foo x3:
    # lower makes 3 right, keep 0) and '\t\tc' (is x3) store lower; '\t\tl' (ready x3 keep,
    # GIMP x3 upper: tie, keep first) and '\t1\t-' (open x3, keep) gain nothing; '' ctx mtc
    # adds nothing; '' f mtc srcc: '\t\tl\tl' holds only GIMP x3 ("gimp" is in the src, lower
    # case; "ready" is not), upper makes 3 right, keep 0 -> stored; so 'gimp\t\t' then gains
    # nothing, nor do the first two keys.
    corpus = [("foo está listo", "Foo Is ready", "foo is ready")] * 3 + [("abre gimp", "Opens gimp", "open GIMP")] * 3
    table = learn(corpus, min_gain=3)
    assert table == {"\t1\tc": "lower", "\t\tc": "lower", "\t\tl\tl": "upper"}
    out, idx, mt = oracle_output("foo is ready", "Foo Is ready")
    assert join(out, apply(table, out, idx, mt, "foo está listo")) == "foo is ready"
    out, idx, mt = oracle_output("open GIMP", "Opens gimp")
    assert join(out, apply(table, out, idx, mt, "abre gimp")) == "open GIMP"
    assert learn(corpus, min_gain=4) == {}


def test_committed_fixture_is_what_this_side_gives():
    table = json.loads((FIXTURE / "casing.json").read_text())["table"]
    expected = json.loads((FIXTURE / "expected.json").read_text())
    for c in expected["cases"]:
        out = [Unit(s, sp) for s, sp, _ in c["out"]]
        mt = [Unit(s, False) for s in c["mt"]]
        assert join(out, apply(table, out, [j for _, _, j in c["out"]], mt, c["src"])) == c["want"]


def test_cli_errors_and_atomic_write(tmp_path, capsys):
    for side, text in {"src": "a\nb\n", "mt": "A\n", "pe": "a\nb\n"}.items():
        (tmp_path / f"d.{side}").write_text(text)
    out = tmp_path / "casing.json"
    assert main([str(tmp_path / "d"), str(out)]) == 2
    assert "d.mt:2: ends here" in capsys.readouterr().err and not out.exists()  # file:line of the short file
    assert main([str(tmp_path / "missing"), str(out)]) == 2
    (tmp_path / "d.mt").write_text("A\nB\n")
    assert main([str(tmp_path / "d"), str(out)]) == 0
    assert json.loads(out.read_text())["kind"] == "truecase-v1"
    assert json.loads(out.read_text())["trainedOn"] == f".../{tmp_path.name}/d"  # no absolute path (ape.paths)
    (tmp_path / "d.tsv").write_text("a\tA\ta\n")  # the trainer's other formats read the same way
    assert main([str(tmp_path / "d.tsv"), str(out)]) == 0 and json.loads(out.read_text())["triplets"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
