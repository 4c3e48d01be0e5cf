import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { fixture } from '../helpers/paths.js';
import { ARTIFACTS, Browsers, skipWithoutChromium } from '../helpers/chromium.js';
import { loadPostEditor } from '../server/fixture-app.js';

/**
 * The page's model select in Debian's real headless Chromium, against one server on both
 * fixture models (model-tiny-softmax, the default, and model-tiny-entmax). Oracle: the
 * server's own /v1/models, /v1/postedit and /v1/explain answers for the chosen model.
 * Screenshots: test/artifacts/web-models-*.png (gitignored).
 */
const SOFTMAX = 'model-tiny-softmax';
const ENTMAX = 'model-tiny-entmax';
const SEGMENTS = [
  { src: 'un vecino cansado escucha a un profesor .', mt: 'a neighbour tired hear a teacher .' },
  { src: 'el gato negro duerme .', mt: 'the cat black sleep .' },
];

let softmax: OnnxPostEditor;
let entmax: OnnxPostEditor;
let server: Server;
let base: string;
let browsers: Browsers;

const skip = skipWithoutChromium;

before(async () => {
  if (skip !== false) return;
  softmax = await loadPostEditor();
  entmax = await OnnxPostEditor.load(fixture(ENTMAX), { workers: 1, intraOpThreads: 1 });
  server = createApp({ models: [{ postEditor: softmax }, { postEditor: entmax }] }).app.listen(
    0,
    '127.0.0.1',
  );
  await new Promise<void>((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browsers = new Browsers();
});

after(async () => {
  if (skip !== false) return;
  await new Promise((resolve) => server.close(resolve));
  await softmax.close();
  await entmax.close();
  browsers.cleanup();
});

async function api(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(base + path, {
    method: path === '/v1/models' ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(path === '/v1/models' ? {} : { body: JSON.stringify(body) }),
  });
  assert.equal(res.status, 200, path);
  return (await res.json()) as Record<string, unknown>;
}

for (const view of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(
    `${view.name}: the model select lists both models; the second one post-edits and explains`,
    { skip },
    async () => {
      const context = await browsers.launch({ width: view.width, height: view.height });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const origins = new Set<string>();
      page.on('request', (r) => origins.add(new URL(r.url()).origin));
      await page.goto(base + '/');

      // the labelled select lists /v1/models' names and languages, the default selected
      const listed = (await api('/v1/models', undefined)) as {
        models: { name: string; beam: { maximum: number; default: number } }[];
      };
      const select = page.getByLabel('Model', { exact: true });
      await page.locator('#model-info', { hasText: SOFTMAX }).waitFor();
      assert.deepEqual(
        await select
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value)),
        listed.models.map((m) => m.name),
      );
      assert.deepEqual(await select.locator('option').allTextContents(), [
        `${SOFTMAX} (es → en), default`,
        `${ENTMAX} (es → en)`,
      ]);
      assert.equal(await select.inputValue(), SOFTMAX);

      // keyboard: focus the select and step to the second model
      await select.focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await select.inputValue(), ENTMAX);
      await page.locator('#model-info', { hasText: `Model “${ENTMAX}”` }).waitFor();
      assert.match((await page.locator('#model-info').textContent()) ?? '', /alpha-entmax/);
      // the beam select follows the model: 1..maximum, the model's default selected
      const second = listed.models[1];
      assert.ok(second);
      const beam = page.getByLabel('Beam');
      assert.equal(await beam.locator('option').count(), second.beam.maximum);
      assert.equal(await beam.inputValue(), String(second.beam.default));

      await page.getByLabel('Source', { exact: true }).fill(SEGMENTS.map((s) => s.src).join('\n'));
      await page.getByLabel('Machine translation').fill(SEGMENTS.map((s) => s.mt).join('\n'));
      await beam.selectOption('2');
      await page.getByRole('button', { name: 'Post-edit' }).click();
      await page.locator('#status', { hasText: 'Done' }).waitFor();
      const shown = await page.locator('#results-table td.pe').allTextContents();
      assert.equal(
        await page.locator('#results-title').textContent(),
        `Post-edits (model “${ENTMAX}”, beam 2)`,
      );
      const byEntmax = (await api('/v1/postedit', {
        model: ENTMAX,
        segments: SEGMENTS,
        options: { beam: 2 },
      })) as { model: string; segments: { pe: string }[] };
      const bySoftmax = (await api('/v1/postedit', {
        segments: SEGMENTS,
        options: { beam: 2 },
      })) as { segments: { pe: string }[] };
      assert.equal(byEntmax.model, ENTMAX);
      assert.deepEqual(
        shown,
        byEntmax.segments.map((s) => s.pe),
      );
      // the default model answers otherwise here, so the page did send the chosen model
      assert.notDeepEqual(
        bySoftmax.segments.map((s) => s.pe),
        shown,
      );
      assert.equal(await page.evaluate('document.documentElement.scrollWidth'), view.width);
      await page.screenshot({
        path: join(ARTIFACTS, `web-models-${view.name}-results.png`),
        fullPage: true,
      });

      // explain goes to the model that made the rows, even after the select moved back
      await select.selectOption(SOFTMAX);
      await page.getByRole('button', { name: 'Explain segment 2' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('#status', { hasText: 'Explained segment 2' }).waitFor();
      const explained = (await api('/v1/explain', {
        model: ENTMAX,
        ...SEGMENTS[1],
        options: { beam: 2 },
      })) as { pe: string; normalizer: string; output: unknown[] };
      assert.equal(await page.locator('#heatmap tbody tr').count(), explained.output.length);
      assert.equal(
        await page.locator('#explain-title').textContent(),
        `Why this post-edit (segment 2, model “${ENTMAX}”)`,
      );
      assert.equal(await page.locator('#explain-pe').textContent(), `Post-edit: ${explained.pe}`);
      assert.match(
        (await page.locator('#alpha').textContent()) ?? '',
        new RegExp(`^Normalizer: ${explained.normalizer};`),
      );
      assert.equal(explained.normalizer, 'alpha-entmax');
      assert.equal(await page.evaluate('document.documentElement.scrollWidth'), view.width);
      await page.screenshot({
        path: join(ARTIFACTS, `web-models-${view.name}-explain.png`),
        fullPage: true,
      });

      assert.deepEqual(errors, []);
      assert.deepEqual([...origins], [base]);
      await context.close();
    },
  );
}
