// The measurements on one page. Every timing is taken inside the page with performance.now():
// from the event's dispatch to the first task after the next animation frame
// (requestAnimationFrame, then setTimeout 0), which is when the browser has run every effect the
// event caused, restyled, laid out and is about to paint. The expected change is then checked in
// that same task, so a figure never stops before the app has actually updated the page.

/** Chromium's slowdown factor for the "slow tablet" runs. */
export const THROTTLED_RATE = 4;

/**
 * Opens `url` in a fresh context (optionally CPU-throttled) and waits until the control labelled
 * `lastLabel` is on screen. Returns the page, its CDP session and the load time: from
 * navigation start to the first animation frame in which that control is visible.
 * `beforeNavigation(cdp)`, if given, runs just before the navigation (to start a profiler).
 */
export async function loadPage(browser, url, { lastLabel, throttle, timeout, beforeNavigation }) {
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // The wasm module's memory, which the JS heap figure does not include.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => {
      window.benchWasmMemory = event.detail.wasm.memory;
    });
  });
  await beforeNavigation?.(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  const loaded = await page.waitForFunction(
    (label) => {
      const found = document.evaluate(
        `//*[self::label or self::legend][normalize-space()=${JSON.stringify(label)}]`,
        document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null,
      ).singleNodeValue;
      return found !== null && found.checkVisibility() && performance.now();
    },
    lastLabel,
    { polling: 'raf', timeout },
  );
  const loadMs = await loaded.jsonValue();
  return { context, page, cdp, loadMs, errors };
}

/** DOM nodes, JS heap after a garbage collection, and the wasm memory, in bytes. */
export async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const wasm = await page.evaluate(() => window.benchWasmMemory?.buffer.byteLength ?? null);
  return { domNodes: metric('Nodes'), elements: await page.evaluate(() => document.getElementsByTagName('*').length), jsHeap: metric('JSHeapUsedSize'), wasm };
}

/**
 * The page-side part of one timed interaction: runs `act` on `target`, waits for the next frame
 * and a task, then checks `expect`. Serialised into the page, so it only uses page globals.
 */
async function timeInPage({ target, action, value, expect }) {
  const byLabel = (text) => {
    const node = document.evaluate(
      `//*[self::label or self::legend][normalize-space()=${JSON.stringify(text)}]`,
      document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null,
    ).singleNodeValue;
    if (node === null) return null;
    if (node.localName === 'legend') return node.parentElement;
    return node.control;
  };
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 30));
  let control = byLabel(target);
  if (action === 'choose') control = control?.querySelector(`input[value=${JSON.stringify(value)}]`);
  if (!control) return { error: `no control labelled ${target}` };
  if (action === 'type') control.focus();
  const start = performance.now();
  if (action === 'choose') {
    control.click();
  } else {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await settle();
  const ms = performance.now() - start;
  let ok;
  if (expect.visible !== undefined) {
    const shown = byLabel(expect.visible);
    ok = Boolean(shown?.checkVisibility()) === expect.shown;
  } else {
    const section = control.closest('section');
    const total = section?.querySelector('output');
    ok = total ? total.textContent.trim() === expect.total : null;
  }
  return { ms, ok };
}

/** Times the interaction `spec` once in the page. */
export async function timeOnce(page, spec) {
  const result = await page.evaluate(timeInPage, spec);
  if (result.error) throw new Error(result.error);
  return result;
}

/** Median and 95th percentile of `values`, and how many runs gave them. */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}
