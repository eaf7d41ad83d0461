import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { loadProcessor } from '../src/cli/extractor.js';
import { QUOTE_TYPES } from '../src/schema/constants.js';
import { DocumentSchema } from '../src/schema/document.js';
import { createPaint } from '../src/serialize/chalk.js';
import { decideColorLevel, plainPaint, type Paint } from '../src/serialize/color.js';
import { FORMATS, FORMAT_NAMES, getFormat } from '../src/serialize/formats.js';
import { normalizeDocument, renderDocument } from '../src/serialize/validate.js';
import { printJson, serializeJson } from '../src/serialize/json.js';
import { serializeJsonl } from '../src/serialize/jsonl.js';
import { escapeMarkdown, serializeMarkdown } from '../src/serialize/markdown.js';
import { serializeText } from '../src/serialize/text.js';
import { SAMPLE_TEXT, sampleDocument } from './helpers/document.js';

const ESC = '\u001b[';
const color = createPaint(1);

describe('formats', () => {
  it('lists each format once with its own extension, json first', () => {
    expect(FORMAT_NAMES).toEqual(['json', 'jsonl', 'md', 'text', 'csv', 'html']);
    expect(new Set(FORMATS.map((format) => format.extension)).size).toBe(FORMATS.length);
    expect(getFormat('md').extension).toBe('md');
  });

  it('puts keys in schema order whatever order the document was built in', () => {
    const doc = sampleDocument();
    const shuffled = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    shuffled.source = { sha256: doc.source.sha256, bytes: doc.source.bytes, path: doc.source.path };
    expect(Object.keys(normalizeDocument(shuffled))).toEqual([
      'schemaVersion', 'source', 'metadata', 'paragraphs', 'speakers', 'quotes', 'warnings',
    ]);
    expect(renderDocument(shuffled, getFormat('json'), plainPaint)).toBe(renderDocument(doc, getFormat('json'), plainPaint));
  });

  it('refuses a document that breaks the contract', () => {
    const broken = { ...sampleDocument(), schemaVersion: 2 } as unknown as ReturnType<typeof sampleDocument>;
    expect(() => renderDocument(broken, getFormat('json'), plainPaint)).toThrow();
  });

  it.each(FORMAT_NAMES)('%s is deterministic and ends with a newline', (name) => {
    const a = renderDocument(sampleDocument(), getFormat(name), color, SAMPLE_TEXT);
    const b = renderDocument(sampleDocument(), getFormat(name), color, SAMPLE_TEXT);
    expect(a).toBe(b);
    expect(a.endsWith('\n')).toBe(true);
  });
});

