#!/usr/bin/env node
// bench.mjs — throughput, memory and scaling of the built extractor, against compromise's nlp(text).
//
//   npm run bench                        # corpus ../shared/eval/gold/train (npm run builds first)
//   node scripts/bench.mjs [DIR] [--quick] [--no-compromise]
//
// A script, not a test: it prints figures beside their targets and exits 0 whatever they are.
// - Corpus: every *.txt in DIR (default ../shared/eval/gold/train relative to the repository root),
//   read into memory first (reading is not timed), decoded as UTF-8 with the BOM removed.
// - extract-quotes: single thread, one warm-up pass, then timed passes (one, or as many as make up
//   0.5 s when a pass is shorter than that, reported per pass). Peak RSS is
//   process.resourceUsage().maxRSS taken before compromise is loaded into this process.
// - compromise: the plain `nlp(text)` per article, from its single-file CJS build (createRequire
//   resolves the package's "require" export to builds/three/compromise-three.cjs). Its warm-up pass
//   covers the first 10% of the articles only (a full pass takes ~17 s here); the timed pass covers all.
//   Target: extract-quotes ≥ 10× compromise's MB/s.
// - Scaling: single inputs of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB, made by concatenating corpus
//   articles with blank lines between them (cut at a word boundary at the size), several different
//   samples for the small sizes. Per-byte time relative to the corpus rate; target ≤ 2×.
//   The 10 MB case runs in a child process so that its memory is measured alone; target < 500 MB.
//   --quick skips the 10 MB case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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

const argv = process.argv.slice(2);
const childMode = argv[0] === '--child-scale';
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const positional = argv.filter((a) => !a.startsWith('--'));
for (const f of flags) {
  if (!['--quick', '--no-compromise', '--child-scale', '--help', '-h'].includes(f)) {
    console.error(`bench: unknown option ${f}\nusage: node scripts/bench.mjs [DIR] [--quick] [--no-compromise]`);
    process.exit(2);
  }
}
if (flags.has('--help')) {
  console.log('usage: node scripts/bench.mjs [DIR] [--quick] [--no-compromise]');
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

console.log(`corpus: ${corpusDir}`);
console.log(`        ${articles.length} articles, ${fmt(corpusBytes / MB, 3)} MB   node ${process.version}, single thread`);
console.log('');

// Throughput over the corpus.
timePass(texts, extract); // warm-up
const extractMs = timedPasses(texts, extract);
const extractRate = corpusBytes / MB / (extractMs / 1000);
const extractRss = rssBytes();
console.log(`extract-quotes   ${fmt(extractMs, 1).padStart(9)} ms/pass  ${fmt(extractRate, 3).padStart(8)} MB/s  ${fmt(articles.length / (extractMs / 1000), 0).padStart(7)} articles/s  peak RSS ${fmt(extractRss / MB, 0)} MB`);

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
} else {
  console.log('compromise nlp   skipped (--no-compromise)');
}
console.log('');

// 10 MB in a child process, so that its peak memory is its own.
if (!flags.has('--quick')) {
  const child = spawnSync(process.execPath, [self, '--child-scale', corpusDir, String(10 * MB)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status === 0) {
    const r = JSON.parse(child.stdout.trim().split('\n').pop());
    scaleRows.push({ size: 10 * MB, samples: 1, bytes: r.bytes, ms: r.ms, rss: r.maxRSS });
  } else {
    console.log(`10 MB child process failed (exit ${child.status ?? child.signal}):\n${child.stderr}`);
  }
}

console.log(`scaling: one input per call; per-byte time relative to the corpus rate (target ≤ ${TARGET_SCALING}×)`);
console.log('   size  samples   ms/input      MB/s   relative  verdict   memory');
for (const row of scaleRows) {
  const nsPerByte = (row.ms * 1e6) / row.bytes;
  const rel = nsPerByte / corpusNsPerByte;
  const memory = row.rss === null ? '' : `peak RSS ${fmt(row.rss / MB, 0)} MB (target < ${TARGET_10MB_RSS / MB} MB) ${verdict(row.rss < TARGET_10MB_RSS)}`;
  console.log(
    `${fmtSize(row.size).padStart(7)}  ${String(row.samples).padStart(7)}  ${fmt(row.ms / row.samples, 2).padStart(9)}  ${fmt(row.bytes / MB / (row.ms / 1000), 3).padStart(8)}  ${(fmt(rel, 2) + '×').padStart(9)}  ${verdict(rel <= TARGET_SCALING).padEnd(7)}   ${memory}`,
  );
}
if (flags.has('--quick')) console.log('  10 MB  skipped (--quick)');
console.log('');
console.log(`peak RSS of this process (${flags.has('--no-compromise') ? 'extractor and scaling' : 'extractor, scaling and compromise'}): ${fmt(rssBytes() / MB, 0)} MB`);
