import { spawn, type ChildProcess } from 'node:child_process';
import { apeBin } from './paths.js';

/** A real `ape serve` child on a free port; `log` is its stderr (JSON lines) so far. */
export interface ServeProcess {
  child: ChildProcess;
  base: string;
  readonly log: string;
}

/** How long `ape serve` may take to load its models and listen on a loaded machine. */
const LISTEN_TIMEOUT_MS = 120_000;

/**
 * Runs `ape serve ARGS --port 0` and resolves once it logs `listening` with its port; rejects
 * with the log if it exits first, or kills it and rejects if it has not listened within
 * LISTEN_TIMEOUT_MS.
 */
export async function startServe(args: string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [apeBin, 'serve', ...args, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.setEncoding('utf8');
  let timer: NodeJS.Timeout | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `timed out after ${LISTEN_TIMEOUT_MS} ms waiting for ape serve ${args.join(' ')} to log "listening" (killed it); its log: ${log}`,
        ),
      );
    }, LISTEN_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: string) => {
      log += chunk;
      const m = /"msg":"listening".*"port":(\d+)/.exec(log);
      if (m?.[1] !== undefined) resolve(Number(m[1]));
    });
    child.once('exit', () => reject(new Error(`ape serve exited: ${log}`)));
  }).finally(() => clearTimeout(timer));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    get log() {
      return log;
    },
  };
}
