// BLEU against sacreBLEU 2.6.0 itself: every number and string below was printed by
// sacreBLEU's Python API (test/fixtures/eval/make_expected.py) on the stress corpus.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BLEU, computeBLEU, type BLEUOptions } from '../../src/eval/bleu.js';
import { corpusScore, corpusStats, sumStats } from '../../src/eval/metric.js';
import { formatScore, formatScoreJson } from '../../src/eval/score-format.js';
import { signatureVersion } from '../../src/eval/signature.js';
import {
  HYP,
  TOLERANCE,
  loadJson,
  refSet,
  subsetOf,
  withoutVersion,
  type Expected,
} from './sacrebleu-fixtures.js';

type PyOptions = Omit<BLEUOptions, 'smoothValue'> & { smoothValue: number | null };

const expected = loadJson<Expected<PyOptions>>('expected-bleu.json');

function bleuOf(o: PyOptions): BLEU {
  return new BLEU({ ...o, smoothValue: o.smoothValue ?? undefined });
}

function describeOptions(o: PyOptions, refs: string, subset = 'all'): string {
  const smooth = o.smoothValue === null ? o.smoothMethod : `${o.smoothMethod}[${o.smoothValue}]`;
  return `${subset} refs=${refs} tok=${o.tokenize} lc=${o.lowercase} smooth=${smooth} eff=${o.effectiveOrder} n=${o.maxNgramOrder}`;
}

describe('BLEU matches sacreBLEU 2.6.0', () => {
  it('was computed by sacreBLEU 2.6.0', () => {
    assert.equal(expected.sacrebleu, '2.6.0');
    assert.ok(expected.corpus.length >= 300);
  });

  it('corpus scores, statistics, printed lines and signatures', () => {
    for (const e of expected.corpus) {
      const what = describeOptions(e.options, e.refs, e.subset);
      const metric = bleuOf(e.options);
      const { hyps, refs } = subsetOf(expected.subsets[e.subset] ?? [], refSet(e.refs));
      assert.deepEqual(sumStats(corpusStats(metric, hyps, refs)), e.stats, what);
      const score = corpusScore(metric, hyps, refs);
      assert.ok(
        Math.abs(score.score - e.score) <= TOLERANCE,
        `${what}: ${score.score} vs ${e.score}`,
      );
      assert.equal(formatScore(score, { width: 1 }), e.line, what);
      const signature = metric.signature().toString();
      assert.equal(withoutVersion(signature), withoutVersion(e.signature), what);
      assert.ok(signature.endsWith(`|version:${signatureVersion()}`), signature);
    }
  });

  it('sentence scores of every segment', () => {
    for (const e of expected.sentence) {
      const what = describeOptions(e.options, e.refs);
      const metric = bleuOf(e.options);
      const refs = refSet(e.refs);
      const signatures = new Set<string>();
      HYP.forEach((hyp, i) => {
        const score = metric.sentenceScore(
          hyp,
          refs.map((stream) => stream[i] ?? null),
        );
        const want = e.scores[i] ?? NaN;
        assert.ok(
          Math.abs(score.score - want) <= TOLERANCE,
          `${what} line ${i + 1}: ${score.score} vs ${want}`,
        );
        if (e.lines) assert.equal(formatScore(score), e.lines[i], `${what} line ${i + 1}`);
        signatures.add(withoutVersion(metric.signature().toString()));
      });
      assert.deepEqual([...signatures].sort(), e.signatures.map(withoutVersion).sort(), what);
    }
  });

  it('prints at every width, score only, short signature and JSON as sacreBLEU', () => {
    const f = expected.formats;
    const metric = bleuOf(f.options);
    const score = corpusScore(metric, HYP, refSet(f.refs));
    for (const [width, line] of Object.entries(f.widths)) {
      assert.equal(formatScore(score, { width: Number(width), signature: f.signature }), line);
    }
    assert.equal(formatScore(score, { scoreOnly: true }), f.scoreOnly);
    assert.equal(score.formatted, f.scoreOnly);
    assert.equal(withoutVersion(metric.signature().format(true)), withoutVersion(f.short));
    assert.equal(formatScoreJson(score, f.signature), f.json);
  });
});

describe('BLEU edge cases', () => {
  it('refuses a segment without references (sacreBLEU fails on it too)', () => {
    assert.throws(() => new BLEU().sentenceScore('a', [null]), /at least one reference/);
  });

  it('refuses to print a signature before it has seen references', () => {
    assert.throws(() => new BLEU().signature(), /Number of references unknown/);
  });

  it('rejects a bad n-gram order', () => {
    assert.throws(() => new BLEU({ maxNgramOrder: 0 }), /maxNgramOrder/);
  });

  it('computes from statistics without mutating them (add-k adds to copies)', () => {
    const correct = [2, 0, 0, 0];
    const total = [3, 2, 1, 0];
    const options = { smoothMethod: 'add-k', effectiveOrder: false, maxNgramOrder: 4 } as const;
    const score = computeBLEU(correct, total, 3, 3, options);
    assert.deepEqual(correct, [2, 0, 0, 0]);
    // Hand derivation: p = [2/3, 1/3, 1/2, 1/1] (add 1 to n >= 2), BLEU = 100 * (1/9)^(1/4).
    assert.ok(Math.abs(score.score - 100 * Math.pow(1 / 9, 1 / 4)) < 1e-9);
  });
});
