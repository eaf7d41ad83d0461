/**
 * Regular expressions safe from catastrophic backtracking.
 *
 * Every regular expression in src/ is collected — the literals by parsing each source file with
 * the TypeScript compiler, the `new RegExp(…)` ones by recording what the RegExp constructor
 * builds while src/ is imported and run — and each is run over adversarial 100 KB strings built
 * from what it repeats: long runs of each character it names (and of a representative of each
 * class it uses), runs of two-character pairs, runs of its literal words with and without a
 * near-miss, each ending in a character that makes the match fail (so a backtracking engine has
 * to try every start position). Flags `g` and `y` are dropped so the test is the worst case:
 * a search from every position. Then the same kind of strings go through `extractQuotes`.
 *
 * Timing is asserted tolerantly: each pattern (all its strings together) and each extractQuotes
 * run must finish under {@link BOUND_MS}, a generous bound so CI noise never flakes; the real
 * target is under a second. Set REGEX_SAFETY_REPORT=1 to print the slowest measurements.
 *
 * Measured on the development container (Node 20.20, 2 cores, busy), 2026-11-28: 211 patterns
 * (195 literals, 16 built with new RegExp), ~100 strings each; every pattern under 0.6 s in total
 * and under 0.05 s per string. Through extractQuotes every 100 KB input finishes under 0.8 s
 * (the slowest: 100 KB of `“a `, 0.7 s). Found and fixed here: glob name patterns
 * (src/read/glob.ts, polynomial backtracking), escapeMarkdown (src/serialize/markdown.ts, 100 KB of
 * spaces took 25-50 s), and in the pipeline: attribution windows that grew with the sentence (24 KB
 * of `“a ` took 24 s), isTitleCase on a run of punctuation (60 s), the name index re-matching
 * capitalised runs after each sentence cut (5.6 s), and an unbounded gap pattern in indirect.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const LENGTH = 100_000;
const BOUND_MS = 5_000;
const REPORT = process.env.REGEX_SAFETY_REPORT === '1';

interface Pattern {
  /** `file:line` in src/. */
  readonly where: string;
  readonly regexp: RegExp;
}

// ---- Collect the patterns ------------------------------------------------------------------

