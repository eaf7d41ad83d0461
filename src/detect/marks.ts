/**
 * Quote marks and which way they face.
 *
 * A mark's direction is read from its neighbours, not only from its glyph: news text has
 * straight marks, curly marks typed the wrong way round, guillemets facing either way
 * (French « », German » «), low-high „ “ and NYT-style doubled apostrophes ''…''.
 * A mark with a space (or the paragraph edge) on its left and a word on its right opens; the
 * mirror image closes; when the neighbours don't tell, the glyph does.
 */

export type MarkFamily = 'double' | 'single';
export type MarkDirection = 'open' | 'close' | 'either';

/** One quote mark found in the text (UTF-16 indices). */
export interface QuoteMark {
  start: number;
  end: number;
  family: MarkFamily;
  direction: MarkDirection;
  /** The mark as written: `"`, `“`, `''`, `«` … */
  glyph: string;
}

/** Which glyphs close a quotation opened by a glyph (messy text mixes them; these are the usual pairs). */
const PARTNERS: Record<string, string> = {
  '"': '"', '“': '”“', '”': '”“', '„': '“”', '‟': '”', "''": "''", '``': "''", '«': '»«', '»': '«»',
  "'": "'’", '‘': '’‘', '’': '’‘', '‚': '‘’', '‛': '’', '‹': '›‹', '›': '‹›',
};

/** Whether `close` is the partner glyph of `open`. */
export function closesGlyph(open: string, close: string): boolean {
  return (PARTNERS[open] ?? '').includes(close) || (open === "''" && close === "''");
}

/** Plain ASCII marks, which scraped text often mixes with typographic ones around nested quotes. */
export function isAsciiGlyph(glyph: string): boolean {
  return glyph === '"' || glyph === "''" || glyph === "'";
}

