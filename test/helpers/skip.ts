/**
 * node:test's `skip` option for a test that needs something a machine may lack (Chromium,
 * OmegaT, Xvfb, Spanish message catalogs): `false` when `available`, else `reason`, which the
 * runner prints as the skip's reason.
 *
 * Under CI (`CI=true`) nothing may be skipped silently: a missing requirement throws instead,
 * so the file or suite that registers the test fails with the reason and what to do.
 */
export function skipUnless(available: boolean, reason: string): false | string {
  if (available) return false;
  if (process.env.CI === 'true')
    throw new Error(
      `${reason}. CI=true, where a test may not be skipped: install what is missing ` +
        '(scripts/install.sh), or run without CI=true to skip this test.',
    );
  return reason;
}
