/**
 * `html`: a report a journalist opens in a browser to review one article: the article's
 * paragraphs with every quote highlighted in its speaker's colour, the quote's type shown by its
 * style (direct: solid fill; partial: underline; indirect: dotted outline; stance: italic with a
 * dashed underline), a native tooltip with speaker, cue and confidence, a legend of the speakers
 * and the warnings. Self-contained, without script (html-page.ts).
 *
 * A document renders as one `<article>`; the page around it (`htmlHeader`, `PAGE_END`) is written
 * once per stream, so a batch to stdout is one page with every report in turn.
 *
 * Quotes may nest (a partial quote inside an indirect one) and may cross; the markup is built
 * from the intervals so that it is always well nested: a quote that crosses another is split
 * into pieces, each carrying the quote's id (`data-quote`).
 */
import type { Document, Paragraph, Quote, Speaker } from '../schema/document.js';
import { QUOTE_TYPES } from '../schema/constants.js';
import { colorClass, count, escapeHtml, pageStart } from './html-page.js';

export { PAGE_END as HTML_FOOTER } from './html-page.js';

/** The start of a page of reports; `title` names the one input it holds, when it holds one. */
export function htmlHeader(title?: string): string {
  return pageStart(title === undefined ? 'Quotes — extract-quotes' : `Quotes: ${title}`);
}

/**
 * Serialize one document as an HTML `<article>`. `text` is the input the document was made from
 * (its offsets point into it); without it there is nothing to show, so it is an error.
 */
