// `npm run bench`: drives the system Chromium (headless, never downloaded) through the real
// widgets on the mock back end and prints a table (median and spread of ≥ 10 runs per measure),
// also written to bench/results.md. See README › Performance › Benchmark.
//
// The bench pages (bench/*.html) are built by vite in production mode (lit's production build,
// minified) into a temporary folder and served by a tiny static server; every timing is taken
// in the page with performance.now() (see bench/harness.ts), the JS heap through the DevTools
// protocol after a forced garbage collection.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS) || 10);
const WARMUP = 2;
const started = Date.now();
const loadAtStart = loadavg();
/** `BENCH_ONLY=console` (or mediacentre, tiles) runs one scenario, for working on it. */
const only = (name) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(name);

// ---- build and serve ------------------------------------------------------------------------

const outDir = mkdtempSync(join(tmpdir(), 'ent-widgets-bench-'));
// Also when a scenario throws.
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
process.stdout.write('bench: building the bench pages (vite, production)… ');
await build({ configFile: join(root, 'bench/vite.config.ts'), logLevel: 'error', build: { outDir, minify: process.env.BENCH_MINIFY !== '0' } });
console.log('done');

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json' };
const mswWorker = join(root, 'node_modules/msw/lib/mockServiceWorker.js');
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path === '/mockServiceWorker.js' ? mswWorker : join(outDir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;

// ---- browser --------------------------------------------------------------------------------

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...chromiumArgs, '--enable-precise-memory-info', '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
});
const chromiumVersion = await browser.version();

async function openPage(name) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[${name}] console:`, message.text());
  });
  await page.goto(`${origin}/${name}.html`);
  await page.waitForFunction(() => window.bench?.ready === true, { timeout: 60_000 });
  const cdp = await page.createCDPSession();
  return { page, context, cdp };
}

/** JS heap in use after a forced garbage collection, in MB. */
async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

// ---- statistics -----------------------------------------------------------------------------

function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), min: sorted[0], max: sorted.at(-1) };
}

const rows = [];
const notes = [];
let baselineMedian;

/**
 * One line of the table. `target`: { max, unit } checked against the median; `ratioMax`: the
 * highest ratio to the plain-DOM baseline allowed.
 */
function row(group, label, values, { unit = 'ms', target, ratioMax, baseline = false, single = false, pairedWith } = {}) {
  const s = stats(values);
  if (baseline) baselineMedian = s.median;
  // Runs interleaved with the baseline's: the median of the run-by-run ratios, which a load
  // that changes during the run disturbs less than a ratio of medians.
  const ratio = pairedWith ? stats(values.map((v, i) => v / pairedWith[i])).median : unit === 'ms' && baselineMedian ? s.median / baselineMedian : undefined;
  const checks = [];
  if (target !== undefined) checks.push(`≤ ${target} ${unit}: ${s.median <= target ? 'yes' : '**no**'}`);
  if (ratioMax !== undefined && ratio !== undefined) checks.push(`≤ ${ratioMax}×: ${ratio <= ratioMax ? 'yes' : '**no**'}`);
  rows.push({ group, label, s, unit, ratio, paired: Boolean(pairedWith), met: checks.join(', '), single, baseline });
  console.log(`  ${label}: ${fmt(s.median, unit)}${single ? '' : ` (IQR ${fmt(s.q1, unit)}–${fmt(s.q3, unit)}, n=${s.n})`}${ratio !== undefined && !baseline ? ` ${ratio.toFixed(2)}×` : ''}${checks.length ? `  [${checks.join(', ').replaceAll('**', '')}]` : ''}`);
}

function fmt(value, unit) {
  if (value === undefined || Number.isNaN(value)) return '—';
  return unit === 'MB' ? `${value.toFixed(1)} MB` : `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
}

async function repeat(page, fn, args = [], runs = RUNS) {
  const results = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const result = await page.evaluate((name, a) => window.bench[name](...a), fn, args);
    if (i >= WARMUP) results.push(result);
  }
  return results;
}

