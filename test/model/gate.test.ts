import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ModelError } from '../../src/errors.js';
import { beamSearch, runEncoder } from '../../src/model/beam-search.js';
import { editProbability, gatedRows, runGate } from '../../src/model/gate.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { OnnxPostEditor, type PostEditResult } from '../../src/model/post-editor.js';
import { createSessions, releaseSessions, type Sessions } from '../../src/model/sessions.js';
import { fixture } from '../helpers/paths.js';

/**
 * The keep-or-edit gate (docs/model-format.md, "Keep-or-edit gate", format version 6) in the
 * runtime, on test/fixtures/model-tiny-gate: model-tiny-draft plus a seeded random gate
 * (training/scripts/make_gate_fixture.py). The oracles: the fixture's reference.json, whose
 * per-case `gate` holds PyTorch's scores and probs on PyTorch's own encoder memory (not
 * onnxruntime's) and the skip decision; and, for the segments the gate lets through, the same
 * post-editor with the gate off.
 */
const NAME = 'model-tiny-gate';
const PROB_TOLERANCE = 1e-5;
const SCORE_TOLERANCE = 1e-4; // a decoded segment's score in a smaller batch (float rounding only)

interface GateCase {
  src: string;
  mt: string;
  mtTokens: number;
  encoder: { input_ids: number[]; token_type_ids: number[] };
  gate: { scores: number[]; probs: number[]; piEdit: number; d: number; skipped: boolean };
}

const ref = JSON.parse(readFileSync(fixture(NAME, 'reference.json'), 'utf8')) as {
  cases: GateCase[];
  gate: { skipped: number; decoded: number };
};
const cases = ref.cases;
const skipped = cases.filter((c) => c.gate.skipped);
const segments = cases.map((c) => ({ src: c.src, mt: c.mt }));

let on: OnnxPostEditor;
let off: OnnxPostEditor;
before(async () => {
  on = await OnnxPostEditor.load(fixture(NAME), { intraOpThreads: 1 });
  off = await OnnxPostEditor.load(fixture(NAME), { intraOpThreads: 1, gate: false });
});
after(async () => {
  await on.close();
  await off.close();
});

test('the fixture is not vacuous: the gate skips some reference pairs and lets others through', () => {
  assert.equal(skipped.length, ref.gate.skipped);
  assert.ok(skipped.length >= 3 && cases.length - skipped.length >= 3);
  for (const c of cases) assert.equal(c.gate.skipped, c.gate.piEdit === 0);
});

test('model-tiny-gate loads (format version 6, gate.onnx verified) and ModelInfo says gate', async () => {
  const model = await loadModelDir(fixture(NAME));
  assert.equal(model.manifest.formatVersion, 6);
  assert.deepEqual(model.manifest.gate, { file: 'gate.onnx' });
  assert.equal(model.gatePath, join(model.dir, 'gate.onnx'));
  assert.equal(on.info.gate, true);
  assert.equal(off.info.gate, false);
  const noGate = await loadModelDir(fixture('model-tiny-draft'));
  assert.equal(noGate.gatePath, undefined);
});

test("onnxruntime's gate on the padded encoder batch gives PyTorch's probs within 1e-5 and the same skips", async () => {
  const model = await loadModelDir(fixture(NAME));
  const s: Sessions = await createSessions(model, { intraOpThreads: 1 });
  try {
    assert.ok(s.gate !== undefined);
    const inputs = cases.map((c) => ({
      inputIds: c.encoder.input_ids,
      tokenTypeIds: c.encoder.token_type_ids,
      mtLength: c.mtTokens,
    }));
    const { enc, memory } = await runEncoder(
      s,
      inputs,
      model.manifest.specialTokens.pad,
      s.encoderPadMultiple,
    );
    assert.ok(
      memory !== undefined && enc.length > Math.max(...inputs.map((x) => x.inputIds.length)),
    );
    const { scores, probs } = await runGate(s.gate, memory, enc);
    cases.forEach((c, b) => {
      for (const j of [0, 1]) {
        assert.ok(Math.abs((probs[2 * b + j] ?? NaN) - (c.gate.probs[j] ?? NaN)) <= PROB_TOLERANCE);
        assert.ok(
          Math.abs((scores[2 * b + j] ?? NaN) - (c.gate.scores[j] ?? NaN)) <= PROB_TOLERANCE,
        );
      }
      assert.equal(editProbability(probs, b) === 0, c.gate.skipped, c.mt);
    });
    assert.deepEqual(
      gatedRows(probs, cases.length),
      cases.map((c) => c.gate.skipped),
    );

    // beam search leaves the gated sentences out: no hypotheses, and `gated` says which
    const special = model.manifest.specialTokens;
    const o = { ...model.manifest.decoding, nbest: 1 };
    const gated = await beamSearch(s, inputs, special, { ...o, gate: true });
    assert.deepEqual(
      gated.gated,
      cases.map((c) => c.gate.skipped),
    );
    const plain = await beamSearch(s, inputs, special, o);
    assert.equal(plain.gated, undefined);
    cases.forEach((c, i) => {
      if (c.gate.skipped) assert.deepEqual(gated.hypotheses[i], []);
      else assert.deepEqual(gated.hypotheses[i]?.[0]?.tokens, plain.hypotheses[i]?.[0]?.tokens);
    });
    assert.ok(gated.stats.rowSteps < plain.stats.rowSteps);
  } finally {
    await releaseSessions(s);
  }
});

