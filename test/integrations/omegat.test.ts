/**
 * End to end with the real OmegaT 3.6 (Debian's `omegat`), headless (console-translate with
 * a Groovy script, --tag-validation=abort), against our server (createApp on the fixture
 * model, real Apertium spa-eng upstream) on a real port. Project: test/fixtures/integrations/
 * omegat-project (XLIFF 1.2 with <g>, <x/>, <bpt>/<ept>; tm/auto holds Apertium drafts).
 *
 * Oracle for the targets: the same server asked directly for what OmegaT should have asked
 * (POST /v1/postedit tags=omegat with src + draft, or GET /apy/translate), with OmegaT's short
 * tags mapped back to the unit's XLIFF tags by the table below (written by hand from the
 * source file: OmegaT numbers tags per segment from 0).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ApertiumEngine } from '../../src/data/mt/apertium.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { loadPostEditor } from '../helpers/fixture-model.js';
import { fixture, repoRoot } from '../helpers/paths.js';
import { relabeledModel, type RelabeledModel } from '../helpers/relabeled-model.js';
import { skipUnless } from '../helpers/skip.js';

const run = promisify(execFile);
const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
const PROJECT = fixture('integrations', 'omegat-project');
const PLUGIN = join(repoRoot, 'dist', 'omegat', 'ape-omegat-plugin.jar');
/** The most one OmegaT run (console or GUI under Xvfb) may take on a loaded machine. */
const OMEGAT_RUN_MS = 180_000;
/** node:test's limit for a test with one OmegaT run: the run's limit, plus the oracle requests. */
const TEST_MS = OMEGAT_RUN_MS + 60_000;

/** Per unit: source and draft as OmegaT shows them, and its short tags -> XLIFF tags. */
const UNITS: { src: string; draft?: string; tags: Record<string, string> }[] = [
  {
    src: 'Haga clic <g0>aquí</g0> para continuar.',
    draft: 'It do click <g0>here</g0> to continue.',
    tags: { '<g0>': '<g id="1">', '</g0>': '</g>' },
  },
  {
    src: 'el gato<x0/> grande ve al perro',
    draft: 'The cat<x0/> big sees to the dog',
    tags: { '<x0/>': '<x id="2"/>' },
  },
  {
    src: 'Pulse <b0>Guardar</b0> ahora',
    draft: 'Press <b0>Save</b0> now',
    tags: { '<b0>': '<bpt id="3">&lt;b&gt;</bpt>', '</b0>': '<ept id="3">&lt;/b&gt;</ept>' },
  },
  { src: 'mi perro pequeño', tags: {} },
];

