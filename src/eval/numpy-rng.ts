/**
 * The exact random stream of numpy's `np.random.default_rng(seed)`, so that our significance
 * tests draw the same resamples as sacreBLEU's `significance.py` and print the same p-values
 * and confidence intervals. Three numpy parts are ported:
 *
 * - `SeedSequence` (numpy/random/bit_generator.pyx): hashes the integer seed into 128-bit
 *   state and increment words;
 * - `PCG64` (numpy/random/src/pcg64/pcg64.h): the 128-bit LCG with the XSL-RR output, and its
 *   `next_uint32`, which hands out the low then the high half of one 64-bit draw;
 * - `Generator.integers` / `Generator.choice(n, replace=True)` for ranges below 2**32
 *   (numpy/random/src/distributions/distributions.c `random_bounded_uint64_fill`: Lemire's
 *   rejection method on 32-bit draws) and `integers(2, dtype=bool)` (`random_bounded_bool_fill`:
 *   one 32-bit draw serves 32 booleans, low bit first).
 *
 * BigInt is used only while seeding; the 128-bit multiply of each step runs on eight 16-bit
 * limbs held in doubles (every partial sum stays below 2**53, so it is exact).
 */

import { randomBytes } from 'node:crypto';

const MASK32 = 0xffffffff;
const MASK128 = (1n << 128n) - 1n;
/** PCG_DEFAULT_MULTIPLIER_128 of pcg64.h. */
const PCG_MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;

// SeedSequence constants (bit_generator.pyx).
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;
const POOL_SIZE = 4;

/** The 32-bit words of a non-negative integer, least significant first (`_coerce_to_uint32_array`). */
function uint32Words(value: bigint): number[] {
  if (value < 0n) throw new RangeError('seed must be non-negative');
  const words: number[] = [];
  do {
    words.push(Number(value & 0xffffffffn));
    value >>= 32n;
  } while (value > 0n);
  return words;
}

/** numpy's `SeedSequence(entropy).generate_state(nWords32, np.uint32)`. */
export function seedSequenceState(entropy: bigint, nWords32: number): Uint32Array {
  const words = uint32Words(entropy);
  const mixer = new Uint32Array(POOL_SIZE);
  let hashConst = INIT_A;
  const hashmix = (value: number): number => {
    value = (value ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_A) >>> 0;
    value = Math.imul(value, hashConst) >>> 0;
    return (value ^ (value >>> XSHIFT)) >>> 0;
  };
  const mix = (x: number, y: number): number => {
    const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
    return (r ^ (r >>> XSHIFT)) >>> 0;
  };
  for (let i = 0; i < POOL_SIZE; i++) mixer[i] = hashmix(words[i] ?? 0);
  for (let src = 0; src < POOL_SIZE; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++) {
      if (src !== dst) mixer[dst] = mix(mixer[dst] ?? 0, hashmix(mixer[src] ?? 0));
    }
  }
  for (let src = POOL_SIZE; src < words.length; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++)
      mixer[dst] = mix(mixer[dst] ?? 0, hashmix(words[src] ?? 0));
  }
  const out = new Uint32Array(nWords32);
  let hashB = INIT_B;
  for (let i = 0; i < nWords32; i++) {
    let v = ((mixer[i % POOL_SIZE] ?? 0) ^ hashB) >>> 0;
    hashB = Math.imul(hashB, MULT_B) >>> 0;
    v = Math.imul(v, hashB) >>> 0;
    out[i] = (v ^ (v >>> XSHIFT)) >>> 0;
  }
  return out;
}

function toLimbs(x: bigint): Float64Array {
  const limbs = new Float64Array(8);
  for (let i = 0; i < 8; i++) limbs[i] = Number((x >> BigInt(16 * i)) & 0xffffn);
  return limbs;
}

function fromLimbs(limbs: Float64Array): bigint {
  let x = 0n;
  for (let i = 7; i >= 0; i--) x = (x << 16n) | BigInt(limbs[i] ?? 0);
  return x;
}

/** numpy's PCG64 bit generator (XSL-RR 128/64), including its 32-bit half buffer. */
export class PCG64 {
  private readonly state: Float64Array;
  private readonly inc: Float64Array;
  private readonly mult = toLimbs(PCG_MULTIPLIER);
  private readonly next = new Float64Array(8);
  private hasUint32 = false;
  private uinteger = 0;
  /** Halves of the last 64-bit output, set by `step()`. */
  private outLo = 0;
  private outHi = 0;

  /** `PCG64(seed)`: `null` seeds from OS entropy, as numpy does for `default_rng(None)`. */
  constructor(seed: number | bigint | null) {
    const entropy = seed === null ? BigInt('0x' + randomBytes(16).toString('hex')) : BigInt(seed);
    const w = seedSequenceState(entropy, 8);
    // generate_state(4, uint64): little-endian pairs of 32-bit words; pcg64_set_seed takes
    // initstate = val[0] << 64 | val[1] and initseq = val[2] << 64 | val[3].
    const u64 = (i: number): bigint => (BigInt(w[2 * i + 1] ?? 0) << 32n) | BigInt(w[2 * i] ?? 0);
    const initState = (u64(0) << 64n) | u64(1);
    const initSeq = (u64(2) << 64n) | u64(3);
    // pcg_setseq_128_srandom_r: state = 0; inc = initseq << 1 | 1; step; state += initstate; step.
    const inc = ((initSeq << 1n) | 1n) & MASK128;
    let state = inc;
    state = (state + initState) & MASK128;
    state = (state * PCG_MULTIPLIER + inc) & MASK128;
    this.state = toLimbs(state);
    this.inc = toLimbs(inc);
  }

