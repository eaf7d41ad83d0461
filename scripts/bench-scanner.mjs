#!/usr/bin/env node
/**
 * Benchmark (not a test): 1 MB of random, unbalanced quote marks through the built quotation
 * scanner (segment paragraphs → scanQuotes) and through the whole extractQuotes pipeline.
 * The scanner is meant to stay linear whatever the marks do; target: under 1 s per MB.
 *
 *   npm run build && node scripts/bench-scanner.mjs [megabytes=1]
 *
 * Inputs (deterministic, from a seeded generator):
 *   marks      only quote marks, spaces and line breaks: the worst case for the pairing stack
 *   prose      words with quote marks sprinkled in at random, blank-line paragraphs
 *   one-para   marks and words with no line break at all: one 1 MB paragraph
 *   nested     alternating opening marks of both families, never closed (the deepest stack)
 */
import { performance } from 'node:perf_hooks';
import { segmentParagraphs } from '../dist/segment/segment.js';
import { scanQuotes } from '../dist/detect/scan.js';
import { extractQuotes } from '../dist/extract.js';

const MB = Number(process.argv[2] ?? 1);
const SIZE = Math.round(MB * 1024 * 1024);

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKS = ['"', '“', '”', '„', "'", '‘', '’', '«', '»', "''", '``'];
const WORDS = ['the', 'mayor', 'said', 'we', "don't", 'Russias', 'Putin', 'will', 'not', 'rebuild', "Jones'", "'90s", 'it', 'a', 'plan'];

/** About SIZE bytes of UTF-8 (curly marks are three bytes each). */
function build(pick) {
  const parts = [];
  let bytes = 0;
  while (bytes < SIZE) {
    const p = pick();
    parts.push(p);
    bytes += Buffer.byteLength(p);
  }
  return parts.join('');
}

function inputs() {
  const r = random(20240305);
  const of = (list) => list[Math.floor(r() * list.length)];
  return {
    marks: build(() => {
      const x = r();
      return x < 0.7 ? of(MARKS) : x < 0.9 ? ' ' : x < 0.97 ? '\n' : '\n\n';
    }),
    prose: build(() => {
      const x = r();
      if (x < 0.25) return of(MARKS);
      if (x < 0.93) return `${of(WORDS)} `;
      if (x < 0.97) return '. ';
      return '\n\n';
    }),
    'one-para': build(() => (r() < 0.5 ? of(MARKS) : `${of(WORDS)} `)),
    nested: build(() => of([' “a', " 'a", ' ‘a', ' "a', ' «a'])),
  };
}

/** Wall time, and this process's CPU time (steadier on a shared, loaded machine). */
function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, result };
}

const rows = [];
for (const [name, text] of Object.entries(inputs())) {
  const seg = time(() => segmentParagraphs(text));
  const scan = time(() => scanQuotes(text, seg.result.paragraphs));
  const whole = time(() => extractQuotes(text));
  rows.push({
    input: name,
    MB: +(Buffer.byteLength(text) / 1048576).toFixed(2),
    paragraphs: seg.result.paragraphs.length,
    'segment ms': Math.round(seg.ms),
    'scanQuotes ms': Math.round(scan.ms),
    'scanQuotes cpu ms': Math.round(scan.cpu),
    quotes: scan.result.quotes.length,
    warnings: scan.result.warnings.length,
    'extractQuotes ms': Math.round(whole.ms),
    'output quotes': whole.result.quotes.length,
  });
}
console.table(rows);
const worst = Math.max(...rows.map((r) => r['segment ms'] + r['scanQuotes ms']));
const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(`scanner (paragraphs + scanQuotes), slowest input: ${worst} ms wall for ${MB} MB (target < ${Math.round(1000 * MB)} ms); load average ${load}`);
