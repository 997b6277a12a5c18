// The performance benchmark (issue 8): node tests/bench/run.js [options]
//
//   --sizes 100,1000,5000   form sizes in fields (sections of 25)
//   --runs 20               timed interactions per latency figure
//   --loads 3               page loads per load figure (the median is reported)
//   --throttle 1,4          CPU slowdowns to run at (4: Chromium's stand-in for a slow tablet)
//   --no-floor              skip the hand-written floor page
//   --out FILE              also write every figure as JSON
//
// It needs a release build in dist/ (`trunk build --release`), which it copies first so that a
// rebuild during the run cannot mix two builds. Definitions come from `caseforms synthetic`. It
// prints figures and pass/fail against the budgets; it never fails a CI run.

import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/support/browser.js';
import { DIST_DIR, REPO_ROOT, startServer } from '../e2e/support/server.js';
import { bundleSizes } from './bundle.js';
import { budgetRows, formatRow, formatTable } from './report.js';
import { loadPage, memory, summarise, THROTTLED_RATE, timeOnce } from './measure.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const FIELDS_PER_SECTION = 25;

/** The options, from `--name value` pairs over the defaults. */
function parseOptions(argv) {
  const options = { sizes: '100,1000,5000', runs: '20', loads: '3', throttle: `1,${THROTTLED_RATE}`, floor: true, out: null };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'no-floor') options.floor = false;
    else if (name in options && argv[i + 1] !== undefined) options[name] = argv[(i += 1)];
    else throw new Error(`unknown option ${argv[i]} (see the top of tests/bench/run.js)`);
  }
  const numbers = (text) => text.split(',').map(Number);
  return { ...options, sizes: numbers(options.sizes), throttle: numbers(options.throttle), runs: Number(options.runs), loads: Number(options.loads) };
}

/** The three definitions of size `fields`, written by `caseforms synthetic` into `dir`. */
async function generate(dir, fields) {
  const variants = { single_page: ['--layout', 'single_page'], paged: ['--layout', 'paged'], open: ['--layout', 'single_page', '--open'] };
  const files = {};
  for (const [variant, flags] of Object.entries(variants)) {
    const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'caseforms', '--', 'synthetic', '--fields', String(fields), ...flags], { cwd: REPO_ROOT, maxBuffer: 1 << 30 });
    files[variant] = `${fields}-${variant}.json`;
    await writeFile(path.join(dir, files[variant]), json);
  }
  return files;
}

/**
 * The scenarios measured for one size: what to open, which label marks "all controls on
 * screen", and which interactions to time. `sections` is the number of gated sections.
 */
function scenarios(files, sections, withPaged) {
  const all = [
    { name: 'one page, gates closed', file: files.single_page, last: `Section ${sections} applies?`, gate: 'cycle' },
    { name: 'one page, all open', file: files.open, last: `Question 24 of section ${sections}`, type: 'cycle' },
  ];
  if (withPaged) all.push({ name: 'paged, gates closed', file: files.paged, last: 'Section 1 applies?', gate: 'first', type: 'first' });
  return all;
}

/** Times `runs` interactions of one kind (`gate` or `type`) on an open page. */
async function timeInteractions(page, kind, mode, sections, runs) {
  const times = [];
  let failed = 0;
  for (let run = 0; run < runs; run += 1) {
    const section = mode === 'cycle' ? 1 + (run % sections) : 1;
    if (kind === 'gate') {
      const gate = `Section ${section} applies?`;
      const question = `Question 1 of section ${section}`;
      const opened = await timeOnce(page, { target: gate, action: 'choose', value: 'yes', expect: { visible: question, shown: true } });
      await timeOnce(page, { target: gate, action: 'choose', value: 'no', expect: { visible: question, shown: false } });
      times.push(opened.ms);
      if (opened.ok === false) failed += 1;
    } else {
      const value = String(10 + run);
      const typed = await timeOnce(page, { target: `Question 9 of section ${section}`, action: 'type', value, expect: { total: value } });
      times.push(typed.ms);
      if (typed.ok === false) failed += 1;
    }
  }
  return { ...summarise(times), failed };
}

/** Every figure of one scenario on one page kind (the app, or the floor) at one throttle. */
async function measureScenario(browser, server, kind, scenario, sections, options, throttle) {
  const url = kind === 'app' ? server.url(`/?form=/bench-forms/${scenario.file}`) : server.url(`/bench-floor/floor.html?form=/bench-forms/${scenario.file}`);
  const timeout = 60_000 * throttle;
  const loads = [];
  let figures = {};
  for (let load = 0; load < options.loads; load += 1) {
    const opened = await loadPage(browser, url, { lastLabel: scenario.last, throttle, timeout });
    loads.push(opened.loadMs);
    if (load === options.loads - 1) {
      figures = await memory(opened.page, opened.cdp);
      if (scenario.gate) {
        figures.gate = await timeInteractions(opened.page, 'gate', scenario.gate, sections, options.runs);
      }
      if (scenario.type) {
        if (!scenario.file.includes('open')) await timeOnce(opened.page, { target: 'Section 1 applies?', action: 'choose', value: 'yes', expect: { visible: 'Question 1 of section 1', shown: true } });
        figures.type = await timeInteractions(opened.page, 'type', scenario.type, sections, options.runs);
      }
      figures.errors = opened.errors;
    }
    await opened.context.close();
  }
  return { ...figures, load: summarise(loads) };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const work = await mkdtemp(path.join(os.tmpdir(), 'caseforms-bench-'));
  const dist = path.join(work, 'dist');
  const forms = path.join(work, 'forms');
  await cp(DIST_DIR, dist, { recursive: true });
  await mkdir(forms);
  const server = await startServer({ root: dist, mounts: { '/bench-forms': forms, '/bench-floor': BENCH_DIR } });
  const browser = await launchBrowser();
  const results = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}`,
    bundle: await bundleSizes(dist),
    runs: [],
  };
  try {
    for (const fields of options.sizes) {
      const sections = Math.ceil(fields / FIELDS_PER_SECTION);
      const files = await generate(forms, fields);
      for (const throttle of options.throttle) {
        for (const kind of options.floor ? ['app', 'floor'] : ['app']) {
          for (const scenario of scenarios(files, sections, kind === 'app')) {
            process.stderr.write(`N=${fields} ×${throttle} ${kind}: ${scenario.name}…\n`);
            const figures = await measureScenario(browser, server, kind, scenario, sections, options, throttle);
            const run = { fields, throttle, kind, scenario: scenario.name, ...figures };
            results.runs.push(run);
            process.stderr.write(`  ${formatRow(run)}\n`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
  console.log(formatTable(results));
  console.log(budgetRows(results).map((row) => `${row.pass ? 'PASS' : 'FAIL'}  ${row.text}`).join('\n'));
  if (options.out) await writeFile(options.out, JSON.stringify(results, null, 2));
}

await main();
