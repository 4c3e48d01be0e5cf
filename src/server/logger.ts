/** Structured logging: one JSON object per line on a stream (stderr in `ape serve`). */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(stream: { write(s: string): unknown } = process.stderr): Logger {
  const line = (level: string, msg: string, fields: Record<string, unknown> = {}) =>
    stream.write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + '\n');
  return { info: (msg, f) => line('info', msg, f), error: (msg, f) => line('error', msg, f) };
}

/** For tests and embedding: drops everything. */
export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
