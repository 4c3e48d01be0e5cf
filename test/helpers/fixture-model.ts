import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { fixture } from './paths.js';

/** The tiny exported model (training/scripts/make_fixtures.py), one worker, one thread. */
export const MODEL = fixture('model-tiny-softmax');

export function loadPostEditor(): Promise<OnnxPostEditor> {
  return OnnxPostEditor.load(MODEL, { workers: 1, intraOpThreads: 1 });
}
