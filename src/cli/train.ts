/**
 * `ape train`: trains a model from a config file. Training is PyTorch (docs/training.md):
 * no TypeScript library trains transformers at a useful speed here (TensorFlow.js' native
 * backend cannot be installed offline, its JavaScript backend reaches about 1 GFLOP/s and its
 * WebAssembly backend has no gradient kernels), while PyTorch's float32 matmul runs at well
 * over 100 GFLOP/s on 2 cores (docs/training.md measures it) and scales out with torchrun.
 * The model is defined and trained once, in training/, and everything a user runs at serve
 * time is TypeScript over onnxruntime-node. So this command runs
 * `python -m ape.train` from the project's .venv with training/ on PYTHONPATH (or
 * `torchrun` with --nproc), streams its progress to stderr and returns its exit code.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import { intFlag, parseFlags } from './flags.js';
import { packageRoot } from './paths.js';
import type { Command } from './main.js';

const HELP = `usage: ape train --config FILE [--resume] [--set KEY=VALUE ...] [--nproc N]

Trains an APE model as the config file says (every field: docs/training.md). Progress goes
to stderr; checkpoints (last.pt, best.pt) and log.jsonl go to the config's out_dir.

  --config FILE      a .json or .toml training config
  --resume           continue the run in out_dir from its last.pt (exactly where it stopped)
  --set KEY=VALUE    override a config field; VALUE is JSON or a plain string; repeatable
  --nproc N          data-parallel over N local processes (torchrun; gloo on CPU)

Environment: APE_PYTHON overrides the Python interpreter (default: <repo>/.venv/bin/python).
Exit codes: 0 done, 2 bad config or data, 130 interrupted (last.pt written; use --resume).
`;

const OPTIONS = {
  config: { type: 'string' },
  resume: { type: 'boolean', default: false },
  set: { type: 'string', multiple: true },
  nproc: { type: 'string', default: '1' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The command line that runs the Python trainer: plain python, or torchrun for N processes. */
export function trainerCommand(python: string, nproc: number, args: string[]): [string, string[]] {
  if (nproc === 1) return [python, ['-m', 'ape.train', ...args]];
  // torchrun sits beside the interpreter in a venv; `python -m torch.distributed.run` is the same program
  return [
    python,
    [
      '-m',
      'torch.distributed.run',
      '--standalone',
      '--nproc_per_node',
      String(nproc),
      '-m',
      'ape.train',
      ...args,
    ],
  ];
}

export const command: Command = {
  summary: 'train a model from a config file (PyTorch; streams progress)',
  async run(argv: string[]): Promise<number> {
    const v = parseFlags('train', argv, OPTIONS).values;
    if (v.help) {
      process.stdout.write(HELP);
      return EXIT.ok;
    }
    if (v.config === undefined)
      throw new UsageError('--config FILE is required (see ape train --help)');
    if (!existsSync(v.config)) throw new UsageError(`--config: ${v.config} does not exist`);
    const nproc = intFlag('nproc', v.nproc, 1);
    const sets = v.set ?? [];
    for (const s of sets) {
      if (!s.includes('=')) throw new UsageError(`--set: expected KEY=VALUE, got '${s}'`);
    }

    const root = packageRoot();
    const python = process.env['APE_PYTHON'] ?? join(root, '.venv', 'bin', 'python');
    if (!existsSync(python)) {
      throw new UsageError(
        `no Python trainer at ${python}: run scripts/install.sh, or set APE_PYTHON`,
      );
    }
    const args = [
      '--config',
      resolve(v.config),
      ...(v.resume ? ['--resume'] : []),
      ...sets.flatMap((s) => ['--set', s]),
    ];
    const [cmd, cmdArgs] = trainerCommand(python, nproc, args);
    const pythonPath = [join(root, 'training'), process.env['PYTHONPATH']].filter(
      (p) => p !== undefined && p !== '',
    );
    // the trainer writes nothing to stdout, but its stdout goes to our stderr so ours stays results-only
    const child = spawn(cmd, cmdArgs, {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, PYTHONPATH: pythonPath.join(delimiter) },
    });
    // Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on,
    // and the trainer stops after the current step with last.pt written (exit 130)
    const forward = (sig: NodeJS.Signals): void => {
      child.kill(sig);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    try {
      return await new Promise<number>((done, fail) => {
        child.on('error', fail);
        child.on('exit', (code, signal) => {
          if (code !== null) done(code);
          else done(signal === 'SIGINT' || signal === 'SIGTERM' ? EXIT.interrupted : EXIT.internal);
        });
      });
    } finally {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    }
  },
};
