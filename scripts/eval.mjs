#!/usr/bin/env node
// eval.mjs — run the built library over the evaluation corpora and score each with its own scorer.
//
//   npm run eval                         # PolNeAR dev and news dev, side by side (npm run builds first)
//   node scripts/eval.mjs [--train] [--summary] [--verbose] [--json] [--types all] [--only polnear|news]
//                         [--split train|dev] [--gold DIR] [--pred DIR] [--iou X]
//
// Corpora (read from ../shared/eval, beside the checkout; when it is absent this says so and exits 0):
//   polnear-dev    ../shared/eval/gold/dev     scored by ../shared/eval/score.mjs (and --speech-only)
//   news-dev       ../shared/eval/news/dev     scored by ../shared/eval/news/score.mjs (per source)
//   polnear-train  ../shared/eval/gold/train   only with --train (or --split train)
// One process for each corpus (no per-article start-up): every *.txt is read as bytes, decoded with
// dist/read/decode.js as the CLI does, run through extractQuotes() and written to PRED/NAME.json
// (PRED defaults to .tmp/pred-CORPUS). Then:
//   - the scorers' own reports are printed (PolNeAR's table, its speech-only line, news per source);
//   - a reliability table per corpus: predicted quotes in confidence bands 0-0.5, 0.5-0.7, 0.7-0.8,
//     0.8-0.9, 0.9-1 with their count, mean confidence and share right (span matched and speaker right);
//   - with --summary, only one compact block of the figures that matter, for comparing two builds.
// --gold DIR scores one PolNeAR-style folder alone. Progress goes to stderr.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'eval');
const usage =
  'usage: node scripts/eval.mjs [--train] [--summary] [--verbose] [--json] [--types all|LIST] [--only polnear|news] [--split train|dev] [--gold DIR] [--pred DIR] [--iou X]';

function parseArgs(argv) {
  const a = { train: false, dev: true, summary: false, only: null, gold: null, pred: null, types: null, pass: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${k} needs a value`);
      return v;
    };
    if (k === '--train') a.train = true;
    else if (k === '--split' || k.startsWith('--split=')) {
      const v = k === '--split' ? value() : k.slice(8);
      if (v !== 'train' && v !== 'dev') fail(`--split must be train or dev (the test split is held out), not ${v}`);
      a.train = v === 'train';
      a.dev = v === 'dev';
    } else if (k === '--summary') a.summary = true;
    else if (k === '--only') a.only = value();
    else if (k === '--gold') a.gold = value();
    else if (k === '--pred') a.pred = value();
    else if (k === '--types') a.types = value();
    else if (k === '--json') a.json = true;
    else if (k === '--verbose' || k === '-v') a.pass.push('--verbose');
    else if (k === '--iou') a.pass.push('--iou', value());
    else if (k === '-h' || k === '--help') {
      console.log(usage);
      process.exit(0);
    } else fail(`unknown argument ${k}`);
  }
  if (a.only !== null && a.only !== 'polnear' && a.only !== 'news') fail(`--only must be polnear or news, not ${a.only}`);
  return a;
}
function fail(message) {
  console.error(`eval: ${message}\n${usage}`);
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));
const distIndex = join(root, 'dist', 'index.js');
if (!existsSync(distIndex)) {
  console.error(`eval: ${distIndex} not found; run \`npm run build\` first (npm run eval does).`);
  process.exit(1);
}
const { extractQuotes } = await import(pathToFileURL(distIndex).href);
const { decodeInput } = await import(pathToFileURL(join(root, 'dist', 'read', 'decode.js')).href);
const types = args.types === null ? undefined : args.types === 'all' ? ['direct', 'partial', 'indirect', 'stance'] : args.types.split(',');

/** The corpora to run: { name, gold, pred, kind: 'polnear' | 'news' }. */
function corpora() {
  if (args.gold !== null) {
    const gold = resolve(args.gold);
    const name = gold.split(/[\\/]/).filter(Boolean).pop();
    return [{ name, gold, pred: args.pred !== null ? resolve(args.pred) : join(root, '.tmp', `pred-${name}`), kind: 'polnear' }];
  }
  const list = [];
  if (args.only !== 'news') {
    if (args.dev) list.push({ name: 'polnear-dev', gold: join(shared, 'gold', 'dev'), kind: 'polnear' });
    if (args.train) list.push({ name: 'polnear-train', gold: join(shared, 'gold', 'train'), kind: 'polnear' });
  }
  if (args.only !== 'polnear') list.push({ name: 'news-dev', gold: join(shared, 'news', 'dev'), kind: 'news' });
  return list.map((c) => ({ ...c, pred: args.pred !== null && list.length === 1 ? resolve(args.pred) : join(root, '.tmp', `pred-${c.name}`) }));
}

