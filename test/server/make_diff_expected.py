"""Oracle for the /v1/diff part of test/server/explain.test.ts: sacreBLEU 2.6.0's TER with
case_sensitive=True (its tokenizer then only splits on whitespace), mt as the hypothesis and
pe as the reference. Writes diff-expected.json.

Run: .venv/bin/python test/server/make_diff_expected.py
"""
import json
from pathlib import Path

from sacrebleu.metrics import TER

pairs = [
    ("the cat black is on the mat", "the black cat is on the mat"),
    ("a neighbour tired hear a teacher .", "a tired neighbour hears a teacher ."),
    ("He go to school yesterday", "He went to school yesterday"),
    ("the house big red of my friend", "my friend 's big red house"),
    ("same words here", "same words here"),
    ("words to drop entirely now", "words now"),
    ("", "an inserted sentence"),
    ("Case matters", "case matters"),
]
ter = TER(case_sensitive=True)
out = []
for mt, pe in pairs:
    score = ter.sentence_score(mt, [pe])
    # sacreBLEU keeps the statistics it scored from: [num_edits, ref_length]
    num_edits, ref_len = ter._extract_corpus_statistics([mt], [[pe]])[0]
    out.append({"mt": mt, "pe": pe, "edits": num_edits, "refLength": ref_len, "ter": score.score / 100})
Path(__file__).with_name("diff-expected.json").write_text(json.dumps({"generatedBy": "test/server/make_diff_expected.py", "pairs": out}, indent=1))