/** Types `word` one key at a time through the real keyboard, then erases it; each keystroke measured. */
async function typeMeasured(page, word, samples) {
  const keys = [...word.split(''), ...word.split('').map(() => 'Backspace')];
  for (const key of keys) {
    await page.evaluate(() => window.bench.armKeystroke());
    if (key === 'Backspace') await page.keyboard.press('Backspace');
    else await page.keyboard.type(key);
    samples.push(await page.evaluate(() => window.bench.keystroke()));
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

const pick = (list, key) => list.map((x) => x[key]);

// ---- médiacentre ----------------------------------------------------------------------------

/**
 * `BENCH_PROFILE=1` (with `BENCH_MINIFY=0` for readable names): the CPU profile of ten widget
 * loads, printed as the functions with the most self time — where data → painted goes.
 */
async function profileLoads(page, cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 10; i++) await page.evaluate(() => window.bench.load());
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log('  CPU profile of 10 loads, self time (ms):');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${key}`);
}

if (only('mediacentre')) {
  console.log('\nMédiacentre (pupil of scenario many)');
  const { page, context, cdp } = await openPage('mediacentre');
  await page.evaluate(() => window.bench.warm());
  const heapBefore = await heapMB(cdp);
  // Baseline and widget alternate run by run, so that both see the same machine.
  const base = [];
  const baseAll = [];
  const widget = [];
  // Twice the runs here: these are the figures the ratio target is about.
  for (let i = 0; i < WARMUP + 2 * RUNS; i++) {
    const b = await page.evaluate(() => window.bench.baseline(60));
    const w = await page.evaluate(() => window.bench.load());
    const a = await page.evaluate(() => window.bench.baseline(100_000));
    if (i < WARMUP) continue;
    base.push(b);
    widget.push(w);
    baseAll.push(a);
  }
  if (process.env.BENCH_PROFILE) await profileLoads(page, cdp);
  const total = widget[0].total;
  const shown = widget[0].cards;
  notes.push(`Médiacentre: ${total} resources listed (pupil of scenario \`many\`); the widget paints its first page of ${shown} cards (the rest on "show more"), the first baseline paints the same ${base[0].cards} cards, the second all ${baseAll[0].cards}.`);
  const baseTimes = pick(base, 'dataToPaint');
  row('Médiacentre', `Plain-DOM baseline: data → ${base[0].cards} cards painted`, baseTimes, { baseline: true });
  row('Médiacentre', `Plain-DOM: data → all ${baseAll[0].cards} cards painted`, pick(baseAll, 'dataToPaint'), { pairedWith: baseTimes });
  row('Médiacentre', `data → list painted (${total} resources)`, pick(widget, 'dataToPaint'), { target: 150, ratioMax: 1.5, pairedWith: baseTimes });
  const widgetVsAll = stats(pick(widget, 'dataToPaint').map((v, i) => v / baseAll[i].dataToPaint)).median;
  notes.push(`Médiacentre, data → list painted: ${widgetVsAll.toFixed(2)}× the plain-DOM rendering of all ${baseAll[0].cards} cards (median of run-by-run ratios).`);
  row('Médiacentre', 'mount → list painted (incl. GET /me and the mock)', pick(widget, 'mountToPaint'));

  await page.evaluate(() => window.bench.load());
  await page.evaluate(() => window.bench.focusSearch());
  const keys = [];
  for (const word of ['histoire', 'patrimoine', 'carte vid']) await typeMeasured(page, word, keys);
  row('Médiacentre', 'search keystroke → results updated and laid out', pick(keys, 'work'), { target: 16 });
  row('Médiacentre', 'search keystroke → next frame painted', pick(keys, 'paint'));

  const favs = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const f = await page.evaluate((n) => window.bench.favorite(n), i % 3);
    if (i >= WARMUP) favs.push(f);
  }
  row('Médiacentre', 'favourite: click → star painted', pick(favs, 'clickToPaint'));
  row('Médiacentre', 'favourite: answer → saved state painted', pick(favs, 'answerToPaint'));

  const heapAfter = await heapMB(cdp);
  row('Médiacentre', 'JS heap, page with the widget and 1,000 resources', [heapAfter], { unit: 'MB', target: 15, single: true });
  row('Médiacentre', '… of which the widget (heap − same page before mounting it)', [heapAfter - heapBefore], { unit: 'MB', single: true });
  await context.close();
}

// ---- console d'affectation --------------------------------------------------------------------

if (only('console')) {
  console.log("\nConsole d'affectation (responsable, scenario many)");
  const { page, context, cdp } = await openPage('console');
  await page.evaluate(() => window.bench.warm());
  const heapBefore = await heapMB(cdp);
  const loads = await repeat(page, 'load');
  row('Console', `data → table painted (${loads[0].subscriptions} subscriptions, first ${loads[0].rows} rows)`, pick(loads, 'dataToPaint'), { target: 500 });
  row('Console', 'mount → table painted (incl. GET /me and the mock)', pick(loads, 'mountToPaint'));

  await page.evaluate(() => window.bench.prepareSearch());
  const keys = [];
  const answers = [];
  for (const name of ['martin', 'dubois', 'lefevre', 'nguyen']) await typeMeasured(page, name, keys);
  // Results of a search: type a name, wait for the answer (after the widget's debounce).
  for (let i = 0; i < RUNS; i++) {
    const name = ['martin', 'dubois', 'moreau', 'laurent', 'simon', 'michel', 'roux', 'girard', 'bonnet', 'dupont', 'lambert', 'fontaine'][i % 12];
    const since = await page.evaluate(() => window.bench.now());
    await page.keyboard.type(name);
    answers.push(await page.evaluate((t) => window.bench.peopleResults(t), since));
    for (let k = 0; k < name.length; k++) await page.keyboard.press('Backspace');
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  row('Console', 'people search keystroke → laid out', pick(keys, 'work'), { target: 16 });
  row('Console', 'people search keystroke → next frame painted', pick(keys, 'paint'));
  row('Console', 'people search: answer → results painted', pick(answers, 'answerToPaint'));

  const assigns = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = await page.evaluate((n) => window.bench.assign(n), i);
    if (i >= WARMUP) assigns.push(a);
  }
  const sizes = pick(assigns, 'size');
  const division = `a division (${Math.min(...sizes)}–${Math.max(...sizes)} pupils)`;
  row('Console', `assign ${division}: answer → UI updated and painted`, pick(assigns, 'answerToPaint'));
  row('Console', `assign ${division}: click Confirm → UI updated and painted`, pick(assigns, 'clickToPaint'));
  notes.push(`Console: the mock collège's divisions have ${Math.min(...sizes)}–${Math.max(...sizes)} pupils (the issue says 35); each run assigns another of the largest divisions. The POST runs the mock's licence arithmetic in the page: the "click" line includes it, the "answer" line does not.`);

  await page.evaluate(() => window.bench.load());
  const heapAfter = await heapMB(cdp);
  row('Console', 'JS heap, page with the console loaded', [heapAfter], { unit: 'MB', single: true });
  row('Console', '… of which the console (heap − same page before mounting it)', [heapAfter - heapBefore], { unit: 'MB', single: true });
  await context.close();
}

