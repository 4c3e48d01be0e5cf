import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { apeReport, segmentChanges } from '../../src/eval/ape-report.js';
import { corpusStats } from '../../src/eval/metric.js';
import { buildMetric, METRIC_NAMES } from '../../src/eval/metrics.js';
import { readLines } from '../../src/eval/read-lines.js';
import { pyFixed } from '../../src/eval/score-format.js';
import { fixture } from '../helpers/paths.js';

// Oracles: sacreBLEU 2.6.0's PairedTest with mt.txt as the baseline
// (significance/make_fixtures.py -> paired.json; the APE-vs-MT comparison there uses the same
// draws as a two-system run) and sacreBLEU's sentence TER for the segment counts
// (cli/make_fixtures.py -> expected.json); a hand derivation for the rule itself.
interface Row {
  score: number;
  p_value: number | null;
  mean: number | null;
  ci: number | null;
}
const sig = fixture('eval', 'significance');
const paired = JSON.parse(readFileSync(join(sig, 'paired.json'), 'utf8')) as Record<
  'bs' | 'ar',
  { results: Record<string, Row[]> }
>;
const segments = (
  JSON.parse(readFileSync(fixture('eval', 'cli', 'expected.json'), 'utf8')) as {
    segments: { better: number; worse: number; unchanged: number; total: number };
  }
).segments;
const read = (n: string): string[] => readLines(join(sig, 'corpus', n)).lines;
const [ref, mt, ape] = [read('ref.txt'), read('mt.txt'), read('ape.txt')];

function report(type: 'bs' | 'ar'): ReturnType<typeof apeReport> {
  const metrics = METRIC_NAMES.map((n) => buildMetric(n));
  const ter = metrics[2];
  assert.ok(ter);
  return apeReport({
    metrics,
    hyp: ape,
    mt,
    refs: [ref],
    test: { type, nSamples: 0, seed: 12345 },
    segmentTer: ter,
  });
}

test('APE vs MT: scores, deltas, p-values and CIs equal sacreBLEU REF -i MT APE --paired-bs', () => {
  const r = report('bs');
  for (const c of r.metrics) {
    const [wantMt, wantApe] = paired.bs.results[c.metric.name] ?? [];
    assert.ok(wantMt && wantApe, c.metric.name);
    assert.equal(c.mt.score, wantMt.score);
    assert.equal(c.ape.score, wantApe.score);
    assert.equal(c.delta, wantApe.score - wantMt.score);
    assert.equal(c.ape.pValue, wantApe.p_value);
    for (const [got, want] of [
      [c.mt, wantMt],
      [c.ape, wantApe],
    ] as const) {
      assert.equal(pyFixed(got.mean ?? NaN, 1), pyFixed(want.mean ?? NaN, 1));
      assert.equal(pyFixed(got.ci ?? NaN, 1), pyFixed(want.ci ?? NaN, 1));
      if (c.metric.name !== 'BLEU') assert.deepEqual([got.mean, got.ci], [want.mean, want.ci]);
    }
    assert.match(c.signature, /^nrefs:1\|bs:1000\|seed:12345\|/);
  }
  assert.deepEqual(r.segments, segments);
});

test('APE vs MT with approximate randomization: p-values equal sacreBLEU --paired-ar', () => {
  const r = report('ar');
  for (const c of r.metrics) {
    assert.equal(c.ape.pValue, paired.ar.results[c.metric.name]?.[1]?.p_value, c.metric.name);
    assert.equal(c.ape.mean, undefined);
  }
});

test('segment rule by sentence TER: lower is better, higher is worse, equal is unchanged', () => {
  // hand derivation: ref 'a b c d'; 'a b x d' is 1 edit (TER 25), 'a b c d' 0, 'x y c d' 2 (50)
  const ter = buildMetric('ter');
  const refs = [['a b c d', 'a b c d', 'a b c d', 'a b c d']];
  const mtLines = ['a b x d', 'a b x d', 'a b x d', 'a b c d'];
  const apeLines = ['a b c d', 'x y c d', 'a b y d', 'a b c d'];
  const got = segmentChanges(
    ter,
    corpusStats(ter, mtLines, refs),
    corpusStats(ter, apeLines, refs),
  );
  assert.deepEqual(got, { better: 1, worse: 1, unchanged: 2, total: 4 });
});
