/**
 * The library entry point of the `ape` package (`import { ... } from 'ape'`): the
 * post-editor, the metrics and the HTTP app, as the `ape` command uses them. The typed HTTP
 * client is a separate entry point, `ape/client`, that loads none of this.
 * docs/library.md shows each in use.
 */

// Errors: every error the library throws for bad input or a bad model is an ApeError.
export * from './errors.js';

// Post-editing with a model directory (docs/model-format.md).
export {
  OnnxPostEditor,
  postEditSegments,
  type Alternative,
  type BatchStats,
  type ModelInfo,
  type OnnxPostEditorOptions,
  type PostEditOptions,
  type PostEditor,
  type PostEditResult,
} from './model/post-editor.js';
export { SegmentTooLongError, type PreparedSegment, type Segment } from './model/segment.js';
export { loadModelDir, modelName, type ModelDir } from './model/model-dir.js';
export type { Manifest } from './model/manifest.js';

// Inline tags and XLIFF files around any post-editor (docs/cat-tools.md).
export {
  postEditTagged,
  SegmentError,
  type PlainPostEdit,
  type PostEditPlain,
} from './text/tagged-postedit.js';
export { TAG_FLAVOURS, TagSyntaxError, type TagFlavour } from './text/tags/parse.js';
export { postEditXliff, type XliffOptions, type XliffReport } from './text/xliff/postedit-xliff.js';

// Metrics equal to sacreBLEU 2.6.0 (docs/eval.md).
export { BLEU, type BLEUOptions, type SmoothMethod } from './eval/bleu.js';
export { CHRF, type CHRFOptions } from './eval/chrf.js';
export { TER, type TEROptions } from './eval/ter.js';
export {
  corpusScore,
  type Metric,
  type RefStreams,
  type Score,
  type Signature,
} from './eval/metric.js';
export { buildMetric, METRIC_NAMES, type MetricName, type MetricSettings } from './eval/metrics.js';
export { pairedTest, type PairedResult, type PairedTestType } from './eval/significance.js';
export { apeReport, type ApeReport, type ApeReportInput } from './eval/ape-report.js';

// The HTTP API as an express app that never listens (docs/http-api.md).
export * from './server/app.js';
export type { ServerConfig } from './server/config.js';
export { jsonLogger, silentLogger, type Logger } from './server/logger.js';
