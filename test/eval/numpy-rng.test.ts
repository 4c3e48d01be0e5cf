import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { NumpyGenerator, PCG64 } from '../../src/eval/numpy-rng.js';
import { pythonMean } from '../../src/eval/confidence.js';
import { estimateCi, numpyMean } from '../../src/eval/significance.js';
import { fixture } from '../helpers/paths.js';

// Oracle: numpy 2.4 itself (test/fixtures/eval/significance/make_fixtures.py writes rng.json).
interface RngFixture {
  states: Record<string, { state: string; inc: string }>;
  raw_12345: string[];
  choice: Record<string, number[]>;
  bool_12345: number[];
  bool_then_choice: { bool: number[]; choice: number[] };
  estimate_ci: {
    values: number[];
    mean: number;
    ci_mean: number;
    ci: number;
    statistics_mean: number;
  }[];
  estimate_ci_float32: { values: number[]; ci_mean: number; ci: number }[];
}
const rng = JSON.parse(
  readFileSync(fixture('eval', 'significance', 'rng.json'), 'utf8'),
) as RngFixture;

test('PCG64 seeded through SeedSequence has numpy state and increment', () => {
  for (const [seed, want] of Object.entries(rng.states)) {
    const got = new PCG64(BigInt(seed)).stateBigInt;
    assert.equal(got.state.toString(), want.state, `state for seed ${seed}`);
    assert.equal(got.inc.toString(), want.inc, `inc for seed ${seed}`);
  }
});

test('PCG64 raw 64-bit outputs equal numpy random_raw for seed 12345', () => {
  const bits = new PCG64(12345);
  const got = rng.raw_12345.map(() => bits.nextUint64().toString(16).padStart(16, '0'));
  assert.deepEqual(got, rng.raw_12345);
});

test('choice(n, size, replace=True) equals numpy for small, large and 2**32-1 ranges', () => {
  for (const [n, want] of Object.entries(rng.choice)) {
    const out = new Uint32Array(want.length);
    const g = new NumpyGenerator(12345);
    // numpy fills the (4, 100) array in one call; filling row by row must give the same stream
    for (let row = 0; row < 4; row++)
      g.fillIntegers(Number(n), out.subarray(row * 100, (row + 1) * 100));
    assert.deepEqual(Array.from(out), want, `n = ${n}`);
  }
});

test('integers(2, dtype=bool) equals numpy, with the 32-bit buffer carried across rows', () => {
  const want = rng.bool_12345;
  const fill = new NumpyGenerator(12345).booleans();
  const got: number[] = [];
  const row = new Uint8Array(301);
  for (let r = 0; r < 7; r++) {
    fill(row);
    got.push(...row);
  }
  assert.deepEqual(got, want);
});

test('booleans then choice from one generator share the PCG64 half-word buffer as in numpy', () => {
  const g = new NumpyGenerator(12345);
  const b = new Uint8Array(99);
  g.booleans()(b);
  const c = new Int32Array(18);
  g.fillIntegers(10, c);
  assert.deepEqual(Array.from(b), rng.bool_then_choice.bool);
  assert.deepEqual(Array.from(c), rng.bool_then_choice.choice);
});

test('numpyMean and estimateCi equal np.mean and sacrebleu.significance.estimate_ci bit for bit', () => {
  for (const { values, mean, ci_mean, ci } of rng.estimate_ci) {
    const x = Float64Array.from(values);
    assert.equal(numpyMean(x), mean, `np.mean of ${values.length}`);
    const got = estimateCi(x);
    assert.equal(got.mean, ci_mean);
    assert.equal(got.ci, ci);
  }
});

test('estimateCi on float32 scores equals estimate_ci on a numpy float32 array', () => {
  for (const { values, ci_mean, ci } of rng.estimate_ci_float32) {
    const got = estimateCi(Float64Array.from(values), 'float32');
    assert.equal(got.mean, ci_mean, `mean of ${values.length}`);
    assert.equal(got.ci, ci, `ci of ${values.length}`);
  }
});

test('pythonMean equals statistics.mean (exact sum, one rounding)', () => {
  for (const { values, statistics_mean } of rng.estimate_ci) {
    assert.equal(pythonMean(values), statistics_mean, `mean of ${values.length}`);
  }
  // hand derivation: 0.1 + 0.2 + 0.3 summed exactly is 0.6000000000000000055..., / 3 -> 0.2
  assert.equal(pythonMean([0.1, 0.2, 0.3]), 0.2);
});
