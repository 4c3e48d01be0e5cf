import { availableParallelism } from 'node:os';
import type { BeamOptions, Hypothesis } from './beam-search.js';
import { DEFAULT_DRAFT } from './draft.js';
import { Explainer, type Explanation } from './explain.js';
import { keepsMt } from './forced.js';
import type { DecodingDefaults, Manifest } from './manifest.js';
import { loadModelDir, modelName } from './model-dir.js';
import {
  prepareSegment,
  SegmentTooLongError,
  type PreparedSegment,
  type Segment,
} from './segment.js';
import { ApeTokenizer } from './tokenizer.js';
import { WorkerPool } from './worker-pool.js';

/** Per-call decoding choices; the rest comes from the manifest's `decoding` defaults. */
export interface PostEditOptions {
  beam: number;
  /** Alternatives to return besides the best (1 = only the best). */
  nbest: number;
  /**
   * Conservative decoding: return the mt unchanged unless the best hypothesis' score beats
   * the mt's own score (forced decoding) by more than this. `null`: off; absent: the
   * manifest's `decoding.keepMtMargin` (itself absent: off).
   */
  keepMtMargin?: number | null;
  /**
   * The keep-or-edit gate (docs/model-format.md, "Keep-or-edit gate"), when the model has one
   * and the post-editor loaded it: a segment whose pi(edit) is exactly 0 comes back as its mt
   * without decoding (`kept: 'gate'`). Absent: on; false: every segment is decoded.
   */
  gate?: boolean;
}

export interface Alternative {
  pe: string;
  score: number;
}

export interface PostEditResult {
  pe: string;
  /** The output tokens differ from the mt's. */
  changed: boolean;
  /**
   * Normalized log-probability of the best hypothesis (docs/model-format.md "Decoding",
   * step 3): of `pe`, unless conservative decoding kept the mt instead. null: the gate kept
   * the mt and nothing was decoded, so there is no score (`kept: 'gate'`).
   */
  score: number | null;
  /** Output tokens of `pe` (without bos/eos). */
  tokens: number;
  /**
   * The beam's hypotheses, best first (the best is the edit even when the mt was kept);
   * empty when the gate kept the mt (no beam ran).
   */
  nbest: Alternative[];
  /**
   * Whether `pe` is the mt, verbatim, or the model's edit: 'mt' or 'edit' with conservative
   * decoding; 'gate' whenever the keep-or-edit gate kept the mt without decoding (pi(edit) = 0).
   */
  kept?: 'mt' | 'edit' | 'gate';
  /** Conservative decoding only: the mt's score under the model (forced decoding, same length penalty). */
  mtScore?: number;
}

export interface ModelInfo {
  name: string;
  formatVersion: number;
  languages: Manifest['languages'];
  decoding: DecodingDefaults;
  maxSrcTokens: number;
  maxMtTokens: number;
  /** What the encoder reads (docs/model-format.md, "Encoder input"): `bert-pair` is APE (src and
   * mt); the single-input baselines read only src (`bert-pair-src-only`) or only mt. */
  inputLayout: Manifest['input']['layout'];
  architecture: Pick<Manifest['architecture'], 'layers' | 'hidden' | 'heads' | 'normalizers'>;
  quantization: Manifest['graphs']['quantization'];
  /** Whether decoding uses the model's output-vocabulary shortlist. */
  shortlist: boolean;
  /** Whether decoding is constrained by the model's target lexicon (format version 4). */
  lexicon: boolean;
  /** Whether the model's keep-or-edit gate decides which segments are decoded (format version 6). */
  gate: boolean;
}

export interface BatchStats {
  decodeMs: number;
  generatedTokens: number;
  /** Segments the keep-or-edit gate answered with their mt, not decoded. */
  gatedSegments: number;
  /** Decoder calls the batch made (0 when the gate kept every segment). */
  decoderCalls: number;
}

/**
 * What the server and `ape postedit` need from a model: check and tokenize a segment, and
 * post-edit a batch. They never see an ORT session: onnxruntime stays inside src/model.
 */
export interface PostEditor {
  readonly info: ModelInfo;
  /** How many batches can decode at once (worker threads). */
  readonly concurrency: number;
  /** Tokenizes and checks lengths; throws SegmentTooLongError. Cheap, synchronous. */
  prepare(segment: Segment): PreparedSegment;
  /** Aborting `signal` stops the batch at its next decoder step (rejects with DecodeCancelled). */
  postEdit(
    segments: PreparedSegment[],
    options: PostEditOptions,
    signal?: AbortSignal,
  ): Promise<{ results: PostEditResult[]; stats: BatchStats }>;
  /** One segment decoded with its context attention and token probabilities (src/model/explain.ts); absent: no explain. */
  explain?(segment: PreparedSegment, options: { beam: number }): Promise<Explanation>;
  close(): Promise<void>;
}

