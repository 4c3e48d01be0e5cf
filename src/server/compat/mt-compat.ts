/**
 * The MT-provider-compatible routes, mounted by the server's createApp when upstream MT
 * engines are configured: an Apertium APy imitation under /apy (apy-router.ts) and a
 * LibreTranslate imitation under /libretranslate (libretranslate-router.ts). Both run the
 * upstream MT, then a model through its micro-batcher, so these requests share batches with
 * /v1/postedit. With several served models, a language pair goes to the first model whose
 * manifest languages are that pair (`servedPairs`); a pair with an upstream but no model is
 * not offered (the routes list and accept only pairs that have both).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { PostEditor } from '../../model/post-editor.js';
import { SegmentTooLongError, type PreparedSegment, type Segment } from '../../model/segment.js';
import type { MicroBatcher } from '../batcher.js';
import type { ServerConfig } from '../config.js';
import { silentLogger, type Logger } from '../logger.js';
import type { ModelSet, ServedModel } from '../models.js';
import type { NbestPostEdit } from '../../text/tagged-postedit.js';
import { apyRouter } from './apy-router.js';
import { toAlpha3 } from '../../text/language-codes.js';
import { libreTranslateRouter } from './libretranslate-router.js';
import type { CompatPostEdit, UpstreamMt } from './upstream.js';
import type { Lifecycle } from '../routes/health.js';

export interface MtCompatDeps {
  models: ModelSet;
  config: ServerConfig;
  lifecycle: Lifecycle;
  upstream: UpstreamMt[];
  /** Told once, at startup, about each upstream no served model post-edits. */
  logger?: Logger;
}

/**
 * Post-editing through the batcher; a segment too long for the model keeps its mt. Aborting
 * `signal` (the client has gone, a timeout) abandons the segments (MicroBatcher.submit).
 */
export function batcherPostEdit(
  postEditor: PostEditor,
  batcher: MicroBatcher,
  beam: number,
): CompatPostEdit {
  const decode = batcherPostEditNbest(postEditor, batcher, beam);
  return (segments, signal) => decode(segments, 1, signal);
}

/** Post-editing that answers each segment's `nbest` hypotheses too (at most the beam). */
export type CompatPostEditNbest = (
  segments: Segment[],
  nbest: number,
  signal?: AbortSignal,
) => Promise<NbestPostEdit[]>;

/**
 * batcherPostEdit with the n-best: `nbest` hypotheses (1 to `beam`) of each segment, best
 * first; a segment too long for the model keeps its mt and has none.
 */
export function batcherPostEditNbest(
  postEditor: PostEditor,
  batcher: MicroBatcher,
  beam: number,
): CompatPostEditNbest {
  return async (segments, nbest, signal) => {
    const kept: number[] = [];
    const prepared: PreparedSegment[] = [];
    segments.forEach((s, i) => {
      try {
        prepared.push(postEditor.prepare(s));
        kept.push(i);
      } catch (err) {
        if (!(err instanceof SegmentTooLongError)) throw err;
      }
    });
    const results =
      prepared.length > 0
        ? await batcher.submit(
            prepared,
            { beam, nbest: Math.min(Math.max(1, nbest), beam) },
            signal,
          )
        : [];
    const out: NbestPostEdit[] = segments.map((s) => ({ pe: s.mt, changed: false, nbest: [] }));
    kept.forEach((i, k) => {
      const r = results[k];
      if (r !== undefined) out[i] = r;
    });
    return out;
  };
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * The same API keys as /v1 (server config), presented the way each imitated API takes them
 * (APy `key`, LibreTranslate `api_key`) or as `Authorization: Bearer`/`X-API-Key`. Compared
 * as sha256 digests in constant time, like src/server/auth.ts.
 */
export function keyChecker(keys: readonly string[]): (presented: string | undefined) => boolean {
  const digests = keys.map(digest);
  return (presented) => {
    if (digests.length === 0) return true;
    if (presented === undefined || presented === '') return false;
    const d = digest(presented);
    let ok = false;
    for (const k of digests) ok = timingSafeEqual(d, k) || ok;
    return ok;
  };
}

export function presentedKey(
  authorization: string | undefined,
  xApiKey: string | undefined,
  field: unknown,
): string | undefined {
  if (authorization?.startsWith('Bearer ') === true) return authorization.slice(7).trim();
  if (xApiKey !== undefined) return xApiKey;
  return typeof field === 'string' ? field : undefined;
}

/** A language pair the routes serve: an upstream MT engine for it, and the model that post-edits. */
export interface ServedPair {
  up: UpstreamMt;
  model: ServedModel;
  postEdit: CompatPostEdit;
  /** The beam the pair decodes with: the model's, at most the server's maxBeam. */
  beam: number;
  /** postEdit with each line's n-best (LibreTranslate's `alternatives`), at most `beam`. */
  postEditNbest: CompatPostEditNbest;
}

/**
 * Each upstream with the first model (default first, then in `--model` order) whose manifest
 * languages are the upstream's pair, codes compared as ISO 639-3 (`es` = `spa`). Upstreams no
 * model serves are left out.
 */
export function servedPairs(
  models: ModelSet,
  upstream: readonly UpstreamMt[],
  config: ServerConfig,
): ServedPair[] {
  return upstream.flatMap((up) => {
    const model = models.forLanguages(
      (l) => toAlpha3(l.src) === toAlpha3(up.source) && toAlpha3(l.tgt) === toAlpha3(up.target),
    );
    if (model === undefined) return [];
    const beam = Math.min(model.postEditor.info.decoding.beam, config.maxBeam);
    return [
      {
        up,
        model,
        postEdit: batcherPostEdit(model.postEditor, model.batcher, beam),
        beam,
        postEditNbest: batcherPostEditNbest(model.postEditor, model.batcher, beam),
      },
    ];
  });
}

/** The served pair for `source` → `target` (any of the codes language-codes.ts knows). */
export function findPair(
  pairs: readonly ServedPair[],
  source: string,
  target: string,
): ServedPair | undefined {
  const s = toAlpha3(source);
  const t = toAlpha3(target);
  return pairs.find((p) => toAlpha3(p.up.source) === s && toAlpha3(p.up.target) === t);
}

export function mtCompatRouter(deps: MtCompatDeps): Router {
  const pairs = servedPairs(deps.models, deps.upstream, deps.config);
  for (const up of deps.upstream) {
    if (pairs.some((p) => p.up === up)) continue;
    deps.logger?.error('mt engine without a model: its pair is not offered', {
      source: up.source,
      target: up.target,
      models: deps.models.all.map((m) => ({
        name: m.name,
        src: m.postEditor.info.languages.src,
        tgt: m.postEditor.info.languages.tgt,
      })),
    });
  }
  const shared: CompatShared = {
    config: deps.config,
    lifecycle: deps.lifecycle,
    pairs,
    keyOk: keyChecker(deps.config.apiKeys),
    logger: deps.logger ?? silentLogger,
  };
  const router = Router();
  router.use('/apy', apyRouter(shared));
  router.use('/libretranslate', libreTranslateRouter(shared));
  return router;
}

export interface CompatShared {
  config: ServerConfig;
  lifecycle: Lifecycle;
  /** What the routes list and accept, in `--mt` order. */
  pairs: ServedPair[];
  keyOk: (key: string | undefined) => boolean;
  /** Where upstream failures go with their cause (engine URLs stay out of the answers). */
  logger: Logger;
}
