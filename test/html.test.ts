/**
 * `-f html`: a self-contained, inert report per article. All input text is escaped (script and
 * attribute-breaking payloads in the article, a speaker name and the path), the markup stays well
 * nested when quotes nest or cross, offsets are code points (astral characters), and under
 * --out-dir an index.html links every report.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema, type Document, type Quote } from '../src/schema/document.js';
import { HTML_FOOTER, htmlHeader, serializeHtml } from '../src/serialize/html.js';
import { serializeHtmlIndex, topSpeakers } from '../src/serialize/html-index.js';
import { assertBuilt, runCli } from './helpers/cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

/** Every element the report and the index may contain. */
const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'article', 'h1', 'h2', 'p', 'div', 'span',
  'dl', 'dt', 'dd', 'ul', 'li', 'code', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);

/** Every attribute they may carry: no event handler, no src. */
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'data-quote', 'data-speaker', 'data-n', 'title', 'href', 'rel']);

/** Decode the five entities escapeHtml writes. */
function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

/**
 * A small tokenizer for our own output: checks that tags nest properly and gives, for each quote
 * id, the text of all its pieces (`data-quote`) in order, and how many pieces it has.
 */
function quoteTexts(html: string): Map<string, { text: string; pieces: number }> {
  const texts = new Map<string, { text: string; pieces: number }>();
  const stack: { tag: string; quote?: string }[] = [];
  const VOID = new Set(['meta']);
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, tag, attributes, text] = match;
    if (text !== undefined) {
      for (const open of stack) {
        if (open.quote !== undefined) {
          const entry = texts.get(open.quote);
          if (entry !== undefined) entry.text += unescape(text);
        }
      }
      continue;
    }
    const name = (tag ?? '').toLowerCase();
    if (VOID.has(name) || name === 'style' || name === 'title') {
      if (closing === '' && (name === 'style' || name === 'title')) stack.push({ tag: name });
      else if (closing === '/') expect(stack.pop()?.tag, `</${name}> closes what it opened`).toBe(name);
      continue;
    }
    if (closing === '/') {
      expect(stack.pop()?.tag, `</${name}> closes what it opened`).toBe(name);
      continue;
    }
    const quote = /data-quote="([^"]*)"/.exec(attributes ?? '')?.[1];
    stack.push({ tag: name, ...(quote === undefined ? {} : { quote }) });
    if (quote !== undefined) {
      const entry = texts.get(quote) ?? { text: '', pieces: 0 };
      entry.pieces += 1;
      texts.set(quote, entry);
    }
  }
  expect(stack, 'every tag is closed').toEqual([]);
  return texts;
}

/** A page with one report, as a single input's file holds it. */
function page(document: Document, text: string): string {
  return htmlHeader(document.source.path) + serializeHtml(document, text) + HTML_FOOTER;
}

/** A document over `text` with quotes given by the (code point) ranges of their words. */
function documentFor(text: string, quotes: readonly { type: Quote['type']; start: number; end: number; speaker?: string }[], speakerName = 'Ana Lima'): Document {
  const codePoints = [...text];
  return DocumentSchema.parse({
    schemaVersion: 1,
    source: { path: 'article.txt', bytes: Buffer.byteLength(text), sha256: '0'.repeat(64) },
    metadata: { tags: [] },
    paragraphs: [{ index: 0, start: 0, end: codePoints.length, role: 'body' }],
    speakers: [{ id: 's1', name: speakerName, kind: 'person', titles: [], aliases: [], quoteCount: quotes.length, gender: 'female', genderEvidence: 'pronoun' }],
    quotes: quotes.map((quote, i) => ({
      id: `q${i + 1}`,
      type: quote.type,
      text: codePoints.slice(quote.start, quote.end).join(''),
      start: quote.start,
      end: quote.end,
      paragraph: 0,
      speaker: quote.speaker === 'none' ? null : { id: 's1', name: speakerName, mention: null, resolution: 'explicit' },
      cue: null,
      via: null,
      confidence: 0.8,
      continues: null,
    })),
    warnings: [],
  });
}

/** The code point range of `needle` in `text`. */
function range(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...needle].length };
}