function toXliff(text: string, tags: Record<string, string>): string {
  return text
    .split(/(<\/?[a-z]\d+\/?>)/)
    .map(
      (part) =>
        tags[part] ?? part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('');
}

function targets(project: string): string[] {
  const xml = readFileSync(join(project, 'target', 'ui.xlf'), 'utf8');
  return [...xml.matchAll(/<target>([\s\S]*?)<\/target>/g)].map((m) =>
    (m[1] ?? '').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  );
}

async function omegat(
  script: string,
  url: string,
  extra: { plugin?: boolean; props?: string[] } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'ape-omegat-'));
  const project = join(dir, 'project');
  cpSync(PROJECT, project, { recursive: true });
  for (const d of ['omegat', 'target', 'glossary', 'dictionary'])
    mkdirSync(join(project, d), { recursive: true });
  const config = join(dir, 'config');
  mkdirSync(join(config, 'plugins'), { recursive: true });
  if (extra.plugin === true) cpSync(PLUGIN, join(config, 'plugins', 'ape-omegat-plugin.jar'));
  const args = [
    '-Djava.awt.headless=true',
    `-Dape.url=${url}`,
    ...(extra.props ?? []),
    '-jar',
    OMEGAT_JAR,
    `--config-dir=${config}`,
    '--mode=console-translate',
    '--disable-project-locking',
    '--quiet',
    '--tag-validation=abort',
    `--script=${script}`,
    project,
  ];
  const result = await run('java', args, { timeout: OMEGAT_RUN_MS, cwd: dir }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code?: number | null; killed?: boolean; stdout?: string; stderr?: string }) => ({
      code: e.code ?? -1,
      out:
        (e.killed === true
          ? `OmegaT did not finish within ${OMEGAT_RUN_MS} ms and was killed; its output:\n`
          : '') +
        (e.stdout ?? '') +
        (e.stderr ?? ''),
    }),
  );
  return {
    ...result,
    project,
    config,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe(
  'OmegaT 3.6 end to end',
  {
    skip: skipUnless(
      existsSync(OMEGAT_JAR),
      `omegat is not installed: ${OMEGAT_JAR} is missing (apt-get install omegat, or scripts/install.sh)`,
    ),
  },
  () => {
    let pe: OnnxPostEditor;
    let server: Server;
    let url: string;
    let bad: Server;
    let badUrl: string;
    before(
      async () => {
        await run('bash', [join(repoRoot, 'integrations', 'omegat', 'build.sh')], {
          timeout: 120_000,
        });
        pe = await loadPostEditor();
        const upstream = [
          { source: 'es', target: 'en', engine: await ApertiumEngine.create({ pair: 'spa-eng' }) },
        ];
        server = createServer(createApp({ postEditor: pe, upstream }).app);
        await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
        url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        // A broken APE server: garbage for post-edits, no answer at all for /apy.
        bad = createServer((req, res) => {
          if (req.url?.startsWith('/apy') === true) return;
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end('<html>proxy error</html>');
        });
        await new Promise<void>((r) => bad.listen(0, '127.0.0.1', r));
        badUrl = `http://127.0.0.1:${(bad.address() as AddressInfo).port}`;
      },
      { timeout: TEST_MS },
    );
    after(async () => {
      bad.closeAllConnections();
      await new Promise((r) => bad.close(r));
      await new Promise((r) => server.close(r));
      await pe.close();
    });

    /** What the server answers for each unit, OmegaT's way (the oracle, see the header). */
    async function expected(mode: 'draft' | 'apy'): Promise<string[]> {
      const out: string[] = [];
      for (const u of UNITS) {
        let text: string;
        if (mode === 'draft' && u.draft !== undefined) {
          const r = await fetch(`${url}/v1/postedit`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ segments: [{ src: u.src, mt: u.draft }], tags: 'omegat' }),
          });
          text = ((await r.json()) as { segments: { pe: string }[] }).segments[0]?.pe ?? '';
        } else {
          const r = await fetch(
            `${url}/apy/translate?langpair=es%7Cen&q=${encodeURIComponent(u.src)}`,
          );
          text = ((await r.json()) as { responseData: { translatedText: string } }).responseData
            .translatedText;
        }
        out.push(toXliff(text, u.tags));
      }
      return out;
    }

    it(
      'console script: drafts from tm/auto post-edited, tags restored, tag validation passes',
      { timeout: TEST_MS },
      async () => {
        const r = await omegat(join(repoRoot, 'integrations', 'omegat', 'ape-console.groovy'), url);
        try {
          assert.equal(r.code, 0, r.out);
          assert.match(r.out, /ape: 4 segments post-edited, 0 kept their MT/);
          assert.deepEqual(targets(r.project), await expected('draft'));
        } finally {
          r.cleanup();
        }
      },
    );

    it(
      'the plugin jar, loaded from the config dir, gives the same suggestions',
      { timeout: TEST_MS },
      async () => {
        const r = await omegat(fixture('integrations', 'omegat-plugin-fill.groovy'), url, {
          plugin: true,
        });
        try {
          assert.equal(r.code, 0, r.out);
          // OmegaT's own log: it took the jar from the config dir and registered the class from it
          const jar = join(r.config, 'plugins', 'ape-omegat-plugin.jar');
          assert.ok(r.out.includes(`Jar used for plugins: file:${jar}`), r.out);
          assert.match(
            r.out,
            /Plugin successfully loaded from class 'org\.ape\.omegat\.ApeTranslate'/,
            r.out,
          );
          assert.match(r.out, /plugin 'APE \(local server\)' filled 4 segments/);
          assert.deepEqual(targets(r.project), await expected('draft'));
        } finally {
          r.cleanup();
        }
      },
    );

    it(
      'the plugin against a broken server: clear errors within the timeout, the run goes on',
      { timeout: TEST_MS },
      async () => {
        const r = await omegat(fixture('integrations', 'omegat-plugin-fill.groovy'), badUrl, {
          plugin: true,
          props: ['-Dape.timeoutMs=1500'],
        });
        try {
          assert.equal(r.code, 0, r.out);
          assert.match(
            r.out,
            /plugin error: APE server http:\/\/127\.0\.0\.1:\d+\/v1\/postedit: the answer has no "pe" string: <html>proxy error<\/html>/,
          );
          assert.match(
            r.out,
            /plugin error: APE server http:\/\/127\.0\.0\.1:\d+: no answer within 1500 ms/,
          );
          assert.match(r.out, /plugin 'APE \(local server\)' filled 0 segments/);
          // No wall-clock bound here (tests assert no timings): a plugin that waited on the
          // hanging /apy call would not have printed the time-out above, and omegat() gives up
          // after 180 s, which fails on the exit code.
        } finally {
          r.cleanup();
        }
      },
    );

    it(
      "GUI (Xvfb): the machine translation pane shows the plugin's post-edit of the segment's draft",
      {
        skip: skipUnless(
          existsSync('/usr/bin/xvfb-run'),
          'xvfb-run is not installed (apt-get install xvfb xauth, or scripts/install.sh)',
        ),
        // OmegaT's GUI starting under Xvfb, its MT pane fetched, then its quitting
        timeout: OMEGAT_RUN_MS + 60_000,
      },
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'ape-omegat-gui-'));
        try {
          const project = join(dir, 'project');
          cpSync(PROJECT, project, { recursive: true });
          for (const d of ['omegat', 'target', 'glossary', 'dictionary'])
            mkdirSync(join(project, d), { recursive: true });
          const config = join(dir, 'config');
          mkdirSync(join(config, 'plugins'), { recursive: true });
          cpSync(PLUGIN, join(config, 'plugins', 'ape-omegat-plugin.jar'));
          const prefs = `<?xml version="1.0" encoding="UTF-8" ?>\n<omegat>\n<preference version="1.0">\n<mt_auto_fetch>true</mt_auto_fetch>\n<allow_ape_translate>true</allow_ape_translate>\n<scripts_dir>${fixture('integrations', 'omegat-gui-scripts')}</scripts_dir>\n</preference>\n</omegat>\n`;
          writeFileSync(join(config, 'omegat.prefs'), prefs);
          const paneOut = join(dir, 'pane.txt');
          const args = [
            '-a',
            'java',
            `-Dape.url=${url}`,
            `-Dape.paneOut=${paneOut}`,
            '-jar',
            OMEGAT_JAR,
            `--config-dir=${config}`,
            '--disable-project-locking',
            project,
          ];
          await run('xvfb-run', args, { timeout: OMEGAT_RUN_MS, cwd: dir }).catch(
            (e: { killed?: boolean; stdout?: string; stderr?: string }) => {
              throw new Error(
                (e.killed === true
                  ? `OmegaT's GUI did not quit within ${OMEGAT_RUN_MS} ms and was killed`
                  : 'xvfb-run java -jar OmegaT.jar failed') +
                  `; its output:\n${e.stdout ?? ''}${e.stderr ?? ''}`,
              );
            },
          );
          const first = UNITS[0];
          assert.ok(first?.draft !== undefined);
          const r = await fetch(`${url}/v1/postedit`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              segments: [{ src: first.src, mt: first.draft }],
              tags: 'omegat',
            }),
          });
          const want = ((await r.json()) as { segments: { pe: string }[] }).segments[0]?.pe ?? '';
          const pane = readFileSync(paneOut, 'utf8');
          assert.ok(pane.includes(`${want}\n<APE (local server)>`), pane);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    );

    describe("a server with several models: the project's pair picks the model", () => {
      // The default model says en -> es (model-tiny-entmax under another manifest, as in
      // test/server/multi-model.test.ts); the es -> en fixture model comes second.
      let enEs: OnnxPostEditor;
      let enEsDir: RelabeledModel;
      let several: Server;
      let severalUrl: string;
      before(async () => {
        enEsDir = relabeledModel('model-tiny-entmax', 'tiny-en-es', { src: 'en', tgt: 'es' });
        enEs = await OnnxPostEditor.load(enEsDir.dir, { workers: 1, intraOpThreads: 1 });
        const upstream = [
          { source: 'es', target: 'en', engine: await ApertiumEngine.create({ pair: 'spa-eng' }) },
        ];
        several = createServer(
          createApp({ models: [{ postEditor: enEs }, { postEditor: pe }], upstream }).app,
        );
        await new Promise<void>((r) => several.listen(0, '127.0.0.1', r));
        severalUrl = `http://127.0.0.1:${(several.address() as AddressInfo).port}`;
      });
      after(async () => {
        await new Promise((r) => several.close(r));
        await enEs.close();
        enEsDir.remove();
      });

      /** The default (en -> es) model's post-edits of the drafts: what a request without a pair gets. */
      async function byDefault(): Promise<string[]> {
        const out: string[] = [];
        for (const u of UNITS.filter((x) => x.draft !== undefined)) {
          const r = await fetch(`${severalUrl}/v1/postedit`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ segments: [{ src: u.src, mt: u.draft }], tags: 'omegat' }),
          });
          const body = (await r.json()) as { model: string; segments: { pe: string }[] };
          assert.equal(body.model, 'tiny-en-es');
          out.push(toXliff(body.segments[0]?.pe ?? '', u.tags));
        }
        return out;
      }

      it(
        "console script: the es -> en model post-edits, not the server's default",
        { timeout: TEST_MS },
        async () => {
          const want = await expected('draft');
          // the default model answers otherwise, so a request without the pair would show
          assert.notDeepEqual(await byDefault(), want.slice(0, 3));
          const r = await omegat(
            join(repoRoot, 'integrations', 'omegat', 'ape-console.groovy'),
            severalUrl,
          );
          try {
            assert.equal(r.code, 0, r.out);
            assert.match(r.out, /ape: 4 segments post-edited, 0 kept their MT/);
            assert.deepEqual(targets(r.project), want);
          } finally {
            r.cleanup();
          }
        },
      );

      it(
        "the plugin with ape.model naming a model of another pair: the server's error, no wrong-language post-edit",
        { timeout: TEST_MS },
        async () => {
          const r = await omegat(fixture('integrations', 'omegat-plugin-fill.groovy'), severalUrl, {
            plugin: true,
            props: ['-Dape.model=tiny-en-es'],
          });
          try {
            assert.equal(r.code, 0, r.out);
            const errors = r.out.match(
              /plugin error: APE server http:\/\/127\.0\.0\.1:\d+\/v1\/postedit: HTTP 400: languages: model 'tiny-en-es' post-edits en -> es, not es -> en/g,
            );
            assert.equal(errors?.length, 3, r.out);
            // the unit without a draft goes through /apy/translate, whose pair picks the es -> en model
            assert.match(r.out, /plugin 'APE \(local server\)' filled 1 segments/);
            const got = targets(r.project);
            const want = await expected('apy');
            assert.equal(got[3], want[3]);
          } finally {
            r.cleanup();
          }
        },
      );

      it(
        'the plugin with ape.model naming the es -> en model: its post-edits',
        { timeout: TEST_MS },
        async () => {
          const r = await omegat(fixture('integrations', 'omegat-plugin-fill.groovy'), severalUrl, {
            plugin: true,
            props: [`-Dape.model=${pe.info.name}`],
          });
          try {
            assert.equal(r.code, 0, r.out);
            assert.match(r.out, /plugin 'APE \(local server\)' filled 4 segments/);
            assert.deepEqual(targets(r.project), await expected('draft'));
          } finally {
            r.cleanup();
          }
        },
      );
    });

    it(
      "OmegaT's own Apertium connector against /apy/translate (wire compatibility)",
      { timeout: TEST_MS },
      async () => {
        const r = await omegat(fixture('integrations', 'omegat-apertium-connector.groovy'), url);
        try {
          assert.equal(r.code, 0, r.out);
          assert.deepEqual(targets(r.project), await expected('apy'));
        } finally {
          r.cleanup();
        }
      },
    );

    it(
      'a server that answers garbage or times out: the run finishes, segments keep their MT, errors reported',
      { timeout: TEST_MS },
      async () => {
        const r = await omegat(
          join(repoRoot, 'integrations', 'omegat', 'ape-console.groovy'),
          badUrl,
          { props: ['-Dape.timeoutMs=1500'] },
        );
        try {
          assert.equal(r.code, 0, r.out);
          assert.match(
            r.out,
            /ape: 0 segments post-edited, 4 kept their MT \(server errors\), of 4/,
          );
          assert.match(
            r.out,
            /segment 1 \(ui\.xlf\): kept its MT, the APE server failed: the answer is not JSON/,
          );
          assert.match(
            r.out,
            /segment 4 \(ui\.xlf\): kept its MT, the APE server failed: Read timed out/,
          );
          const drafts = UNITS.map((u) =>
            u.draft === undefined ? toXliff(u.src, u.tags) : toXliff(u.draft, u.tags),
          );
          assert.deepEqual(targets(r.project), drafts);
        } finally {
          r.cleanup();
        }
      },
    );
  },
);
