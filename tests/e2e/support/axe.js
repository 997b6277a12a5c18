// Accessibility checks with axe-core, an outside judge of WCAG rules: we do not decide ourselves
// what counts as accessible.
//
//   const violations = await seriousViolations(page);
//   assert.equal(violations.length, 0, formatViolations(violations));

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

/** The impacts that fail a test; "minor" and "moderate" ones are reported by axe but tolerated. */
export const FAILING_IMPACTS = ['serious', 'critical'];

/**
 * Runs axe on the page as it is now and returns its serious and critical violations.
 *
 * @param {import('playwright-core').Page} page
 * @param {object} [options] passed to `axe.run`, e.g. `{ runOnly: ['wcag2a', 'wcag2aa'] }`.
 */
export async function seriousViolations(page, options = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE_SOURCE });
  }
  const results = await page.evaluate(
    (runOptions) => window.axe.run(document, { ...runOptions, resultTypes: ['violations'] }),
    options,
  );
  return results.violations.filter((violation) => FAILING_IMPACTS.includes(violation.impact));
}

/** A readable report: one block per rule, with the elements it found and what to fix. */
export function formatViolations(violations) {
  if (violations.length === 0) return 'no serious or critical accessibility violations';
  const blocks = violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\n/g, '\n        ');
      return `    - ${node.target.join(' ')}\n      ${node.html}\n        ${summary}`;
    });
    return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
  });
  return `${violations.length} serious or critical accessibility violation(s):\n${blocks.join('\n')}`;
}
