#!/usr/bin/env node
// bench.mjs — throughput, memory and scaling of the built extractor, against compromise's nlp(text).
//
//   npm run bench                        # corpus ../shared/eval/gold/train (npm run builds first)
//   node scripts/bench.mjs [DIR] [--quick] [--no-compromise] [--no-cli]
//
// A script, not a test: it prints figures beside their targets and exits 0 whatever they are.
// - Corpus: every *.txt in DIR (default ../shared/eval/gold/train relative to the repository root),
//   read into memory first (reading is not timed), decoded as UTF-8 with the BOM removed.
// - extract-quotes: single thread, one warm-up pass, then timed passes (one, or as many as make up
//   0.5 s when a pass is shorter than that, reported per pass). Peak RSS is
//   process.resourceUsage().maxRSS taken right after those passes: the extractor's own use of
//   compromise (it loads the same single-file build) is included; the plain nlp(text) pass is not.
// - compromise: the plain `nlp(text)` per article, from its single-file CJS build (createRequire
//   resolves the package's "require" export to builds/three/compromise-three.cjs). Its warm-up pass
//   covers the first 10% of the articles only (a full pass takes ~17 s here); the timed pass covers all.
//   Target: extract-quotes ≥ 10× compromise's MB/s.
// - Scaling: single inputs of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB, made by concatenating corpus
//   articles with blank lines between them (cut at a word boundary at the size), several different
//   samples for the small sizes. Per-byte time relative to the corpus rate; target ≤ 2×.
//   The 10 MB case runs in a child process so that its memory is measured alone; target < 500 MB.
//   --quick skips the 10 MB case. The child is stopped after 10 minutes (reported as MISSED).
// - CLI, whole processes: cold start of one ~5 KB article (median of 10 runs, target ≤ 0.4 s), and
//   the corpus folder with --jobs 1 and --jobs 2 writing to --out-dir in a temporary directory
//   (2 rounds, alternating; the faster round of each counts; target: 2 workers ≥ 1.6× one).
//   Needs dist/ (npm run bench builds it). --no-cli skips these.
//   --long adds the same comparison over the corpus four times over (3,360 files, ~15 MB; one round
//   each): each worker pays a fixed cost for warming up (V8 optimising the same code again in each
//   thread), which a longer batch spreads. Reported for information; the target is the corpus's.
// The machine's load average is printed first and last: on a shared 2-core machine every figure
// moves with it, and ratios measured in the same run (vs compromise, --jobs 2 vs 1) move least.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const MB = 1e6;
const KB = 1e3;
const TARGET_RATIO = 10;
const TARGET_SCALING = 2;
const TARGET_10MB_RSS = 500 * MB;
const TARGET_COLD_START_MS = 400;
const TARGET_JOBS_SPEEDUP = 1.6;
const CHILD_TIMEOUT_MS = 10 * 60 * 1000;
const USAGE = 'usage: node scripts/bench.mjs [DIR] [--quick] [--no-compromise] [--no-cli] [--long]';

