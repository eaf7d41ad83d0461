/**
 * Paragraph boundaries, found with a linear scan (never by the quadratic whole-text parse).
 *
 * News arrives in two shapes: blank-line-separated paragraphs (possibly hard-wrapped, so a
 * single line break inside is a soft wrap), or one paragraph per line with no blank lines at
 * all (scraped text such as the seed article and the PolNeAR corpus). The shape is decided
 * per text: if it has at least one blank line between two non-blank lines, blank lines
 * separate paragraphs; otherwise every non-blank line is a paragraph.
 */

/** A paragraph's extent in the text (UTF-16 indices), whitespace at both ends excluded. */
export interface TextBlock {
  start: number;
  end: number;
}

const BLANK_LINE = /\n[ \t\f\v\r\u00a0]*\n/;

/** Split `text` into non-empty paragraphs, in order. */
export function splitParagraphs(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const trimmed = text.trim();
  if (trimmed === '') return blocks;
  const byBlankLines = BLANK_LINE.test(trimmed);
  const separator = byBlankLines ? /\n[ \t\f\v\r\u00a0]*\n\s*/g : /\n\s*/g;
  let last = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({ start: s, end: e });
  };
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return blocks;
}

/** Whitespace as JavaScript's `\s` sees it (for the common code units; enough for trimming). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
