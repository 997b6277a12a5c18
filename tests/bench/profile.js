// A CPU profile of the app opening a generated definition, and then of a gate opening a
// section: node tests/bench/profile.js [--fields 1000] [--dist DIR] [--layout single_page|paged]
//   [--inclusive REGEX]
//
// Prints the functions with the most self time, then the inclusive time (the samples with the
// function anywhere on the stack) of those whose name matches --inclusive (default ^caseforms).
// The release build's wasm has no function names; for names, profile a build made with them
// kept (docs/performance.md, "Profiling", shows how) and pass its directory as --dist.

import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../e2e/support/browser.js';
import { DIST_DIR, REPO_ROOT, startServer } from '../e2e/support/server.js';
import { loadPage, timeOnce } from './measure.js';

const TOP = 25;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}

/** Self time per function name (in ms) of a CDP profile, largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const frame = byId.get(profile.samples[i]).callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? path.basename(frame.url) : ''}`.trim();
    totals.set(name, (totals.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * Inclusive time per function (in ms): every sample counts for each function on its stack, once.
 * Only the functions whose name matches `pattern`, largest first.
 */
function inclusiveTimes(profile, pattern) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, '');
      if (seen.has(name) || !pattern.test(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

function print(title, profile) {
  const rows = selfTimes(profile);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n${title}: ${total.toFixed(0)} ms sampled`);
  for (const [name, ms] of rows.slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
  const inclusive = inclusiveTimes(profile, new RegExp(option('inclusive', '^caseforms')));
  if (inclusive.length === 0) return;
  console.log(`\n${title}, inclusive time of the functions matching --inclusive:`);
  for (const [name, ms] of inclusive.slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
}

const fields = Number(option('fields', '1000'));
const layout = option('layout', 'single_page');
const sections = Math.ceil(fields / 25);
const work = await mkdtemp(path.join(os.tmpdir(), 'caseforms-profile-'));
const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'caseforms', '--', 'synthetic', '--fields', String(fields), '--layout', layout], { cwd: REPO_ROOT, maxBuffer: 1 << 30 });
await writeFile(path.join(work, 'form.json'), json);
const server = await startServer({ root: option('dist', DIST_DIR), mounts: { '/bench-forms': work } });
const browser = await launchBrowser();
try {
  const startProfiler = async (cdp) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  };
  const last = layout === 'paged' ? 'Section 1 applies?' : `Section ${sections} applies?`;
  const url = server.url('/?form=/bench-forms/form.json');
  const opened = await loadPage(browser, url, { lastLabel: last, throttle: 1, timeout: 120_000, beforeNavigation: startProfiler });
  print(`load: ${opened.loadMs.toFixed(0)} ms (N=${fields}, ${layout})`, (await opened.cdp.send('Profiler.stop')).profile);
  const profiler = opened.cdp;
  await startProfiler(profiler);
  const gate = await timeOnce(opened.page, { target: 'Section 1 applies?', action: 'choose', value: 'yes', expect: { visible: 'Question 1 of section 1', shown: true } });
  const typed = await timeOnce(opened.page, { target: 'Question 9 of section 1', action: 'type', value: '5', expect: { total: '5' } });
  const { profile } = await profiler.send('Profiler.stop');
  console.log(`gate → frame ${gate.ms.toFixed(1)} ms, keypress → frame ${typed.ms.toFixed(1)} ms`);
  print('gate, then keypress', profile);
} finally {
  await browser.close();
  await server.close();
  await rm(work, { recursive: true, force: true });
}
