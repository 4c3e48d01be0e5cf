import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { RowSlots } from '../../src/model/row-slots.js';
import { rng } from '../helpers/rng.js';

/** Per-sentence tensors whose every value names its sentence and place: row b of `f` is b·1000 + i. */
function perSentence(batch: number): Record<string, ort.Tensor> {
  const f = Float32Array.from(
    { length: batch * 2 * 3 },
    (_, i) => Math.floor(i / 6) * 1000 + (i % 6),
  );
  const m = BigInt64Array.from({ length: batch * 4 }, (_, i) =>
    BigInt(Math.floor(i / 4) * 100 + (i % 4)),
  );
  return {
    cross_k_0: new ort.Tensor('float32', f, [batch, 2, 3]),
    memory_mask: new ort.Tensor('int64', m, [batch, 4]),
  };
}

test('RowSlots: every row of every call reads its own sentence, across growing, shrinking and reordered calls', () => {
  for (let seed = 1; seed <= 100; seed++) {
    const r = rng(seed);
    const batch = 1 + Math.floor(r() * 6);
    const slots = new RowSlots(perSentence(batch));
    for (let call = 0; call < 12; call++) {
      // each sentence asks for 0..5 rows, in an order shuffled across sentences
      const sentences: number[] = [];
      for (let b = 0; b < batch; b++)
        for (let n = Math.floor(r() * 6); n > 0; n--) sentences.push(b);
      for (let i = sentences.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [sentences[i], sentences[j]] = [sentences[j] as number, sentences[i] as number];
      }
      const { slotOf, feeds } = slots.place(sentences);
      const m = sentences.length;
      assert.deepEqual(
        [...slotOf].sort((a, b) => a - b),
        Array.from({ length: m }, (_, i) => i),
        `seed ${seed} call ${call}: slots are a permutation`,
      );
      const k = feeds.cross_k_0 as ort.Tensor;
      const mask = feeds.memory_mask as ort.Tensor;
      assert.deepEqual(k.dims, [m, 2, 3]);
      assert.deepEqual(mask.dims, [m, 4]);
      const kd = k.data as Float32Array;
      const md = mask.data as BigInt64Array;
      assert.equal(kd.length, m * 6);
      sentences.forEach((b, i) => {
        const s = slotOf[i] as number;
        assert.deepEqual(
          [...kd.subarray(s * 6, s * 6 + 6)],
          Array.from({ length: 6 }, (_, j) => b * 1000 + j),
          `seed ${seed} call ${call}: row ${i} (slot ${s})`,
        );
        assert.deepEqual(
          [...md.subarray(s * 4, s * 4 + 4)],
          Array.from({ length: 4 }, (_, j) => BigInt(b * 100 + j)),
        );
      });
    }
  }
});

test('RowSlots keeps a slot whose sentence still needs a row where it was', () => {
  const slots = new RowSlots(perSentence(3));
  const first = slots.place([0, 0, 1, 1, 2, 2]).slotOf;
  assert.deepEqual([...first], [0, 1, 2, 3, 4, 5]);
  // sentence 1 loses a row, sentence 0 gains one: only those two places change
  const second = slots.place([0, 0, 0, 1, 2, 2]).slotOf;
  assert.deepEqual([...second].slice(0, 2), [0, 1]);
  assert.deepEqual([...second].slice(3), [2, 4, 5]);
  assert.equal(second[2], 3); // the freed place
  // the batch shrinks: a slot past the new end moves into a freed place
  const third = slots.place([2, 0]).slotOf;
  assert.deepEqual([...third], [1, 0]);
});

test('RowSlots refuses a sentence the batch does not have and mismatched tensors', () => {
  const slots = new RowSlots(perSentence(2));
  assert.throws(() => slots.place([0, 2]), /no sentence 2 \(the batch has 2\)/);
  assert.throws(
    () =>
      new RowSlots({
        a: new ort.Tensor('float32', new Float32Array(4), [2, 2]),
        b: new ort.Tensor('float32', new Float32Array(3), [3, 1]),
      }),
    /b has 3 rows where the others have 2/,
  );
});