describe('html escaping', () => {
  const text = `Council vote ${SCRIPT}\n\n"We will ${IMG} win ${SCRIPT}," said Ana Lima.`;
  const quoted = `We will ${IMG} win ${SCRIPT},`;
  const base = documentFor(text, [{ type: 'direct', ...range(text, quoted) }], `Ana ${SCRIPT}${IMG}`);
  const document = DocumentSchema.parse({
    ...base,
    source: { ...base.source, path: `news/${IMG}${SCRIPT}.txt`, id: `r${IMG}` },
    paragraphs: [
      { index: 0, start: 0, end: range(text, `Council vote ${SCRIPT}`).end, role: 'title' },
      { index: 1, ...range(text, `"We will ${IMG} win ${SCRIPT}," said Ana Lima.`), role: 'body' },
    ],
    metadata: { link: `javascript:alert(1)//${IMG}`, tags: [SCRIPT], author: IMG },
    quotes: base.quotes.map((quote) => ({ ...quote, cue: { text: `said${IMG}`, start: 0, end: 1 } })),
    warnings: [{ rule: `rule${IMG}`, message: `message ${SCRIPT}` }],
  });
  const html = page(document, text);

  it('no payload survives as markup: only our own elements and attributes', () => {
    // Every tag, attributes and all, in the one shape we write; values can hold no `"` (escaped).
    const tags = [...html.matchAll(/<[a-zA-Z!][^>]*>/g)].map((match) => match[0]);
    for (const tag of tags) {
      if (tag === '<!DOCTYPE html>') continue;
      expect(tag).toMatch(/^<[a-z][a-z0-9]*(\s[a-z-]+="[^"<>]*")*>$/);
      const name = /^<([a-z0-9]+)/.exec(tag)?.[1] ?? '';
      expect(ALLOWED_TAGS.has(name), name).toBe(true);
      const attributes = [...tag.matchAll(/\s([a-z-]+)="[^"]*"/g)].map((match) => match[1]);
      for (const attribute of attributes) expect(ALLOWED_ATTRIBUTES.has(attribute ?? ''), `${name} ${attribute}`).toBe(true);
    }
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
  });

  it('the payloads show as text wherever input appears: article, speaker, path, record, metadata, cue, warnings', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(`<title>Quotes: news/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;.txt</title>`);
    const texts = quoteTexts(html);
    expect(texts.get('q1')?.text).toBe(quoted);
    // A link that is not http(s) is shown, never made clickable.
    expect(html).not.toContain('href="javascript');
  });

  it('is inert and self-contained: a CSP that allows only the inline style, no external reference', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain('.q.direct');
    expect(style).not.toMatch(/url\(|@import|expression\(/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });
});

describe('html markup from intervals', () => {
  it('a partial quote inside an indirect one nests inside it', () => {
    const text = 'Lima said the plan was "a disgrace" and would be stopped.';
    const doc = documentFor(text, [
      { type: 'indirect', ...range(text, 'the plan was "a disgrace" and would be stopped') },
      { type: 'partial', ...range(text, 'a disgrace') },
    ]);
    const html = serializeHtml(doc, text);
    expect(html).toMatch(/<span class="q indirect c1" data-quote="q1"[^>]*>the plan was &quot;<span class="q partial c1" data-quote="q2"[^>]*>a disgrace<\/span>&quot; and would be stopped<\/span>/);
    const texts = quoteTexts(html);
    expect(texts.get('q1')).toEqual({ text: 'the plan was "a disgrace" and would be stopped', pieces: 1 });
    expect(texts.get('q2')).toEqual({ text: 'a disgrace', pieces: 1 });
  });

  it('crossing quotes are split into well-nested pieces that still cover each quote’s words', () => {
    const text = 'one two three four five six seven';
    const doc = documentFor(text, [
      { type: 'indirect', ...range(text, 'two three four') },
      { type: 'direct', ...range(text, 'four five six') },
      { type: 'partial', ...range(text, 'three four five six seven'), speaker: 'none' },
    ]);
    const texts = quoteTexts(serializeHtml(doc, text));
    expect(texts.get('q1')?.text).toBe('two three four');
    expect(texts.get('q2')?.text).toBe('four five six');
    expect(texts.get('q3')?.text).toBe('three four five six seven');
    expect((texts.get('q2')?.pieces ?? 0) + (texts.get('q3')?.pieces ?? 0)).toBeGreaterThan(2);
  });

  it('offsets are code points: astral characters before and inside a quote land where they should', () => {
    const text = '🙂🙂 𝒳 Ana said "𝒳 marks 🙂 the spot 🇳🇴" today, 🙂.';
    const doc = documentFor(text, [{ type: 'direct', ...range(text, '𝒳 marks 🙂 the spot 🇳🇴') }]);
    expect(doc.quotes[0]?.start).toBe(15);
    const html = serializeHtml(doc, text);
    expect(quoteTexts(html).get('q1')?.text).toBe('𝒳 marks 🙂 the spot 🇳🇴');
    expect(html).toContain('>🙂🙂 𝒳 Ana said &quot;<span');
    expect(html).toContain('</span>&quot; today, 🙂.</p>');
  });

  it('a leading byte-order mark is not counted, as in the document’s offsets', () => {
    const text = 'Ana said "yes" then.';
    const doc = documentFor(text, [{ type: 'direct', ...range(text, 'yes') }]);
    expect(quoteTexts(serializeHtml(doc, `\uFEFF${text}`)).get('q1')?.text).toBe('yes');
  });

  it('without the article text there is nothing to show: an error, not an empty report', () => {
    expect(() => serializeHtml(documentFor('a', []), undefined)).toThrow(/needs the article text/);
  });

  it('the legend lists each speaker with quote count, kind and gender; the unattributed quotes too', () => {
    const text = 'Ana said "yes" and "no" and "maybe".';
    const doc = documentFor(text, [
      { type: 'direct', ...range(text, 'yes') },
      { type: 'direct', ...range(text, 'no') },
      { type: 'direct', ...range(text, 'maybe'), speaker: 'none' },
    ]);
    const html = serializeHtml(doc, text);
    expect(html).toMatch(/<li class="c1" data-speaker="s1">.*Ana Lima<\/span> <span class="count">2 quotes<\/span><span class="about">person · female<\/span>/);
    expect(html).toContain('No speaker found</span> <span class="count">1 quote</span>');
  });
});

describe('html index', () => {
  const entries = [
    { href: 'a b/one.html', path: 'a b/one.txt', digest: { quotes: 3, speakers: [{ name: 'Ana Lima', quotes: 2 }, { name: 'Bo Ek', quotes: 1 }] } },
    { href: 'two.html', path: 'two.txt', digest: { quotes: 2, speakers: [{ name: 'Bo Ek', quotes: 1 }, { name: `Cy ${SCRIPT}`, quotes: 1 }] } },
  ];

  it('top speakers: most quotes first, then most files, then name', () => {
    expect(topSpeakers(entries)).toEqual([
      { name: 'Bo Ek', quotes: 2, files: 2 },
      { name: 'Ana Lima', quotes: 2, files: 1 },
      { name: `Cy ${SCRIPT}`, quotes: 1, files: 1 },
    ]);
  });

  it('links every report (URL-encoded) and escapes names', () => {
    const html = serializeHtmlIndex(entries);
    expect(html).toContain('<a href="a%20b/one.html">a b/one.txt</a>');
    expect(html).toContain('<a href="two.html">two.txt</a>');
    expect(html).toContain('<td>Bo Ek</td><td class="n">2</td><td class="n">2</td>');
    expect(html).toContain('Cy &lt;script&gt;');
    expect(html).not.toContain('<script');
  });
});

describe('html from the built command', { timeout: 30_000 }, () => {
  const dir = makeTempDir();
  const A = 'Mayor opens bridge\n\n"It is a great day for the city," Mayor Jo Park said on Friday.\n';
  const B = 'Storm closes port\n\n"We had no choice," harbour master Lena Ruiz said. Park said the port would reopen.\n';
  writeFileSync(path.join(dir, 'a.txt'), A);
  writeFileSync(path.join(dir, 'b.txt'), B);
  writeFileSync(path.join(dir, 'index.txt'), A);
  writeFileSync(path.join(dir, 'records.jsonl'), `${JSON.stringify({ id: 'r1', text: A })}\n${JSON.stringify({ id: 'r2', text: B })}\n`);
  const run = (args: string[]) => runCli(args, { cwd: dir });

  beforeAll(() => assertBuilt());

  it('a batch to stdout is one page holding every report in input order', async () => {
    const result = await run(['-f', 'html', 'a.txt', 'b.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(result.stdout.match(/<\/html>/g)).toHaveLength(1);
    expect([...result.stdout.matchAll(/<h1>([^<]*)<\/h1>/g)].map((match) => match[1])).toEqual(['a.txt', 'b.txt']);
    expect(result.stdout.endsWith('</html>\n')).toBe(true);
  });

  it('one input: the page is titled after it', async () => {
    const result = await run(['-f', 'html', 'a.txt']);
    expect(result.stdout).toContain('<title>Quotes: a.txt</title>');
    expect(quoteTexts(result.stdout).get('q1')?.text).toBe('It is a great day for the city,');
  });

  it('--out-dir: a page per input and an index.html linking them with the top speakers, written atomically', async () => {
    const result = await run(['-f', 'html', '--out-dir', 'out', 'a.txt', 'b.txt']);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.html', 'b.html', 'index.html']);
    const index = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toContain('<a href="a.html">a.txt</a>');
    expect(index).toContain('<a href="b.html">b.txt</a>');
    expect(index).toMatch(/<td>Jo Park<\/td><td class="n">\d+<\/td><td class="n">\d<\/td>/);
    for (const name of ['a', 'b']) {
      const report = readFileSync(path.join(dir, 'out', `${name}.html`), 'utf8');
      expect(report.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(report).toContain(`<title>Quotes: ${name}.txt</title>`);
      expect(report.endsWith('</html>\n')).toBe(true);
    }
  });

  it('JSONL records under --out-dir: one page for the file, a report per record, in the index once', async () => {
    const result = await run(['-f', 'html', '--input-format', 'jsonl', '--out-dir', 'recs', 'records.jsonl']);
    expect(result.code).toBe(0);
    const report = readFileSync(path.join(dir, 'recs', 'records.html'), 'utf8');
    expect(report.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(report.match(/<article class="report">/g)).toHaveLength(2);
    const index = readFileSync(path.join(dir, 'recs', 'index.html'), 'utf8');
    expect(index.match(/<a href="records.html">/g)).toHaveLength(1);
  });

  it('an input named index.txt never overwrites the index', async () => {
    await run(['-f', 'html', '--out-dir', 'idx', 'index.txt', 'a.txt']);
    expect(readFileSync(path.join(dir, 'idx', 'index.html'), 'utf8')).toContain('<h1>Quote reports</h1>');
  });

  it('other formats write no index', async () => {
    await run(['-f', 'md', '--out-dir', 'md', 'a.txt']);
    expect(existsSync(path.join(dir, 'md', 'index.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'md', 'a.md'))).toBe(true);
  });
});
