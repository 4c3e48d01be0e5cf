/**
 * Loads the sacreBLEU stress corpus and the expectations that
 * test/fixtures/eval/make_expected.py computed with sacreBLEU 2.6.0.
 */

import { readFileSync } from 'node:fs';
import { fixture } from '../helpers/paths.js';

/** A corpus file split like the script splits it: on LF only, lines not stripped. */
export function corpusLines(name: string): string[] {
  const text = readFileSync(fixture('eval', name), 'utf8');
  const lines = text.split('\n');
  lines.pop();
  return lines;
}

export const HYP = corpusLines('hyp.txt');
export const REFS = [corpusLines('ref.1.txt'), corpusLines('ref.2.txt'), corpusLines('ref.3.txt')];

export type RefSetName = '1' | '3' | 'ragged';

/** The reference sets of make_expected.py: ragged turns empty lines of ref.3 into null. */
export function refSet(name: RefSetName): (string | null)[][] {
  const [r1 = [], r2 = [], r3 = []] = REFS;
  if (name === '1') return [r1];
  if (name === '3') return [r1, r2, r3];
  return [r1, r2, r3.map((r) => (r === '' ? null : r))];
}

export function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(fixture('eval', name), 'utf8')) as T;
}

export interface CorpusEntry<O> {
  subset: string;
  refs: RefSetName;
  options: O;
  score: number;
  line: string;
  signature: string;
  stats: number[];
}

export interface SentenceEntry<O> {
  refs: RefSetName;
  options: O;
  scores: number[];
  signatures: string[];
  lines?: string[];
}

export interface FormatsEntry<O> {
  options: O;
  refs: RefSetName;
  signature: string;
  short: string;
  widths: Record<string, string>;
  scoreOnly: string;
  json: string;
}

export interface Expected<O> {
  sacrebleu: string;
  subsets: Record<string, number[]>;
  corpus: CorpusEntry<O>[];
  sentence: SentenceEntry<O>[];
  formats: FormatsEntry<O>;
}

/** The hypotheses and reference streams of one subset of segments. */
export function subsetOf(
  indices: readonly number[],
  refs: (string | null)[][],
): { hyps: string[]; refs: (string | null)[][] } {
  return {
    hyps: indices.map((i) => HYP[i] ?? ''),
    refs: refs.map((stream) => indices.map((i) => stream[i] ?? null)),
  };
}

/** A signature string with its `version:` field cut off (ours names ape, sacreBLEU's itself). */
export function withoutVersion(signature: string): string {
  return signature.replace(/\|(version|v):[^|]*$/, '');
}

/** Scores printed with sacreBLEU's default float repr agree to 1e-9 (V8's exp/log may differ in the last ulp). */
export const TOLERANCE = 1e-9;
