/**
 * POST /v1/explain under protected spans (docs/protected-spans.md, "Where it applies"), on a
 * real `ape serve` with the tiny fixture model: for every case of the shared fixture that
 * fits the model, and for segments of several lines, explain answers the pe, score and kept
 * that /v1/postedit answers for the same segment (the route tested against the Python
 * reference decoder elsewhere), and its tokens are those of the decode it says it shows.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServe, type ServeProcess } from '../helpers/serve.js';
import { MODEL } from '../helpers/fixture-model.js';
import { repoRoot } from '../helpers/paths.js';
import { withDeadline } from '../helpers/wait.js';

interface Case {
  src: string;
  mt: string;
  spans: [string, string][];
}
const CASES = (
  JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/protect/cases.json'), 'utf8')) as {
    cases: Case[];
  }
).cases;

interface Line {
  masking: 'keep' | 'strip' | null;
  src: string | null;
  mt: string | null;
  kept: boolean | null;
  spans: { kind: string; start: number; end: number; text: string }[];
}
interface Explained {
  pe: string;
  score: number;
  kept?: string;
  lines: Line[];
  input: { line: number; token: string; side: string; special: boolean }[];
  output: { line: number; token: string; attention: number[][][] }[];
}

let serve: ServeProcess;
before(async () => {
  serve = await startServe(['--model', MODEL, '--threads', '1', '--workers', '1']);
});
after(() => {
  serve.child.kill('SIGTERM');
});

const post = async (path: string, body: unknown): Promise<{ status: number; json: unknown }> => {
  const res = await withDeadline(
    `POST ${path}`,
    fetch(`${serve.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    60_000,
  );
  return { status: res.status, json: await withDeadline(`${path}'s body`, res.json(), 60_000) };
};

/** Both routes on one segment (a case too long for the tiny model gets 422 from both). */
async function explainBoth(src: string, mt: string) {
  const e = await post('/v1/explain', { src, mt, options: { beam: 2 } });
  const p = await post('/v1/postedit', { segments: [{ src, mt }], options: { beam: 2 } });
  return { e, p };
}

/** Offsets of the mt lines as docs/protected-spans.md cuts them (split on \r?\n). */
const mtLines = (mt: string) => mt.split(/\r?\n/);

const checked: { masking: string[]; kept: number } = { masking: [], kept: 0 };

function checkExplained(src: string, mt: string, e: Explained, post: Record<string, unknown>) {
  // The post-edit is /v1/postedit's, whatever masking and fallback happened.
  assert.equal(e.pe, post.pe, `pe of ${mt}`);
  assert.ok(Math.abs(e.score - (post.score as number)) < 1e-9, `score of ${mt}`);
  assert.equal(e.kept, post.kept);
  if (e.kept === 'mt-protected') {
    assert.equal(e.pe, mt);
    assert.ok(e.lines.some((l) => l.kept === false));
    checked.kept++;
  }
  const lines = mtLines(mt);
  const srcLines = src.split(/\r?\n/);
  assert.equal(e.lines.length, lines.length === srcLines.length ? lines.length : 1);
  e.lines.forEach((l, i) => {
    const mtLine = e.lines.length === 1 ? mt : (lines[i] ?? '');
    for (const s of l.spans) assert.equal(mtLine.slice(s.start, s.end), s.text);
    if (l.masking === null) {
      assert.equal(l.mt, null);
      assert.ok(!e.input.some((t) => t.line === i) && !e.output.some((t) => t.line === i));
      return;
    }
    checked.masking.push(l.masking);
    const input = e.input.filter((t) => t.line === i);
    const output = e.output.filter((t) => t.line === i);
    // [CLS] src [SEP] mt [SEP] of this line, and each output token's attention row spans it.
    assert.deepEqual(
      input.filter((t) => t.special).map((t) => t.token),
      ['[CLS]', '[SEP]', '[SEP]'],
    );
    for (const o of output) assert.equal(o.attention[0]?.[0]?.length, input.length);
    if (l.masking === 'keep') {
      assert.equal(l.mt, mtLine);
      assert.equal(l.src, e.lines.length === 1 ? src : srcLines[i]);
    } else {
      // Stripped: each span text is gone from what the model read (or rarer there).
      const count = (s: string, t: string) => s.split(t).length - 1;
      for (const s of l.spans) assert.ok(count(l.mt ?? '', s.text) < count(mtLine, s.text));
    }
  });
}

test('explain answers what /v1/postedit answers, for every fixture case that fits', async () => {
  let compared = 0;
  for (const c of CASES) {
    const { e, p } = await explainBoth(c.src, c.mt);
    if (e.status === 422) {
      assert.equal(p.status, 422);
      continue;
    }
    assert.equal(e.status, 200, JSON.stringify(e.json));
    assert.equal(p.status, 200, JSON.stringify(p.json));
    const ex = e.json as Explained;
    // The spans it reports are the fixture's, in order.
    assert.deepEqual(
      ex.lines.flatMap((l) => l.spans.map((s) => [s.kind, s.text])),
      c.spans,
    );
    const seg = (p.json as { segments: Record<string, unknown>[] }).segments[0] ?? {};
    checkExplained(c.src, c.mt, ex, seg);
    compared++;
  }
  assert.ok(compared >= 8, `only ${compared} cases fit the tiny model`);
  // The tiny model breaks spans often enough that both decodes are exercised.
  assert.ok(checked.masking.includes('keep'), 'no line was shown as sent');
  assert.ok(checked.masking.includes('strip'), 'no line needed its spans stripped');
});

test('a segment of several lines: one line per mt line, tokens per line, blank lines not sent', async () => {
  const segments = [
    { src: 'Abra /etc/fstab\n\nGuarde con Ctrl+S', mt: 'Open /etc/fstab\n\nSave with Ctrl+S' },
    { src: 'Uno\r\nDos 10.0.0.1:8080', mt: 'One\r\nTwo 10.0.0.1:8080' },
    // Different line counts: one unit, as /v1/postedit.
    { src: 'Uno dos', mt: 'One\ntwo' },
  ];
  for (const s of segments) {
    const { e, p } = await explainBoth(s.src, s.mt);
    assert.equal(e.status, 200, JSON.stringify(e.json));
    const ex = e.json as Explained;
    const seg = (p.json as { segments: Record<string, unknown>[] }).segments[0] ?? {};
    checkExplained(s.src, s.mt, ex, seg);
  }
  const first = (await post('/v1/explain', { ...segments[0], options: { beam: 2 } }))
    .json as Explained;
  assert.deepEqual(
    first.lines.map((l) => l.masking === null),
    [false, true, false],
  );
  assert.deepEqual(
    first.lines.map((l) => l.spans.map((x) => x.text)),
    [['/etc/fstab'], [], ['Ctrl+S']],
  );
});

test('attention: {layer, head} keeps indices per line; errors name the field', async () => {
  const res = await post('/v1/explain', {
    src: 'Uno\nDos',
    mt: 'One\nTwo',
    options: { beam: 2, attention: { layer: 1, head: 0 } },
  });
  assert.equal(res.status, 200);
  const ex = res.json as Explained;
  for (const o of ex.output) {
    assert.deepEqual(o.attention[0], [[], [], [], []]);
    assert.equal(o.attention[1]?.[0]?.length, ex.input.filter((t) => t.line === o.line).length);
  }
  const long = Array.from({ length: 40 }, () => 'the').join(' ');
  const tooLong = await post('/v1/explain', { src: 'uno\ndos', mt: `one\n${long}` });
  assert.equal(tooLong.status, 422);
  assert.equal((tooLong.json as { field: string }).field, 'mt');
});
