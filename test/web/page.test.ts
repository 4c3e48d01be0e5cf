import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Page } from 'playwright-core';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { fixture } from '../helpers/paths.js';
import { sacrebleuTer } from '../helpers/python-oracle.js';
import { ARTIFACTS, Browsers, skipWithoutChromium } from '../helpers/chromium.js';
import { loadPostEditor } from '../server/fixture-app.js';

/**
 * The page (src/server/web/) in Debian's real headless Chromium against the real server on
 * the fixture model. Oracle: the server's own /v1/postedit, /v1/diff and /v1/explain answers
 * to the same requests, fetched directly, and sacreBLEU's TER (.venv) for the TER column;
 * screenshots go to test/artifacts/ (gitignored).
 */
const SEGMENTS = [
  { src: 'un vecino cansado escucha a un profesor .', mt: 'a neighbour tired hear a teacher .' },
  { src: 'el gato negro duerme .', mt: 'the cat black sleep .' },
];

let pe: OnnxPostEditor;
let server: Server;
let base: string;
let browsers: Browsers;

const skip = skipWithoutChromium;

before(async () => {
  if (skip !== false) return;
  pe = await loadPostEditor();
  server = createApp({ postEditor: pe }).app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browsers = new Browsers();
});

after(async () => {
  if (skip !== false) return;
  await new Promise((resolve) => server.close(resolve));
  await pe.close();
  browsers.cleanup();
});

async function api(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200, path);
  return (await res.json()) as Record<string, unknown>;
}

async function postEditOnPage(
  page: Page,
  from: 'typed' | 'tsv-file' | 'xliff-file',
): Promise<string[]> {
  await page.goto(base + '/');
  if (from === 'typed') {
    await page.getByLabel('Source', { exact: true }).fill(SEGMENTS.map((s) => s.src).join('\n'));
    await page.getByLabel('Machine translation').fill(SEGMENTS.map((s) => s.mt).join('\n'));
  } else {
    const tsv = SEGMENTS.map((s) => `${s.src}\t${s.mt}\n`).join('');
    // XLIFF 1.2 with an inline tag, which the page drops keeping its text
    const xliff = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="es" target-language="en" datatype="plaintext" original="x"><body>${SEGMENTS.map((s, i) => `<trans-unit id="${i}"><source>${s.src}</source><target><g id="1">${s.mt.split(' ')[0]}</g> ${s.mt.split(' ').slice(1).join(' ')}</target></trans-unit>`).join('')}</body></file></xliff>`;
    const file =
      from === 'tsv-file'
        ? { name: 'in.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(tsv) }
        : { name: 'in.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xliff) };
    await page.getByLabel('TSV or XLIFF file').setInputFiles(file);
    await page.locator('#status', { hasText: 'Read 2 segments' }).waitFor();
  }
  await page.getByLabel('Beam').selectOption('2');
  await page.getByRole('button', { name: 'Post-edit' }).click();
  await page.locator('#status', { hasText: 'Done' }).waitFor();
  return page.locator('#results-table td.pe').allTextContents();
}

for (const view of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(
    `${view.name}: the shown post-edits are the API's; the heat map has one row per output token`,
    { skip },
    async () => {
      const context = await browsers.launch({ width: view.width, height: view.height });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      // nothing may leave for the internet: only this server's origin is requested
      const origins = new Set<string>();
      page.on('request', (r) => origins.add(new URL(r.url()).origin));

      const shown = await postEditOnPage(page, view.name === 'desktop' ? 'tsv-file' : 'xliff-file');
      const answer = (await api('/v1/postedit', { segments: SEGMENTS, options: { beam: 2 } })) as {
        segments: { pe: string }[];
      };
      assert.deepEqual(
        shown,
        answer.segments.map((s) => s.pe),
      );
      // TER (%) of each mt against its post-edit: the API's /v1/diff numbers as shown, and those
      // numbers are sacreBLEU's own (run in .venv on the same strings)
      const pes = answer.segments.map((s) => s.pe);
      const diff = (await api('/v1/diff', {
        pairs: SEGMENTS.map((s, i) => ({ mt: s.mt, pe: pes[i] })),
      })) as { pairs: { edits: number; shifts: number; refLength: number; ter: number }[] };
      const sacre = sacrebleuTer(SEGMENTS.map((s, i) => [s.mt, pes[i] ?? '']));
      assert.ok(
        sacre.some((t) => t.numEdits > 0),
        'the post-edits change the MT, so the TER check has something to check',
      );
      const terCells = page.locator('#results-table td.ter');
      assert.deepEqual(
        await terCells.allTextContents(),
        diff.pairs.map((d) => (100 * d.ter).toFixed(1)),
      );
      assert.deepEqual(
        await terCells.evaluateAll((tds) => tds.map((td) => td.getAttribute('title'))),
        diff.pairs.map((d) => `${d.edits} edits (${d.shifts} shifts) / ${d.refLength} words`),
      );
      assert.deepEqual(
        diff.pairs.map((d) => [d.edits, d.refLength]),
        sacre.map((t) => [t.numEdits, t.refLength]),
      );
      (await terCells.allTextContents()).forEach((shown, i) => {
        const want = sacre[i]?.score ?? NaN;
        assert.ok(Math.abs(Number(shown) - want) <= 0.05, `segment ${i + 1}: ${shown} vs ${want}`);
      });
      // Copy: the post-edits, one per line, on the clipboard
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      await page.getByRole('button', { name: 'Copy post-edits' }).click();
      await page.locator('#status', { hasText: 'copied' }).waitFor();
      assert.equal(
        await page.evaluate('navigator.clipboard.readText()'),
        answer.segments.map((s) => s.pe).join('\n') + '\n',
      );
      // Download TSV: src, mt, pe per segment, the pe being the API's
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download TSV' }).click(),
      ]);
      const saved = (await readFile(await download.path(), 'utf8'))
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'));
      assert.deepEqual(saved[0], ['src', 'mt', 'pe', 'ter']);
      assert.deepEqual(
        saved.slice(1).map((r) => r.slice(0, 3)),
        SEGMENTS.map((s, i) => [s.src, s.mt, answer.segments[i]?.pe]),
      );
      // its ter column: sacreBLEU's TER as a fraction, to 4 decimals
      saved.slice(1).forEach((r, i) => {
        const want = (sacre[i]?.score ?? NaN) / 100;
        assert.ok(
          Math.abs(Number(r[3]) - want) <= 0.00005,
          `TSV line ${i + 2}: ${r[3]} vs ${want}`,
        );
      });
      // nothing wider than the screen but the heat map's own scroll region
      assert.equal(await page.evaluate('document.documentElement.scrollWidth'), view.width);
      await page.screenshot({
        path: join(ARTIFACTS, `web-${view.name}-results.png`),
        fullPage: true,
      });

      // keyboard: focus the second Explain button and press Enter
      await page.getByRole('button', { name: 'Explain segment 2' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('#status', { hasText: 'Explained segment 2' }).waitFor();
      const explained = (await api('/v1/explain', { ...SEGMENTS[1], options: { beam: 2 } })) as {
        output: unknown[];
        input: unknown[];
      };
      assert.equal(await page.locator('#heatmap tbody tr').count(), explained.output.length);
      assert.equal(
        await page.locator('#heatmap thead tr:last-child th').count(),
        explained.input.length + 2,
      );
      await page.getByLabel('Layer').selectOption({ label: '2' });
      await page.getByLabel('Head').selectOption({ label: '4' });
      assert.equal(await page.locator('#heatmap tbody tr').count(), explained.output.length);
      assert.equal(await page.evaluate('document.documentElement.scrollWidth'), view.width);
      await page.screenshot({
        path: join(ARTIFACTS, `web-${view.name}-explain.png`),
        fullPage: true,
      });

      assert.deepEqual(errors, []);
      assert.deepEqual([...origins], [base]);
      await context.close();
    },
  );
}

