import { toAlpha3 } from '../text/language-codes.js';
import type { ModelInfo, PostEditor } from '../model/post-editor.js';
import { MicroBatcher } from './batcher.js';
import type { ServerConfig } from './config.js';
import type { Metrics } from './metrics.js';
import { HttpError } from './problem.js';

/** A language pair as a request gives it and a manifest records it. */
export type Languages = ModelInfo['languages'];

/** One model as createApp is given it: a post-editor, and the name to serve it under. */
export interface ModelEntry {
  postEditor: PostEditor;
  /** Absent: the manifest's name (`postEditor.info.name`). */
  name?: string;
}

/** A model the server serves: its post-editor with its own micro-batcher (own queue, own workers). */
export interface ServedModel {
  name: string;
  postEditor: PostEditor;
  batcher: MicroBatcher;
  /** The model a request without `model` gets: the first one given. */
  isDefault: boolean;
}

/** Two entries would be served under the same name; `ape serve` reports it as a usage error first. */
export class DuplicateModelError extends Error {}

/**
 * The models one server serves, the first being the default. Each has its own MicroBatcher,
 * so a slow model's queue never holds up another's; requests pick one by name (`model` in
 * /v1/postedit and /v1/explain), by language pair (`languages` there, and on the
 * MT-compatible routes), or get the default.
 */
export class ModelSet {
  readonly all: readonly ServedModel[];

  constructor(entries: readonly ModelEntry[], config: ServerConfig, metrics: Metrics) {
    if (entries.length === 0) throw new Error('createApp needs at least one model');
    const seen = new Set<string>();
    this.all = entries.map((e, i) => {
      const name = e.name ?? e.postEditor.info.name;
      if (seen.has(name))
        throw new DuplicateModelError(
          `two models are named '${name}'; give one another name (ModelEntry.name)`,
        );
      seen.add(name);
      return {
        name,
        postEditor: e.postEditor,
        batcher: new MicroBatcher(e.postEditor, config, metrics, name),
        isDefault: i === 0,
      };
    });
  }

  get default(): ServedModel {
    const first = this.all[0];
    if (first === undefined) throw new Error('unreachable: a ModelSet is never empty');
    return first;
  }

  get names(): string[] {
    return this.all.map((m) => m.name);
  }

  /** The model a request named, or the default; an unknown name is a 400 on the field `model`. */
  pick(name: string | undefined): ServedModel {
    if (name === undefined) return this.default;
    const m = this.all.find((x) => x.name === name);
    if (m !== undefined) return m;
    throw new HttpError(
      400,
      'Bad Request',
      `model: no model named '${name}' on this server; known models: ${this.names.join(', ')} (GET /v1/models)`,
      { field: 'model' },
    );
  }

  /**
   * The model a /v1 request asked for: by `name` if given (checked against `languages` when
   * both are), else the first model whose manifest languages are `languages` (codes compared
   * as ISO 639-3, so `es`, `spa` and `es-ES` are one language), else the default. A pair no
   * model serves, or a named model of another pair, is a 400 on the field `languages`.
   */
  select(name: string | undefined, languages: Languages | undefined): ServedModel {
    if (languages === undefined) return this.pick(name);
    const same = (l: Languages) =>
      toAlpha3(l.src) === toAlpha3(languages.src) && toAlpha3(l.tgt) === toAlpha3(languages.tgt);
    const asked = `${languages.src} -> ${languages.tgt}`;
    if (name !== undefined) {
      const m = this.pick(name);
      const l = m.postEditor.info.languages;
      if (same(l)) return m;
      throw new HttpError(
        400,
        'Bad Request',
        `languages: model '${m.name}' post-edits ${l.src} -> ${l.tgt}, not ${asked}`,
        { field: 'languages' },
      );
    }
    const m = this.forLanguages(same);
    if (m !== undefined) return m;
    const served = this.all.map((x) => {
      const l = x.postEditor.info.languages;
      return `${x.name} (${l.src} -> ${l.tgt})`;
    });
    throw new HttpError(
      400,
      'Bad Request',
      `languages: no model on this server post-edits ${asked}; served: ${served.join(', ')} (GET /v1/models)`,
      { field: 'languages' },
    );
  }

  /** The first model (in serving order) whose manifest languages `matches` accepts. */
  forLanguages(matches: (languages: ModelInfo['languages']) => boolean): ServedModel | undefined {
    return this.all.find((m) => matches(m.postEditor.info.languages));
  }

  /** Segments waiting in all the queues. */
  get depth(): number {
    return this.all.reduce((n, m) => n + m.batcher.depth, 0);
  }

  /** Resolves once every queue is empty and nothing decodes (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.all(this.all.map((m) => m.batcher.drain()));
  }

  /** Closes every post-editor (their worker pools). */
  async close(): Promise<void> {
    await Promise.all(this.all.map((m) => m.postEditor.close()));
  }
}