  /** The 128-bit state and increment, for comparison with numpy's `bit_generator.state`. */
  get stateBigInt(): { state: bigint; inc: bigint } {
    return { state: fromLimbs(this.state), inc: fromLimbs(this.inc) };
  }

  /** state = state * MULT + inc (mod 2**128), then the XSL-RR output of the new state. */
  private step(): void {
    const s = this.state;
    const m = this.mult;
    const n = this.next;
    let carry = 0;
    for (let c = 0; c < 8; c++) {
      let col = carry + (this.inc[c] ?? 0);
      for (let i = 0; i <= c; i++) col += (s[i] ?? 0) * (m[c - i] ?? 0);
      const limb = col % 65536;
      n[c] = limb;
      carry = (col - limb) / 65536;
    }
    s.set(n);
    const lo = ((s[0] ?? 0) + (s[1] ?? 0) * 65536) ^ ((s[4] ?? 0) + (s[5] ?? 0) * 65536);
    const hi = ((s[2] ?? 0) + (s[3] ?? 0) * 65536) ^ ((s[6] ?? 0) + (s[7] ?? 0) * 65536);
    const rot = (s[7] ?? 0) >>> 10; // state >> 122: the top 6 bits
    let xl = lo >>> 0;
    let xh = hi >>> 0;
    let r = rot;
    if (r >= 32) {
      [xl, xh] = [xh, xl];
      r -= 32;
    }
    if (r === 0) {
      this.outLo = xl;
      this.outHi = xh;
    } else {
      this.outLo = ((xl >>> r) | (xh << (32 - r))) >>> 0;
      this.outHi = ((xh >>> r) | (xl << (32 - r))) >>> 0;
    }
  }

  /** `random_raw()`: one 64-bit output. */
  nextUint64(): bigint {
    this.step();
    return (BigInt(this.outHi) << 32n) | BigInt(this.outLo);
  }

  /** `pcg64_next32`: the low half of a fresh 64-bit draw, then its high half. */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.step();
    this.hasUint32 = true;
    this.uinteger = this.outHi;
    return this.outLo;
  }
}

/** The parts of numpy's `Generator` that sacreBLEU's significance tests call. */
export class NumpyGenerator {
  readonly bitGenerator: PCG64;

  /** `np.random.default_rng(seed)`. */
  constructor(seed: number | bigint | null) {
    this.bitGenerator = new PCG64(seed);
  }

  /**
   * Fills `out` with `integers(0, high)` draws, i.e. what `choice(high, size, replace=True)`
   * returns, in C order. `buffered_bounded_lemire_uint32` of distributions.c.
   */
  fillIntegers(high: number, out: Int32Array | Uint32Array): void {
    if (!Number.isInteger(high) || high < 1)
      throw new RangeError(`high must be a positive integer, got ${high}`);
    const rng = high - 1;
    if (rng === 0) {
      out.fill(0);
      return;
    }
    if (rng > MASK32) throw new RangeError('ranges of 2**32 or more are not supported');
    const bits = this.bitGenerator;
    if (rng === MASK32) {
      for (let i = 0; i < out.length; i++) out[i] = bits.nextUint32();
      return;
    }
    const rngExcl = high;
    const threshold = (MASK32 - rng) % rngExcl;
    // x * rngExcl is exact in a double while it stays below 2**53 (high < 2**21).
    const exact = high < 2 ** 21;
    for (let i = 0; i < out.length; i++) {
      let x = bits.nextUint32();
      let [mHi, leftover] = exact ? split(x * rngExcl) : mul32(x, rngExcl);
      if (leftover < rngExcl) {
        while (leftover < threshold) {
          x = bits.nextUint32();
          [mHi, leftover] = exact ? split(x * rngExcl) : mul32(x, rngExcl);
        }
      }
      out[i] = mHi;
    }
  }

  /**
   * One `integers(2, size, dtype=bool)` call (`random_bounded_bool_fill`), returned as a filler
   * so that a large C-order output can be produced row by row: the 32-bit buffer carries over
   * from one chunk to the next exactly as it does inside numpy's single fill loop.
   */
  booleans(): (out: Uint8Array) => void {
    let buf = 0;
    let bcnt = 0;
    return (out) => {
      for (let i = 0; i < out.length; i++) {
        if (bcnt === 0) {
          buf = this.bitGenerator.nextUint32();
          bcnt = 31;
        } else {
          buf >>>= 1;
          bcnt -= 1;
        }
        out[i] = buf & 1;
      }
    };
  }
}

/** [high 32 bits, low 32 bits] of an exact integer below 2**53. */
function split(product: number): [number, number] {
  const hi = Math.floor(product / 4294967296);
  return [hi, product - hi * 4294967296];
}

/** [high, low] 32-bit halves of the 64-bit product of two uint32 values. */
function mul32(a: number, b: number): [number, number] {
  const aL = a & 0xffff;
  const aH = a >>> 16;
  const bL = b & 0xffff;
  const bH = b >>> 16;
  const t = aL * bL;
  const u = aH * bL + Math.floor(t / 65536);
  const v = aL * bH + (u % 65536);
  const hi = aH * bH + Math.floor(u / 65536) + Math.floor(v / 65536);
  return [hi >>> 0, Math.imul(a, b) >>> 0];
}
