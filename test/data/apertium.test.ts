import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ApertiumEngine } from '../../src/data/mt/apertium.js';
import { MtError } from '../../src/data/mt/engine.js';

/**
 * The oracle: the `apertium` command as a person runs it in a shell, on one line alone.
 * (A shell pipe, because the apertium script opens /dev/stdin, which node's stdin socket is not.)
 */
function shell(line: string, args: string): string {
  const out = execFileSync('sh', ['-c', `printf '%s\\n' "$1" | apertium ${args}`, 'sh', line], {
    encoding: 'utf8',
  });
  return out.replace(/\n+$/, '');
}
function apertiumAlone(line: string, pair = 'spa-eng'): string {
  return shell(line, `-u ${pair}`);
}

const spanish = [
  'Abrir el fichero',
  'no se puede establecer el contexto',
  '',
  'El precio es 5$ ^ y * @ # <b> [x] \\ fin.',
  '   ',
  '[',
  ']',
  'Archivo no encontrado: %s',
  '¿Desea guardar los cambios antes de cerrar?',
  'La contraseña es incorrecta.',
  '<a href="x">enlace</a>',
  'perro',
];

describe('ApertiumEngine', () => {
  it('keeps line alignment and translates as the documented shell command does on the whole input', async () => {
    const engine = await ApertiumEngine.create({ pair: 'spa-eng', unknownMarks: 'drop' });
    const got = await engine.translate(spanish);
    assert.equal(got.length, spanish.length);
    const whole = execFileSync(
      'sh',
      [
        '-c',
        `printf '%s\\n' "$@" | sed G | apertium -u spa-eng | awk 'NR % 2 == 1'`,
        'sh',
        ...spanish,
      ],
      { encoding: 'utf8' },
    );
    assert.deepEqual(got, whole.replace(/\n$/, '').split('\n'));
    // A short first line translates as it does alone; empty and blank lines stay in place.
    assert.equal(got[0], apertiumAlone('Abrir el fichero'));
    assert.equal(got[2], '');
    assert.equal(got[4], '   ');
    assert.match(engine.version, /^apertium \S+; apertium-eng-spa \S+$/);
  });

  it('keeps unknown-word marks on request', async () => {
    // "xyzzyq" is no Spanish word: Apertium marks it with '*' unless -u.
    const keep = await ApertiumEngine.create({ pair: 'spa-eng', unknownMarks: 'keep' });
    const [marked] = await keep.translate(['el xyzzyq']);
    const direct = shell('el xyzzyq', 'spa-eng');
    assert.equal(marked, direct);
    assert.ok(direct.includes('*xyzzyq'));
  });

  it('translates English to Spanish too', async () => {
    const engine = await ApertiumEngine.create({ pair: 'eng-spa' });
    const en = ['Open the file', 'The password is wrong.'];
    assert.deepEqual(
      await engine.translate(en),
      en.map((l) => apertiumAlone(l, 'eng-spa')),
    );
  });

  it('fails clearly on an unknown pair or a line break inside a line', async () => {
    await assert.rejects(ApertiumEngine.create({ pair: 'xxx-yyy' }), (e: unknown) => {
      assert.ok(e instanceof MtError);
      assert.match(e.message, /no pair 'xxx-yyy' \(installed: .*spa-eng/);
      return true;
    });
    const engine = await ApertiumEngine.create({ pair: 'spa-eng' });
    await assert.rejects(engine.translate(['a', 'b\nc']), /input line 2 contains a line break/);
  });
});
