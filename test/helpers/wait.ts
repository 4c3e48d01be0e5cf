/** Deadlines for the tests' waits, so that a wait that never ends fails saying what it awaited. */

/**
 * Polls `done` every `intervalMs` until it returns true; rejects after `timeoutMs` with
 * "timed out after N ms waiting for WHAT" (`what` says what was awaited).
 */
export async function waitUntil(
  what: string,
  done: () => boolean | Promise<boolean>,
  { timeoutMs = 60_000, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return;
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * `promise`, or a rejection after `timeoutMs` with "timed out after N ms waiting for WHAT"
 * (then `onTimeout` runs first, e.g. to kill a child process).
 */
export function withDeadline<T>(
  what: string,
  promise: Promise<T>,
  timeoutMs: number,
  onTimeout?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