export function serializeHtml(document: Document, text: string | undefined): string {
  if (text === undefined) throw new Error('the html format needs the article text');
  // As extractQuotes does: offsets count from after a leading byte-order mark.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Offsets are code points: index an array of them, never the UTF-16 string.
  const codePoints = Array.from(body);
  const { source, speakers, quotes, warnings } = document;
  const parts: string[] = ['<article class="report">'];

  const record = source.id === undefined ? '' : ` <span class="about">record ${escapeHtml(source.id)}</span>`;
  parts.push(`<h1>${escapeHtml(source.path)}${record}</h1>`);
  parts.push(`<p class="facts">${[count(quotes.length, 'quote'), count(speakers.length, 'speaker'), count(warnings.length, 'warning')].join(' · ')}</p>`);
  parts.push(renderMetadata(document));
  parts.push(renderLegend(document));
  parts.push('<h2>Article</h2>', '<div class="article">', renderParagraphs(document, codePoints), '</div>');
  if (warnings.length > 0) {
    parts.push('<h2>Warnings</h2>', '<ul class="warnings">');
    for (const warning of warnings) {
      const at = warning.start === undefined ? '' : ` at ${warning.start}${warning.end === undefined ? '' : `–${warning.end}`}`;
      parts.push(`<li><code>${escapeHtml(warning.rule)}</code>${at}: ${escapeHtml(warning.message)}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</article>');
  return `${parts.join('\n')}\n`;
}

/** Header and trailer lines (LINK:, Published: …) as a definition list; a web link is clickable. */
function renderMetadata({ metadata }: Document): string {
  const rows: string[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (value === undefined) continue;
    const shown = Array.isArray(value) ? value.join(', ') : value;
    if (shown === '') continue;
    // Only http(s) becomes a link: never `javascript:` or `data:` from an article.
    const cell = key === 'link' && /^https?:\/\/[^\s"'<>]+$/i.test(shown) ? `<a href="${escapeHtml(shown)}" rel="noreferrer">${escapeHtml(shown)}</a>` : escapeHtml(shown);
    rows.push(`<dt>${escapeHtml(key)}</dt><dd>${cell}</dd>`);
  }
  return rows.length === 0 ? '' : `<dl class="meta">${rows.join('')}</dl>`;
}

/** Speakers (colour, name, kind, titles, gender, quote count), unattributed quotes, and the key to the styles. */
function renderLegend({ speakers, quotes }: Document): string {
  const counts = new Map<string | null, number>();
  for (const quote of quotes) counts.set(quote.speaker?.id ?? null, (counts.get(quote.speaker?.id ?? null) ?? 0) + 1);
  const items = speakers.map((speaker) => legendItem(speaker, counts.get(speaker.id) ?? 0));
  const unattributed = counts.get(null) ?? 0;
  if (unattributed > 0) {
    items.push(`<li class="cu"><span class="swatch"></span><span><span class="who">No speaker found</span> <span class="count">${count(unattributed, 'quote')}</span></span></li>`);
  }
  const types = QUOTE_TYPES.map((type) => [type, quotes.filter((quote) => quote.type === type).length] as const).filter(([, n]) => n > 0);
  const key = types.map(([type, n]) => `<span><span class="q ${type} cu">${type}</span> ${n}</span>`).join('');
  return [
    '<h2>Speakers</h2>',
    items.length === 0 ? '<p class="facts">No quotes found.</p>' : `<ul class="legend">${items.join('')}</ul>`,
    key === '' ? '' : `<div class="key">${key}</div>`,
  ].join('\n');
}

function legendItem(speaker: Speaker, quotes: number): string {
  const about = [speaker.kind, ...speaker.titles];
  if (speaker.gender !== null) about.push(speaker.gender);
  if (speaker.aliases.length > 0) about.push(`also ${speaker.aliases.join(', ')}`);
  return (
    `<li class="${colorClass(speaker.id)}" data-speaker="${escapeHtml(speaker.id)}"><span class="swatch"></span><span>` +
    `<span class="who">${escapeHtml(speaker.name)}</span> <span class="count">${count(quotes, 'quote')}</span>` +
    `<span class="about">${escapeHtml(about.join(' · '))}</span></span></li>`
  );
}

/** One quote's share of a paragraph, in code points. */
interface Piece {
  readonly quote: Quote;
  readonly start: number;
  readonly end: number;
  /** The quote's place in the document, to order identical intervals. */
  readonly order: number;
}

/** Every paragraph, with the quotes in it marked up. */
function renderParagraphs(document: Document, codePoints: readonly string[]): string {
  const paragraphs: readonly Paragraph[] =
    document.paragraphs.length > 0 ? document.paragraphs : [{ index: 0, start: 0, end: codePoints.length, role: 'body' }];
  const speakers = new Map(document.speakers.map((speaker) => [speaker.id, speaker]));
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const from = Math.min(paragraph.start, codePoints.length);
    const to = Math.min(Math.max(paragraph.end, from), codePoints.length);
    // Clipped to the paragraph: a quote is in one paragraph, but a hand-made document may say otherwise.
    const pieces: Piece[] = [];
    document.quotes.forEach((quote, order) => {
      const start = Math.max(quote.start, from);
      const end = Math.min(quote.end, to);
      if (start < end) pieces.push({ quote, start, end, order });
    });
    const inner = markUp(codePoints, from, to, pieces, (quote) => openTag(quote, speakers));
    out.push(`<p class="para ${paragraph.role}" data-n="${paragraph.index + 1}">${inner}</p>`);
  }
  return out.join('\n');
}

/**
 * The text of `[from, to)` with a `<span>` around every piece, well nested whatever the pieces
 * do. Between two consecutive boundaries the set of covering pieces is fixed; it is opened
 * outermost first (earlier start, then later end). Moving on, the spans that stay open are the
 * longest common prefix of the old and new sets: the rest is closed and opened again, which is
 * how a crossing quote is split.
 */
function markUp(
  codePoints: readonly string[],
  from: number,
  to: number,
  pieces: readonly Piece[],
  open: (quote: Quote) => string,
): string {
  const bounds = [...new Set([from, to, ...pieces.flatMap((piece) => [piece.start, piece.end])])].sort((a, b) => a - b);
  let html = '';
  let stack: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i] as number;
    const b = bounds[i + 1] as number;
    const covering = pieces
      .filter((piece) => piece.start <= a && piece.end >= b)
      .sort((x, y) => x.start - y.start || y.end - x.end || x.order - y.order);
    let kept = 0;
    while (kept < stack.length && kept < covering.length && stack[kept] === covering[kept]) kept++;
    html += '</span>'.repeat(stack.length - kept);
    for (const piece of covering.slice(kept)) html += open(piece.quote);
    stack = covering;
    html += escapeHtml(codePoints.slice(a, b).join(''));
  }
  return html + '</span>'.repeat(stack.length);
}

/** The opening tag of a quote: type and colour as classes, the details as a native tooltip. */
function openTag(quote: Quote, speakers: ReadonlyMap<string, Speaker>): string {
  const speaker = quote.speaker === null ? undefined : speakers.get(quote.speaker.id);
  const who = quote.speaker === null ? 'No speaker found' : quote.speaker.name;
  const titles = speaker === undefined || speaker.titles.length === 0 ? '' : ` (${speaker.titles.join(', ')})`;
  const facts = [quote.type, quote.cue === null ? 'no cue' : `cue “${quote.cue.text}”`, `confidence ${quote.confidence.toFixed(2)}`];
  const tip = `${who}${titles}\n${facts.join(' · ')}\n${quote.id}${quote.continues === null ? '' : `, continues ${quote.continues}`}`;
  return `<span class="q ${quote.type} ${colorClass(quote.speaker?.id)}" data-quote="${escapeHtml(quote.id)}" title="${escapeHtml(tip)}">`;
}
