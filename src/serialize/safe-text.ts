/**
 * Untrusted text made safe to show: articles come from scrapers, so anyone can put bytes in
 * them, and a terminal obeys control characters (`ESC ] 0 ; … BEL` sets its title; other
 * sequences move the cursor and rewrite what the screen shows). Bidi overrides and isolates
 * reorder what a reader sees (a "Trojan Source" line). Every human format (text, md, csv, html)
 * passes the text it shows through {@link visibleText}; JSON escapes on its own.
 *
 * The scheme, one rule per kind of character:
 * - C0 controls U+0000–U+001F (but tab and line feed) and DEL U+007F show as their Control
 *   Picture, one character wide: ESC → `␛` (U+241B), BEL → `␇`, NUL → `␀`, DEL → `␡`.
 *   A carriage return right before a line feed is a line end (CRLF files) and is kept; a lone
 *   carriage return, which sends the cursor back over the line, shows as `␍`.
 * - C1 controls U+0080–U+009F and the bidi embeddings, overrides and isolates U+202A–U+202E,
 *   U+2066–U+2069 have no picture: they show as `\u` and four lower-case hex digits (`\u009b`,
 *   `\u202e`).
 *
 * Only the rendering changes: documents and their offsets keep the text as it is.
 */
import type { Document } from '../schema/document.js';

/** Everything shown visibly; `\r` only when no `\n` follows it. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
const ANY_UNSAFE = new RegExp(UNSAFE.source);

/** The visible stand-in for one unsafe character (see the scheme above). */
function standIn(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character (but tab and line ends) and every bidi control shown visibly. */
export function visibleText(text: string): string {
  // The common case, clean text, costs one scan and no copy.
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, standIn);
}

/** A copy of `value` with {@link visibleText} applied to every string in it (keys are ours and stay). */
function visibleValue<T>(value: T): T {
  if (typeof value === 'string') return visibleText(value) as T;
  if (Array.isArray(value)) return value.map(visibleValue) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visibleValue(inner)])) as T;
  }
  return value;
}

/**
 * The document with every string in it shown visibly: what the text and Markdown views render,
 * so that no field they show (today's or one added later) can reach the terminal raw.
 * Offsets and key order are unchanged.
 */
export function visibleDocument(document: Document): Document {
  return visibleValue(document);
}
