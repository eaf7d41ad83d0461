/**
 * `-f csv` as the contract says: one row per quote under one header row (RFC 4180), read back
 * with a real CSV parser (csv-parse), for every shipped fixture, through the formula guard and
 * fields holding quotes, commas and line ends; one header per stream in the built command.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract.js';
import { DocumentSchema, type Document } from '../src/schema/document.js';
import { CSV_HEADER, serializeCsv } from '../src/serialize/csv.js';
import { assertBuilt, ROOT, runCli } from './helpers/cli.js';
import { sampleDocument } from './helpers/document.js';
import { makeTempDir } from './helpers/temp-dir.js';

const COLUMNS = ['path', 'id', 'quote', 'type', 'speaker', 'speaker_kind', 'gender', 'text', 'cue', 'paragraph', 'start', 'end', 'confidence'];

type Row = Record<(typeof COLUMNS)[number], string>;

/** Parse CSV text strictly: every row has the header's columns. */
function readCsv(text: string): Row[] {
  return parse(text, { columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as Row[];
}

/** What a cell should hold: the formula guard's `'` before a leading = + - @ tab or CR. */
function guarded(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The row each quote should come back as. */
function expectedRows(document: Document): Row[] {
  const speakers = new Map(document.speakers.map((speaker) => [speaker.id, speaker]));
  return document.quotes.map((quote) => {
    const speaker = quote.speaker === null ? undefined : speakers.get(quote.speaker.id);
    return {
      path: guarded(document.source.path),
      id: document.source.id === undefined ? '' : guarded(document.source.id),
      quote: quote.id,
      type: quote.type,
      speaker: quote.speaker === null ? '' : guarded(quote.speaker.name),
      speaker_kind: speaker?.kind ?? '',
      gender: speaker?.gender ?? '',
      text: guarded(quote.text),
      cue: quote.cue === null ? '' : guarded(quote.cue.text),
      paragraph: String(quote.paragraph),
      start: String(quote.start),
      end: String(quote.end),
      confidence: String(quote.confidence),
    };
  });
}

const fixturesDir = path.join(ROOT, 'fixtures');
const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.txt')).sort();

describe('csv', () => {
  it('the header row names the contract’s columns, in order, ending with CRLF', () => {
    expect(CSV_HEADER).toBe(`${COLUMNS.join(',')}\r\n`);
  });

  it('there are shipped fixtures to round-trip', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures)('%s: every quote comes back from a CSV parser with its text, offsets and speaker', (name) => {
    const text = readFileSync(path.join(fixturesDir, name), 'utf8');
    const document = extractQuotes(text, { path: `fixtures/${name}` });
    expect(document.quotes.length).toBeGreaterThan(0);
    const csv = CSV_HEADER + serializeCsv(document);
    const rows = readCsv(csv);
    expect(rows).toEqual(expectedRows(document));
    // Offsets slice the quoted words out of the article (in code points), straight from the cells.
    const codePoints = [...text];
    for (const row of rows) {
      const quote = document.quotes.find((candidate) => candidate.id === row.quote);
      expect(codePoints.slice(Number(row.start), Number(row.end)).join('').replace(/\s+/g, ' ').trim()).toBe(quote?.text);
    }
  });

  it('a record id fills the id column; the gender and kind of the speaker come from the speaker list', () => {
    const rows = readCsv(CSV_HEADER + serializeCsv(sampleDocument({ id: 'rec-7' })));
    expect(rows.map((row) => [row.id, row.quote, row.speaker, row.speaker_kind, row.gender])).toEqual([
      ['rec-7', 'q1', 'Vladimir Putin', 'person', 'male'],
      ['rec-7', 'q2', '', '', ''],
      ['rec-7', 'q3', 'the Kremlin', 'organization', ''],
    ]);
  });

  /** The sample with the first quote's text, speaker name and cue replaced. */
  function withQuote(text: string, speaker = 'Vladimir Putin', cue = 'said'): Document {
    const doc = sampleDocument();
    const [first, ...rest] = doc.quotes;
    if (first?.speaker == null || first.cue === null) throw new Error('sample changed');
    return DocumentSchema.parse({
      ...doc,
      speakers: doc.speakers.map((s) => (s.id === 's1' ? { ...s, name: speaker } : s)),
      quotes: [{ ...first, text, speaker: { ...first.speaker, name: speaker }, cue: { ...first.cue, text: cue } }, ...rest],
    });
  }

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1 for the plan', `'+1 for the plan`],
    ['-5 percent is nothing', `'-5 percent is nothing`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\tcmd', `'\tcmd`],
    ['Fine words', 'Fine words'],
    ['a = b + c', 'a = b + c'],
  ])('formula guard: %j becomes %j', (text, cell) => {
    const [row] = readCsv(CSV_HEADER + serializeCsv(withQuote(text, `=cmd|' /C calc'!A0`, '@said')));
    expect(row?.text).toBe(cell);
    expect(row?.speaker).toBe(`'=cmd|' /C calc'!A0`);
    expect(row?.cue).toBe(`'@said`);
  });

  it('quotes, commas and line ends inside a field are quoted as RFC 4180 says and come back whole', () => {
    const text = 'He said, "no, never",\nthen left;\r\nfor good';
    const csv = CSV_HEADER + serializeCsv(withQuote(text, 'Smith, "Jr."'));
    expect(csv).toContain(',"He said, ""no, never"",\nthen left;\r\nfor good",');
    expect(csv).toContain(',"Smith, ""Jr.""",');
    const [row] = readCsv(csv);
    expect(row?.text).toBe(text);
    expect(row?.speaker).toBe('Smith, "Jr."');
    expect(csv.split('\r\n').at(-1)).toBe('');
  });

  it('a document without quotes has no rows', () => {
    expect(serializeCsv(DocumentSchema.parse({ ...sampleDocument(), quotes: [], speakers: [] }))).toBe('');
  });
});

