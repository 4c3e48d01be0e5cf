import { readFileSync } from 'node:fs';
import { fixture } from '../helpers/paths.js';

/**
 * test/fixtures/model-tiny-*\/reference.json, written by training/scripts/make_fixtures.py
 * with the Python reference decoder (training/ape/decode.py) on the PyTorch model: the oracle
 * for the TypeScript decoder.
 */
export interface RefHypothesis {
  ids: number[];
  tokens: string[];
  text: string;
  score: number;
  endedWithEos: boolean;
}

export interface RefRun {
  options: {
    beam: number;
    lengthPenalty: 'avg' | 'gnmt' | 'none';
    lengthPenaltyAlpha: number;
    minLength: number;
    maxLengthRatio: number;
    maxLengthOffset: number;
  };
  maxLen: number;
  hypotheses: RefHypothesis[];
}

export interface RefCase {
  src: string;
  mt: string;
  mtTokens: number;
  encoder: {
    input_ids: number[];
    token_type_ids: number[];
    position_ids: number[];
    attention_mask: number[];
  };
  firstStepTop5: [number, number][];
  runs: RefRun[];
}

export const FIXTURE_MODELS = ['model-tiny-softmax', 'model-tiny-entmax'] as const;

export function loadReference(model: string): { cases: RefCase[] } {
  return JSON.parse(readFileSync(fixture(model, 'reference.json'), 'utf8')) as { cases: RefCase[] };
}

/** The reference's run with the model's default decoding options and beam `beam`. */
export function defaultRun(c: RefCase, beam: number): RefRun | undefined {
  return c.runs.find(
    (r) =>
      r.options.beam === beam &&
      r.options.minLength === 1 &&
      r.options.maxLengthRatio === 1.5 &&
      r.options.maxLengthOffset === 10 &&
      r.options.lengthPenalty === 'avg',
  );
}
