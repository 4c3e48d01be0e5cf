import { Worker } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { ModelError } from '../errors.js';
import { beamSearch, runEncoder, type BeamOptions } from './beam-search.js';
import type { EncoderInput } from './encoder-input.js';
import { KvCache } from './kv-cache.js';
import type { Manifest } from './manifest.js';
import { loadModelDir } from './model-dir.js';
import type { PreparedSegment } from './segment.js';
import { outputColumns } from './output-vocab.js';
import { onlyInputs, type Sessions } from './sessions.js';
import { ApeTokenizer } from './tokenizer.js';
import { DecodeCancelled } from './worker-protocol.js';

/** One encoder position: `[CLS] src [SEP] mt [SEP]` (docs/model-format.md, "Encoder input"). */
export interface InputToken {
  token: string;
  side: 'src' | 'mt';
  special: boolean;
}

/** One output token with the decoder step that produced it. */
export interface OutputStep {
  id: number;
  token: string;
  /** exp(log_probs[token]) at this step, given the prefix before it. */
  prob: number;
  /** Context attention of this step, [layer][head][input position]; exact zeros stay 0. */
  attention: number[][][];
}

export interface Explanation {
  pe: string;
  score: number;
  input: InputToken[];
  output: OutputStep[];
  normalizer: Manifest['architecture']['normalizers']['context'];
  /**
   * α per [layer][head]: fixed by the normalizer (softmax 1, 1.5-entmax 1.5, sparsemax 2),
   * the manifest's `architecture.alpha.context` for α-entmax (format version 2), null where
   * the model does not record it.
   */
  alpha: number[][] | null;
}

/** What the decode of one explanation gives, before tokens become strings. */
export interface ExplainIds {
  ids: number[];
  score: number;
  probs: number[];
  /** Per output token, `cross_attention` [L, heads, S] flattened. */
  attention: Float32Array[];
  srcLength: number;
}

export interface ExplainRequest {
  id: number;
  input: EncoderInput;
  options: BeamOptions;
}

export type ExplainReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: ExplainIds }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** What explain-worker.ts starts with; `stop` is a shared Int32 flag, 1 once the Explainer closes. */
export interface ExplainWorkerData {
  modelDir: string;
  shortlist: boolean;
  stop: Int32Array;
}

/** Rejects an explanation the Explainer was closed before it finished (e.g. server shutdown). */
export class ExplainCancelled extends Error {
  constructor() {
    super('the explanation was cancelled: its model is closing (server shutdown)');
  }
}

/** α of the normalizers whose α is not learned (Peters et al. 2019: softmax is 1-entmax, sparsemax 2-entmax). */
const FIXED_ALPHA = { softmax: 1, entmax15: 1.5, sparsemax: 2 } as const;

/** Four significant digits keep the JSON small; toPrecision never turns a non-zero into 0. */
function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4));
}

/**
 * Decodes one segment with beam search, then feeds the best hypothesis back through the
 * decoder one step at a time (teacher forcing, batch 1) to read the `cross_attention`
 * output and the probability of each chosen token. Rows never interact in the decoder
 * (docs/model-format.md), so the forced step t sees exactly the state the search saw when
 * it extended this hypothesis. `cancelled`, when given, is asked before every decoder step
 * (search and forced steps); once it returns true this throws DecodeCancelled.
 */
