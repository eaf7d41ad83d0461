#!/usr/bin/env node
/**
 * Fuzz extractQuotes: random article-like text made of words, names, cues and every kind of
 * quote mark must never throw, and must always give a document that keeps the output contract.
 *
 *   node scripts/fuzz.mjs [--cases N] [--seed S] [--max-length L]   (needs `npm run build`)
 *
 * Runs N cases (default 1,000,000) with fast-check, seeded and reproducible: the same seed gives
 * the same inputs. Prints a progress line every 10% and a summary; on a failure, the shrunk input
 * (as JSON), the problem and the seed and path to replay it, and exits 1.
 *
 * The generator and the checks are exported: test/fuzz.test.ts runs the same properties against
 * src/ in CI (fewer cases), so a failure found here can be replayed there and the other way round.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

/** Every quote glyph the scanner knows, and doubled apostrophes and backticks. */
export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', "''", '‚', '‹', '›', '``', '‟', '‛'];
export const NAMES = ['Ann Lee', 'Putin', 'Vladimir Putin', 'Dr. Jo Park', 'the Kremlin', 'Lee', 'NATO', 'Ms. Ruiz', 'a spokesman', 'officials', 'O’Brien'];
export const PRONOUNS = ['he', 'she', 'they', 'it', 'He', 'She', 'They'];
export const CUES = ['said', 'says', 'told', 'told reporters', 'according to', 'he said', 'she said', 'said Putin', 'added', 'asked', 'warned', 'wrote', 'Said', 'According to', 'saying', 'adding that', 'claimed', 'called it'];
export const WORDS = ['the', 'plan', 'will', 'work', 'we', 'not', 'a', 'disaster', 'on', 'Monday', 'in', 'Moscow', 'is', 'good', 'people', 'and', 'that', 'of', 'don’t', 'it’s', 'rock', "'n'", 'the ’90s', 'Jones’'];
export const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '—', '–', '-', '…', '(', ')', '...'];
export const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', '\u00a0', '  ', '\n \n'];
/** Rare characters: astral code points (offsets must count them once), controls, odd spaces, marks. */
export const ODD = ['😀', '𝒜', '👍🏽', '\u0000', '\u0007', '\u001b[31m', '\u200b', '\u2028', '\u2063', '\ufeff', '\ufffd', 'é', 'e\u0301', '<b>', '<tweet id="1">', 'LINK: https://x.y/', 'TAGS: a', 'By Ann Lee', 'MOSCOW —', '\ud800', '\udc00'];

/**
 * The arbitrary for one input text: a sequence of tokens drawn mostly from marks, names, cues
 * and words, joined by spaces or not, so that quotes open, close, nest and break across lines.
 * @param {typeof import('fast-check')} fc
 * @param {{ maxTokens?: number }} [options]
 */
export function articleArbitrary(fc, options = {}) {
  const maxTokens = options.maxTokens ?? 40;
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
    { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 2, arbitrary: fc.constantFrom(...PRONOUNS) },
    { weight: 4, arbitrary: fc.constantFrom(...CUES) },
    { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 8, arbitrary: fc.constantFrom(...SPACES) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  );
  return fc
    .array(fc.tuple(token, fc.constantFrom('', ' ', ' ', ' ')), { maxLength: maxTokens, size: 'max' })
    .map((parts) => parts.map(([text, gap]) => text + gap).join(''));
}

/** The quote `text` the contract asks for: the code-point slice, whitespace collapsed, trimmed. */
export function collapsedSlice(points, start, end) {
  return points.slice(start, end).join('').replace(/\s+/g, ' ').trim();
}

/**
 * Every way `document` breaks the contract for input `text`; an empty list when it keeps it.
 * @param {string} text the input given to extractQuotes
 * @param {any} document what it returned
 * @param {{ safeParse(value: unknown): { success: boolean, error?: unknown } }} schema DocumentSchema
 * @returns {string[]}
 */
