/**
 * Python's own json.dumps as the oracle for byte-compatible answers: APy writes
 * `json.dumps(d, ensure_ascii=False)` (then escapes `</`), Flask's jsonify
 * `json.dumps(d, ensure_ascii=True, sort_keys=True, separators=(",", ":")) + "\n"`.
 */
import { spawnSync } from 'node:child_process';

const SCRIPT = `
import json, sys
style, value = json.loads(sys.stdin.read())
if style == 'apy':
    sys.stdout.write(json.dumps(value, ensure_ascii=False))
else:
    sys.stdout.write(json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":")) + "\\n")
`;

export function pythonDumps(style: 'apy' | 'flask', value: unknown): string {
  const r = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify([style, value]),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return r.stdout;
}

/** Real Apertium on one line, as the shell would run it (the oracle for the upstream MT). */
export function apertiumCli(pair: string, line: string): string {
  const r = spawnSync(
    'bash',
    [
      '-c',
      `printf '%s\\n' "$1" > "$2" && apertium -u ${pair} "$2"`,
      'x',
      line,
      `/tmp/ape-oracle-${process.pid}.txt`,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`apertium failed: ${r.stderr}`);
  return r.stdout.replace(/\n$/, '');
}
