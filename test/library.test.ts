import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { DocumentSchema, extractQuotes, retextExtractQuotes } from '../src/index.js';

const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => f.endsWith('.txt')).sort();

function runPlugin(text: string, options?: Parameters<typeof retextExtractQuotes>[0]): VFile {
  const file = new VFile({ value: text, path: 'article.txt' });
  const processor = unified().use(retextEnglish).use(retextExtractQuotes, options);
  processor.runSync(processor.parse(file), file);
  return file;
}

describe('library surface', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual(
      expect.arrayContaining(['DocumentSchema', 'QuoteSchema', 'SpeakerSchema', 'decodeInput', 'documentJsonSchema', 'extractQuotes', 'retextExtractQuotes']),
    );
  });

  it('extractQuotes rejects a non-string with a message that says what to do', () => {
    expect(() => extractQuotes(Buffer.from('x') as unknown as string)).toThrow(/decode bytes first/);
  });

  it('extractQuotes reports path, id, bytes and sha256 of the input', () => {
    const doc = extractQuotes('"Yes," she said.', { path: 'a.txt', id: 'r1' });
    expect(doc.source).toMatchObject({ path: 'a.txt', id: 'r1', bytes: 16 });
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ...fixtures.map((name) => ({ name, text: readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'), id: undefined })),
    { name: 'metadata and a record id', text: 'Title here\n\nPublished: 2026-01-02\nAuthor: A. Writer\nSection: Local\nLINK: https://example.org/x\nTAGS: a, b\n\n"Yes," she said.', id: 'r7' },
  ])('builds $name in the contract key order (what DocumentSchema.parse gives)', ({ text, id }) => {
    const doc = extractQuotes(text, id === undefined ? {} : { id });
    expect(JSON.stringify(doc)).toBe(JSON.stringify(DocumentSchema.parse(doc)));
  });

  it('--types filtering keeps only the asked types', () => {
    const text = 'Officials said the bridge would reopen in May. "We are confident," the mayor said.';
    const all = extractQuotes(text).quotes.map((q) => q.type).sort();
    expect(all).toEqual(['direct', 'indirect']);
    expect(extractQuotes(text, { types: ['indirect'] }).quotes.map((q) => q.type)).toEqual(['indirect']);
  });
});

describe('retextExtractQuotes (unified plugin)', () => {
  it.each(fixtures)('gives the same quotes as extractQuotes on fixtures/%s', (name) => {
    const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
    const file = runPlugin(text);
    const doc = file.data.extractQuotes;
    expect(doc).toBeDefined();
    DocumentSchema.parse(doc);
    const direct = extractQuotes(text, { path: 'article.txt' });
    expect(doc?.quotes).toEqual(direct.quotes);
    expect(doc?.speakers).toEqual(direct.speakers);
    expect(file.data.quotes).toBe(doc?.quotes);
  });

  it('turns content warnings into vfile messages', () => {
    const file = runPlugin('Bridge to reopen\n\nThe mayor said on Monday: "We will rebuild the bridge.\n\nThe council met on Tuesday.');
    expect(file.messages.map((m) => m.ruleId)).toContain('unclosed-quote');
    expect(file.messages.every((m) => m.source === 'retext-extract-quotes' && m.fatal === false)).toBe(true);
  });

  it('throws on a types option that is not an array, naming the fix', () => {
    expect(() => runPlugin('x', { types: 'direct' as unknown as ['direct'] })).toThrow(/must be an array/);
  });
});

describe('the prebuilt lexicon (dist/attribute/lexicon.json)', () => {
  const built = new URL('../dist/attribute/lexicon.json', import.meta.url);
  it.skipIf(!existsSync(built))('is exactly the subset of compromise that nlp.ts reads from compromise itself', async () => {
    const { lexiconSubset } = await import('../src/attribute/nlp.js');
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(lexiconSubset());
  });
});
