/**
 * The MT-provider-compatible routes, mounted by the server's createApp when upstream MT
 * engines are configured: an Apertium APy imitation under /apy (apy-router.ts) and a
 * LibreTranslate imitation under /libretranslate (libretranslate-router.ts). Both run the
 * upstream MT, then the model through the server's micro-batcher, so these requests share
 * batches with /v1/postedit.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { PostEditor } from '../../model/post-editor.js';
import { SegmentTooLongError, type PreparedSegment } from '../../model/segment.js';
import type { MicroBatcher } from '../../server/batcher.js';
import type { ServerConfig } from '../../server/config.js';
import type { PlainPostEdit, PostEditPlain } from '../tagged-postedit.js';
import { apyRouter } from './apy-router.js';
import { libreTranslateRouter } from './libretranslate-router.js';
import type { UpstreamMt } from './upstream.js';

export interface MtCompatDeps {
  postEditor: PostEditor;
  batcher: MicroBatcher;
  config: ServerConfig;
  lifecycle: { accepting: boolean };
  upstream: UpstreamMt[];
}

/** Post-editing through the batcher; a segment too long for the model keeps its mt. */
export function batcherPostEdit(
  postEditor: PostEditor,
  batcher: MicroBatcher,
  beam: number,
): PostEditPlain {
  return async (segments) => {
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
    const results = prepared.length > 0 ? await batcher.submit(prepared, { beam, nbest: 1 }) : [];
    const out: PlainPostEdit[] = segments.map((s) => ({ pe: s.mt, changed: false }));
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

export function mtCompatRouter(deps: MtCompatDeps): Router {
  const beam = Math.min(deps.postEditor.info.decoding.beam, deps.config.maxBeam);
  const shared = {
    ...deps,
    postEdit: batcherPostEdit(deps.postEditor, deps.batcher, beam),
    keyOk: keyChecker(deps.config.apiKeys),
  };
  const router = Router();
  router.use('/apy', apyRouter(shared));
  router.use('/libretranslate', libreTranslateRouter(shared));
  return router;
}

export type CompatShared = MtCompatDeps & {
  postEdit: PostEditPlain;
  keyOk: (key: string | undefined) => boolean;
};
