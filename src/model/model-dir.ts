import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, resolve } from 'node:path';
import { ModelError } from '../errors.js';
import { parseManifest, type Manifest } from './manifest.js';

/** A model directory whose manifest parsed and whose files all match their sha256. */
export interface ModelDir {
  dir: string;
  manifest: Manifest;
  encoderPath: string;
  decoderPath: string;
  tokenizerPath: string;
  /** The casing table (ape.json `casing.file`, format version 2), if the model has one. */
  casingPath: string | undefined;
  /** The output-vocabulary shortlist's files (ape.json `shortlist`, format version 3), if any. */
  shortlist:
    { idsPath: string; decoderPath: string; rowsPath: string; baseInGraph: boolean } | undefined;
  /** The target lexicon's file (ape.json `lexicon.file`, format version 4), if the model has one. */
  lexiconPath: string | undefined;
  /** The keep-or-edit gate's graph (ape.json `gate.file`, format version 6), if the model has one. */
  gatePath: string | undefined;
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A file named in `files` must stay inside the directory. */
function member(dir: string, name: string, manifestFile: string): string {
  const n = normalize(name);
  if (isAbsolute(n) || n.startsWith('..'))
    throw new ModelError(`${manifestFile} (files): "${name}" is outside the model directory`);
  return join(dir, n);
}

/**
 * Loads `DIR/ape.json` and verifies the sha256 of every file it lists before any session is
 * created (docs/model-format.md, "files"), so a truncated download or a hand-edited graph is
 * refused with the file's name instead of producing wrong output.
 */
export async function loadModelDir(
  dirArg: string,
  options: { verify?: boolean } = {},
): Promise<ModelDir> {
  const dir = resolve(dirArg);
  const manifestFile = join(dir, 'ape.json');
  if (!existsSync(dir)) {
    throw new ModelError(
      `model directory ${dirArg} does not exist (train and export a model, or pass --model DIR)`,
    );
  }
  if (!existsSync(manifestFile)) {
    throw new ModelError(
      `${manifestFile} not found: ${dirArg} is not a model directory (docs/model-format.md)`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(manifestFile, 'utf8'));
  } catch (err) {
    throw new ModelError(`${manifestFile}: not valid JSON (${(err as Error).message})`, {
      cause: err,
    });
  }
  const manifest = parseManifest(raw, manifestFile);
  if (options.verify !== false) {
    for (const [name, expected] of Object.entries(manifest.files)) {
      const path = member(dir, name, manifestFile);
      if (!existsSync(path)) throw new ModelError(`${path}: listed in ape.json but missing`);
      const actual = await sha256File(path);
      if (actual !== expected) {
        throw new ModelError(
          `${path}: sha256 ${actual} does not match ape.json (${expected}); the file is corrupt or was changed after export`,
        );
      }
    }
  }
  return {
    dir,
    manifest,
    encoderPath: member(dir, manifest.graphs.encoder, manifestFile),
    decoderPath: member(dir, manifest.graphs.decoder, manifestFile),
    tokenizerPath: join(dir, 'tokenizer.json'),
    casingPath:
      manifest.casing === undefined ? undefined : member(dir, manifest.casing.file, manifestFile),
    shortlist:
      manifest.shortlist === undefined
        ? undefined
        : {
            idsPath: member(dir, manifest.shortlist.ids, manifestFile),
            decoderPath: member(dir, manifest.shortlist.decoder, manifestFile),
            rowsPath: member(dir, manifest.shortlist.rows, manifestFile),
            baseInGraph: manifest.shortlist.baseRows === 'in-graph',
          },
    lexiconPath:
      manifest.lexicon === undefined ? undefined : member(dir, manifest.lexicon.file, manifestFile),
    gatePath:
      manifest.gate === undefined ? undefined : member(dir, manifest.gate.file, manifestFile),
  };
}

/** The name a model reports over HTTP: the manifest's, else the directory's. */
export function modelName(model: ModelDir): string {
  return model.manifest.name || basename(model.dir);
}