describe('json', () => {
  it('is exactly JSON.stringify(doc, null, 2) without colour, and round-trips through the schema', () => {
    const doc = sampleDocument();
    const text = serializeJson(doc, plainPaint);
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(DocumentSchema.parse(JSON.parse(text))).toEqual(doc);
  });

  it('colours like jq: blue keys, green strings, and only adds escape codes', () => {
    const doc = sampleDocument();
    const text = serializeJson(doc, color);
    expect(text).toContain(`${ESC}34m`); // key: blue
    expect(text).toContain(`${ESC}32m"articles/putin.txt"`); // string: green
    expect(text).toContain(`${ESC}90mnull`); // null: grey
    expect(text.replace(/\u001b\[[0-9;]*m/g, '')).toBe(serializeJson(doc, plainPaint));
  });

  it('the colour printer, given no colour, prints what JSON.stringify prints (plain output takes JSON.stringify itself)', () => {
    for (const doc of [sampleDocument(), DocumentSchema.parse({ ...sampleDocument(), quotes: [], speakers: [], warnings: [], paragraphs: [] })]) {
      expect(printJson(doc, '', plainPaint)).toBe(JSON.stringify(doc, null, 2));
    }
  });

  it('prints empty arrays and objects as JSON.stringify does', () => {
    const doc = DocumentSchema.parse({ ...sampleDocument(), quotes: [], speakers: [], warnings: [], paragraphs: [] });
    expect(serializeJson(doc, plainPaint)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
});

describe('jsonl', () => {
  it('is one compact line that parses back', () => {
    const doc = sampleDocument();
    const line = serializeJsonl(doc);
    expect(line.split('\n')).toEqual([JSON.stringify(doc), '']);
    expect(DocumentSchema.parse(JSON.parse(line))).toEqual(doc);
  });
});

describe('md', () => {
  const md = serializeMarkdown(sampleDocument());

  it('has a title with the source, the speakers with titles and aliases, quotes with ¶ references', () => {
    expect(md.startsWith('# Quotes: articles/putin.txt\n')).toBe(true);
    expect(md).toContain('3 quotes · 2 speakers · 1 warning');
    expect(md).toContain('Link: <https://example.com/putin>');
    expect(md).toContain('## Speakers');
    expect(md).toContain('### Vladimir Putin\n\n*person · Russian President · also: Putin*');
    expect(md).toContain('> In case of attack, we will respond, (¶2, *said*)');
    expect(md).toContain('### the Kremlin');
    expect(md).toContain('> talks would go on (¶4, indirect, *said*)');
  });

  it('lists unattributed quotes after the speakers, then warnings', () => {
    expect(md).toContain('## Unattributed quotes\n\n> reckless (¶3, partial)');
    expect(md).toContain('## Warnings\n\n- `no-speaker` (at ');
    expect(md.indexOf('## Speakers')).toBeLessThan(md.indexOf('## Unattributed quotes'));
    expect(md.indexOf('## Unattributed quotes')).toBeLessThan(md.indexOf('## Warnings'));
  });

  it('names the record for JSONL input', () => {
    expect(serializeMarkdown(sampleDocument({ path: 'feed.jsonl', id: 'r7' }))).toMatch(/^# Quotes: feed\.jsonl — record r7\n/);
  });

  it('says so when there are no quotes', () => {
    const empty = DocumentSchema.parse({ ...sampleDocument(), quotes: [], speakers: [], warnings: [] });
    expect(serializeMarkdown(empty)).toContain('*No quotes found.*');
    expect(serializeMarkdown(empty)).not.toContain('## Warnings');
  });

  it.each([
    ['*bold* _it_ [link](x) <b>', '\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>'],
    ['# not a heading', '\\# not a heading'],
    ['two\r\nlines', 'two lines'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('text', () => {
  it('shows each quote with speaker, cue, type, paragraph and confidence', () => {
    const text = serializeText(sampleDocument(), plainPaint);
    expect(text).toContain('articles/putin.txt  3 quotes, 2 speakers');
    expect(text).toContain('  “In case of attack, we will respond,”\n    — Vladimir Putin said · direct · ¶2 · 0.93');
    expect(text).toContain('  “reckless”\n    — unattributed · partial · ¶3 · 0.40');
    expect(text).toContain('  talks would go on\n    — the Kremlin said · indirect · ¶4 · 0.61');
    expect(text).toContain('warning no-speaker @');
    expect(text).not.toContain(ESC);
  });

  it('is coloured with a colour chalk, and the same text without the codes', () => {
    const coloured = serializeText(sampleDocument(), color);
    expect(coloured).toContain(ESC);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(serializeText(sampleDocument(), plainPaint));
  });
});

describe('decideColorLevel', () => {
  it.each([
    { name: 'a terminal', flag: true, isTTY: true, env: {}, level: 1 },
    { name: 'a pipe', flag: true, isTTY: false, env: {}, level: 0 },
    { name: 'NO_COLOR on a terminal', flag: true, isTTY: true, env: { NO_COLOR: '1' }, level: 0 },
    { name: 'empty NO_COLOR is ignored', flag: true, isTTY: true, env: { NO_COLOR: '' }, level: 1 },
    { name: '--no-color on a terminal', flag: false, isTTY: true, env: {}, level: 0 },
    { name: '--no-color beats FORCE_COLOR', flag: false, isTTY: true, env: { FORCE_COLOR: '1' }, level: 0 },
    { name: 'FORCE_COLOR on a pipe', flag: true, isTTY: false, env: { FORCE_COLOR: '1' }, level: 1 },
    { name: 'FORCE_COLOR=3', flag: true, isTTY: false, env: { FORCE_COLOR: '3' }, level: 3 },
    { name: 'FORCE_COLOR=0 on a terminal', flag: true, isTTY: true, env: { FORCE_COLOR: '0' }, level: 0 },
    { name: 'TERM=dumb', flag: true, isTTY: true, env: { TERM: 'dumb' }, level: 0 },
    { name: '256 colours', flag: true, isTTY: true, env: { TERM: 'xterm-256color' }, level: 2 },
    { name: 'truecolor', flag: true, isTTY: true, env: { COLORTERM: 'truecolor' }, level: 3 },
  ] as const)('$name → $level', ({ flag, isTTY, env, level }) => {
    expect(decideColorLevel({ flag, isTTY, env })).toBe(level);
  });

  it('gives plain output under NO_COLOR even for a terminal', () => {
    const chalk = createPaint(decideColorLevel({ flag: true, isTTY: true, env: { NO_COLOR: '1' } }));
    expect(serializeJson(sampleDocument(), chalk)).not.toContain(ESC);
  });
});

describe('plainPaint (uncoloured output without loading chalk)', () => {
  const styles: [string, (p: Paint) => (text: string) => string][] = [
    ['bold', (p) => p.bold],
    ['bold.underline', (p) => p.bold.underline],
    ['dim', (p) => p.dim],
    ['gray', (p) => p.gray],
    ['red', (p) => p.red],
    ['green', (p) => p.green],
    ['yellow', (p) => p.yellow],
    ['blue.bold', (p) => p.blue.bold],
    ['cyan.bold', (p) => p.cyan.bold],
  ];
  it.each(styles)('%s returns its text as chalk at level 0 does, and chalk at level 1 colours it', (_name, style) => {
    for (const text of ['', 'Putin', '“quoted”\n  — 0.93']) {
      expect(style(plainPaint)(text)).toBe(style(createPaint(0))(text));
      expect(style(plainPaint)(text)).toBe(text);
    }
    expect(style(createPaint(1))('Putin')).toContain(ESC);
  });

  it('renders every format exactly as chalk at level 0 does', () => {
    const level0 = new Chalk({ level: 0 });
    for (const format of FORMATS) expect(format.serialize(sampleDocument(), plainPaint, SAMPLE_TEXT)).toBe(format.serialize(sampleDocument(), level0, SAMPLE_TEXT));
  });

  it('a processor loaded without colour renders plain text and refuses colour as that input’s failure', async () => {
    const plain = await loadProcessor({ color: false });
    const coloured = await loadProcessor({ color: true });
    const request = { text: 'Okafor said, "We will rebuild the pier."', path: 'a.txt', types: QUOTE_TYPES, keepNonQuotations: false, format: 'json', colorLevel: 0 } as const;
    const a = plain(request);
    expect(a.ok && a.rendered).toContain('"We will rebuild the pier."');
    expect(a.ok && a.rendered).not.toContain(ESC);
    expect(coloured({ ...request, colorLevel: 1 })).toMatchObject({ ok: true, rendered: expect.stringContaining(ESC) });
    expect(plain({ ...request, colorLevel: 1 })).toEqual({ ok: false, reason: 'internal error: colour level 1 asked of a processor loaded without colour' });
  });
});
