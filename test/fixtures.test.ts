/**
 * Golden fixtures and the seed article, as specifications.
 *
 * For every fixtures/NAME.txt with a fixtures/expected/NAME.json (written by
 * scripts/update-golden.mjs, see its name contract): the document equals the golden JSON, the
 * Markdown report equals the golden .md (when the serializer exists), offsets slice out the quoted
 * words in code points, the document satisfies the schema, and output is deterministic.
 * The seed checks are the acceptance items for ../shared/seed/kremlin-warning.txt, skipped when the
 * shared folder is not beside the repository (as on a plain clone in CI).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, extractQuotes } from '../src/index.js';
import { serializeMarkdown } from '../src/serialize/markdown.js';
import type { Document } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = join(root, 'fixtures');
const expectedDir = join(fixturesDir, 'expected');
const seedPath = join(root, '..', 'shared', 'seed', 'kremlin-warning.txt');

/** Read a file as the CLI would: UTF-8, leading byte-order mark removed. */
function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** Whitespace collapsed to single spaces, trimmed: how `quote.text` is normalised. */
function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** The text of [start, end) in Unicode code points, as jq and Python slice. */
function sliceCodePoints(codePoints: readonly string[], start: number, end: number): string {
  return codePoints.slice(start, end).join('');
}

function expectOffsetsSliceQuoteText(text: string, doc: Document): void {
  const codePoints = [...text];
  for (const quote of doc.quotes) {
    expect(quote.start, `${quote.id} start <= end`).toBeLessThanOrEqual(quote.end);
    expect(quote.end, `${quote.id} end within the text`).toBeLessThanOrEqual(codePoints.length);
    expect(collapse(sliceCodePoints(codePoints, quote.start, quote.end)), `${quote.id} [${quote.start}, ${quote.end})`).toBe(
      collapse(quote.text),
    );
  }
}

const fixtureNames = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -'.txt'.length))
      .sort()
  : [];
const withGolden = fixtureNames.filter((name) => existsSync(join(expectedDir, `${name}.json`)));
const withoutGolden = fixtureNames.filter((name) => !withGolden.includes(name));

describe('golden fixtures', () => {
  for (const name of withGolden) {
    describe(`fixtures/${name}.txt`, () => {
      const text = readText(join(fixturesDir, `${name}.txt`));
      const options = { path: `fixtures/${name}.txt` };

      it('equals the golden JSON document', () => {
        const golden: unknown = JSON.parse(readFileSync(join(expectedDir, `${name}.json`), 'utf8'));
        expect(extractQuotes(text, options)).toEqual(golden);
      });

      it('renders the golden Markdown report', () => {
        const goldenMd = join(expectedDir, `${name}.md`);
        expect(serializeMarkdown(extractQuotes(text, options))).toBe(readFileSync(goldenMd, 'utf8'));
      });

      it('slices out each quote by its code-point offsets', () => {
        expectOffsetsSliceQuoteText(text, extractQuotes(text, options));
      });

      it('satisfies the document schema', () => {
        expect(() => DocumentSchema.parse(extractQuotes(text, options))).not.toThrow();
      });

      it('gives byte-identical JSON on two runs', () => {
        expect(JSON.stringify(extractQuotes(text, options), null, 2)).toBe(JSON.stringify(extractQuotes(text, options), null, 2));
      });
    });
  }

  if (withoutGolden.length > 0) {
    it.skip(`no golden output yet (run scripts/update-golden.mjs): ${withoutGolden.map((n) => `fixtures/${n}.txt`).join(', ')}`, () => {});
  }
});

describe.skipIf(!existsSync(seedPath))('seed article ../shared/seed/kremlin-warning.txt', () => {
  const text = existsSync(seedPath) ? readText(seedPath) : '';
  const codePoints = [...text];
  const doc = (): Document => extractQuotes(text, { path: '../shared/seed/kremlin-warning.txt' });

  /** The code-point offset of the start of the first line beginning with `prefix`. */
  function lineStart(prefix: string): number {
    const lines = text.split('\n');
    let offset = 0;
    for (const line of lines) {
      if (line.startsWith(prefix)) return offset;
      offset += [...line].length + 1;
    }
    throw new Error(`no line starting with ${prefix} in the seed`);
  }

  function paragraphAt(d: Document, offset: number): Document['paragraphs'][number] | undefined {
    return d.paragraphs.find((p) => p.start <= offset && offset < Math.max(p.end, p.start + 1));
  }

  it('gives paragraph 0, the photo caption, the role caption', () => {
    const d = doc();
    expect(d.paragraphs[0]?.role).toBe('caption');
  });

  it('gives the LINK: and TAGS: lines the role metadata', () => {
    const d = doc();
    expect(paragraphAt(d, lineStart('LINK:'))?.role).toBe('metadata');
    expect(paragraphAt(d, lineStart('TAGS:'))?.role).toBe('metadata');
  });

  it('sets metadata.link to the LINK: URL', () => {
    expect(doc().metadata.link).toBe('https://www.ansarpress.com/english/24976');
  });

  it('attributes at least 9 direct or partial quotes to Vladimir Putin, and none to anyone else', () => {
    const quoted = doc().quotes.filter((q) => q.type === 'direct' || q.type === 'partial');
    const putin = quoted.filter((q) => q.speaker?.name === 'Vladimir Putin');
    expect(putin.length).toBeGreaterThanOrEqual(9);
    const others = quoted.filter((q) => q.speaker !== null && q.speaker.name !== 'Vladimir Putin');
    expect(others.map((q) => `${q.id} → ${q.speaker?.name ?? ''}: ${q.text}`)).toEqual([]);
  });

  it('slices out each quote by its code-point offsets', () => {
    const d = doc();
    expect(codePoints.length).toBeGreaterThan(0);
    expectOffsetsSliceQuoteText(text, d);
  });
});
