import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BLEU } from '../../src/eval/bleu.js';
import { CHRF } from '../../src/eval/chrf.js';
import { TER } from '../../src/eval/ter.js';
import { bootstrapConfidence } from '../../src/eval/confidence.js';
import { corpusStats, type Metric } from '../../src/eval/metric.js';
import { readLines } from '../../src/eval/read-lines.js';
import { resampleScorer } from '../../src/eval/resample-scorers.js';
import { pairedSignature, pairedTest, pValue } from '../../src/eval/significance.js';
import { pyFixed } from '../../src/eval/score-format.js';
import { fixture } from '../helpers/paths.js';

// Oracle: sacreBLEU 2.6.0's PairedTest, called as `sacrebleu ref.txt -i mt.txt ape.txt
// other.txt -m bleu chrf ter --paired-bs|--paired-ar` calls it
// (test/fixtures/eval/significance/make_fixtures.py writes paired.json).
interface Row {
  score: number;
  p_value: number | null;
  mean: number | null;
  ci: number | null;
}
type Paired = Record<
  'bs' | 'ar',
  { results: Record<string, Row[]>; signatures: Record<string, string> }
>;
const dir = fixture('eval', 'significance');
const paired = JSON.parse(readFileSync(join(dir, 'paired.json'), 'utf8')) as Paired;
const ref = readLines(join(dir, 'corpus', 'ref.txt')).lines;
const systems = ['mt', 'ape', 'other'].map((n) => readLines(join(dir, 'corpus', `${n}.txt`)).lines);

function metrics(): Metric[] {
  return [new BLEU(), new CHRF(), new TER()];
}

function run(type: 'bs' | 'ar', ms: Metric[]): ReturnType<typeof pairedTest> {
  const inputs = ms.map((metric) => ({
    metric,
    systems: systems.map((s) => corpusStats(metric, s, [ref])),
  }));
  return pairedTest(inputs, { type, nSamples: 0, seed: 12345 });
}

/**
 * BLEU's resampled scores go through Math.log/Math.exp, which may differ from glibc's in the
 * last bit, so its mean and CI are compared to 1e-12 relative and as printed; chrF's and
 * TER's are float32 in sacreBLEU and must agree exactly.
 */
function assertClose(
  got: number | undefined,
  want: number | null,
  exact: boolean,
  what: string,
): void {
  assert.ok(got !== undefined && want !== null, what);
  if (exact) assert.equal(got, want, what);
  else assert.ok(Math.abs(got - want) <= 1e-12 * Math.abs(want), `${what}: ${got} vs ${want}`);
  for (const width of [1, 2, 4])
    assert.equal(pyFixed(got, width), pyFixed(want, width), `${what} printed`);
}

test('paired bootstrap: scores, p-values, means and 95% CIs equal sacreBLEU --paired-bs', () => {
  const ms = metrics();
  const results = run('bs', ms);
  ms.forEach((metric, m) => {
    const want = paired.bs.results[metric.name];
    assert.ok(want, metric.name);
    results[m]?.forEach((got, k) => {
      const w = want[k];
      assert.ok(w);
      const what = `${metric.name} system ${k}`;
      assert.equal(got.score, w.score, `${what} score`);
      assert.equal(got.pValue ?? null, w.p_value, `${what} p-value`);
      assertClose(got.mean, w.mean, metric.name !== 'BLEU', `${what} mean`);
      assertClose(got.ci, w.ci, metric.name !== 'BLEU', `${what} ci`);
    });
  });
});

test('paired approximate randomization: p-values equal sacreBLEU --paired-ar exactly', () => {
  const ms = metrics();
  const results = run('ar', ms);
  ms.forEach((metric, m) => {
    const want = paired.ar.results[metric.name] ?? [];
    assert.deepEqual(
      results[m]?.map((r) => [r.score, r.pValue ?? null]),
      want.map((w) => [w.score, w.p_value]),
      metric.name,
    );
  });
});

test('the signature of a paired test adds bs/ar and seed after nrefs, as sacreBLEU', () => {
  for (const type of ['bs', 'ar'] as const) {
    for (const metric of metrics()) {
      corpusStats(metric, systems[0] ?? [], [ref]);
      const sig = pairedSignature(metric.signature(), type, 0, 12345).toString();
      assert.equal(
        sig.replace(/version:ape-[^|]+$/, 'version:2.6.0'),
        paired[type].signatures[metric.name],
      );
    }
  }
});

test('the float64 resample scorers compute exactly what scoreFromStats computes', () => {
  const ms: Metric[] = [
    new BLEU(),
    new BLEU({ smoothMethod: 'floor' }),
    new BLEU({ smoothMethod: 'add-k', effectiveOrder: true }),
    new BLEU({ smoothMethod: 'none' }),
    new CHRF(),
    new CHRF({ wordOrder: 2 }),
    new CHRF({ epsSmoothing: true, beta: 3 }),
    new TER(),
    new TER({ normalized: true, caseSensitive: true }),
  ];
  for (const metric of ms) {
    const scorer = resampleScorer(metric, 'float64');
    assert.ok(scorer);
    for (const sys of systems) {
      const rows = corpusStats(metric, sys, [ref]);
      for (const row of rows) assert.equal(scorer.score(row), metric.scoreFromStats(row).score);
    }
  }
});

test('pValue counts strictly greater statistics, plus one, over samples plus one', () => {
  // hand derivation: 2 of 4 values exceed 0.5 -> (2 + 1) / (4 + 1)
  assert.equal(pValue([0.1, 0.5, 0.7, 0.9], 0.5), 3 / 5);
  assert.equal(pValue([0, 0, 0], 0), 1 / 4);
});

test('single-system bootstrap confidence equals sacrebleu --confidence (corpus_score n_bootstrap)', () => {
  const want = JSON.parse(readFileSync(join(dir, 'confidence.json'), 'utf8')) as Record<
    string,
    Record<string, Row & { signature: string }>
  >;
  for (const [name, lines] of [
    ['mt.txt', systems[0]],
    ['ape.txt', systems[1]],
  ] as const) {
    for (const metric of metrics()) {
      const w = want[name]?.[metric.name];
      assert.ok(w && lines);
      const got = bootstrapConfidence(metric, corpusStats(metric, lines, [ref]));
      assertClose(got.mean, w.mean, metric.name !== 'BLEU', `${name} ${metric.name} mean`);
      assertClose(got.ci, w.ci, metric.name !== 'BLEU', `${name} ${metric.name} ci`);
    }
  }
});
