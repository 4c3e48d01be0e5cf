/**
 * The metrics by name: builds metric objects from `--metrics bleu,chrf,ter` and their
 * options, as sacreBLEU's command line builds `METRICS[name](**metric_args)`.
 */

import { UsageError } from '../errors.js';
import { BLEU, type BLEUOptions } from './bleu.js';
import { CHRF, type CHRFOptions } from './chrf.js';
import type { Metric } from './metric.js';
import { TER, type TEROptions } from './ter.js';

export type MetricName = 'bleu' | 'chrf' | 'ter';

/** In the order sacreBLEU prints them (`sorted(metrics)`: BLEU, CHRF, TER). */
export const METRIC_NAMES: readonly MetricName[] = ['bleu', 'chrf', 'ter'];

export interface MetricSettings {
  bleu: Partial<BLEUOptions>;
  chrf: Partial<CHRFOptions>;
  ter: Partial<TEROptions>;
}

export function isMetricName(name: string): name is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(name);
}

/** `bleu,chrf` -> ['bleu', 'chrf'], deduplicated and in sacreBLEU's printing order. */
export function parseMetricNames(csv: string): MetricName[] {
  const names = csv
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  for (const name of names) {
    if (!isMetricName(name)) {
      throw new UsageError(
        `--metrics: unknown metric '${name}' (choose from ${METRIC_NAMES.join(', ')})`,
      );
    }
  }
  if (names.length === 0) throw new UsageError('--metrics: give at least one metric');
  return METRIC_NAMES.filter((m) => names.includes(m));
}

export function buildMetric(name: MetricName, settings: Partial<MetricSettings> = {}): Metric {
  switch (name) {
    case 'bleu':
      return new BLEU(settings.bleu);
    case 'chrf':
      return new CHRF(settings.chrf);
    case 'ter':
      return new TER(settings.ter);
  }
}
