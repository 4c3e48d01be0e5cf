import { readFileSync } from 'node:fs';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture } from '../helpers/paths.js';
import { defaultRun, loadReference, type RefCase } from '../model/reference.js';

export const MODEL = fixture('model-tiny-softmax');

/**
 * What a correct answer for a reference case is: the Python reference decoder's best ids for
 * that beam (the oracle), detokenized against the case's mt, and its score.
 */
export interface Expected {
  c: RefCase;
  beam: number;
  pe: string;
  changed: boolean;
  score: number;
  nbest: { pe: string; score: number }[];
}

export async function expectations(): Promise<Expected[]> {
  const tok = await ApeTokenizer.fromFile(`${MODEL}/tokenizer.json`);
  const out: Expected[] = [];
  for (const c of loadReference('model-tiny-softmax').cases) {
    const units = tok.units(c.mt);
    const mtIds = tok.encode(c.mt);
    for (const beam of [1, 2, 3, 4]) {
      const run = defaultRun(c, beam);
      if (run === undefined) continue;
      const text = (ids: number[]) =>
        ids.length === mtIds.length && ids.every((x, i) => x === mtIds[i])
          ? c.mt
          : tok.detokenize(ids, c.mt, units);
      const best = run.hypotheses[0];
      if (best === undefined) continue;
      out.push({
        c,
        beam,
        pe: text(best.ids),
        changed: !(best.ids.length === mtIds.length && best.ids.every((x, i) => x === mtIds[i])),
        score: best.score,
        nbest: run.hypotheses.map((h) => ({ pe: text(h.ids), score: h.score })),
      });
    }
  }
  return out;
}

/** The beam-4 expectations, each with the mt's forced score (test/fixtures/forced/, Python ORT). */
export async function beam4WithMtScores(): Promise<(Expected & { mtScore: number })[]> {
  const forced = JSON.parse(
    readFileSync(fixture('forced', 'expected-model-tiny-softmax.json'), 'utf8'),
  ) as { cases: { src: string; mt: string; scores: { avg: number } }[] };
  return (await expectations())
    .filter((e) => e.beam === 4)
    .map((e) => {
      const f = forced.cases.find((x) => x.src === e.c.src && x.mt === e.c.mt);
      if (f === undefined) throw new Error(`no forced expectation for ${e.c.mt}`);
      return { ...e, mtScore: f.scores.avg };
    });
}

export function loadPostEditor(): Promise<OnnxPostEditor> {
  return OnnxPostEditor.load(MODEL, { workers: 1, intraOpThreads: 1 });
}