/** Every regular-expression literal in src/**.ts, found by the TypeScript parser (not a grep). */
function literalPatterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of readdirSync(SRC, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(path.join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({ where: `${file}:${line}`, regexp: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * The patterns src/ builds with `new RegExp(…)` (cue lists, datelines, sticky copies, globs):
 * the constructor is wrapped while src/ is imported and exercised, and every RegExp whose caller
 * is a file under src/ is kept.
 */
const constructed: Pattern[] = [];
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const regexp = Reflect.construct(target, args, newTarget) as RegExp;
    const caller = /\/src\/([\w/.-]+\.ts):(\d+)/.exec(new Error().stack ?? '');
    if (caller) constructed.push({ where: `${caller[1]}:${caller[2]} (new RegExp)`, regexp });
    return regexp;
  },
});
const { extractQuotes } = await import('../src/extract.js');
const { parseGlob } = await import('../src/read/glob.js');
extractQuotes('WASHINGTON — "We will," said Ann Lee, according to aides. Jan. 5, 2024'); // runs lazily built patterns
for (const glob of ['*.txt', '[a-c]?.txt', '**/[!x]*.md']) parseGlob(glob).matches('a.txt');
globalThis.RegExp = NativeRegExp;

function allPatterns(): Pattern[] {
  const seen = new Set<string>();
  const out: Pattern[] = [];
  for (const pattern of [...literalPatterns(), ...constructed]) {
    const key = `${pattern.regexp.source}/${pattern.regexp.flags}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pattern);
  }
  return out;
}

// ---- Adversarial strings -------------------------------------------------------------------

/** Characters every pattern is tried with: the classes news text is made of. */
const CORE = [' ', '\n', 'a', 'A', '1', '.', ',', '"', '“', '’', "'", '-', '\u2063'];
/** Ends every string: matched by nothing in src/, so a search must fail after the run. */
const KILLER = '\u0007';

/** A representative character for each escape or class a pattern uses. */
const CLASS_SAMPLES: readonly [RegExp, string][] = [
  [/\\s/, ' \t\n'],
  [/\\w|\\p\{L|\\p\{Lu|\[A-Z|\[a-z/, 'aZé'],
  [/\\d|\\p\{N|\[0-9/, '9'],
  [/\\p\{P/, '.,;!'],
  [/\\p\{M/, '\u0301'],
  [/\\u2063/, '\u2063'],
  [/\\u20[0-9a-f]{2}/i, '\u2014\u2026\u2013'],
];

function repeatTo(unit: string, length = LENGTH): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The characters and words a pattern repeats or names. */
function alphabetOf(regexp: RegExp): { chars: string[]; words: string[] } {
  const source = regexp.source;
  const chars = new Set(CORE);
  for (const char of source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\[a-zA-Z]/g, '')) {
    if (!/[\\[\]()?*+{}|^$]/.test(char)) chars.add(char);
  }
  for (const escape of source.match(/\\u[0-9a-fA-F]{4}/g) ?? []) chars.add(String.fromCharCode(Number.parseInt(escape.slice(2), 16)));
  for (const [test, samples] of CLASS_SAMPLES) if (test.test(source)) for (const char of samples) chars.add(char);
  const words = [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])].slice(0, 12);
  return { chars: [...chars], words };
}

/** Characters paired with every other character of a pattern's alphabet (`a a a`, `.a.a.a`). */
const PAIR_WITH = [' ', 'a', '.', '\n'];

/** The adversarial inputs for one pattern (each `length` characters plus the killer). */
function adversarialStrings(regexp: RegExp, length = LENGTH): string[] {
  const { chars, words } = alphabetOf(regexp);
  const out = new Set<string>();
  for (const char of chars) out.add(repeatTo(char, length) + KILLER);
  for (const a of PAIR_WITH) for (const b of chars) if (a !== b) out.add(repeatTo(a + b, length) + KILLER);
  for (const word of words) {
    out.add(repeatTo(`${word} `, length) + KILLER);
    out.add(repeatTo(word, length) + KILLER);
    out.add(repeatTo(`${word[0]?.toUpperCase()}${word.slice(1)}. `, length) + KILLER);
  }
  return [...out];
}

/**
 * Patterns that backtrack quadratically on some 100 KB input but are only ever run on a short
 * string: tested at the longest input their caller allows.
 */
const BOUNDED: readonly { source: string; length: number; why: string }[] = [
  { source: '\\s*[,;|]\\s*', length: 500, why: 'splits a TAGS: value; metadata lines are at most 500 characters (segment/roles.ts)' },
  { source: ',?\\s+(?:and|but)\\s+', length: 80, why: 'attribute/reported/content-end.ts runs it on the last 80 characters before the next cue' },
];

/**
 * Patterns that backtrack quadratically on long input they can really get, until fixed tested on
 * short inputs. None left: isTitleCase trims punctuation with a loop, names.ts cuts runs at
 * sentence ends word by word, and reported/content-end.ts bounds its gap (see BOUNDED).
 */
const REPORTED: readonly { source: string; length: number; why: string }[] = [];

function lengthFor(regexp: RegExp): { length: number; why?: string } {
  const special = [...BOUNDED, ...REPORTED].find((entry) => regexp.source.includes(entry.source));
  return special === undefined ? { length: LENGTH } : { length: special.length, why: special.why };
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// ---- The patterns, one by one ---------------------------------------------------------------

const PATTERNS = allPatterns();
const slowest: { what: string; ms: number }[] = [];

describe('every regular expression in src/ on adversarial 100 KB inputs', { timeout: 120_000 }, () => {
  it('finds the patterns (literals by parsing, new RegExp by recording)', () => {
    expect(PATTERNS.length).toBeGreaterThan(150);
    expect(PATTERNS.some((p) => p.where.startsWith('attribute/cues.ts') && p.where.includes('new RegExp'))).toBe(true);
    expect(PATTERNS.some((p) => p.where.startsWith('segment/roles.ts') && p.where.includes('new RegExp'))).toBe(true);
    expect(PATTERNS.some((p) => p.where.startsWith('read/glob.ts') && p.where.includes('new RegExp'))).toBe(true);
  });

  it('the bounded and reported patterns still exist (else remove them from the lists)', () => {
    for (const entry of [...BOUNDED, ...REPORTED]) expect(PATTERNS.some((p) => p.regexp.source.includes(entry.source)), entry.source).toBe(true);
  });

  it.each(PATTERNS.map((p) => [p.where, p] as const))('%s', (_where, { where, regexp }) => {
    // Worst case: a search from every position, not only where the code starts it.
    const search = new RegExp(regexp.source, regexp.flags.replace(/[gy]/g, ''));
    let worst = 0;
    let total = 0;
    for (const input of adversarialStrings(regexp, lengthFor(regexp).length)) {
      const ms = timeMs(() => search.test(input));
      worst = Math.max(worst, ms);
      total += ms;
    }
    slowest.push({ what: `${where} /${regexp.source.slice(0, 60)}/ worst ${worst.toFixed(1)} ms`, ms: total });
    expect(total).toBeLessThan(BOUND_MS);
  });
});

describe('globs: a name pattern with many stars on a long name', () => {
  it.each([4, 10, 60])('%i stars against a 255-character name', (stars) => {
    const glob = parseGlob(`${'*a'.repeat(stars)}*b`);
    const name = 'a'.repeat(255);
    const ms = timeMs(() => expect(glob.matches(name)).toBe(false));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(glob.matches(`${name}b`)).toBe(true);
  });
});

// ---- The same kind of input through the whole pipeline --------------------------------------

/**
 * Shapes for extractQuotes: runs of every quote glyph and of the characters the patterns repeat,
 * cue words, names, abbreviations, markup, numbers. Each is ~100 KB.
 */
const PIPELINE_INPUTS: readonly [string, string][] = [
  ...[' ', '\n', '\r\n', '\t', 'a', 'A', '1', '.', ',', '-', '—', '(', ')', '<', '>', '\u2063', '\u00a0', '\u0000', '�'].map(
    (unit) => [`run of ${JSON.stringify(unit)}`, repeatTo(unit)] as [string, string],
  ),
  ...['"', '“', '”', '‘', '’', "'", '«', '»', '„', "''", '``', '‹', '›'].map((mark) => [`run of ${mark}`, repeatTo(mark)] as [string, string]),
  ['words and single spaces', repeatTo('word ')],
  ['cue words', repeatTo('said ')],
  ['cue phrases', repeatTo('according to ')],
  ['capitalised names', repeatTo('Ann Lee ')],
  ['titles', repeatTo('President ')],
  ['numbers with separators', repeatTo('1,000.5 ')],
  ['parentheses', repeatTo('(a ')],
  ['metadata-like lines', repeatTo('LINK: https://example.com/\n')],
  ['dateline-like lines', repeatTo('WASHINGTON — \n\n')],
  ['empty quotations', repeatTo('"" ')],
  ['apostrophes in words', repeatTo("don't ")],
  ['elisions', repeatTo("'90s 'em 'tis ")],
  ['paragraphs that each open a quotation', repeatTo('“a\n\n')],
  ['quote, cue, name', repeatTo('"Yes," said Ann Lee. ')],
  ['name, cue, colon, quote', repeatTo('Ann Lee said: "Yes." ')],
  ['long quotation, never closed', `"${repeatTo('word ')}`],
  ['long quotation, closed', `"${repeatTo('word ')}," she said.`],
];

/**
 * Inputs that were quadratic (issue #7) and are now linear: attribution windows are bounded by
 * length and by the eighth quotation on either side, and the name index cuts runs of
 * capitalised words at sentence ends in one pass. Run at the full 100 KB like the others.
 */
const REPORTED_PIPELINE_INPUTS: readonly [string, string][] = [
  ['curly opening marks before words', repeatTo('“a ')],
  ['straight marks before words', repeatTo('"a ')],
  ['every glyph in turn', repeatTo('"“”‘’«»„\'')],
  ['markup tags with attributes', repeatTo('<tweet id="1" ')],
  ['markup tags around quotations', repeatTo('<p>"a" </p>')],
  ['one sentence per word', repeatTo('Word. ')],
  ['abbreviations', repeatTo('Mr. Dr. U.S. ')],
  ['all-caps prose', repeatTo('THE MAYOR SAID THE PLAN WILL WORK. ')],
];

describe('extractQuotes on adversarial 100 KB inputs', { timeout: 120_000 }, () => {
  it.each([...PIPELINE_INPUTS, ...REPORTED_PIPELINE_INPUTS])('%s', (name, text) => {
    let quotes = -1;
    const ms = timeMs(() => (quotes = extractQuotes(text).quotes.length));
    slowest.push({ what: `extractQuotes: ${name} (${quotes} quotes)`, ms });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it.runIf(REPORT)('report', () => {
    const sorted = [...slowest].sort((a, b) => b.ms - a.ms);
    console.log(sorted.slice(0, 40).map((s) => `${s.ms.toFixed(1).padStart(9)} ms  ${s.what}`).join('\n'));
  });
});
