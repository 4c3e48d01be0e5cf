import { readFile } from 'node:fs/promises';
import { ModelError } from '../errors.js';
import type { EncoderInput } from './encoder-input.js';
import type { OutputColumns } from './output-vocab.js';

/**
 * The target lexicon (docs/model-format.md, "Target lexicon", format version 4): beam search
 * constrained at the word level, so that every alphabetic output word is a word of the
 * segment's own src or mt or of the lexicon (the training post-edits' words and a word list),
 * never an invented one ("Ubuntu" → "uburom"). training/ape/export/lexicon.py writes
 * lexicon.json and implements the same rules for the Python reference decoder
 * (training/ape/decode.py `Lexical`); the two stay token-identical
 * (test/fixtures/model-tiny-lexicon).
 *
 * Every token has a class: `w` an alphabetic word start, `c` an alphabetic `##` continuation,
 * `f` any other word start (punctuation, digits, eos and the other special tokens), `g` any
 * other continuation. A hypothesis' current word is FREE (it holds an f or g token, or
 * nothing was written yet) or a pair of trie nodes (the lexicon's, the segment's; −1 once the
 * word left that trie):
 *
 *     closable = FREE, or either node is a complete word
 *     f, g: allowed iff closable → FREE
 *     w: allowed iff closable and either root has the child → the children
 *     c: allowed iff FREE (→ FREE) or either node has the child → the children
 *
 * Disallowed tokens are skipped by the top-2K scan (as −∞); allowed ones keep the model's
 * log-probs (no renormalization).
 */
export const LEXICON_KIND = 'wordpiece-trie-v1';

const W = 0;
const C = 1;
const F = 2;
const G = 3;
const CLASS_CODES: Record<string, number> = { w: W, c: C, f: F, g: G };

/** lexicon.json: the trie over token ids (breadth-first arrays) and every token's class. */
export class Lexicon {
  private constructor(
    readonly vocabSize: number,
    /** W, C, F or G per token id. */
    readonly classes: Uint8Array,
    /** The edges of node n are first[n] … first[n+1]−1; edge e leads to node e + 1. */
    private readonly first: Int32Array,
    private readonly tokens: Int32Array,
    private readonly word: Uint8Array,
    /** The root's child per token id, −1 where none (the root has most children). */
    private readonly rootChild: Int32Array,
  ) {}

