import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { fixture } from '../helpers/paths.js';

// The post-editor (what `ape postedit`, the server and bench/results use) applies the model
// directory's casing step. Oracle: the decision list of docs/model-format.md ("Casing") by hand.
// This table holds only the back-off keys `'' f mtc` for every class of mt unit (`l`, `c`,
// `u`, `m`) and for new material (`-`), initial (`1`) or not, all with the action `upper`; so
// every cased unit of an edited output comes out upper-cased, while an output whose ids equal
// the mt's is the mt verbatim (no casing step runs on it).
const tmp = mkdtempSync(join(tmpdir(), 'ape-postedit-casing-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const table: Record<string, string> = {};
for (const f of ['', '1'])
  for (const mtc of ['l', 'c', 'u', 'm', '-']) table[`\t${f}\t${mtc}`] = 'upper';
const CASING = JSON.stringify({ kind: 'truecase-v1', table });

function withCasing(): string {
  const dir = join(tmp, 'v2');
  cpSync(fixture('model-tiny-softmax'), dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'ape.json'), 'utf8')) as Record<string, unknown>;
  const files = {
    ...(m.files as object),
    'casing.json': createHash('sha256').update(CASING).digest('hex'),
  };
  const v2 = {
    ...m,
    formatVersion: 2,
    casing: { kind: 'truecase-v1', file: 'casing.json' },
    files,
  };
  writeFileSync(join(dir, 'ape.json'), JSON.stringify(v2));
  writeFileSync(join(dir, 'casing.json'), CASING);
  return dir;
}

interface Case {
  src: string;
  mt: string;
}
const cases = (
  JSON.parse(readFileSync(join(fixture('model-tiny-softmax'), 'reference.json'), 'utf8')) as {
    cases: Case[];
  }
).cases;

test('post-edits pass through the casing step of a version 2 model directory', async () => {
  const plain = await OnnxPostEditor.load(fixture('model-tiny-softmax'));
  const cased = await OnnxPostEditor.load(withCasing());
  try {
    let edited = 0;
    for (const { src, mt } of cases) {
      const options = { beam: 4, nbest: 1, keepMtMargin: null };
      const [a] = (await plain.postEdit([plain.prepare({ src, mt })], options)).results;
      const [b] = (await cased.postEdit([cased.prepare({ src, mt })], options)).results;
      assert.ok(a !== undefined && b !== undefined);
      if (a.pe === mt) {
        assert.equal(b.pe, mt);
      } else {
        edited++;
        assert.equal(b.pe, a.pe.toUpperCase(), `src ${JSON.stringify(src)}`);
      }
    }
    assert.ok(edited > 0, 'no fixture case was edited: the test would prove nothing');
  } finally {
    await plain.close();
    await cased.close();
  }
});
