// chrF and chrF++ against sacreBLEU 2.6.0 itself: every number and string below was printed
// by sacreBLEU's Python API (test/fixtures/eval/make_expected.py) on the stress corpus.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHRF, removePunctuation, type CHRFOptions } from '../../src/eval/chrf.js';
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

const expected = loadJson<Expected<CHRFOptions>>('expected-chrf.json');

function describeOptions(o: CHRFOptions, refs: string, subset = 'all'): string {
  return `${subset} refs=${refs} nc=${o.charOrder} nw=${o.wordOrder} beta=${o.beta} lc=${o.lowercase} ws=${o.whitespace} eps=${o.epsSmoothing}`;
}

describe('chrF matches sacreBLEU 2.6.0', () => {
  it('was computed by sacreBLEU 2.6.0', () => {
    assert.equal(expected.sacrebleu, '2.6.0');
    assert.ok(expected.corpus.length >= 60);
  });

  it('corpus scores, statistics, printed lines and signatures', () => {
    for (const e of expected.corpus) {
      const what = describeOptions(e.options, e.refs, e.subset);
      const metric = new CHRF(e.options);
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
      const metric = new CHRF(e.options);
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
        signatures.add(withoutVersion(metric.signature().toString()));
      });
      assert.deepEqual([...signatures].sort(), e.signatures.map(withoutVersion).sort(), what);
    }
  });

  it('prints at every width, score only, short signature and JSON as sacreBLEU', () => {
    const f = expected.formats;
    const metric = new CHRF(f.options);
    const score = corpusScore(metric, HYP, refSet(f.refs));
    for (const [width, line] of Object.entries(f.widths)) {
      assert.equal(formatScore(score, { width: Number(width), signature: f.signature }), line);
    }
    assert.equal(formatScore(score, { scoreOnly: true }), f.scoreOnly);
    assert.equal(withoutVersion(metric.signature().format(true)), withoutVersion(f.short));
    assert.equal(formatScoreJson(score, f.signature), f.json);
  });
});

describe('chrF details', () => {
  it('names the variants as sacreBLEU does', () => {
    assert.equal(new CHRF().name, 'chrF2');
    assert.equal(new CHRF({ wordOrder: 2 }).name, 'chrF2++');
    assert.equal(new CHRF({ beta: 1, wordOrder: 1 }).name, 'chrF1+');
  });

  it("splits punctuation off words as sacreBLEU's _remove_punctuation (issue #124 included)", () => {
    // Hand-traced through CHRF._remove_punctuation.
    assert.deepEqual(removePunctuation('(hi) "a" , x. .y ok'), [
      '(hi',
      ')',
      '"a',
      '"',
      ',',
      'x',
      '.',
      '.',
      'y',
      'ok',
    ]);
  });

  it('refuses a segment without references', () => {
    assert.throws(() => new CHRF().sentenceScore('a', [null]), /at least one reference/);
  });
});