/**
 * Post-edits plain (src, mt) pairs in one call, with the model's decoding defaults where
 * `options` says nothing (beam: the manifest's `decoding.beam`; nbest 1; conservative
 * decoding: the manifest's `keepMtMargin`). Results are in input order. A pair too long for
 * the model throws SegmentTooLongError with its index in the message, before any decoding.
 */
export async function postEditSegments(
  editor: PostEditor,
  segments: readonly Segment[],
  options: Partial<PostEditOptions> = {},
): Promise<PostEditResult[]> {
  const prepared = segments.map((segment, i) => {
    try {
      return editor.prepare(segment);
    } catch (err) {
      if (err instanceof SegmentTooLongError)
        throw new SegmentTooLongError(err.side, err.tokens, err.limit, i);
      throw err;
    }
  });
  if (prepared.length === 0) return [];
  const { results } = await editor.postEdit(prepared, {
    beam: options.beam ?? editor.info.decoding.beam,
    nbest: options.nbest ?? 1,
    ...(options.keepMtMargin === undefined ? {} : { keepMtMargin: options.keepMtMargin }),
    ...(options.gate === undefined ? {} : { gate: options.gate }),
  });
  return results;
}

export interface OnnxPostEditorOptions {
  /** Decode worker threads, each with its own sessions (default 1). */
  workers?: number;
  /** ORT intra-op threads per session (default: cores / workers). */
  intraOpThreads?: number;
  /**
   * Decode with the model's output-vocabulary shortlist when it has one (default true);
   * false: the full vocabulary (docs/model-format.md, "Output-vocabulary shortlist").
   */
  shortlist?: boolean;
  /**
   * Constrain decoding by the model's target lexicon when it has one (default true): every
   * alphabetic output word is a word of the segment's src or mt or of the lexicon; false:
   * unconstrained (docs/model-format.md, "Target lexicon").
   */
  lexicon?: boolean;
  /**
   * MT-drafted decoding (src/model/draft.ts) when the model's decoder graphs take several
   * positions per call (format version 5) and the beam is 1 (default false): the same output
   * up to float rounding, fewer decoder calls but more positions. Off by default: on the
   * 2-core AVX2 machine a decoder position costs nearly as much inside a longer call as alone,
   * so the saved calls do not pay for the rejected draft positions, and beams branch away
   * from their drafts at most steps (docs/http-api.md, "Drafted decoding").
   */
  draft?: boolean;
  /**
   * The keep-or-edit gate (docs/model-format.md, "Keep-or-edit gate", format version 6) when
   * the model has one (default true): a segment whose pi(edit) is exactly 0 is answered with
   * its mt, not decoded; false: the gate is not loaded and every segment is decoded.
   */
  gate?: boolean;
}

