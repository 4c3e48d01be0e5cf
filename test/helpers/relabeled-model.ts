/**
 * A copy of a fixture model directory whose manifest (ape.json, not among the files the
 * manifest hashes) names it and its language pair otherwise: a second "pair" for tests of
 * servers with several models, without a second trained model.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from './paths.js';

export interface RelabeledModel {
  dir: string;
  remove(): void;
}

export function relabeledModel(
  fixtureName: string,
  name: string,
  languages: { src: string; tgt: string },
): RelabeledModel {
  const dir = mkdtempSync(join(tmpdir(), `ape-${name}-`));
  cpSync(fixture(fixtureName), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'ape.json'), 'utf8')) as {
    name: string;
    languages: { src: string; tgt: string };
  };
  manifest.name = name;
  manifest.languages = languages;
  writeFileSync(join(dir, 'ape.json'), JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