const argv = process.argv.slice(2);
const childMode = argv[0] === '--child-scale';
const flags = new Set(argv.filter((a) => a.startsWith('-')));
const positional = argv.filter((a) => !a.startsWith('-'));
for (const f of flags) {
  if (!['--quick', '--no-compromise', '--no-cli', '--long', '--child-scale', '--help', '-h'].includes(f)) {
    console.error(`bench: unknown option ${f}\n${USAGE}`);
    process.exit(2);
  }
}
if (flags.has('--help') || flags.has('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const corpusDir = positional[0] !== undefined ? resolve(positional[0]) : join(root, '..', 'shared', 'eval', 'gold', 'train');

/** Every *.txt in dir, sorted by name, decoded as UTF-8 without BOM. */
function loadCorpus(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') }));
}
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
const rssBytes = () => process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes

/**
 * One input of about `size` bytes: articles from `first` on (wrapping round the corpus), joined with
 * blank lines, cut back to the last whitespace before `size` bytes so no word or character is split.
 */
function makeInput(articles, size, first) {
  const parts = [];
  let bytes = 0;
  for (let i = first; bytes < size; i++) {
    const t = articles[i % articles.length].text;
    parts.push(t);
    bytes += byteLength(t) + 2;
  }
  let s = parts.join('\n\n');
  if (byteLength(s) > size) {
    s = Buffer.from(s, 'utf8').subarray(0, size).toString('utf8').replace(/\uFFFD+$/u, '');
    const cut = s.search(/\s\S*$/u);
    if (cut > 0) s = s.slice(0, cut);
  }
  return s;
}

async function loadExtractor() {
  const distIndex = join(root, 'dist', 'index.js');
  if (!existsSync(distIndex)) {
    console.error(`bench: ${distIndex} not found; run \`npm run build\` first (npm run bench does).`);
    process.exit(1);
  }
  return (await import(pathToFileURL(distIndex).href)).extractQuotes;
}

/** Milliseconds for one call of fn on each text (warm-up excluded). */
function timePass(texts, fn) {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
}

/** Mean ms per pass over as many passes as make up 0.5 s (at least one). */
function timedPasses(texts, fn) {
  let total = 0, passes = 0;
  do { total += timePass(texts, fn); passes++; } while (total < 500 && passes < 50);
  return total / passes;
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const fmtSize = (b) => (b >= MB ? `${fmt(b / MB, b >= 10 * MB ? 0 : 1)} MB` : `${fmt(b / KB, b >= 10 * KB ? 0 : 1)} KB`);
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

// ----------------------------------------------------------------- child: one large input, memory alone
if (childMode) {
  const size = Number(positional[1]);
  const extractQuotes = await loadExtractor();
  const articles = loadCorpus(corpusDir);
  extractQuotes(articles[0].text, { path: 'warm-up' });
  const input = makeInput(articles, size, 0);
  const rssBefore = rssBytes();
  const t0 = performance.now();
  const doc = extractQuotes(input, { path: 'scale' });
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ bytes: byteLength(input), ms, maxRSS: rssBytes(), rssBefore, quotes: doc.quotes.length }) + '\n');
  process.exit(0);
}

// ----------------------------------------------------------------- main
if (!existsSync(corpusDir)) {
  console.log(`bench corpus not found at ${corpusDir}; skipping (give a folder of .txt articles as the argument)`);
  process.exit(0);
}
const articles = loadCorpus(corpusDir);
if (articles.length === 0) {
  console.log(`bench corpus at ${corpusDir} has no .txt files; skipping`);
  process.exit(0);
}
const texts = articles.map((a) => a.text);
const corpusBytes = texts.reduce((n, t) => n + byteLength(t), 0);
const extractQuotes = await loadExtractor();
const extract = (t) => extractQuotes(t, { path: 'bench' });

const misses = [];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`corpus: ${corpusDir}`);
console.log(`        ${articles.length} articles, ${fmt(corpusBytes / MB, 3)} MB   node ${process.version}, single thread, ${availableParallelism()} cores`);
console.log(`        load average at start: ${load()}`);
console.log('');

// Throughput over the corpus.
timePass(texts, extract); // warm-up
const extractMs = timedPasses(texts, extract);
const extractRate = corpusBytes / MB / (extractMs / 1000);
const extractRss = rssBytes();
console.log(`extract-quotes   ${fmt(extractMs, 1).padStart(9)} ms/pass  ${fmt(extractRate, 3).padStart(8)} MB/s  ${fmt(articles.length / (extractMs / 1000), 0).padStart(7)} articles/s  peak RSS ${fmt(extractRss / MB, 0)} MB  (no absolute targets; see the ratio below)`);

// Scaling of single inputs: per-byte time against the corpus rate.
const corpusNsPerByte = (extractMs * 1e6) / corpusBytes;
const scaleRows = [];
for (const size of [1 * KB, 10 * KB, 100 * KB, 1 * MB]) {
  const samples = Math.max(1, Math.min(48, Math.floor((4 * MB) / size)));
  const step = Math.max(1, Math.floor(articles.length / samples));
  const inputs = Array.from({ length: samples }, (_, i) => makeInput(articles, size, i * step));
  const bytes = inputs.reduce((n, s) => n + byteLength(s), 0);
  extract(inputs[0]); // warm-up for this size
  const ms = timePass(inputs, extract);
  scaleRows.push({ size, samples, bytes, ms, rss: null });
}

