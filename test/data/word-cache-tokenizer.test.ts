import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WordCacheTokenizer } from '../../src/data/word-cache-tokenizer.js';
import { minilmDir, repoRoot } from '../helpers/paths.js';

const MODEL = minilmDir();

describe('WordCacheTokenizer', () => {
  it('gives the ids the MiniLM WordPiece tokenizer gives the whole line (the oracle)', async () => {
    const hf = await import('@huggingface/transformers');
    hf.env.allowRemoteModels = false;
    const json = JSON.parse(readFileSync(join(MODEL, 'tokenizer.json'), 'utf8')) as object;
    const config = JSON.parse(readFileSync(join(MODEL, 'tokenizer_config.json'), 'utf8')) as object;
    const tok = new hf.PreTrainedTokenizer(json, config);
    const direct = (s: string): number[] => tok.encode(s, { add_special_tokens: false });
    const memo = new WordCacheTokenizer(direct, 8);
    const lines = [
      'Abrir el fichero «señal» — ÑANDÚ café',
      "Can't open %s: (errno=%d) [x] {name} <b>bold</b>",
      '  many\tspaces\u00a0and\u3000ideographic   ',
      '日本語のテキスト and 中文 mixed',
      'zero\u200bwidth and control\u0007char',
      'ｆｕｌｌ width ＡＢＣ 😀 emoji',
      '',
      'Abrir el fichero «señal» — ÑANDÚ café',
    ];
    for (const l of lines) assert.deepEqual(memo.encode(l), direct(l), l);
    assert.ok(memo.hits > 0);
    // Against real data too, with a memo small enough to be cleared many times.
    const src = readFileSync(join(repoRoot, 'synthetic-data/es-en/test.src'), 'utf8')
      .split('\n')
      .slice(0, 300);
    for (const l of src) assert.deepEqual(memo.encode(l), direct(l), l);
  });
});
