/**
 * Python's own json.dumps as the oracle for byte-compatible answers: APy writes
 * `json.dumps(d, ensure_ascii=False)` (then escapes `</`), Flask's jsonify
 * `json.dumps(d, ensure_ascii=True, sort_keys=True, separators=(",", ":")) + "\n"`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

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
    timeout: 60_000,
  });
  if (r.status !== 0)
    throw new Error(`python3 failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr}`);
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
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0)
    throw new Error(`apertium failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr}`);
  return r.stdout.replace(/\n$/, '');
}

/** sacreBLEU's sentence-level TER of one hypothesis against one reference. */
export interface SacrebleuTer {
  /** 100 × numEdits / refLength, as sacreBLEU reports it. */
  score: number;
  numEdits: number;
  refLength: number;
}

const TER_SCRIPT = `
import json, sys
from sacrebleu.metrics import TER
ter = TER(case_sensitive=True)
out = []
for hyp, ref in json.loads(sys.stdin.read()):
    s = ter.sentence_score(hyp, [ref])
    out.append({"score": s.score, "numEdits": s.num_edits, "refLength": s.ref_length})
sys.stdout.write(json.dumps(out))
`;

/**
 * sacreBLEU 2.6.0 itself (installed in .venv from training/requirements.txt) on each
 * [hypothesis, reference] pair: TER with case_sensitive=True, its other options at their
 * defaults.
 */
export function sacrebleuTer(pairs: [hyp: string, ref: string][]): SacrebleuTer[] {
  const python = join(repoRoot, '.venv', 'bin', 'python');
  const r = spawnSync(python, ['-c', TER_SCRIPT], {
    input: JSON.stringify(pairs),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0)
    throw new Error(
      `${python} -c 'from sacrebleu.metrics import TER ...' failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr} ` +
        '(scripts/install.sh creates .venv with sacrebleu)',
    );
  return JSON.parse(r.stdout) as SacrebleuTer[];
}