// compromise, in this process, after the extractor's figures are taken.
let compromiseMs = NaN;
if (!flags.has('--no-compromise')) {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise');
  const warm = texts.slice(0, Math.max(1, Math.ceil(texts.length / 10)));
  timePass(warm, (t) => nlp(t)); // warm-up on the first 10%
  compromiseMs = timePass(texts, (t) => nlp(t));
  const rate = corpusBytes / MB / (compromiseMs / 1000);
  console.log(`compromise nlp  ${fmt(compromiseMs, 1).padStart(10)} ms/pass  ${fmt(rate, 3).padStart(8)} MB/s  ${fmt(articles.length / (compromiseMs / 1000), 0).padStart(7)} articles/s  (require('compromise'): ${require.resolve('compromise').replace(/^.*node_modules[\\/]/, '')})`);
  const ratio = compromiseMs / extractMs;
  console.log(`speed vs compromise: ${fmt(ratio, 1)}×   target ≥ ${TARGET_RATIO}×   ${verdict(ratio >= TARGET_RATIO)}`);
  if (ratio < TARGET_RATIO) misses.push(`speed vs compromise ${fmt(ratio, 1)}× (target ≥ ${TARGET_RATIO}×)`);
} else {
  console.log('compromise nlp   skipped (--no-compromise)');
}
console.log('');

// 10 MB in a child process, so that its peak memory is its own.
if (!flags.has('--quick')) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [self, '--child-scale', corpusDir, String(10 * MB)], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: CHILD_TIMEOUT_MS });
  if (child.status === 0) {
    const r = JSON.parse(child.stdout.trim().split('\n').pop());
    scaleRows.push({ size: 10 * MB, samples: 1, bytes: r.bytes, ms: r.ms, rss: r.maxRSS });
  } else if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') {
    scaleRows.push({ size: 10 * MB, samples: 1, bytes: 10 * MB, ms: Math.max(performance.now() - t0, CHILD_TIMEOUT_MS), rss: null, timedOut: true });
  } else {
    console.log(`10 MB child process failed (exit ${child.status ?? child.signal}):\n${child.stderr}`);
  }
}

console.log(`scaling: one input per call; per-byte time relative to the corpus rate (target ≤ ${TARGET_SCALING}×)`);
console.log('   size  samples   ms/input      MB/s   relative  verdict   memory');
for (const row of scaleRows) {
  const nsPerByte = (row.ms * 1e6) / row.bytes;
  const rel = nsPerByte / corpusNsPerByte;
  if (row.timedOut) {
    misses.push(`scaling ${fmtSize(row.size)}: did not finish in ${CHILD_TIMEOUT_MS / 60000} min`);
    console.log(`${fmtSize(row.size).padStart(7)}  ${String(row.samples).padStart(7)}  > ${CHILD_TIMEOUT_MS / 1000} s (stopped)  MISSED    peak RSS not measured (target < ${TARGET_10MB_RSS / MB} MB)`);
    continue;
  }
  if (rel > TARGET_SCALING) misses.push(`scaling ${fmtSize(row.size)}: per-byte time ${fmt(rel, 2)}× the corpus's (target ≤ ${TARGET_SCALING}×)`);
  if (row.rss !== null && row.rss >= TARGET_10MB_RSS) misses.push(`scaling ${fmtSize(row.size)}: peak RSS ${fmt(row.rss / MB, 0)} MB (target < ${TARGET_10MB_RSS / MB} MB)`);
  const memory = row.rss === null ? '' : `peak RSS ${fmt(row.rss / MB, 0)} MB (target < ${TARGET_10MB_RSS / MB} MB) ${verdict(row.rss < TARGET_10MB_RSS)}`;
  console.log(
    `${fmtSize(row.size).padStart(7)}  ${String(row.samples).padStart(7)}  ${fmt(row.ms / row.samples, 2).padStart(9)}  ${fmt(row.bytes / MB / (row.ms / 1000), 3).padStart(8)}  ${(fmt(rel, 2) + '×').padStart(9)}  ${verdict(rel <= TARGET_SCALING).padEnd(7)}   ${memory}`,
  );
}
if (flags.has('--quick')) console.log('  10 MB  skipped (--quick)');
console.log('');
console.log(`peak RSS of this process (${flags.has('--no-compromise') ? 'extractor and scaling' : 'extractor, scaling and compromise'}): ${fmt(rssBytes() / MB, 0)} MB`);
console.log('');