test(
  'entmax: attention the API reports as exactly 0 is an empty heat-map cell, every other cell is coloured',
  { skip },
  async () => {
    const model = await OnnxPostEditor.load(fixture('model-tiny-entmax'), {
      workers: 1,
      intraOpThreads: 1,
    });
    const entmaxServer = createApp({ postEditor: model }).app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => entmaxServer.once('listening', resolve));
    const origin = `http://127.0.0.1:${(entmaxServer.address() as AddressInfo).port}`;
    const context = await browsers.launch({ width: 1280, height: 900 });
    try {
      const page = await context.newPage();
      await page.goto(origin + '/');
      await page.getByLabel('Source', { exact: true }).fill(SEGMENTS[1]?.src ?? '');
      await page.getByLabel('Machine translation').fill(SEGMENTS[1]?.mt ?? '');
      await page.getByLabel('Beam').selectOption({ label: '2' });
      await page.getByRole('button', { name: 'Post-edit' }).click();
      await page.getByRole('button', { name: 'Explain segment 1' }).click();
      await page.locator('#status', { hasText: 'Explained segment 1' }).waitFor();
      const res = await fetch(origin + '/v1/explain', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...SEGMENTS[1], options: { beam: 2 } }),
      });
      const e = (await res.json()) as { output: { attention: number[][][] }[] };
      const want = e.output.map((o) => (o.attention[0]?.[0] ?? []).map((w) => w === 0));
      const shown = await page
        .locator('#heatmap tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) =>
            Array.from(r.querySelectorAll('td:not(.prob)')).map(
              (td) => (td as unknown as { style: { background: string } }).style.background === '',
            ),
          ),
        );
      assert.deepEqual(shown, want);
      assert.ok(want.flat().some((z) => z) && want.flat().some((z) => !z));
      await page.screenshot({ path: join(ARTIFACTS, 'web-entmax-explain.png'), fullPage: true });
    } finally {
      await context.close();
      await new Promise((resolve) => entmaxServer.close(resolve));
      await model.close();
    }
  },
);
