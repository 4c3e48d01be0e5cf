/**
 * The package as a user gets it (docs/library.md, "Installing the package"): `npm pack` of this
 * repository (already built: scripts/test.sh builds first; `--ignore-scripts` keeps pack from
 * compiling again), `npm install` of the tarball into an empty directory outside the repository
 * with ONNXRUNTIME_NODE_INSTALL=skip (from npm's cache where it has the packages:
 * --prefer-offline), then the installed `node_modules/.bin/ape serve` with the packaged default
 * model: `GET /` 200 and `POST /v1/postedit` 200 with the post-edit README.md's example shows.
 * Nothing of the checkout is used once installed: the directory is outside it, so a missing
 * file or dependency in the package fails here.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths.js';
import { skipUnless } from '../helpers/skip.js';
import { withDeadline } from '../helpers/wait.js';

const PACK_TIMEOUT_MS = 120_000;
const INSTALL_TIMEOUT_MS = 180_000;
const LISTEN_TIMEOUT_MS = 60_000;
const CLIENT_TIMEOUT_MS = 60_000;

const npmFound =
  spawnSync('npm', ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
const built = existsSync(join(repoRoot, 'dist', 'src', 'cli'));
const model = existsSync(join(repoRoot, 'models', 'default', 'ape.json'));
const skip = skipUnless(
  npmFound && built && model,
  `needs npm on PATH (${npmFound}), a build in dist/ (${built}: npm run build) and models/default (${model})`,
);

/**
 * The environment for the nested npm: without the npm_* variables an outer `npm test` sets
 * (npm_config_local_prefix would point the install at this repository), the cache and registry
 * settings kept.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.toLowerCase().startsWith('npm_') || keep.has(k.toLowerCase())) env[k] = v;
  env.ONNXRUNTIME_NODE_INSTALL = 'skip';
  return env;
}

/** Runs a command to its end; killed after `timeoutMs`. Resolves with its stdout; rejects with its output otherwise. */
async function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<string> {
  const child = spawn(cmd, args, { cwd, env: npmEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const code = await withDeadline(
    `${cmd} ${args.join(' ')}`,
    new Promise<number | null>((resolve) => child.once('close', resolve)),
    timeoutMs,
    () => child.kill('SIGKILL'),
  );
  if (code !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited ${String(code)}: ${err.slice(-4000)}`);
  return out;
}

/** The pe of README.md's /v1/postedit example (`# {"model":"default","segments":[{"pe":"..."`). */
function readmeExample(): { src: string; mt: string; pe: string } {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const request = /-d '(\{"segments":\[\{"src":.*?\}\]\})'/.exec(readme);
  const answer = /# \{"model":"default","segments":\[\{"pe":"([^"]*)"/.exec(readme);
  assert.ok(request?.[1] !== undefined && answer?.[1] !== undefined, 'README.md example not found');
  const seg = (JSON.parse(request[1]) as { segments: { src: string; mt: string }[] }).segments[0];
  assert.ok(seg !== undefined);
  return { src: seg.src, mt: seg.mt, pe: answer[1] };
}

describe('npm pack → npm install into an empty directory → ape serve', { skip }, () => {
  let dir = '';
  let serve: ChildProcess | undefined;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ape-npm-pack-'));
  });
  after(() => {
    serve?.kill('SIGKILL');
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it(
    'serves GET / and POST /v1/postedit from the installed package',
    { timeout: 230_000 },
    async () => {
      const packed = JSON.parse(
        await run(
          'npm',
          ['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
          repoRoot,
          PACK_TIMEOUT_MS,
        ),
      ) as { filename: string }[];
      const tarball = join(dir, packed[0]?.filename ?? 'missing.tgz');
      assert.ok(existsSync(tarball), tarball);

      const app = join(dir, 'app');
      mkdirSync(app);
      writeFileSync(join(app, 'package.json'), '{"name":"pack-check","private":true}\n');
      await run(
        'npm',
        ['install', tarball, '--prefix', app, '--prefer-offline', '--no-audit', '--no-fund'],
        app,
        INSTALL_TIMEOUT_MS,
      );

      const bin = join(app, 'node_modules', '.bin', 'ape');
      const modelDir = join(app, 'node_modules', 'ape', 'models', 'default');
      assert.ok(existsSync(bin), `${bin} not installed`);
      const child = spawn(bin, ['serve', '--model', modelDir, '--port', '0'], {
        cwd: app,
        env: npmEnv(),
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      serve = child;
      let log = '';
      child.stderr?.setEncoding('utf8');
      const port = await withDeadline(
        'the installed ape serve to log "listening"',
        new Promise<number>((resolve, reject) => {
          child.stderr?.on('data', (c: string) => {
            log += c;
            const m = /"msg":"listening".*"port":(\d+)/.exec(log);
            if (m?.[1] !== undefined) resolve(Number(m[1]));
          });
          child.once('exit', (code) =>
            reject(new Error(`ape serve exited ${String(code)}: ${log}`)),
          );
        }),
        LISTEN_TIMEOUT_MS,
        () => child.kill('SIGKILL'),
      );
      const base = `http://127.0.0.1:${port}`;

      const page = await fetch(`${base}/`, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<html/i);

      const example = readmeExample();
      const res = await fetch(`${base}/v1/postedit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ segments: [{ src: example.src, mt: example.mt }] }),
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      const text = await res.text();
      assert.equal(res.status, 200, text);
      const body = JSON.parse(text) as { model: string; segments: { pe: string }[] };
      assert.equal(body.model, 'default');
      assert.equal(body.segments[0]?.pe, example.pe);

      child.kill('SIGTERM');
      const code = await withDeadline(
        'the installed ape serve to exit after SIGTERM',
        new Promise<number | null>((resolve) => {
          if (child.exitCode !== null) resolve(child.exitCode);
          else child.once('exit', resolve);
        }),
        30_000,
        () => child.kill('SIGKILL'),
      );
      assert.equal(code, 0, log);
      serve = undefined;
    },
  );
});