/** Every character that may be (part of) a quote mark. */
export const MARK_CHARS = /["“”„‟«»'‘’‚‛‹›`]/g;

const OPEN_GLYPH = new Set(['“', '„', '‟', '‘', '‚', '‛', '‹', '``']);
const CLOSE_GLYPH = new Set(['”', '’', '›']);
const DOUBLE_GLYPH = new Set(['"', '“', '”', '„', '‟', '«', '»', "''", '``']);

/**
 * Characters after which a mark is at the left edge of a quotation (invisible format characters
 * such as a left-to-right embedding, which scraped social-media posts carry, count as space).
 */
const LEFT_EDGE = /[\s\p{Cf}([{<\u2014\u2013\u2012\u2010/-]/u;
/** Characters before which a mark is at the right edge of a quotation. */
const RIGHT_EDGE = /[\s\p{Cf}.,;:!?)\]}>\u2014\u2013\u2012\u2010/\u2026-]/u;
const QUOTE_CHAR = /["“”„‟«»'‘’‚‛‹›`]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Elisions that begin with an apostrophe: '90s, '08, rock 'n' roll, 'em, 'tis, 'til, 'cause.
 * Checked against the text right after a candidate opening single mark.
 */
const LEADING_ELISION = /^(?:\d\d(?:s\b|\b)|\d0s\b|n['’]|em\b|tis\b|twas\b|til\b|cause\b|bout\b|round\b|nuff\b|ello\b|im\b)/i;
/** The same, anchored where `lastIndex` says (no slicing per mark). */
const LEADING_ELISION_AT = new RegExp(LEADING_ELISION.source.slice(1), 'iy');

/**
 * Which of the classes above a UTF-16 code unit is in, computed once per code unit and kept:
 * a few regex tests per mark added up to most of the scanner's time on mark-dense text.
 */
const IS_LEFT_EDGE = 1;
const IS_RIGHT_EDGE = 2;
const IS_QUOTE = 4;
const IS_WORD = 8;
const KNOWN = 128;
const classes = new Uint8Array(0x10000);
function classOf(code: number): number {
  let c = classes[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN |
      (LEFT_EDGE.test(ch) ? IS_LEFT_EDGE : 0) | (RIGHT_EDGE.test(ch) ? IS_RIGHT_EDGE : 0) |
      (QUOTE_CHAR.test(ch) ? IS_QUOTE : 0) | (WORD_CHAR.test(ch) ? IS_WORD : 0);
    classes[code] = c;
  }
  return c;
}

/**
 * Find and classify the quote marks in `text[start, end)`. Apostrophes (don't, Russia's,
 * the '90s, rock 'n' roll) are left out; an ambiguous trailing apostrophe (Jones' car) is
 * kept as a closing single mark, which the pairing ignores when no single quote is open.
 */
export function findMarks(text: string, start: number, end: number): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const tags = markupTags(text, start, end);
  let tag = 0;
  // A bounded loop, not a global regex from `start`: a regex search runs on past `end` to the
  // next mark in the text, which made scanning paragraph after paragraph quadratic.
  for (let i = start; i < end; i++) {
    if ((classOf(text.charCodeAt(i)) & IS_QUOTE) === 0) continue;
    // attribute values in scraped markup (<tweet id="…" author="…">) are no quotations
    while (tag < tags.length && (tags[tag] as [number, number])[1] <= i) tag++;
    if (tag < tags.length && (tags[tag] as [number, number])[0] <= i) continue;
    const ch = text[i] as string;
    const s = i;
    let e = s + 1;
    let glyph = ch;
    const next1 = text[e];
    if ((glyph === "'" || glyph === '`') && next1 === glyph && e < end) {
      glyph += glyph; // '' or ``
      e++;
    } else if (glyph === '`') {
      continue; // a lone backtick is no quote mark
    }
    i = e - 1;
    const prev = s > start ? classOf(text.charCodeAt(s - 1)) : -1;
    const next = e < end ? classOf(text.charCodeAt(e)) : -1;
    const family: MarkFamily = DOUBLE_GLYPH.has(glyph) ? 'double' : 'single';
    const left = prev < 0 || (prev & (IS_LEFT_EDGE | IS_QUOTE)) !== 0;
    const right = next < 0 || (next & (IS_RIGHT_EDGE | IS_QUOTE)) !== 0;
    let direction: MarkDirection;
    // `” … they are so not like him,” she said`: a mark before an ellipsis that opens the quoted
    // words faces right, whichever way it was typed
    if (left && right && text[e] === ' ' && (text[e + 1] === '\u2026' || text.startsWith('...', e + 1)) && e + 1 < end) direction = 'open';
    else if (left && !right) direction = 'open';
    else if (right && !left) direction = 'close';
    else if (OPEN_GLYPH.has(glyph)) direction = 'open';
    else if (CLOSE_GLYPH.has(glyph)) direction = 'close';
    else direction = 'either';

    if (family === 'single') {
      const prevWord = prev >= 0 && (prev & IS_WORD) !== 0;
      const nextWord = next >= 0 && (next & IS_WORD) !== 0;
      if (prevWord && nextWord) continue; // don't, Russia's, O'Brien
      if (direction !== 'close' && e < end) {
        // rock 'n' roll: both apostrophes of 'n' are elisions
        if (e + 1 < end && (text[e] === 'n' || text[e] === 'N') && (text[e + 1] === "'" || text[e + 1] === '’')) {
          i = e + 1;
          continue;
        }
        // near the range's end, look at the range only (a word cut by `end` ends there)
        if (e + 6 <= end) {
          LEADING_ELISION_AT.lastIndex = e;
          if (LEADING_ELISION_AT.test(text)) continue;
        } else if (LEADING_ELISION.test(text.slice(e, end))) continue;
      }
      if (glyph === "'" && direction === 'either') continue; // no evidence either way: an apostrophe
      if (glyph === '’' && direction === 'open' && !left) continue;
    }
    marks.push({ start: s, end: e, family, direction, glyph });
  }
  return marks;
}

const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,400})?\/?>/g;

/** Spans of markup tags (`<tweet id="1">`) in `text[start, end)`. */
function markupTags(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  // Search the paragraph only (indexOf or a regex from `start` would run to the end of the text).
  let any = false;
  for (let i = start; i < end && !any; i++) any = text.charCodeAt(i) === 0x3c;
  if (!any) return out;
  const slice = text.slice(start, end);
  TAG.lastIndex = 0;
  for (let m = TAG.exec(slice); m !== null; m = TAG.exec(slice)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}
