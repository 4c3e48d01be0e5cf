import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { ARTIFACTS, Browsers, skipWithoutChromium } from '../helpers/chromium.js';
import { loadPostEditor } from '../server/fixture-app.js';

/**
 * The page's API-key field (src/server/web/app.js) in Debian's real headless Chromium against
 * real servers on the fixture model, one with an API key and one without. Oracle: the keyed
 * server's own /v1/postedit answer to the same request, fetched directly with the key.
 */
const KEY = 'k3y-for-the-page';
const SEGMENT = { src: 'el gato negro duerme .', mt: 'the cat black sleep .' };

let pe: OnnxPostEditor;
const servers: Server[] = [];
let browsers: Browsers;

const skip = skipWithoutChromium;

async function listen(apiKeys: string[]): Promise<string> {
  const server = createApp({ postEditor: pe, config: { apiKeys } }).app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

before(async () => {
  if (skip !== false) return;
  pe = await loadPostEditor();
  browsers = new Browsers();
});

after(async () => {
  if (skip !== false) return;
  for (const s of servers) await new Promise((resolve) => s.close(resolve));
  await pe.close();
  browsers.cleanup();
});

test(
  'a server with a key: the page asks for it, a wrong key is refused, the right one post-edits',
  { skip },
  async () => {
    const base = await listen([KEY]);
    const context = await browsers.launch();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base + '/');
      const field = page.getByLabel('API key');
      await field.waitFor({ state: 'visible' });
      assert.equal(await field.getAttribute('type'), 'password');
      assert.equal(await field.getAttribute('autocomplete'), 'off');
      await page.locator('#key-status', { hasText: 'This server needs an API key.' }).waitFor();

      // post-editing without a key says why, next to the field and in the form's status
      await page.getByLabel('Source', { exact: true }).fill(SEGMENT.src);
      await page.getByLabel('Machine translation').fill(SEGMENT.mt);
      await page.getByRole('button', { name: 'Post-edit' }).click();
      await page.locator('#status', { hasText: 'This server needs an API key.' }).waitFor();

      // keyboard only: type a wrong key, Enter submits the key form
      await field.focus();
      await page.keyboard.type('not-the-key');
      await page.keyboard.press('Enter');
      await page.locator('#key-status', { hasText: 'The API key was refused.' }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'web-key-refused.png'), fullPage: true });

      await field.fill(KEY);
      await page.keyboard.press('Enter');
      await page.locator('#key-status', { hasText: 'Key accepted.' }).waitFor();
      await page.locator('#model-info', { hasText: 'Model “' }).waitFor();
      await page.getByLabel('Beam').selectOption('2');
      await page.getByRole('button', { name: 'Post-edit' }).click();
      await page.locator('#status', { hasText: 'Done' }).waitFor();
      const shown = await page.locator('#results-table td.pe').allTextContents();

      const res = await fetch(base + '/v1/postedit', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },
        body: JSON.stringify({ segments: [SEGMENT], options: { beam: 2 } }),
      });
      assert.equal(res.status, 200);
      const answer = (await res.json()) as { segments: { pe: string }[] };
      assert.deepEqual(
        shown,
        answer.segments.map((s) => s.pe),
      );
      // kept for this tab only
      assert.equal(await page.evaluate("sessionStorage.getItem('ape.apiKey')"), KEY);
      assert.equal(await page.evaluate("localStorage.getItem('ape.apiKey')"), null);
      await page.screenshot({ path: join(ARTIFACTS, 'web-key-accepted.png'), fullPage: true });
      assert.deepEqual(
        errors.filter((e) => !e.includes('401')),
        [],
      );
    } finally {
      await context.close();
    }
  },
);

test('a server without keys: no API-key field', { skip }, async () => {
  const base = await listen([]);
  const context = await browsers.launch();
  try {
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.locator('#model-info', { hasText: 'Model “' }).waitFor();
    assert.equal(await page.locator('#key-form').isHidden(), true);
    assert.equal(await page.getByLabel('API key').isVisible(), false);
  } finally {
    await context.close();
  }
});
