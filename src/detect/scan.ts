/**
 * The quotation scanner: pairs quote marks into quoted spans, paragraph by paragraph.
 *
 * - One pass over the marks with a stack, so a single-quoted quote inside a double-quoted one
 *   stays inside its parent, and the scan is linear whatever the input.
 * - A quote still open at the end of its paragraph continues into the next paragraph when that
 *   one opens with a mark of the same family (the newsroom convention for long quotes);
 *   otherwise it is closed at the paragraph's end, flagged `unclosed`, and warned about, so it
 *   never swallows the rest of the article.
 * - A closing mark with nothing open is ignored, with a warning.
 * - Which family marks quotations is decided per article: double marks, unless single marks
 *   pair up more often at the top level (British style). Top-level pairs of the other family
 *   are scare quotes, headlines' quotes or apostrophes, and are not emitted.
 */
import type { Warning } from '../schema/document.js';
import { closesGlyph, findMarks, isAsciiGlyph, type MarkFamily, type QuoteMark } from './marks.js';

/** A paragraph's extent, as the scanner needs it. */
export interface ScanParagraph {
  start: number;
  end: number;
  /** Paragraphs with this flag set (captions, metadata) are scanned but yield no quotes. */
  skip?: boolean;
}

/** A quoted span found by the scanner (UTF-16 indices). */
export interface QuotedSpan {
  /** The quoted words: after the opening mark, before the closing one, trimmed of spaces. */
  start: number;
  end: number;
  /** Where the marks are: opening mark start, closing mark end (= paragraph end if unclosed). */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  family: MarkFamily;
  /** Never closed: cut at the end of its paragraph. */
  unclosed: boolean;
  /** Index (in the returned list) of the previous piece of a multi-paragraph quote. */
  continues: number | null;
  /** Open at its paragraph's end and continued in the next paragraph. */
  runsOn: boolean;
}

/** Internal: an opening mark on the stack and what became of it. */
interface OpenRecord {
  mark: QuoteMark;
  parent: OpenRecord | null;
  close: QuoteMark | null;
  /** Closed by force (a new opener of its family, or the paragraph's end). */
  forcedEnd: number | null;
  paragraph: number;
}

export interface ScanResult {
  quotes: QuotedSpan[];
  warnings: Warning[];
}

/** Deepest nesting of open quotations kept on the stack. */
const MAX_DEPTH = 8;