  /** Checks what training/ape/export/lexicon.py `Lexicon.from_json` checks. */
  static parse(raw: unknown, vocabSize: number, file: string): Lexicon {
    const fail = (key: string, message: string): never => {
      throw new ModelError(`${file} (${key}): ${message} (docs/model-format.md)`);
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return fail('kind', 'the lexicon file must be a JSON object');
    const o = raw as Record<string, unknown>;
    if (o.kind !== LEXICON_KIND)
      fail('kind', `${JSON.stringify(o.kind)}: only "${LEXICON_KIND}" is defined`);
    if (o.vocabSize !== vocabSize)
      fail('vocabSize', `${JSON.stringify(o.vocabSize)} is not the model's vocabSize ${vocabSize}`);
    const { classes, nodes, tokens } = o;
    if (typeof classes !== 'string' || classes.length !== vocabSize || /[^wcfg]/.test(classes))
      return fail('classes', `must be a string of ${vocabSize} chars, each one of w c f g`);
    if (
      !Array.isArray(nodes) ||
      nodes.length === 0 ||
      !nodes.every((n) => Number.isInteger(n) && (n as number) >= 0)
    )
      return fail('nodes', 'must be a non-empty list of integers >= 0');
    if (
      !Array.isArray(tokens) ||
      !tokens.every((t) => Number.isInteger(t) && (t as number) >= 0 && (t as number) < vocabSize)
    )
      return fail('tokens', `must be a list of token ids below ${vocabSize}`);
    const cls = Uint8Array.from(classes, (ch) => CLASS_CODES[ch] ?? F);
    const first = new Int32Array(nodes.length + 1);
    const word = new Uint8Array(nodes.length);
    (nodes as number[]).forEach((n, i) => {
      first[i + 1] = (first[i] ?? 0) + Math.floor(n / 2);
      word[i] = n % 2;
    });
    if (first[nodes.length] !== tokens.length || nodes.length !== tokens.length + 1)
      fail(
        'nodes',
        `${nodes.length} nodes with ${first[nodes.length]} children do not match ${tokens.length} ` +
          'tokens (a tree has one node more than edges)',
      );
    const edges = Int32Array.from(tokens as number[]);
    for (let n = 0; n < nodes.length; n++) {
      const want = n === 0 ? W : C;
      for (let e = first[n] ?? 0; e < (first[n + 1] ?? 0); e++) {
        const t = edges[e] ?? 0;
        if (e > (first[n] ?? 0) && t <= (edges[e - 1] ?? 0))
          fail(`tokens[${e}]`, 'the children of a node must be in increasing token order');
        if (cls[t] !== want)
          fail(
            `tokens[${e}]`,
            `token ${t} has class "${classes[t]}", expected "${n === 0 ? 'w' : 'c'}"`,
          );
      }
    }
    const rootChild = new Int32Array(vocabSize).fill(-1);
    for (let e = first[0] ?? 0; e < (first[1] ?? 0); e++) rootChild[edges[e] ?? 0] = e + 1;
    return new Lexicon(vocabSize, cls, first, edges, word, rootChild);
  }

  get nodeCount(): number {
    return this.word.length;
  }

  child(node: number, token: number): number {
    if (node === 0) return this.rootChild[token] ?? -1;
    let lo = this.first[node] ?? 0;
    let hi = (this.first[node + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.tokens[mid] ?? 0;
      if (t === token) return mid + 1;
      if (t < token) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  isWord(node: number): boolean {
    return this.word[node] === 1;
  }

  childTokens(node: number): Int32Array {
    return this.tokens.subarray(this.first[node] ?? 0, this.first[node + 1] ?? 0);
  }
}

const loaded = new Map<string, Promise<Lexicon>>();

/** lexicon.json at `path`, read and checked once per process (a model's files do not change). */
export function loadLexicon(path: string, vocabSize: number): Promise<Lexicon> {
  const key = `${vocabSize}:${path}`;
  let lex = loaded.get(key);
  if (lex === undefined) {
    lex = readLexicon(path, vocabSize);
    loaded.set(key, lex);
    lex.catch(() => loaded.delete(key));
  }
  return lex;
}

async function readLexicon(path: string, vocabSize: number): Promise<Lexicon> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ModelError(`${path}: cannot read the lexicon (${(err as Error).message})`, {
      cause: err,
    });
  }
  return Lexicon.parse(raw, vocabSize, path);
}

/** The trie of one segment's words (its encoder input: src and mt, after masking). */
class SegmentTrie {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly word: boolean[] = [false];

  constructor(inputIds: readonly number[], classes: Uint8Array) {
    let word: number[] = [];
    const flush = (): void => {
      if (word.length > 0 && classes[word[0] ?? 0] === W) {
        let n = 1;
        while (n < word.length && classes[word[n] ?? 0] === C) n++;
        this.insert(word.slice(0, n));
      }
      word = [];
    };
    for (const id of inputIds) {
      const c = classes[id] ?? F;
      if (c === W || c === F) flush();
      word.push(id);
    }
    flush();
  }

  /** A word's alphabetic part (`mp` of `mp ##3` too), as a complete word. */
  private insert(ids: number[]): void {
    let node = 0;
    for (const t of ids) {
      let next = this.children[node]?.get(t);
      if (next === undefined) {
        next = this.children.length;
        this.children[node]?.set(t, next);
        this.children.push(new Map());
        this.word.push(false);
      }
      node = next;
    }
    this.word[node] = true;
  }

  child(node: number, token: number): number {
    return this.children[node]?.get(token) ?? -1;
  }

  isWord(node: number): boolean {
    return this.word[node] === true;
  }

  childTokens(node: number): Iterable<number> {
    return this.children[node]?.keys() ?? [];
  }
}

/** The current word of a hypothesis: FREE (g = s = −2) or its nodes in the lexicon's and the segment's trie. */
export interface WordState {
  g: number;
  s: number;
}

export const FREE_WORD: WordState = { g: -2, s: -2 };

function isFree(w: WordState): boolean {
  return w.g === -2;
}

/**
 * The constraint for one batch decoded over `columns`: per sentence its segment trie, and the
 * masks (1 = allowed, per column of log_probs) that `rowMask` starts from.
 */
export class LexiconConstraint {
  private readonly segments: SegmentTrie[];
  /** Per sentence: the tokens a closable word may be followed by (f, g, w of either root). */
  private readonly closable: Uint8Array[];
  /** Per sentence: the same, with every c token (a FREE word goes on with any). */
  private readonly free: Uint8Array[];
  /** Nothing: a word that cannot end yet may only take its trie children. */
  private readonly partial: Uint8Array;

  constructor(
    private readonly lex: Lexicon,
    private readonly columns: OutputColumns,
    inputs: readonly EncoderInput[],
  ) {
    const size = columns.size;
    const base = new Uint8Array(size);
    const cont = new Uint8Array(size);
    this.partial = new Uint8Array(size);
    for (let j = 0; j < size; j++) {
      const t = columns.token(j);
      const c = lex.classes[t] ?? F;
      if (c === F || c === G || (c === W && lex.child(0, t) >= 0)) base[j] = 1;
      if (c === C) cont[j] = 1;
    }
    this.segments = inputs.map((x) => new SegmentTrie(x.inputIds, lex.classes));
    this.closable = this.segments.map((seg) => {
      const m = base.slice();
      for (const t of seg.childTokens(0)) {
        const j = columns.column(t);
        if (j >= 0) m[j] = 1;
      }
      return m;
    });
    this.free = this.closable.map((m) => m.map((x, j) => x | (cont[j] ?? 0)));
  }

  /** Which columns a hypothesis of sentence `sid` whose current word is `w` may write next. */
  rowMask(sid: number, w: WordState): Uint8Array {
    if (isFree(w)) return this.free[sid] ?? this.partial;
    const seg = this.segments[sid];
    const closable =
      (w.g >= 0 && this.lex.isWord(w.g)) || (w.s >= 0 && seg !== undefined && seg.isWord(w.s));
    const m = ((closable ? this.closable[sid] : undefined) ?? this.partial).slice();
    if (w.g >= 0)
      for (const t of this.lex.childTokens(w.g)) {
        const j = this.columns.column(t);
        if (j >= 0) m[j] = 1;
      }
    if (w.s >= 0 && seg !== undefined)
      for (const t of seg.childTokens(w.s)) {
        const j = this.columns.column(t);
        if (j >= 0) m[j] = 1;
      }
    return m;
  }

  /** The current word after writing `token` (which `rowMask` allowed). */
  advance(sid: number, w: WordState, token: number): WordState {
    const c = this.lex.classes[token] ?? F;
    if (c === F || c === G || (c === C && isFree(w))) return FREE_WORD;
    const seg = this.segments[sid];
    const g = c === W ? 0 : w.g;
    const s = c === W ? 0 : w.s;
    return {
      g: g >= 0 ? this.lex.child(g, token) : -1,
      s: s >= 0 && seg !== undefined ? seg.child(s, token) : -1,
    };
  }
}
