/**
 * Untrusted text must not drive the terminal (or a spreadsheet, or a browser): every human format
 * shows control characters and bidi controls visibly; JSON and JSONL write every one as a `\\u` escape.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, type Document } from '../src/schema/document.js';
import { createPaint } from '../src/serialize/chalk.js';
import { plainPaint } from '../src/serialize/color.js';
import { getFormat, type FormatName } from '../src/serialize/formats.js';
import { visibleDocument, visibleText } from '../src/serialize/safe-text.js';
import { SAMPLE_TEXT, sampleDocument } from './helpers/document.js';

/** `ESC ] 0 ; pwned BEL`: sets the terminal's title. Ten code points. */
const TITLE = '\u001b]0;pwned\u0007';
/** A right-to-left override, closed by a pop. */
const BIDI = '\u202eevil\u202c';
/** CSI as a C1 control, then "erase the screen". */
const C1 = '\u009b2J';
const PAYLOAD = `${TITLE}${BIDI}${C1}`;
/** How each format must show it. */
const SHOWN = '␛]0;pwned␇\\u202eevil\\u202c\\u009b2J';
/** The same in Markdown text, where `]` and `\\` are escaped. */
const SHOWN_MD = '␛\\]0;pwned␇\\\\u202eevil\\\\u202c\\\\u009b2J';

/** Any character that must not reach the output raw: written out here, independently of the code. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

describe('visibleText', () => {
  it.each([
    ['ESC ] 0 ; pwned BEL', TITLE, '␛]0;pwned␇'],
    ['NUL, DEL and a lone carriage return', 'a\u0000b\u007fc\rd', 'a␀b␡c␍d'],
    ['vertical tab, form feed, unit separator', '\u000b\u000c\u001f', '␋␌␟'],
    ['C1 controls (NEL, CSI)', '\u0085\u009b', '\\u0085\\u009b'],
    ['bidi overrides and isolates', '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069', '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069'],
  ])('%s', (_name, input, expected) => {
    expect(visibleText(input)).toBe(expected);
  });

  it('keeps tab, line feed and CRLF line ends, and every other character, as they are', () => {
    const text = 'a\tb\nc\r\nd «é» — 🙂 \u200e\u00a0';
    expect(visibleText(text)).toBe(text);
  });

  it('changes strings only: offsets, ids and the input document stay as they were', () => {
    const doc = DocumentSchema.parse({ ...sampleDocument(), warnings: [{ rule: 'x', message: PAYLOAD, start: 3, end: 4 }] });
    const before = JSON.stringify(doc);
    const shown = visibleDocument(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(shown.warnings).toEqual([{ rule: 'x', message: SHOWN, start: 3, end: 4 }]);
    expect(shown.quotes.map(({ start, end, id }) => ({ start, end, id }))).toEqual(doc.quotes.map(({ start, end, id }) => ({ start, end, id })));
  });
});

/**
 * The sample document with the payload in every string a format may show: quote text, speaker
 * names, titles and aliases, cue, warnings, metadata, the source path and record id. The article
 * text has it too (html shows the article), over ten code points of the first quote, so that
 * offsets still point where they did.
 */
function hostile(): { document: Document; text: string } {
  const doc = sampleDocument({ path: `articles/${PAYLOAD}.txt`, id: `rec-${PAYLOAD}` });
  const text = SAMPLE_TEXT.replace('In case of', TITLE);
  expect([...text]).toHaveLength([...SAMPLE_TEXT].length);
  const document = DocumentSchema.parse({
    ...doc,
    metadata: { link: `https://example.com/${PAYLOAD}`, tags: [PAYLOAD], author: `Ann ${PAYLOAD}` },
    speakers: doc.speakers.map((speaker) => ({ ...speaker, name: `${speaker.name} ${PAYLOAD}`, titles: [PAYLOAD], aliases: [PAYLOAD] })),
    quotes: doc.quotes.map((quote) => ({
      ...quote,
      text: `${quote.text} ${PAYLOAD}`,
      speaker: quote.speaker === null ? null : { ...quote.speaker, name: `${quote.speaker.name} ${PAYLOAD}` },
      cue: quote.cue === null ? null : { ...quote.cue, text: `said ${PAYLOAD}` },
    })),
    warnings: [{ rule: 'no-speaker', message: `No speaker for ${PAYLOAD}` }],
  });
  return { document, text };
}