function sameDecode(a: PostEditResult | undefined, b: PostEditResult | undefined, label: string) {
  assert.ok(a !== undefined && b !== undefined, label);
  assert.equal(a.pe, b.pe, label);
  assert.equal(a.changed, b.changed, label);
  assert.equal(a.tokens, b.tokens, label);
  assert.equal(a.kept, b.kept, label);
  assert.deepEqual(
    a.nbest.map((x) => x.pe),
    b.nbest.map((x) => x.pe),
    label,
  );
  assert.ok(a.score !== null && b.score !== null, label);
  assert.ok(Math.abs(a.score - b.score) < SCORE_TOLERANCE, label);
}

test("postEdit: skipped segments come back as their mt (kept 'gate'), the others as with the gate off", async () => {
  const prepared = segments.map((x) => on.prepare(x));
  const gated = await on.postEdit(prepared, { beam: 4, nbest: 2 });
  const plain = await off.postEdit(
    segments.map((x) => off.prepare(x)),
    { beam: 4, nbest: 2 },
  );
  assert.equal(gated.stats.gatedSegments, skipped.length);
  assert.equal(plain.stats.gatedSegments, 0);
  cases.forEach((c, i) => {
    const r = gated.results[i];
    if (c.gate.skipped) {
      assert.deepEqual(r, {
        pe: c.mt,
        changed: false,
        score: null,
        tokens: c.mtTokens,
        nbest: [],
        kept: 'gate',
      });
    } else sameDecode(r, plain.results[i], c.mt);
  });
  // not vacuous: the model would have changed some of the segments the gate keeps
  assert.ok(cases.some((c, i) => c.gate.skipped && plain.results[i]?.changed === true));

  // the per-call switch: gate false decodes everything, as the gate-off post-editor does
  const all = await on.postEdit(prepared, { beam: 4, nbest: 2, gate: false });
  assert.equal(all.stats.gatedSegments, 0);
  cases.forEach((c, i) => sameDecode(all.results[i], plain.results[i], c.mt));
});

test('conservative decoding still applies to the segments the gate lets through; gated ones have no mtScore', async () => {
  const gated = await on.postEdit(
    segments.map((x) => on.prepare(x)),
    { beam: 4, nbest: 1, keepMtMargin: 0 },
  );
  const plain = await off.postEdit(
    segments.map((x) => off.prepare(x)),
    { beam: 4, nbest: 1, keepMtMargin: 0 },
  );
  cases.forEach((c, i) => {
    const r = gated.results[i];
    if (c.gate.skipped) {
      assert.equal(r?.kept, 'gate');
      assert.equal(r?.mtScore, undefined);
      assert.equal(r?.pe, c.mt);
    } else {
      sameDecode(r, plain.results[i], c.mt);
      assert.ok(r?.kept === 'mt' || r?.kept === 'edit');
      assert.ok(
        Math.abs((r?.mtScore ?? NaN) - (plain.results[i]?.mtScore ?? NaN)) < SCORE_TOLERANCE,
      );
    }
  });
});

test('a batch the gate keeps entirely makes no decoder call', async () => {
  const only = skipped.map((c) => ({ src: c.src, mt: c.mt }));
  const gated = await on.postEdit(
    only.map((x) => on.prepare(x)),
    { beam: 4, nbest: 1, keepMtMargin: 0 },
  );
  assert.equal(gated.stats.decoderCalls, 0);
  assert.equal(gated.stats.gatedSegments, only.length);
  assert.equal(gated.stats.generatedTokens, 0);
  assert.deepEqual(
    gated.results.map((r) => [r.pe, r.kept]),
    only.map((x) => [x.mt, 'gate']),
  );
  const plain = await off.postEdit(
    only.map((x) => off.prepare(x)),
    { beam: 4, nbest: 1 },
  );
  assert.ok(plain.stats.decoderCalls > 0);
  // a mixed batch still decodes the others
  const mixed = await on.postEdit(
    segments.map((x) => on.prepare(x)),
    { beam: 1, nbest: 1 },
  );
  assert.ok(mixed.stats.decoderCalls > 0);
  assert.equal(mixed.stats.gatedSegments, skipped.length);
});

test('manifest refusals name the field or the file: gate under version 5, gate.onnx unlisted, missing or changed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ape-gate-'));
  try {
    cpSync(fixture(NAME), dir, { recursive: true });
    const manifestPath = join(dir, 'ape.json');
    const original = readFileSync(manifestPath, 'utf8');
    const m = JSON.parse(original) as Record<string, unknown>;
    const refused = async (pattern: RegExp) =>
      assert.rejects(
        loadModelDir(dir),
        (e: Error) => e instanceof ModelError && pattern.test(e.message),
      );

    writeFileSync(manifestPath, JSON.stringify({ ...m, formatVersion: 5 }));
    await refused(/ape\.json \(gate\): needs formatVersion 6/);

    const files = { ...(m.files as Record<string, string>) };
    delete files['gate.onnx'];
    writeFileSync(manifestPath, JSON.stringify({ ...m, files }));
    await refused(/\(gate\.file\): "gate\.onnx" is not listed in files with its sha256/);

    writeFileSync(manifestPath, JSON.stringify({ ...m, gate: { file: 'gate.onnx', kind: 'x' } }));
    await refused(/\(gate\)/);

    writeFileSync(manifestPath, original);
    const bytes = readFileSync(join(dir, 'gate.onnx'));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    writeFileSync(join(dir, 'gate.onnx'), bytes);
    await refused(/gate\.onnx: sha256 [0-9a-f]{64} does not match ape\.json/);

    unlinkSync(join(dir, 'gate.onnx'));
    await refused(/gate\.onnx: listed in ape\.json but missing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
