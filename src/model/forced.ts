import { lengthPenalty } from './beam-search.js';
import type { LengthPenalty } from './manifest.js';
import type { OutputColumns } from './output-vocab.js';

/**
 * Forced decoding (teacher forcing) of one given target, the mt, for conservative decoding
 * (docs/model-format.md, `decoding.keepMtMargin`): the target is fed to decoder.onnx one
 * token per step with the key/value cache, and its log-probabilities are summed. The beam
 * search (src/model/beam-search.ts) carries it as one extra row of its own batch, so the mt
 * costs no second encoder pass and shares every decoder call with the beams of its sentence;
 * rows never interact, so this changes none of the beam's results.
 */
export class ForcedTarget {
  /** Target tokens scored so far (the next one to score is target[pos]). */
  private pos = 0;
  /** Accumulated in float64 from the graph's float32 log_probs, like the beam's scores. */
  private logProb = 0;

  private readonly target: number[];

  /** `ids` are the wordpieces without bos and eos; the target is ids + eos. */
  constructor(
    ids: readonly number[],
    eos: number,
    private readonly bos: number,
  ) {
    this.target = [...ids, eos];
  }

  get done(): boolean {
    return this.pos >= this.target.length;
  }

  /** The token this row feeds at the current step: bos first, then the last target token scored. */
  get input(): number {
    return this.pos === 0 ? this.bos : (this.target[this.pos - 1] ?? this.bos);
  }

  /** Whether `tokens` are the target's tokens scored so far (a beam fed what this row feeds). */
  follows(tokens: readonly number[]): boolean {
    return tokens.length === this.pos && tokens.every((x, i) => x === this.target[i]);
  }

  /** The next `n` target tokens after the input (the draft of drafted decoding, src/model/draft.ts). */
  upcoming(n: number): number[] {
    return this.target.slice(this.pos, this.pos + n);
  }

  /**
   * Reads log p(target[pos] | bos, target[<pos], src, mt) from the row of a step output that
   * starts at `logProbs[rowAt]`; `columns` maps a token to its column (the shortlist's, src/model/output-vocab.ts;
   * absent: column = token). A token the batch cannot write scores −∞.
   */
  consume(logProbs: Float32Array, rowAt: number, columns?: Pick<OutputColumns, 'column'>): void {
    const token = this.target[this.pos];
    if (token === undefined) throw new Error('ForcedTarget: the target is already scored');
    const column = columns === undefined ? token : columns.column(token);
    this.logProb += column < 0 ? -Infinity : (logProbs[rowAt + column] ?? -Infinity);
    this.pos++;
  }

  /**
   * The score the beam ranks hypotheses by (docs/model-format.md "Decoding", step 3): the
   * cumulative log-probability over len = tokens + eos, divided by lp(len). No minLength
   * here: the mt is scored as it is, even where the beam could not have produced it.
   */
  score(o: ForcedScoreOptions): number {
    if (!this.done) throw new Error('ForcedTarget: the target is not fully scored yet');
    return this.logProb / lengthPenalty(o.lengthPenalty, o.lengthPenaltyAlpha, this.target.length);
  }
}

export interface ForcedScoreOptions {
  lengthPenalty: LengthPenalty;
  lengthPenaltyAlpha: number;
}

/**
 * The conservative decision: the edit wins only when its score beats the mt's by more than
 * `margin` (a difference of normalized log-probabilities, nats per token under `avg`).
 * An edit identical to the mt scores the same, so it is "kept" as the mt.
 */
export function keepsMt(editScore: number, mtScore: number, margin: number): boolean {
  return !(editScore - mtScore > margin);
}