describe('csv from the built command', { timeout: 30_000 }, () => {
  const dir = makeTempDir();
  const A = 'Mayor opens bridge\n\n"It is a great day for the city," Mayor Jo Park said on Friday.\n';
  const B = 'Storm closes port\n\n"We had no choice," harbour master Lena Ruiz said, adding that ships would wait.\n';
  const EMPTY = 'The bridge opened on Friday.\n\nTraffic was light in the morning.\n';
  writeFileSync(path.join(dir, 'a.txt'), A);
  writeFileSync(path.join(dir, 'b.txt'), B);
  writeFileSync(path.join(dir, 'empty.txt'), EMPTY);
  writeFileSync(path.join(dir, 'records.jsonl'), `${JSON.stringify({ id: 'r1', text: A })}\n${JSON.stringify({ id: 'r2', text: B })}\n`);
  const run = (args: string[]) => runCli(args, { cwd: dir });

  beforeAll(() => assertBuilt());

  it('a batch to stdout is one table: one header, then every input’s rows in input order', async () => {
    const result = await run(['-f', 'csv', 'a.txt', 'empty.txt', 'b.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(CSV_HEADER)).toBe(true);
    expect(result.stdout.split(CSV_HEADER)).toHaveLength(2);
    const rows = readCsv(result.stdout);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect([...new Set(rows.map((row) => row.path))]).toEqual(['a.txt', 'b.txt']);
    expect(rows.find((row) => row.path === 'a.txt')?.text).toBe('It is a great day for the city,');
  });

  it('one input without quotes still gives the header, so the table has its columns', async () => {
    const result = await run(['-f', 'csv', 'empty.txt']);
    expect(result.stdout).toBe(CSV_HEADER);
  });

  it('--out-dir: each file is a table with its own header', async () => {
    const result = await run(['-f', 'csv', '--out-dir', 'out', 'a.txt', 'b.txt', 'empty.txt']);
    expect(result.code).toBe(0);
    for (const name of ['a', 'b']) {
      const text = readFileSync(path.join(dir, 'out', `${name}.csv`), 'utf8');
      expect(text.startsWith(CSV_HEADER)).toBe(true);
      expect(text.split(CSV_HEADER)).toHaveLength(2);
      expect(readCsv(text).map((row) => row.path)).toEqual(expect.arrayContaining([`${name}.txt`]));
    }
    expect(readFileSync(path.join(dir, 'out', 'empty.csv'), 'utf8')).toBe(CSV_HEADER);
  });

  it('JSONL records: the id column holds each record’s id, one header for the file', async () => {
    for (const args of [['-f', 'csv', '--input-format', 'jsonl', 'records.jsonl'], ['-f', 'csv', '--input-format', 'jsonl', '--out-dir', 'recs', 'records.jsonl']]) {
      const result = await run(args);
      expect(result.code).toBe(0);
      const text = args.includes('--out-dir') ? readFileSync(path.join(dir, 'recs', 'records.csv'), 'utf8') : result.stdout;
      expect(text.split(CSV_HEADER)).toHaveLength(2);
      const rows = readCsv(text);
      expect([...new Set(rows.map((row) => row.id))]).toEqual(['r1', 'r2']);
      expect(rows.every((row) => row.path === 'records.jsonl')).toBe(true);
    }
  });

  it('--jobs 2 writes the bytes --jobs 1 writes', async () => {
    const [one, two] = await Promise.all([run(['-f', 'csv', '--jobs', '1', 'a.txt', 'b.txt']), run(['-f', 'csv', '--jobs', '2', 'a.txt', 'b.txt'])]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).not.toBe('');
  });
});
