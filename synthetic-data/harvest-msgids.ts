/**
 * Stage `msgids` of build-large.sh: every English msgid of every catalog in a folder of .deb
 * files (src/data/harvest/msgids.ts), as JSONL for `ape synth roundtrip --mono`.
 *   node --import tsx synthetic-data/harvest-msgids.ts DEBDIR OUT.jsonl REPORT.json HELDOUT TMPDIR
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parseHeldout } from '../src/data/harvest/catalogs.js';
import { harvestMsgids } from '../src/data/harvest/msgids.js';

const [debDir, outFile, reportFile, heldoutFile, tmpDir] = process.argv.slice(2);
if (!debDir || !outFile || !reportFile || !heldoutFile || !tmpDir) {
  process.stderr.write('usage: harvest-msgids.ts DEBDIR OUT.jsonl REPORT.json HELDOUT TMPDIR\n');
  process.exit(2);
}
await mkdir(tmpDir, { recursive: true });
const heldout = parseHeldout(await readFile(heldoutFile, 'utf8'));
const report = await harvestMsgids({
  debDir,
  outFile,
  tmpDir,
  heldout,
  minWords: 3,
  log: (m) => process.stderr.write(m + '\n'),
});
await writeFile(reportFile, JSON.stringify(report, null, 2) + '\n');
process.stderr.write(`msgids: ${JSON.stringify(report)}\n`);