function sameTokens(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The ONNX implementation: tokenizer here, sessions in worker threads. */
export class OnnxPostEditor implements PostEditor {
  private explainer: Promise<Explainer> | undefined;

  private constructor(
    readonly info: ModelInfo,
    private readonly manifest: Manifest,
    private readonly tokenizer: ApeTokenizer,
    private readonly pool: WorkerPool,
    private readonly dir: string,
    private readonly shortlist: boolean,
    /** The lexicon file beam search reads, when the model has one and it is on. */
    private readonly lexiconPath: string | undefined,
    /** Drafts for greedy decoding, when the graphs allow them and they are on. */
    private readonly draft: boolean,
  ) {}

  static async load(dir: string, options: OnnxPostEditorOptions = {}): Promise<OnnxPostEditor> {
    const model = await loadModelDir(dir);
    const m = model.manifest;
    const tokenizer = await ApeTokenizer.fromModel(model);
    const workers = Math.max(1, options.workers ?? 1);
    const intraOpThreads = Math.max(
      1,
      options.intraOpThreads ?? Math.floor(availableParallelism() / workers),
    );
    const shortlist = options.shortlist ?? true;
    const gate = options.gate !== false && model.gatePath !== undefined;
    const pool = await WorkerPool.start(model.dir, { workers, intraOpThreads, shortlist, gate });
    const info: ModelInfo = {
      name: modelName(model),
      formatVersion: m.formatVersion,
      languages: m.languages,
      decoding: m.decoding,
      maxSrcTokens: m.input.maxSrcTokens,
      maxMtTokens: m.input.maxMtTokens,
      inputLayout: m.input.layout,
      architecture: {
        layers: m.architecture.layers,
        hidden: m.architecture.hidden,
        heads: m.architecture.heads,
        normalizers: m.architecture.normalizers,
      },
      quantization: m.graphs.quantization,
      shortlist: shortlist && m.shortlist !== undefined,
      lexicon: options.lexicon !== false && model.lexiconPath !== undefined,
      gate,
    };
    const lexiconPath = options.lexicon === false ? undefined : model.lexiconPath;
    const draft = options.draft === true && m.graphs.decoderPositions === 'many';
    return new OnnxPostEditor(info, m, tokenizer, pool, model.dir, shortlist, lexiconPath, draft);
  }

  get concurrency(): number {
    return this.pool.size;
  }

  prepare(segment: Segment): PreparedSegment {
    return prepareSegment(segment, this.tokenizer, this.manifest);
  }

  async postEdit(
    segments: PreparedSegment[],
    options: PostEditOptions,
    signal?: AbortSignal,
  ): Promise<{ results: PostEditResult[]; stats: BatchStats }> {
    const beam: BeamOptions = {
      ...this.manifest.decoding,
      beam: options.beam,
      nbest: Math.max(1, options.nbest),
      ...(this.lexiconPath === undefined ? {} : { lexicon: this.lexiconPath }),
      ...(this.draft && options.beam === 1 ? { draft: DEFAULT_DRAFT } : {}),
      ...(this.info.gate && options.gate !== false ? { gate: true } : {}),
    };
    const margin =
      options.keepMtMargin === undefined
        ? (this.manifest.decoding.keepMtMargin ?? null)
        : options.keepMtMargin;
    const { hypotheses, decodeMs, mtScores, gated, stats } = await this.pool.run(
      segments.map((s) => s.input),
      beam,
      margin === null ? undefined : segments.map((s) => s.mtIds),
      signal,
    );
    let generatedTokens = 0;
    const results = segments.map((seg, i): PostEditResult => {
      if (gated?.[i] === true)
        return {
          pe: seg.segment.mt,
          changed: false,
          score: null,
          tokens: seg.mtIds.length,
          nbest: [],
          kept: 'gate',
        };
      const hyps = hypotheses[i] ?? [];
      generatedTokens += hyps[0]?.tokens.length ?? 0;
      const result = this.toResult(seg, hyps);
      const mtScore = mtScores?.[i];
      if (margin === null || mtScore === undefined || mtScore === null || result.score === null)
        return result;
      return keepsMt(result.score, mtScore, margin)
        ? {
            ...result,
            pe: seg.segment.mt,
            changed: false,
            tokens: seg.mtIds.length,
            kept: 'mt' as const,
            mtScore,
          }
        : { ...result, kept: 'edit' as const, mtScore };
    });
    const gatedSegments = gated?.filter((g) => g).length ?? 0;
    return {
      results,
      stats: { decodeMs, generatedTokens, gatedSegments, decoderCalls: stats.calls },
    };
  }

  /** Output tokens to text; tokens identical to the mt's give back the mt verbatim. */
  detokenize(seg: PreparedSegment, h: Hypothesis): string {
    if (sameTokens(h.tokens, seg.mtIds)) return seg.segment.mt;
    return this.tokenizer.detokenize(h.tokens, seg.segment.mt, seg.mtUnits, seg.segment.src);
  }

  private toResult(seg: PreparedSegment, hyps: Hypothesis[]): PostEditResult {
    const best = hyps[0] ?? { tokens: [], score: -Infinity };
    return {
      pe: this.detokenize(seg, best),
      changed: !sameTokens(best.tokens, seg.mtIds),
      score: best.score,
      tokens: best.tokens.length,
      nbest: hyps.map((h) => ({ pe: this.detokenize(seg, h), score: h.score })),
    };
  }

  /** Its own sessions, created on the first call (the web page's explain view). */
  async explain(segment: PreparedSegment, options: { beam: number }): Promise<Explanation> {
    this.explainer ??= Explainer.load(this.dir, {
      shortlist: this.shortlist,
      lexicon: this.lexiconPath !== undefined,
    });
    return (await this.explainer).explain(segment, options);
  }

  async close(): Promise<void> {
    const explainer = this.explainer;
    this.explainer = undefined;
    if (explainer !== undefined) await (await explainer.catch(() => undefined))?.close();
    await this.pool.close();
  }
}
