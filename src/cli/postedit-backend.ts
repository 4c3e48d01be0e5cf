/**
 * What `ape postedit` post-edits with: a model directory loaded in this process
 * (OnnxPostEditor, worker threads) or a remote `ape serve` (the typed client,
 * src/client/index.ts: retries with backoff on 503). The command's one loop over pairs and
 * its XLIFF run see only this interface.
 */
import { ApeClient, type ClientPostEditOptions } from '../client/index.js';
import { UsageError } from '../errors.js';
import type { PlainPostEdit } from '../text/tagged-postedit.js';
import type { PreparedSegment, Segment } from '../model/segment.js';

/**
 * A post-editing engine. `P` is a segment made ready to send: the local model tokenizes it in
 * `prepare` (so the next batch is tokenized while one decodes) and refuses a side longer than
 * its limit there (SegmentTooLongError); a server takes the segment as it is.
 */
export interface Backend<P> {
  /**
   * The name of the model that post-edits, for the XLIFF note: the model directory's ape.json
   * name, or the name the server lists (GET /v1/models) for --server-model or its default.
   */
  modelName(): Promise<string>;
  prepare(segment: Segment): P;
  /**
   * What a prepared segment costs to decode, for grouping segments of similar length into a
   * batch: its encoder input's length for the local model, its characters for a server.
   */
  size(prepared: P): number;
  /** The post-edits of one batch, in order. */
  postEdit(batch: P[]): Promise<PlainPostEdit[]>;
  close(): Promise<void>;
}

/** Decoding settings common to both engines; absent: the model's own default. */
export interface DecodeSettings {
  beam: number | undefined;
  /** A margin >= 0, null for off. */
  keepMtMargin: number | null | undefined;
  /**
   * false: decode every pair even if the model has a keep-or-edit gate (format version 6);
   * a server is asked with options.gate false. true: the model's or the server's own setting.
   */
  gate: boolean;
}

export interface LocalSettings extends DecodeSettings {
  dir: string;
  workers: number;
  threads: number | undefined;
  shortlist: boolean;
  /** false: decode without the model's target lexicon (docs/model-format.md, "Target lexicon"). */
  lexicon: boolean;
  /** true: mt drafts at beam 1 where the model's graphs allow them (src/model/draft.ts). */
  draft: boolean;
}

export async function localBackend(s: LocalSettings): Promise<Backend<PreparedSegment>> {
  // loaded here, not at the top: `ape postedit --server` never loads onnxruntime
  const { OnnxPostEditor } = await import('../model/post-editor.js');
  const editor = await OnnxPostEditor.load(s.dir, {
    workers: s.workers,
    ...(s.threads === undefined ? {} : { intraOpThreads: s.threads }),
    shortlist: s.shortlist,
    lexicon: s.lexicon,
    gate: s.gate,
    draft: s.draft,
  });
  const options = {
    beam: s.beam ?? editor.info.decoding.beam,
    nbest: 1,
    ...(s.keepMtMargin === undefined ? {} : { keepMtMargin: s.keepMtMargin }),
  };
  return {
    modelName: () => Promise.resolve(editor.info.name),
    prepare: (segment) => editor.prepare(segment),
    size: (p) => p.input.inputIds.length,
    postEdit: async (batch) => (await editor.postEdit(batch, options)).results,
    close: () => editor.close(),
  };
}

export interface RemoteSettings extends DecodeSettings {
  url: string;
  apiKey: string | undefined;
  /** A model the server serves; absent: its default. */
  model: string | undefined;
  tags: ClientPostEditOptions['tags'];
}

export function remoteBackend(s: RemoteSettings): Backend<Segment> {
  const client = new ApeClient({
    baseUrl: s.url,
    ...(s.apiKey === undefined ? {} : { apiKey: s.apiKey }),
  });
  const options: ClientPostEditOptions = {
    ...(s.beam === undefined ? {} : { beam: s.beam }),
    ...(s.model === undefined ? {} : { model: s.model }),
    ...(s.keepMtMargin === undefined ? {} : { keepMtMargin: s.keepMtMargin }),
    ...(s.gate ? {} : { gate: false }),
    ...(s.tags === undefined ? {} : { tags: s.tags }),
  };
  return {
    modelName: async () => {
      const models = await client.models();
      const model = models.find((m) => (s.model === undefined ? m.default : m.name === s.model));
      if (model === undefined)
        throw new UsageError(
          s.model === undefined
            ? `${s.url}/v1/models lists no default model`
            : `--server-model: ${s.url} serves no model named '${s.model}' (GET /v1/models lists: ${models.map((m) => m.name).join(', ')})`,
        );
      return model.name;
    },
    prepare: (segment) => ({ src: segment.src, mt: segment.mt }),
    size: (s) => s.src.length + s.mt.length,
    postEdit: (batch) => client.postEdit(batch, options),
    close: () => Promise.resolve(),
  };
}
