import { ApeError } from '../errors.js';
import { EXIT, exitCodeFor } from './exit-codes.js';

/**
 * One subcommand: a thin module in src/cli/ that parses its flags (src/cli/flags.ts, where a
 * malformed command line becomes a UsageError) and calls the modules below. `run` returns the exit code; it writes results to stdout and logs to stderr.
 */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

// Subcommands are imported lazily so that `ape eval` never loads onnxruntime.
const commands: Record<string, () => Promise<{ command: Command }>> = {
  // each subcommand adds one line here, e.g. eval: () => import('./eval.js'),
  eval: () => import('./eval.js'),
  harvest: () => import('./harvest.js'),
  synth: () => import('./synth.js'),
  postedit: () => import('./postedit.js'),
  serve: () => import('./serve.js'),
  train: () => import('./train.js'),
};

function usage(): string {
  const names = Object.keys(commands).sort();
  return `usage: ape <command> [options]\n\ncommands: ${names.join(', ')}\nRun 'ape <command> --help' for a command's options.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? EXIT.input : EXIT.ok;
  }
  const load = commands[name];
  if (load === undefined) {
    process.stderr.write(`ape: unknown command '${name}'\n${usage()}\n`);
    return EXIT.input;
  }
  try {
    const { command } = await load();
    return await command.run(rest);
  } catch (err) {
    const code = exitCodeFor(err);
    if (err instanceof ApeError) {
      process.stderr.write(`ape ${name}: ${err.message}\n`);
    } else {
      process.stderr.write(
        `ape ${name}: internal error\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
    }
    return code;
  }
}