export async function explainIds(
  s: Sessions,
  input: EncoderInput,
  special: Manifest['specialTokens'],
  options: BeamOptions,
  cancelled?: () => boolean,
): Promise<ExplainIds> {
  if (!s.decoder.outputNames.includes('cross_attention')) {
    throw new ModelError(
      'decoder graph has no cross_attention output (docs/model-format.md, decoder.onnx); /v1/explain needs it',
    );
  }
  const { hypotheses } = await beamSearch(
    s,
    [input],
    special,
    { ...options, nbest: 1 },
    undefined,
    cancelled,
  );
  const best = hypotheses[0]?.[0] ?? { tokens: [], score: -Infinity };
  const { enc, perSentence: fixed } = await runEncoder(s, [input], special.pad);
  // the search's own columns: a one-sentence batch, so the same allowed set
  const columns = await outputColumns(s, [input], special);
  const columnFeeds = columns.feeds([0]);
  const fetches = [
    'log_probs',
    'cross_attention',
    ...Array.from({ length: s.layers }, (_, i) => [`present_k_${i}`, `present_v_${i}`]).flat(),
  ];
  const cache = KvCache.empty(1, s.layers, s.heads, s.headDim);
  const probs: number[] = [];
  const attention: Float32Array[] = [];
  let prev = special.bos;
  for (const [t, id] of best.tokens.entries()) {
    if (cancelled?.() === true) throw new DecodeCancelled(t);
    const feeds = onlyInputs(s.decoder, {
      input_ids: new ort.Tensor('int64', BigInt64Array.of(BigInt(prev)), [1, 1]),
      ...fixed,
      ...columnFeeds,
      ...cache.feeds(),
    });
    const out = await s.decoder.run(feeds, fetches);
    const lp = out.log_probs?.data as Float32Array | undefined;
    const att = out.cross_attention?.data as Float32Array | undefined;
    if (lp === undefined || att === undefined)
      throw new Error('decoder outputs log_probs/cross_attention missing');
    const column = columns.column(id);
    probs.push(column < 0 ? 0 : Math.exp(lp[column] ?? -Infinity));
    attention.push(att.slice());
    cache.update(out, [0]);
    prev = id;
  }
  return { ids: best.tokens, score: best.score, probs, attention, srcLength: enc.length };
}

/** Splits a flat [L, heads, S] step into nested arrays. */
function nest(flat: Float32Array, layers: number, heads: number, length: number): number[][][] {
  return Array.from({ length: layers }, (_, l) =>
    Array.from({ length: heads }, (_, h) =>
      Array.from(flat.subarray((l * heads + h) * length, (l * heads + h + 1) * length), round),
    ),
  );
}

// Run from source (tsx) the worker is a .ts file and needs tsx's loader, which a worker does
// not inherit (the same boot as src/model/worker-pool.ts); from dist/ it is the compiled .js.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(
  fromSource ? './explain-worker.ts' : './explain-worker.js',
  import.meta.url,
);