/** Run the library over every article of a corpus; the predictions go to `pred`. */
function predict(c) {
  const names = readdirSync(c.gold).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  rmSync(c.pred, { recursive: true, force: true });
  mkdirSync(c.pred, { recursive: true });
  const t0 = performance.now();
  let bytesTotal = 0, quotes = 0, failures = 0;
  for (const name of names) {
    const bytes = readFileSync(join(c.gold, `${name}.txt`));
    bytesTotal += bytes.byteLength;
    try {
      const { text, warnings } = decodeInput(bytes);
      const options = { path: `${name}.txt`, bytes };
      if (warnings.length > 0) options.inputWarnings = warnings;
      if (types) options.types = types;
      const doc = extractQuotes(text, options);
      quotes += doc.quotes.length;
      writeFileSync(join(c.pred, `${name}.json`), JSON.stringify(doc) + '\n');
    } catch (error) {
      // One failing article must not stop the run: it is scored as having no predictions.
      failures++;
      console.error(`eval: ${c.name}/${name}.txt failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.error(
    `eval: ${c.name}: ${names.length} articles (${(bytesTotal / 1e6).toFixed(2)} MB) in ${seconds.toFixed(2)} s, ` +
      `${quotes} quotes${failures ? `, ${failures} FAILED` : ''}; predictions in ${c.pred}`,
  );
  return failures;
}

function runScorer(script, c, extra) {
  // (by its real path: the scorer prints only when it is the main module, which Node decides on the
  // resolved path, so a symbolic link to ../shared would make it print nothing)
  const r = spawnSync(process.execPath, [realpathSync(script), '--gold', c.gold, '--pred', c.pred, ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const BANDS = [[0, 0.5], [0.5, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.0001]];
/** Count, mean confidence and share right per band, from [confidence, right] pairs. */
function bands(pairs) {
  return BANDS.map(([lo, hi]) => {
    const inBand = pairs.filter(([c]) => c >= lo && c < hi);
    const n = inBand.length;
    return { band: `${lo}-${Math.min(hi, 1)}`, n, meanConfidence: n ? inBand.reduce((s, [c]) => s + c, 0) / n : null, shareRight: n ? inBand.filter(([, ok]) => ok).length / n : null };
  });
}
function formatBands(rows) {
  const f = (x) => (x === null ? '    -' : x.toFixed(3));
  return ['  band        n   mean conf   share right   gap', ...rows.map((b) => `  ${b.band.padEnd(8)} ${String(b.n).padStart(5)}   ${f(b.meanConfidence)}       ${f(b.shareRight)}       ${b.n ? (b.shareRight - b.meanConfidence).toFixed(3).padStart(6) : '     -'}`)].join('\n');
}

/**
 * PolNeAR reliability: every predicted quote is right when it matches a gold quote (direct/partial at
 * the scorer's IoU, indirect/stance against the gold indirect attributions) and its speaker is right
 * by the scorer's own rule (`speakerCorrect`), or the gold names no speaker.
 */
async function polnearCalibration(c) {
  const S = await import(pathToFileURL(realpathSync(join(shared, 'score.mjs'))).href);
  const pairs = [];
  for (const f of readdirSync(c.gold).filter((x) => x.endsWith('.gold.json'))) {
    const name = f.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(readFileSync(join(c.gold, f), 'utf8'));
    const text = readFileSync(join(c.gold, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
    let doc;
    try {
      doc = JSON.parse(readFileSync(join(c.pred, `${name}.json`), 'utf8'));
    } catch {
      continue;
    }
    const cps = Array.from(text);
    const speakers = new Map(doc.speakers.map((s) => [s.id, s]));
    const iv = (s, e) => {
      const t = S.trimSpan(cps, s, e);
      return t ? [t] : null;
    };
    const score = (goldItems, goldIv, preds, thr) => {
      const m = S.greedyMatch(goldIv, preds.map((q) => iv(q.start, q.end)), thr);
      const right = new Set();
      for (const [g, { p }] of m) {
        const gm = goldItems[g].speakerMention;
        if (!gm || S.speakerCorrect(preds[p].speaker, gm, speakers)) right.add(p);
      }
      preds.forEach((q, i) => pairs.push([q.confidence, right.has(i)]));
    };
    const quoted = doc.quotes.filter((q) => q.type === 'direct' || q.type === 'partial');
    score(gold.quotes ?? [], (gold.quotes ?? []).map((g) => iv(g.start, g.end)), quoted, 0.5);
    const ind = gold.indirect ?? [];
    const reported = doc.quotes.filter((q) => q.type === 'indirect' || q.type === 'stance');
    score(ind, ind.map((x) => {
      const parts = (x.fragments ?? [[x.start, x.end]]).map(([s, e]) => S.trimSpan(cps, s, e)).filter(Boolean);
      return parts.length ? parts : null;
    }), reported, 0.5);
  }
  return bands(pairs);
}

const f3 = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(3));
const list = corpora();
const missing = list.filter((c) => !existsSync(c.gold));
if (missing.length === list.length) {
  console.log(`eval data not found at ${missing.map((c) => c.gold).join(', ')}; skipping`);
  process.exit(0);
}
let failures = 0;
const report = {};
for (const c of list) {
  if (!existsSync(c.gold)) {
    console.log(`${c.name}: data not found at ${c.gold}; skipped`);
    continue;
  }
  failures += predict(c);
  if (c.kind === 'polnear') {
    const scorer = join(shared, 'score.mjs');
    const broad = JSON.parse(runScorer(scorer, c, ['--json', ...args.pass.filter((x) => x !== '--verbose')]));
    const speech = JSON.parse(runScorer(scorer, c, ['--json', '--speech-only']));
    const calibration = await polnearCalibration(c);
    report[c.name] = { metrics: broad.metrics, speechOnly: speech.metrics.indirect, calibration };
    if (args.summary || args.json) continue;
    console.log(`\n## ${c.name} (${broad.articles} articles)\n`);
    console.log(runScorer(scorer, c, args.pass).trimEnd());
    const s = speech.metrics.indirect;
    console.log(`reported speech only (--speech-only): P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)} (${s.tp} of ${s.gold} gold, ${s.pred} predicted)`);
    console.log(`\nreliability (every predicted quote; right = span matched and speaker right):\n${formatBands(calibration)}`);
  } else {
    const scorer = join(shared, 'news', 'score.mjs');
    const scored = JSON.parse(runScorer(scorer, c, ['--json']));
    report[c.name] = scored;
    if (args.summary || args.json) continue;
    console.log(`\n## ${c.name} (${scored.metrics.files} articles)\n`);
    console.log(runScorer(scorer, c, args.pass.filter((x) => x !== '--iou')).trimEnd());
    console.log(`\nreliability (every predicted quote; right = span matched and speaker right):\n${formatBands(scored.calibration)}`);
  }
}

if (args.json) console.log(JSON.stringify(report, null, 1));
else if (args.summary) {
  for (const [name, r] of Object.entries(report)) {
    if (r.speechOnly) {
      const m = r.metrics;
      console.log(
        `${name.padEnd(14)} detect F1 ${f3(m.detection.f1)} (P ${f3(m.detection.precision)} R ${f3(m.detection.recall)})  speaker ${f3(m.attribution.accuracy)} (${m.attribution.correct}/${m.attribution.matched})  ` +
          `e2e F1 ${f3(m.endToEnd.f1)}  indirect F1 ${f3(m.indirect.f1)} (P ${f3(m.indirect.precision)} R ${f3(m.indirect.recall)}) spk ${f3(m.indirect.attribution.accuracy)}  ` +
          `speech-only F1 ${f3(r.speechOnly.f1)} (P ${f3(r.speechOnly.precision)} R ${f3(r.speechOnly.recall)})`,
      );
    } else {
      const line = (k, m) =>
        `${k.padEnd(14)} detect P ${f3(m.detection.precision)} R ${f3(m.detection.recall)} (fp ${m.detection.falsePositives}, titles ${m.detection.notQuotesTaken})  speaker ${f3(m.speaker.accuracy)} (${m.speaker.right}/${m.detection.found})  ` +
        `indirect P ${f3(m.indirect.precision)} R ${f3(m.indirect.recall)} F1 ${f3(m.indirect.f1)} spk ${f3(m.indirect.speakerAccuracy)}`;
      console.log(line(name, r.metrics));
      for (const [src, m] of Object.entries(r.bySource)) console.log(line(`  ${src}`, m));
    }
    const cal = r.calibration.map((b) => `${b.band} ${b.n}:${b.n ? `${b.meanConfidence.toFixed(2)}/${b.shareRight.toFixed(2)}` : '-'}`).join('  ');
    console.log(`${''.padEnd(14)} calibration (n: conf/right) ${cal}`);
  }
}
if (failures > 0) process.exitCode = 1;
