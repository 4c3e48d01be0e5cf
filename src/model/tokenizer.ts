import { readFile } from 'node:fs/promises';
import { ModelError } from '../errors.js';
import { Casing } from './casing.js';
import { detokenizeWordPiece, mtUnits, type MtUnit } from './detokenize.js';
import type { ModelDir } from './model-dir.js';

/** The calls we use of @huggingface/transformers' PreTrainedTokenizer. */
interface HfTokenizer {
  encode(text: string, options: { add_special_tokens: boolean }): number[];
  decode(ids: number[], options: { skip_special_tokens: boolean }): string;
}

/**
 * A tokenizer built from a model directory's `tokenizer.json` (any model type the
 * `tokenizers` format allows: WordPiece, Unigram, BPE). Nothing is fetched: the JSON is read
 * from disk and handed to the PreTrainedTokenizer constructor, and remote loading is off.
 */
export class ApeTokenizer {
  readonly kind: 'wordpiece' | 'other';
  private readonly idToToken: string[];
  /** The model's casing step (ape.json `casing`), applied after WordPiece detokenization. */
  casing: Casing | undefined;

  private constructor(
    private readonly hf: HfTokenizer,
    json: TokenizerJson,
  ) {
    const isWordPiece = json.model?.type === 'WordPiece' || json.decoder?.type === 'WordPiece';
    this.kind = isWordPiece ? 'wordpiece' : 'other';
    this.idToToken = [];
    if (isWordPiece && json.model?.vocab !== undefined && !Array.isArray(json.model.vocab)) {
      for (const [token, id] of Object.entries(json.model.vocab)) this.idToToken[id] = token;
    }
  }

  /**
   * The manifest's `input.lowercase` is informational (training/ape/export/manifest.py): the
   * tokenizer's own normalizer lowercases, exactly as in Python, so the text is passed as is.
   */
  static async fromFile(path: string): Promise<ApeTokenizer> {
    let json: TokenizerJson;
    try {
      json = JSON.parse(await readFile(path, 'utf8')) as TokenizerJson;
    } catch (err) {
      throw new ModelError(`${path}: cannot read tokenizer (${(err as Error).message})`, {
        cause: err,
      });
    }
    const transformers = await import('@huggingface/transformers');
    transformers.env.allowRemoteModels = false;
    try {
      const hf = new transformers.PreTrainedTokenizer(json, {}) as unknown as HfTokenizer;
      return new ApeTokenizer(hf, json);
    } catch (err) {
      throw new ModelError(`${path}: not a usable tokenizer.json (${(err as Error).message})`, {
        cause: err,
      });
    }
  }

  /** A model directory's tokenizer with its casing step, if the manifest names one. */
  static async fromModel(model: ModelDir): Promise<ApeTokenizer> {
    const tokenizer = await ApeTokenizer.fromFile(model.tokenizerPath);
    if (model.casingPath !== undefined) tokenizer.casing = await Casing.fromFile(model.casingPath);
    return tokenizer;
  }

  /** Token ids of `text` without special tokens. */
  encode(text: string): number[] {
    return this.hf.encode(text, { add_special_tokens: false });
  }

  /** The tokenizer's own decoder (what `tokenizers`' `decode(skip_special_tokens=True)` gives). */
  decodeRaw(ids: number[]): string {
    return ids.length === 0 ? '' : this.hf.decode(ids, { skip_special_tokens: true });
  }

  /** The token string of an id (WordPiece vocabularies only). */
  token(id: number): string | undefined {
    return this.idToToken[id];
  }

  /** The mt, split into the units the detokenizer copies surface forms and spacing from. */
  units(mt: string): MtUnit[] {
    return this.kind === 'wordpiece' ? mtUnits(mt, (s) => this.encode(s)) : [];
  }

  /**
   * Output ids to text with natural spacing. Byte-level BPE and Metaspace tokenizers keep
   * spaces inside their tokens, so their decoder is already exact; WordPiece loses spacing,
   * case and accents, which are restored from the mt where the output copies it, and then
   * cased by the model's casing step if it has one (`src` is one of its features).
   */
  detokenize(ids: number[], mt: string, units: MtUnit[], src = ''): string {
    if (this.kind !== 'wordpiece') return this.decodeRaw(ids);
    return detokenizeWordPiece(
      ids,
      mt,
      units,
      { token: (id) => this.idToToken[id] ?? '', decode: (group) => this.decodeRaw(group) },
      this.casing === undefined ? undefined : { table: this.casing, src },
    );
  }
}

interface TokenizerJson {
  model?: { type?: string; vocab?: Record<string, number> | unknown[] };
  decoder?: { type?: string } | null;
}