// ---- tiles and announcements ------------------------------------------------------------------

if (only('tiles')) {
  console.log('\nNews tile and announcements (pupil, default data)');
  const { page, context, cdp } = await openPage('tiles');
  const counts = await page.evaluate(() => window.bench.warm());
  const heapBefore = await heapMB(cdp);
  const news = await repeat(page, 'news');
  row('Tiles', `news tile, ${news[0].items} articles: data → first render painted`, pick(news, 'dataToPaint'));
  row('Tiles', 'news tile: mount → first render painted', pick(news, 'mountToPaint'));
  const ann = await repeat(page, 'announcements');
  row('Tiles', `announcements, ${ann[0].items} items: data → first render painted`, pick(ann, 'dataToPaint'));
  row('Tiles', 'announcements: mount → first render painted', pick(ann, 'mountToPaint'));
  await page.evaluate(() => window.bench.both());
  const heapAfter = await heapMB(cdp);
  row('Tiles', 'JS heap, page with the news tile and the announcements', [heapAfter], { unit: 'MB', single: true });
  row('Tiles', '… of which the two widgets (heap − same page before mounting them)', [heapAfter - heapBefore], { unit: 'MB', single: true });
  notes.push(`Tiles: the feed answered ${counts.articles} articles; the demo data holds fewer than 10 current announcements for one pupil, so the bench page publishes the missing ones through the admin API first (${counts.announcements} shown).`);
  await context.close();
}

await browser.close();
server.close();
rmSync(outDir, { recursive: true, force: true });

// ---- report ---------------------------------------------------------------------------------

const seconds = ((Date.now() - started) / 1000).toFixed(0);
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end; ${chromiumVersion} headless; Node ${process.version}`;
const header = '| scenario | measure | median | IQR | min–max | × baseline | target met (median) |';
const lines = [header, '|---|---|---:|---:|---:|---:|---|'];
for (const r of rows) {
  const spread = r.single ? '—' : `${fmt(r.s.q1, r.unit)}–${fmt(r.s.q3, r.unit)}`;
  const range = r.single ? '—' : `${fmt(r.s.min, r.unit)}–${fmt(r.s.max, r.unit)}`;
  const ratio = r.baseline ? '1 (baseline)' : r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×${r.paired ? ' ¹' : ''}`;
  lines.push(`| ${r.group} | ${r.label} | ${fmt(r.s.median, r.unit)} | ${spread} | ${range} | ${ratio} | ${r.met} |`);
}
const table = lines.join('\n');
const report = `# Benchmark results

Generated by \`npm run bench\` on ${new Date().toISOString()} (${seconds} s).
Machine: ${machine}.

${RUNS} measured runs per timing (${2 * RUNS} for the médiacentre's data → painted and its baselines; after ${WARMUP} warm-up runs;
keystrokes: one sample per key typed or erased, through the real keyboard), production build of the bench pages
(lit production build, minified), real mock back end (msw service worker) answering the widgets' own requests.
"data" is the moment the answer's body has fully arrived in the page (fetch wrapped by the bench page;
for a widget waiting on two requests, the later one); "painted" is the next frame after the widget's update
(requestAnimationFrame, then a task). Heap: \`Runtime.getHeapUsage\` after forced garbage collections.
The × baseline column divides each median by the plain-DOM baseline's median measured in the same run
(¹: median of run-by-run ratios, the two being measured alternately): machines are noisy, ratios hold
better than milliseconds.

${table}

${notes.map((n) => `- ${n}`).join('\n')}
- The machine is shared: timings taken while other jobs run (tests, builds) are noisy; compare ratios, and re-run.
`;
if (!process.env.BENCH_ONLY) writeFileSync(join(root, 'bench/results.md'), report);
console.log(`\n${table}\n\n${notes.join('\n')}\n\nbench: ${process.env.BENCH_ONLY ? 'partial run, bench/results.md left as it was' : 'written to bench/results.md'} (${seconds} s)`);