export function contractProblems(text, document, schema) {
  const problems = [];
  const parsed = schema.safeParse(document);
  if (!parsed.success) problems.push(`does not validate against DocumentSchema: ${String(parsed.error).slice(0, 400)}`);
  if (document === null || typeof document !== 'object') return problems;
  // Offsets count code points of the text after a leading byte-order mark.
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const points = [...body];
  const n = points.length;
  const inRange = (what, s, e) => {
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= n)) problems.push(`${what}: [${s}, ${e}) is not within [0, ${n}]`);
  };
  const exactSpan = (what, span) => {
    if (span === null || span === undefined) return;
    inRange(what, span.start, span.end);
    const slice = points.slice(span.start, span.end).join('');
    if (span.text !== slice) problems.push(`${what}: text ${JSON.stringify(span.text)} is not the slice ${JSON.stringify(slice)}`);
  };

  const paragraphs = document.paragraphs ?? [];
  let previousEnd = 0;
  paragraphs.forEach((p, i) => {
    inRange(`paragraph ${i}`, p.start, p.end);
    if (p.index !== i) problems.push(`paragraph ${i} has index ${p.index}`);
    if (p.start < previousEnd) problems.push(`paragraph ${i} starts at ${p.start}, before the previous one ends (${previousEnd})`);
    previousEnd = p.end;
  });

  const speakers = new Map((document.speakers ?? []).map((s) => [s.id, s]));
  if (speakers.size !== (document.speakers ?? []).length) problems.push('speaker ids are not unique');
  const counts = new Map();
  const quoteIds = new Set();
  (document.quotes ?? []).forEach((q, i) => {
    const what = `quote ${q.id}`;
    if (q.id !== `q${i + 1}`) problems.push(`${what}: expected id q${i + 1}`);
    inRange(what, q.start, q.end);
    const expected = collapsedSlice(points, q.start, q.end);
    if (q.text !== expected) problems.push(`${what}: text ${JSON.stringify(q.text)} is not the collapsed slice ${JSON.stringify(expected)}`);
    const paragraph = paragraphs[q.paragraph];
    if (paragraph === undefined) problems.push(`${what}: paragraph ${q.paragraph} does not exist`);
    else if (q.start < paragraph.start || q.end > paragraph.end) problems.push(`${what}: [${q.start}, ${q.end}) is outside its paragraph [${paragraph.start}, ${paragraph.end})`);
    if (q.speaker !== null && q.speaker !== undefined) {
      const speaker = speakers.get(q.speaker.id);
      if (speaker === undefined) problems.push(`${what}: speaker ${q.speaker.id} is not in speakers`);
      else if (speaker.name !== q.speaker.name) problems.push(`${what}: speaker name ${q.speaker.name} is not ${speaker.name}`);
      counts.set(q.speaker.id, (counts.get(q.speaker.id) ?? 0) + 1);
      exactSpan(`${what} mention`, q.speaker.mention);
    }
    exactSpan(`${what} cue`, q.cue);
    if (q.continues !== null && q.continues !== undefined && !quoteIds.has(q.continues)) problems.push(`${what}: continues ${q.continues}, which is not an earlier quote`);
    quoteIds.add(q.id);
  });
  for (const [id, speaker] of speakers) {
    if ((counts.get(id) ?? 0) !== speaker.quoteCount) problems.push(`speaker ${id}: quoteCount ${speaker.quoteCount}, but ${counts.get(id) ?? 0} quotes name it`);
  }
  (document.warnings ?? []).forEach((w, i) => {
    if (w.start !== undefined || w.end !== undefined) inRange(`warning ${i} (${w.rule})`, w.start ?? 0, w.end ?? w.start ?? 0);
  });
  return problems;
}

/**
 * The property: extractQuotes never throws and keeps the contract. Throws (for fast-check)
 * with the problems listed.
 */
export function checkInput(text, extractQuotes, schema) {
  const document = extractQuotes(text);
  const problems = contractProblems(text, document, schema);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

function parseArgs(argv) {
  const options = { cases: 1_000_000, seed: 20261128, maxTokens: 40 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isSafeInteger(v)) throw new Error(`${arg} needs a whole number`);
      return v;
    };
    if (arg === '--cases') options.cases = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--max-length' || arg === '--max-tokens') options.maxTokens = value();
    else if (arg === '-h' || arg === '--help') {
      console.log('usage: node scripts/fuzz.mjs [--cases N] [--seed S] [--max-tokens T]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (see --help)`);
  }
  return options;
}

async function runCli() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`fuzz: ${error.message}`);
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  let library;
  try {
    library = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  } catch {
    console.error('fuzz: dist/index.js is missing: run `npm run build` first');
    process.exit(2);
  }
  const fc = await import('fast-check');
  const { extractQuotes, DocumentSchema } = library;

  extractQuotes('"Warm up," she said.'); // loads compromise once, outside the timings
  const started = performance.now();
  const step = Math.max(1, Math.floor(options.cases / 10));
  let done = 0;
  let chars = 0;
  let quotes = 0;
  let slowest = { ms: 0, length: 0 };
  const property = fc.property(articleArbitrary(fc, { maxTokens: options.maxTokens }), (text) => {
    const t = performance.now();
    const document = extractQuotes(text);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, length: text.length };
    const problems = contractProblems(text, document, DocumentSchema);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    done++;
    chars += text.length;
    quotes += document.quotes.length;
    if (done % step === 0) {
      const s = (performance.now() - started) / 1000;
      console.log(`fuzz: ${done.toLocaleString('en-US')} cases, ${s.toFixed(0)} s, ${Math.round(done / s)} cases/s`);
    }
  });
  console.log(`fuzz: ${options.cases.toLocaleString('en-US')} cases, seed ${options.seed}, up to ${options.maxTokens} tokens per input`);
  const details = fc.check(property, { numRuns: options.cases, seed: options.seed, endOnFailure: false });
  const seconds = (performance.now() - started) / 1000;
  const summary = {
    cases: details.numRuns,
    seed: options.seed,
    seconds: Math.round(seconds * 10) / 10,
    casesPerSecond: Math.round(details.numRuns / seconds),
    failures: details.failed ? 1 : 0,
    averageInputLength: done > 0 ? Math.round(chars / done) : 0,
    quotesFound: quotes,
    slowestCaseMs: Math.round(slowest.ms * 10) / 10,
    slowestCaseLength: slowest.length,
  };
  if (details.failed) {
    const counterexample = details.counterexample?.[0];
    console.log(`fuzz: FAILED after ${details.numRuns} cases (shrunk ${details.numShrinks} times)`);
    console.log(`fuzz: input ${JSON.stringify(counterexample)}`);
    console.log(`fuzz: problem: ${details.errorInstance instanceof Error ? details.errorInstance.stack : String(details.errorInstance)}`);
    console.log(`fuzz: replay with fc.check(…, { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} })`);
  }
  console.log(`fuzz: summary ${JSON.stringify(summary)}`);
  process.exitCode = details.failed ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await runCli();