function startWorker(workerData: ExplainWorkerData): Worker {
  if (!fromSource) return new Worker(workerUrl, { workerData });
  const boot = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * The explain side of a model directory: one worker thread with its own sessions (one
 * intra-op thread), started on first use. Explaining is one segment at a time, for the web
 * page (docs/web.md); bulk post-editing goes through the worker pool instead.
 */
export class Explainer {
  private nextId = 1;
  /** Set when the worker died or close() began: later calls fail at once instead of waiting forever. */
  private broken: Error | undefined;
  private readonly pending = new Map<
    number,
    { resolve(r: ExplainIds): void; reject(e: Error): void }
  >();
  /** Called whenever `pending` empties (close() waits for that). */
  private idleWaiters: (() => void)[] = [];
  private readonly exited: Promise<void>;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly manifest: Manifest,
    private readonly tokenizer: ApeTokenizer,
    private readonly worker: Worker,
    /** Shared with the worker (ExplainWorkerData.stop): 1 stops every explanation in progress. */
    private readonly stop: Int32Array,
    /** The lexicon file beam search reads, when the model has one and it is on. */
    private readonly lexiconPath: string | undefined,
  ) {
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    worker.on('message', (reply: ExplainReply) => {
      if (reply.type === 'ready') return;
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.type === 'result') job?.resolve(reply.result);
      else if (reply.type === 'cancelled') job?.reject(new ExplainCancelled());
      else job?.reject(new Error(reply.message));
      this.settleIdle();
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', (code) => this.failAll(new Error(`explain worker exited with code ${code}`)));
  }

  /**
   * Decodes as the worker pool does: `shortlist` false, the full vocabulary even if the model
   * has a shortlist; `lexicon` false, unconstrained even if the model has a target lexicon
   * (docs/model-format.md, "Target lexicon"). Both default to true.
   */
  static async load(
    dir: string,
    options: { shortlist?: boolean; lexicon?: boolean } = {},
  ): Promise<Explainer> {
    const model = await loadModelDir(dir, { verify: false });
    const tokenizer = await ApeTokenizer.fromModel(model);
    const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const worker = startWorker({ modelDir: model.dir, shortlist: options.shortlist ?? true, stop });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (m: ExplainReply) =>
        m.type === 'ready' ? resolve() : reject(new Error('explain worker did not start')),
      );
      worker.once('error', (err) =>
        reject(
          new ModelError(`${model.dir}: explain worker failed to start (${err.message})`, {
            cause: err,
          }),
        ),
      );
    });
    const lexiconPath = options.lexicon === false ? undefined : model.lexiconPath;
    return new Explainer(model.manifest, tokenizer, worker, stop, lexiconPath);
  }

  private failAll(err: Error): void {
    this.broken ??= err;
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
    this.settleIdle();
  }

  private settleIdle(): void {
    if (this.pending.size === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  private run(input: EncoderInput, options: BeamOptions): Promise<ExplainIds> {
    if (this.broken !== undefined) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, input, options } satisfies ExplainRequest);
    });
  }

  private tokenText(id: number): string {
    return this.tokenizer.token(id) ?? this.tokenizer.decodeRaw([id]);
  }

  async explain(seg: PreparedSegment, options: { beam: number }): Promise<Explanation> {
    const m = this.manifest;
    const beam: BeamOptions = {
      ...m.decoding,
      beam: options.beam,
      nbest: 1,
      ...(this.lexiconPath === undefined ? {} : { lexicon: this.lexiconPath }),
    };
    const r = await this.run(seg.input, beam);
    const { layers, heads } = m.architecture;
    // the [SEP] closing the src side is its last token of type 0, in every layout
    const types = seg.input.tokenTypeIds;
    const srcSep = types.findIndex((t) => t !== 0) - 1;
    const input: InputToken[] = seg.input.inputIds.map((id, i) => ({
      token: this.tokenText(id),
      side: (types[i] ?? 0) === 0 ? 'src' : 'mt',
      special: i === 0 || i === srcSep || i === seg.input.inputIds.length - 1,
    }));
    const same = r.ids.length === seg.mtIds.length && r.ids.every((x, i) => x === seg.mtIds[i]);
    const normalizer = m.architecture.normalizers.context;
    // One output token at a time, yielding between them: a maximum-length explanation of the
    // default model is millions of numbers, which must not hold the event loop in one go.
    const output: OutputStep[] = [];
    for (const [t, id] of r.ids.entries()) {
      if (t > 0) await new Promise((resolve) => setImmediate(resolve));
      output.push({
        id,
        token: this.tokenText(id),
        prob: r.probs[t] ?? 0,
        attention: nest(r.attention[t] ?? new Float32Array(0), layers, heads, r.srcLength),
      });
      r.attention[t] = new Float32Array(0); // nested now; the flat copy can go
    }
    return {
      pe: same
        ? seg.segment.mt
        : this.tokenizer.detokenize(r.ids, seg.segment.mt, seg.mtUnits, seg.segment.src),
      score: r.score,
      input,
      output,
      normalizer,
      alpha:
        normalizer === 'alpha-entmax'
          ? (m.architecture.alpha?.context ?? null)
          : Array.from({ length: layers }, () =>
              Array<number>(heads).fill(FIXED_ALPHA[normalizer]),
            ),
    };
  }

  /**
   * Stops the worker without ever cutting a session run short (Worker.terminate() during an
   * onnxruntime run aborts the process, exit 134: explain-worker.ts): new explanations are
   * refused, those in progress stop before their next decoder step and reject with
   * ExplainCancelled, then the worker releases its sessions and ends. Resolves once it has.
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.broken ??= new ExplainCancelled();
    Atomics.store(this.stop, 0, 1);
    if (this.pending.size > 0)
      await Promise.race([
        new Promise<void>((resolve) => this.idleWaiters.push(resolve)),
        this.exited,
      ]);
    this.worker.postMessage({ type: 'close' });
    // It ends by itself within milliseconds; should it not, it is idle now and safe to terminate.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), 10_000);
    });
    const how = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    if (how === 'late') await this.worker.terminate();
  }
}
