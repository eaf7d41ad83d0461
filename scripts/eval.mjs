#!/usr/bin/env node
// eval.mjs — run the built library over a gold split and score it with ../shared/eval/score.mjs.
//
//   npm run eval                       # dev split (npm run builds first)
//   node scripts/eval.mjs [--split train|dev] [--gold DIR] [--pred DIR] [--verbose] [--json] [--iou X]
//
// One process for the whole split (no per-article start-up): every *.txt in the gold dir is read as
// bytes, decoded (dist/read/decode.js `decodeInput` when it exists, else UTF-8 with the BOM removed),
// run through extractQuotes(text, { path, bytes }) and written to PRED/NAME.json. Then score.mjs runs on
// the gold and pred dirs and its output is passed through (with --verbose / --json / --iou).
// Defaults: gold ../shared/eval/gold/<split> (split dev), pred .tmp/pred-<split>, both relative to the
// repository root; --gold/--pred given on the command line are relative to the working directory.
// Progress goes to stderr, so `--json` leaves stdout as score.mjs's JSON only.
// When the eval data is not there (a plain clone), it says so and exits 0.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: node scripts/eval.mjs [--split train|dev] [--gold DIR] [--pred DIR] [--verbose] [--json] [--iou X]';

function parseArgs(argv) {
  const a = { split: 'dev', gold: null, pred: null, pass: [] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) { console.error(`eval: ${k} needs a value\n${usage}`); process.exit(2); }
      return v;
    };
    if (k === '--split') a.split = value();
    else if (k.startsWith('--split=')) a.split = k.slice(8);
    else if (k === '--gold') a.gold = value();
    else if (k === '--pred') a.pred = value();
    else if (k === '--verbose' || k === '-v' || k === '--json') a.pass.push(k);
    else if (k === '--iou') a.pass.push(k, value());
    else if (k === '-h' || k === '--help') { console.log(usage); process.exit(0); }
    else { console.error(`eval: unknown argument ${k}\n${usage}`); process.exit(2); }
  }
  if (a.gold === null && a.split !== 'train' && a.split !== 'dev') {
    console.error(`eval: --split must be train or dev (the test split is held out), not ${a.split}; or give --gold DIR`);
    process.exit(2);
  }
  return a;
}

const args = parseArgs(process.argv.slice(2));
const goldDir = args.gold !== null ? resolve(args.gold) : join(root, '..', 'shared', 'eval', 'gold', args.split);
const label = args.gold !== null ? goldDir.split(/[\\/]/).filter(Boolean).pop() : args.split;
const predDir = args.pred !== null ? resolve(args.pred) : join(root, '.tmp', `pred-${label}`);
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');

if (!existsSync(goldDir)) {
  console.log(`eval data not found at ${goldDir}; skipping`);
  process.exit(0);
}
if (!existsSync(scorer)) {
  console.log(`eval scorer not found at ${scorer}; skipping`);
  process.exit(0);
}
const distIndex = join(root, 'dist', 'index.js');
if (!existsSync(distIndex)) {
  console.error(`eval: ${distIndex} not found; run \`npm run build\` first (npm run eval does).`);
  process.exit(1);
}

const { extractQuotes } = await import(pathToFileURL(distIndex).href);

// Prefer the project's own decoder, so eval reads files exactly as the CLI does.
let decode = (bytes) => ({ text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), warnings: [] });
const distDecode = join(root, 'dist', 'read', 'decode.js');
if (existsSync(distDecode)) {
  const mod = await import(pathToFileURL(distDecode).href);
  if (typeof mod.decodeInput === 'function') {
    const fallback = decode;
    decode = (bytes) => {
      const r = mod.decodeInput(bytes);
      if (typeof r === 'string') return { text: r, warnings: [] };
      if (r && typeof r.text === 'string') return { text: r.text, warnings: Array.isArray(r.warnings) ? r.warnings : [] };
      return fallback(bytes);
    };
  }
}

const names = readdirSync(goldDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
if (names.length === 0) {
  console.log(`eval data not found at ${goldDir} (no *.txt files); skipping`);
  process.exit(0);
}
rmSync(predDir, { recursive: true, force: true });
mkdirSync(predDir, { recursive: true });

const t0 = performance.now();
let bytesTotal = 0, quotes = 0, failures = 0;
for (const name of names) {
  const path = join(goldDir, `${name}.txt`);
  const bytes = readFileSync(path);
  bytesTotal += bytes.byteLength;
  try {
    const { text, warnings } = decode(bytes);
    const options = { path: `${name}.txt`, bytes };
    if (warnings.length > 0) options.inputWarnings = warnings;
    const doc = extractQuotes(text, options);
    quotes += doc.quotes.length;
    writeFileSync(join(predDir, `${name}.json`), JSON.stringify(doc) + '\n');
  } catch (error) {
    // One failing article must not stop the run: it is scored as having no predictions.
    failures++;
    console.error(`eval: ${name}.txt failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
const seconds = (performance.now() - t0) / 1000;
console.error(
  `eval: ${names.length} articles (${(bytesTotal / 1e6).toFixed(2)} MB) in ${seconds.toFixed(2)} s, ` +
    `${quotes} quotes predicted${failures ? `, ${failures} FAILED` : ''}; predictions in ${predDir}`,
);

// (by its real path: the scorer runs only when it is the main module, which Node decides on the
// resolved path, so a symbolic link to ../shared would make it print nothing)
const scored = spawnSync(process.execPath, [realpathSync(scorer), '--gold', goldDir, '--pred', predDir, ...args.pass], { stdio: 'inherit' });
if (scored.error) throw scored.error;
process.exitCode = scored.status ?? 1;
if (failures > 0 && process.exitCode === 0) process.exitCode = 1;