// ----------------------------------------------------------------- the CLI, as whole processes
if (!flags.has('--no-cli')) {
  const bin = join(root, 'bin', 'extract-quotes.js');
  const work = mkdtempSync(join(tmpdir(), 'extract-quotes-bench-'));
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  /** Run the CLI once; wall ms, exit status and (with /usr/bin/time) peak RSS of the whole process. */
  const runCli = (args) => {
    const command = timeBin ? [timeBin, '-f', 'maxrss-kb %M cpu-s %U %S', process.execPath, bin, ...args] : [process.execPath, bin, ...args];
    const t0 = performance.now();
    const r = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, CI: 'true' } });
    const ms = performance.now() - t0;
    const usage = /maxrss-kb (\d+) cpu-s ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
    return {
      ms,
      status: r.status,
      rss: usage ? Number(usage[1]) * 1024 : null,
      // CPU seconds of all the process's threads (JavaScript, JIT compiler, garbage collector, I/O)
      cpu: usage ? Number(usage[2]) + Number(usage[3]) : null,
      stderr: (r.stderr ?? '').replace(/maxrss-kb \d+ cpu-s [\d.]+ [\d.]+\n?/, ''),
    };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    // Cold start: one article of about 5 KB (the corpus article closest to 5,000 bytes).
    const five = [...articles].sort((a, b) => Math.abs(byteLength(a.text) - 5000) - Math.abs(byteLength(b.text) - 5000))[0];
    const fivePath = join(work, 'article.txt');
    writeFileSync(fivePath, five.text);
    runCli([fivePath]); // warm the page cache
    const colds = Array.from({ length: 10 }, () => runCli([fivePath, '-o', join(work, 'cold')]).ms);
    const cold = median(colds);
    console.log(`CLI cold start, one ${fmt(byteLength(five.text) / KB, 1)} KB article: median ${fmt(cold, 0)} ms of 10 runs (min ${fmt(Math.min(...colds), 0)}, max ${fmt(Math.max(...colds), 0)})   target ≤ ${TARGET_COLD_START_MS} ms   ${verdict(cold <= TARGET_COLD_START_MS)}`);
    if (cold > TARGET_COLD_START_MS) misses.push(`CLI cold start ${fmt(cold, 0)} ms (target ≤ ${TARGET_COLD_START_MS} ms)`);

    // The corpus folder, --jobs 1 and --jobs 2, alternating.
    const runs = { 1: [], 2: [] };
    for (let round = 0; round < 2; round++) {
      for (const jobs of [1, 2]) {
        const out = join(work, `out-${jobs}-${round}`);
        const r = runCli([corpusDir, '-o', out, '--jobs', String(jobs), '-q']);
        if (r.status !== 0) console.log(`  --jobs ${jobs} exited ${r.status}: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
        runs[jobs].push(r);
        rmSync(out, { recursive: true, force: true });
      }
    }
    const best = (jobs) => runs[jobs].reduce((a, b) => (b.ms < a.ms ? b : a));
    console.log(`CLI over the corpus (${articles.length} files → --out-dir), whole processes, best of 2 alternating rounds:`);
    for (const jobs of [1, 2]) {
      const r = best(jobs);
      const rss = r.rss === null ? '' : `  peak RSS ${fmt(r.rss / MB, 0)} MB`;
      const cores = r.cpu === null ? '' : `  CPU ${fmt(r.cpu, 2)} s = ${fmt(r.cpu / (r.ms / 1000), 2)} cores busy`;
      console.log(`  --jobs ${jobs}  ${fmt(r.ms / 1000, 2).padStart(7)} s  ${fmt(corpusBytes / MB / (r.ms / 1000), 3).padStart(7)} MB/s  ${fmt(articles.length / (r.ms / 1000), 0).padStart(5)} articles/s${rss}${cores}   (rounds: ${runs[jobs].map((x) => fmt(x.ms / 1000, 2)).join(', ')} s)`);
    }
    const speedup = best(1).ms / best(2).ms;
    // The ceiling on this machine: with every core busy, N workers can at best divide the CPU time
    // that --jobs 1 spends (its own thread plus the JIT compiler and garbage-collector threads
    // that already run beside it on another core) by the number of cores.
    const cpu1 = best(1).cpu;
    if (cpu1 !== null) {
      const busy = cpu1 / (best(1).ms / 1000);
      const n = availableParallelism();
      console.log(`  --jobs 1 already keeps ${fmt(busy, 2)} cores busy, so on ${n} cores the most --jobs 2 could gain is ${fmt(Math.min(2, n) / busy, 2)}× (with no cost of its own)`);
    }
    console.log(`  --jobs 2 vs --jobs 1: ${fmt(speedup, 2)}×   target ≥ ${TARGET_JOBS_SPEEDUP}×   ${verdict(speedup >= TARGET_JOBS_SPEEDUP)}`);
    if (speedup < TARGET_JOBS_SPEEDUP) misses.push(`--jobs 2 vs --jobs 1: ${fmt(speedup, 2)}× (target ≥ ${TARGET_JOBS_SPEEDUP}×)`);

    if (flags.has('--long')) {
      // A longer batch: the corpus four times over, as links with distinct names.
      const COPIES = 4;
      const long = join(work, 'long');
      mkdirSync(long);
      const names = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
      for (let c = 0; c < COPIES; c++) for (const name of names) symlinkSync(resolve(corpusDir, name), join(long, `${c}-${name}`));
      const longRuns = {};
      for (const jobs of [1, 2]) {
        const out = join(work, `long-out-${jobs}`);
        longRuns[jobs] = runCli([long, '-o', out, '--jobs', String(jobs), '-q']);
        if (longRuns[jobs].status !== 0) console.log(`  --jobs ${jobs} exited ${longRuns[jobs].status}: ${longRuns[jobs].stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
        rmSync(out, { recursive: true, force: true });
      }
      const bytes = corpusBytes * COPIES;
      console.log(`CLI over the corpus ${COPIES} times over (${names.length * COPIES} files, ${fmt(bytes / MB, 1)} MB), one round each (for information):`);
      for (const jobs of [1, 2]) {
        const r = longRuns[jobs];
        const cores = r.cpu === null ? '' : `  CPU ${fmt(r.cpu, 2)} s = ${fmt(r.cpu / (r.ms / 1000), 2)} cores busy`;
        console.log(`  --jobs ${jobs}  ${fmt(r.ms / 1000, 2).padStart(7)} s  ${fmt(bytes / MB / (r.ms / 1000), 3).padStart(7)} MB/s${cores}`);
      }
      console.log(`  --jobs 2 vs --jobs 1: ${fmt(longRuns[1].ms / longRuns[2].ms, 2)}×`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log('');
}

console.log(`load average at end: ${load()}`);
if (misses.length === 0) {
  console.log('all targets met');
} else {
  console.log(`targets MISSED (${misses.length}):`);
  for (const miss of misses) console.log(`  - ${miss}`);
  if (misses.some((miss) => miss.startsWith('scaling'))) {
    console.log('  A scaling miss is in the pipeline itself: profile one large input with');
    console.log('    node --cpu-prof scripts/bench.mjs --child-scale DIR 2000000');
    console.log('  and look at the self time per function (scripts/bench.mjs prints no profile itself).');
  }
}