/** Scan the paragraphs of `text` for quotations. */
export function scanQuotes(text: string, paragraphs: readonly ScanParagraph[]): ScanResult {
  const records: OpenRecord[] = [];
  const warnings: Warning[] = [];
  const stray: { mark: QuoteMark; paragraph: number }[] = [];
  const marksByParagraph = paragraphs.map((p) => findMarks(text, p.start, p.end));

  paragraphs.forEach((p, pi) => {
    const stack: OpenRecord[] = [];
    for (const mark of marksByParagraph[pi] ?? []) {
      const top = stack[stack.length - 1];
      if (mark.direction !== 'open') {
        // Close the nearest open quote whose glyph this mark pairs with; failing that, the nearest of
        // its family. Anything opened inside it and left open is dropped.
        let at = findLastIndex(stack, (r) => r.mark.family === mark.family && closesGlyph(r.mark.glyph, mark.glyph));
        if (at < 0) at = findLastIndex(stack, (r) => r.mark.family === mark.family);
        if (at >= 0 && (mark.direction === 'close' || at === stack.length - 1 || closesGlyph((stack[at] as OpenRecord).mark.glyph, mark.glyph))) {
          for (let k = stack.length - 1; k > at; k--) (stack[k] as OpenRecord).forcedEnd = mark.start;
          (stack[at] as OpenRecord).close = mark;
          stack.length = at;
          continue;
        }
        if (mark.direction === 'close') {
          if (mark.family === 'double') stray.push({ mark, paragraph: pi });
          continue;
        }
      }
      // An opener. Another opener of the same glyph on top means the earlier one was never closed;
      // a typographic mark inside an ASCII one (or the reverse) is a nested quotation.
      if (top && top.mark.family === mark.family && !(isAsciiGlyph(top.mark.glyph) !== isAsciiGlyph(mark.glyph))) {
        top.forcedEnd = mark.start;
        stack.pop();
      } else if (stack.length >= MAX_DEPTH && top) {
        // Real quotations nest two or three deep. Deeper stacks come from runs of stray opening
        // marks; closing the innermost keeps every search of the stack short (linear scan).
        top.forcedEnd = mark.start;
        stack.pop();
      }
      const record: OpenRecord = { mark, parent: stack[stack.length - 1] ?? null, close: null, forcedEnd: null, paragraph: pi };
      records.push(record);
      stack.push(record);
    }
    for (const r of stack) r.forcedEnd = p.end;
  });

  const primary = primaryFamily(records);
  const quotes: QuotedSpan[] = [];
  const indexOf = new Map<OpenRecord, number>();
  for (const r of records) {
    if (r.mark.family !== primary && r.mark.family === 'single') continue;
    if (effectiveParent(r, primary) !== null) continue;
    const p = paragraphs[r.paragraph] as ScanParagraph;
    const innerEnd = r.close ? r.close.start : (r.forcedEnd ?? p.end);
    let s = r.mark.end;
    let e = innerEnd;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e <= s) continue;
    const unclosedAtEnd = !r.close && innerEnd === p.end;
    const runsOn = unclosedAtEnd && r.paragraph + 1 < paragraphs.length && opensWith(marksByParagraph[r.paragraph + 1], paragraphs[r.paragraph + 1], r.mark.family);
    const unclosed = !r.close && !runsOn;
    if (p.skip) continue;
    const prevIndex = quotes.length - 1;
    const prev = quotes[prevIndex];
    const continues = prev && prev.runsOn && prev.paragraph === r.paragraph - 1 && r.mark.start === firstMarkStart(marksByParagraph[r.paragraph]) ? prevIndex : null;
    indexOf.set(r, quotes.length);
    quotes.push({
      start: s, end: e, outerStart: r.mark.start, outerEnd: r.close ? r.close.end : e,
      paragraph: r.paragraph, family: r.mark.family, unclosed, continues, runsOn,
    });
    if (unclosed) {
      warnings.push({
        rule: 'unclosed-quote',
        message: `quotation opened here is not closed in its paragraph; closed at the paragraph's end`,
        start: r.mark.start, end: r.mark.end,
      });
    }
  }
  // (the stray mark's own paragraph, not a search over all paragraphs: that was quadratic)
  for (const { mark: m, paragraph } of stray) {
    if (paragraphs[paragraph]?.skip) continue;
    warnings.push({ rule: 'stray-closing-quote', message: 'closing quote mark with no opening mark; ignored', start: m.start, end: m.end });
  }
  warnings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { quotes, warnings };
}

/** The family that marks quotations in this article: double, unless single pairs dominate. */
function primaryFamily(records: readonly OpenRecord[]): MarkFamily {
  let doubles = 0;
  let singles = 0;
  for (const r of records) {
    if (r.parent !== null || r.close === null) continue;
    if (r.mark.family === 'double') doubles++;
    else singles++;
  }
  return singles > doubles ? 'single' : 'double';
}

/**
 * The nearest ancestor that is a real quotation (not a dropped single-quote pair). In a
 * single-mark article an unclosed single quote is emitted (closed at the paragraph's end), so it
 * stays the parent of what it contains: emitting both would give overlapping quotations.
 */
function effectiveParent(r: OpenRecord, primary: MarkFamily): OpenRecord | null {
  for (let p = r.parent; p !== null; p = p.parent) {
    if (p.mark.family === 'single' && primary === 'double') continue;
    return p;
  }
  return null;
}

function opensWith(marks: readonly QuoteMark[] | undefined, p: ScanParagraph | undefined, family: MarkFamily): boolean {
  const first = marks?.[0];
  return !!first && !!p && first.start === p.start && first.family === family && first.direction !== 'close';
}

function firstMarkStart(marks: readonly QuoteMark[] | undefined): number {
  return marks?.[0]?.start ?? -1;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