/** What each human format shows of the payload, field by field. */
const FIELDS: Record<'text' | 'md' | 'csv' | 'html', readonly string[]> = {
  text: [`articles/${SHOWN}.txt`, `Vladimir Putin ${SHOWN}`, `said ${SHOWN}`, `respond, ${SHOWN}`, `No speaker for ${SHOWN}`],
  md: [`articles/${SHOWN_MD}.txt`, `Vladimir Putin ${SHOWN_MD}`, `said ${SHOWN_MD}`, `respond, ${SHOWN_MD}`, `No speaker for ${SHOWN_MD}`, `https://example.com/${SHOWN}`],
  csv: [`articles/${SHOWN}.txt`, `rec-${SHOWN}`, `Vladimir Putin ${SHOWN}`, `said ${SHOWN}`, `respond, ${SHOWN}`],
  html: [
    `articles/${SHOWN}.txt`,
    `rec-${SHOWN}`,
    `Vladimir Putin ${SHOWN}`,
    `No speaker for ${SHOWN}`,
    `https://example.com/${SHOWN}`,
    `Ann ${SHOWN}`,
    // the article text itself, inside the first quote's highlight
    '␛]0;pwned␇ attack',
  ],
};

describe.each(['text', 'md', 'csv', 'html'] as const)('%s shows control and bidi characters visibly', (name: FormatName & keyof typeof FIELDS) => {
  const { document, text } = hostile();
  const render = (paint = plainPaint): string => {
    const format = getFormat(name);
    return format.header(document.source.path) + format.serialize(document, paint, text) + format.footer;
  };

  it('no control or bidi character of the input reaches the output', () => {
    expect(render()).not.toMatch(RAW);
  });

  it('each field carrying the payload shows it as ␛…␇ and \\u escapes', () => {
    // html escapes no character of the shown payload, so the same strings are looked for.
    const output = render();
    for (const field of FIELDS[name]) expect(output, field).toContain(field);
  });

  if (name === 'text') {
    it('coloured, the only escape sequences are the colours it adds', () => {
      const output = render(createPaint(1));
      expect(output).toContain('\u001b[');
      expect(output.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
    });
  }

  if (name === 'csv') {
    it('a CSV reader gets the visible form in every cell', () => {
      const rows = parse(render(), { columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row.path)).toEqual([`articles/${SHOWN}.txt`, `articles/${SHOWN}.txt`, `articles/${SHOWN}.txt`]);
      expect(rows[0]?.speaker).toBe(`Vladimir Putin ${SHOWN}`);
      expect(rows[0]?.cue).toBe(`said ${SHOWN}`);
    });
  }
});

describe('json and jsonl', () => {
  for (const name of ['json', 'jsonl'] as const) {
    for (const colored of [false, true]) {
      it(`${name}${colored ? ' (coloured)' : ''} writes C0, C1 and bidi controls as \\u escapes and parses back to the same document`, () => {
        const { document } = hostile();
        const paint = colored ? createPaint(3) : plainPaint;
        if (colored && !getFormat(name).colored) return;
        const output = getFormat(name).serialize(document, paint, '');
        // (colour codes are ours: strip them before looking for raw controls)
        const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
        expect(RAW.test(plain)).toBe(false);
        expect(plain).toContain('\\u001b]0;pwned\\u0007');
        expect(plain).toContain('\\u202e');
        expect(plain).toContain('\\u009b');
        const parsed: unknown = name === 'json' ? JSON.parse(plain) : JSON.parse(plain.trim());
        expect(parsed).toEqual(document);
      });
    }
  }
});
