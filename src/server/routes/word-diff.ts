import { translationEditRateIds, wordIds } from '../../eval/lib-ter.js';

/** One step of the diff, in post-edit order; `mt`/`pe` are words. */
export interface DiffOp {
  op: 'equal' | 'substitute' | 'insert' | 'delete';
  mt?: string;
  pe?: string;
  /** The mt word was moved by one of TER's shifts before this alignment. */
  shifted: boolean;
}

export interface WordDiff {
  /** TER edits (sacreBLEU lib_ter: shifts + edit distance after them) and the pe's length in words. */
  edits: number;
  shifts: number;
  refLength: number;
  /** edits / refLength; null for an empty post-edit. */
  ter: number | null;
  ops: DiffOp[];
}

/**
 * The rotation that turns `prev` into `next` (one TER shift: a block moved, the rest kept in
 * order), applied to `perm`; returns the positions (in `next`) of the moved block, the
 * shorter side of the rotation.
 */
function followShift(prev: Int32Array, next: Int32Array, perm: number[]): number[] {
  const n = prev.length;
  let p = 0;
  while (p < n && prev[p] === next[p]) p++;
  let s = 0;
  while (s < n - p && prev[n - 1 - s] === next[n - 1 - s]) s++;
  const len = n - p - s;
  for (let k = 1; k < len; k++) {
    let ok = true;
    for (let i = 0; i < len && ok; i++) ok = next[p + i] === prev[p + ((i + k) % len)];
    if (!ok) continue;
    const mid = perm.slice(p, p + len);
    for (let i = 0; i < len; i++) perm[p + i] = mid[(i + k) % len] ?? 0;
    // next = prev_mid[k:] + prev_mid[:k]: either the first k words moved right or the rest moved left
    return k <= len - k
      ? Array.from({ length: k }, (_, i) => p + len - k + i)
      : Array.from({ length: len - k }, (_, i) => p + i);
  }
  return [];
}

/**
 * Word diff of mt (TER's hypothesis) against pe (its reference), words split on whitespace,
 * case-sensitive: sacreBLEU's TER with `case_sensitive=True` (its tokenizer then only splits).
 * The counts are lib-ter's; the displayed alignment is a full Levenshtein alignment of the
 * shifted mt (tercom's preference: match/substitution, then insertion, then deletion), which
 * has the same cost as TER's beam alignment whenever the beam (25) does not cut it.
 */
export function wordDiff(mt: string, pe: string): WordDiff {
  const hypWords = mt.split(/\s+/).filter((w) => w !== '');
  const refWords = pe.split(/\s+/).filter((w) => w !== '');
  const { ids, vocabSize } = wordIds([hypWords, refWords]);
  const hyp = ids[0] ?? new Int32Array(0);
  const ref = ids[1] ?? new Int32Array(0);
  const perm = hypWords.map((_, i) => i);
  const moved = new Set<number>();
  let prev = hyp;
  let shifts = 0;
  const stats = translationEditRateIds(hyp, ref, vocabSize, undefined, (words) => {
    const next = words.slice();
    for (const pos of followShift(prev, next, perm)) moved.add(perm[pos] ?? -1);
    prev = next;
    shifts++;
  });
  const words = prev;
  const n = words.length;
  const m = ref.length;
  const d = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = (d[i - 1]?.[j - 1] ?? 0) + (words[i - 1] === ref[j - 1] ? 0 : 1);
      (d[i] as number[])[j] = Math.min(sub, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j] ?? 0) + 1);
    }
  }
  const ops: DiffOp[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i]?.[j] ?? 0;
    const orig = perm[i - 1] ?? -1;
    const mtWord = hypWords[orig] ?? '';
    if (
      i > 0 &&
      j > 0 &&
      here === (d[i - 1]?.[j - 1] ?? 0) + (words[i - 1] === ref[j - 1] ? 0 : 1)
    ) {
      ops.push({
        op: words[i - 1] === ref[j - 1] ? 'equal' : 'substitute',
        mt: mtWord,
        pe: refWords[j - 1] ?? '',
        shifted: moved.has(orig),
      });
      i--;
      j--;
    } else if (j > 0 && here === (d[i]?.[j - 1] ?? 0) + 1) {
      ops.push({ op: 'insert', pe: refWords[j - 1] ?? '', shifted: false });
      j--;
    } else {
      ops.push({ op: 'delete', mt: mtWord, shifted: moved.has(orig) });
      i--;
    }
  }
  ops.reverse();
  return {
    edits: stats.numEdits,
    shifts,
    refLength: stats.refLength,
    ter: stats.refLength === 0 ? null : stats.numEdits / stats.refLength,
    ops,
  };
}
