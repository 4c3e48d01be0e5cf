import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topCandidates } from '../../src/model/beam-search.js';
import { rng } from '../helpers/rng.js';

/**
 * The specification, written out by brute force: every (k, v) with a finite
 * score[k] + logProbs[k, v] (v not banned), best first, equal values in flattened-index
 * order (k·V + v), the first `count`. topCandidates must return exactly this.
 */
function bruteForce(
  logProbs: Float32Array,
  firstRow: number,
  scores: number[],
  vocab: number,
  count: number,
  banned: number,
): { k: number; v: number; cand: number }[] {
  const all: { k: number; v: number; cand: number; flat: number }[] = [];
  scores.forEach((score, k) => {
    for (let v = 0; v < vocab; v++) {
      if (v === banned) continue;
      const cand = score + (logProbs[(firstRow + k) * vocab + v] as number);
      if (Number.isFinite(cand)) all.push({ k, v, cand, flat: k * vocab + v });
    }
  });
  all.sort((a, b) => b.cand - a.cand || a.flat - b.flat);
  return all.slice(0, count).map(({ k, v, cand }) => ({ k, v, cand }));
}

/** Where rows firstRow .. firstRow + n − 1 of a [rows, vocab] array start. */
function rowsFrom(firstRow: number, n: number, vocab: number): number[] {
  return Array.from({ length: n }, (_, k) => (firstRow + k) * vocab);
}

test('topCandidates equals the brute-force ranking (ties, -Infinity, NaN, banned token, score rows)', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const r = rng(seed);
    const vocab = 1 + Math.floor(r() * 60);
    const beams = 1 + Math.floor(r() * 5);
    const firstRow = Math.floor(r() * 3);
    const rows = firstRow + beams + 1;
    const lp = new Float32Array(rows * vocab);
    // Coarse values make exact ties common; some entries are -Infinity or NaN (masked logits).
    const coarse = r() < 0.5;
    for (let i = 0; i < lp.length; i++) {
      const u = r();
      lp[i] =
        u < 0.08 ? -Infinity : u < 0.1 ? NaN : coarse ? -Math.round(r() * 8) / 4 : Math.log(r());
    }
    const scores = Array.from({ length: beams }, () => {
      const u = r();
      return u < 0.1 ? -Infinity : coarse ? -Math.round(r() * 12) / 4 : -r() * 30;
    });
    const count = 1 + Math.floor(r() * 9);
    const banned = r() < 0.5 ? Math.floor(r() * vocab) : -1;
    assert.deepEqual(
      topCandidates(lp, rowsFrom(firstRow, beams, vocab), scores, vocab, count, banned),
      bruteForce(lp, firstRow, scores, vocab, count, banned),
      `seed ${seed}`,
    );
  }
});

test('topCandidates: a value just under the cut-off by less than float32 spacing still ranks exactly', () => {
  // score + lp lands within a few ulps of the list's last value: the pre-filter must not
  // decide these, the exact comparison must.
  const vocab = 6;
  const lp = new Float32Array([-1, -2, -3, -2.0000002, -1.9999998, -2]);
  const got = topCandidates(lp, [0], [-0.1], vocab, 2, -1);
  assert.deepEqual(got, bruteForce(lp, 0, [-0.1], vocab, 2, -1));
  assert.deepEqual(
    got.map((c) => c.v),
    [0, 4],
  );
});

test('topCandidates with a column order ranks ties by token, as the brute force over tokens does', () => {
  // Columns that are not in token order (format version 8 shortlists: B then E): column c
  // holds token tokenOf[c]; the result must be the brute force over the token-ordered row,
  // mapped back to columns.
  for (let seed = 1; seed <= 200; seed++) {
    const r = rng(seed + 1000);
    const vocab = 2 + Math.floor(r() * 40);
    const beams = 1 + Math.floor(r() * 4);
    const tokenOf = Array.from({ length: vocab }, (_, c) => c);
    for (let i = vocab - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [tokenOf[i], tokenOf[j]] = [tokenOf[j] as number, tokenOf[i] as number];
    }
    const order = new Int32Array(vocab);
    tokenOf.forEach((t, c) => (order[t] = c));
    const lp = new Float32Array(beams * vocab);
    for (let i = 0; i < lp.length; i++) lp[i] = r() < 0.1 ? -Infinity : -Math.round(r() * 6) / 4;
    const byToken = new Float32Array(lp.length);
    for (let k = 0; k < beams; k++)
      for (let c = 0; c < vocab; c++)
        byToken[k * vocab + (tokenOf[c] as number)] = lp[k * vocab + c] as number;
    const scores = Array.from({ length: beams }, () => -Math.round(r() * 8) / 4);
    const count = 1 + Math.floor(r() * 8);
    const bannedToken = r() < 0.5 ? Math.floor(r() * vocab) : -1;
    const bannedColumn = bannedToken < 0 ? -1 : (order[bannedToken] as number);
    const want = bruteForce(byToken, 0, scores, vocab, count, bannedToken).map((x) => ({
      ...x,
      v: order[x.v] as number,
    }));
    assert.deepEqual(
      topCandidates(
        lp,
        rowsFrom(0, beams, vocab),
        scores,
        vocab,
        count,
        bannedColumn,
        undefined,
        order,
      ),
      want,
      `seed ${seed}`,
    );
  }
});

test('topCandidates reads each beam at its own offset: rows in any order give the adjacent rows’ result', () => {
  // Decoder calls lay rows out in slots (src/model/row-slots.ts), so a sentence's beams may lie
  // anywhere in the step's output, in any order.
  for (let seed = 1; seed <= 200; seed++) {
    const r = rng(seed + 5000);
    const vocab = 1 + Math.floor(r() * 30);
    const beams = 1 + Math.floor(r() * 5);
    const adjacent = new Float32Array(beams * vocab);
    for (let i = 0; i < adjacent.length; i++)
      adjacent[i] = r() < 0.1 ? -Infinity : -Math.round(r() * 6) / 4;
    // the same rows scattered, in a shuffled order, among 3 rows of noise
    const total = beams + 3;
    const place = Array.from({ length: total }, (_, i) => i);
    for (let i = total - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [place[i], place[j]] = [place[j] as number, place[i] as number];
    }
    const scattered = Float32Array.from({ length: total * vocab }, () => -r());
    for (let k = 0; k < beams; k++)
      scattered.set(adjacent.subarray(k * vocab, (k + 1) * vocab), (place[k] as number) * vocab);
    const scores = Array.from({ length: beams }, () => -Math.round(r() * 8) / 4);
    const count = 1 + Math.floor(r() * 8);
    const banned = r() < 0.5 ? Math.floor(r() * vocab) : -1;
    const at = Array.from({ length: beams }, (_, k) => (place[k] as number) * vocab);
    assert.deepEqual(
      topCandidates(scattered, at, scores, vocab, count, banned),
      bruteForce(adjacent, 0, scores, vocab, count, banned),
      `seed ${seed}`,
    );
  }
});
