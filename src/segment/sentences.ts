/**
 * Sentences, from retext-english, parsed one paragraph at a time.
 *
 * parse-latin (under retext-english) is about quadratic in the length of one parse, so a text
 * is never handed over whole: each paragraph is parsed alone, and a pathological paragraph
 * (a multi-megabyte single line) is cut into pieces of bounded size at whitespace first.
 * Offsets from the tree are shifted by the piece's start, so they index the untouched input.
 */
import retextEnglish from 'retext-english';
import type { Root, Sentence, Word } from 'nlcst';
import type { TextBlock } from './paragraphs.js';

/** A sentence's extent (UTF-16 indices) and the paragraph it belongs to. */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * retext-english's parser. A unified plugin sets `this.parser` on the processor it is attached
 * to; attaching it to a bare host instead of a unified processor gives the same parser (the
 * unified plugin in src/plugin.ts is tested to agree) without importing unified and vfile,
 * which cost about 25 ms of every cold start.
 */
const parse = parserOf(retextEnglish as unknown as (this: ParserHost) => void);

interface ParserHost {
  parser?: (text: string) => Root;
  data(key: string): undefined;
}

function parserOf(plugin: (this: ParserHost) => void): (text: string) => Root {
  const host: ParserHost = { data: () => undefined };
  plugin.call(host);
  if (typeof host.parser !== 'function') throw new Error('retext-english did not provide a parser');
  return host.parser;
}

/** Longest piece given to the parser in one call; longer paragraphs are cut at whitespace. */
const MAX_PIECE = 8_000;

/** Sentence spans of one paragraph (`index` is its index among the text's paragraphs). */
export function paragraphSentences(text: string, p: TextBlock, index: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const piece of cutPieces(text, p.start, p.end)) {
    for (const part of sentenceParts(text, piece.start, piece.end)) {
      const one = singleSentence(text, part.start, part.end);
      if (one !== null) out.push({ ...one, paragraph: index });
      else sentencesOfTree(parse(text.slice(part.start, part.end)), part.start, index, out);
    }
  }
  return out;
}

/** The same as `paragraphSentences`, always through the parser (for tests of the shortcut). */
export function parsedSentences(text: string, p: TextBlock, index: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const piece of cutPieces(text, p.start, p.end)) sentencesOfTree(parse(text.slice(piece.start, piece.end)), piece.start, index, out);
  return out;
}

/**
 * A piece that can only be one sentence, without parsing it: one line holding a word, with no
 * sentence-final mark (`.`, `!`, `?`, `…`, `‽`) before its last run of them (closing quotes and
 * brackets may follow that run). Its sentence runs from its first to its last character that is
 * not white space (parse-latin's white space). About a quarter of news text is in such pieces,
 * and parsing is the costliest step of segmentation. A test checks the shortcut against the
 * parser on the corpus and on random text.
 */
export function singleSentence(text: string, start: number, end: number): { start: number; end: number } | null {
  let first = start;
  while (first < end && isSpace(text.charCodeAt(first))) first++;
  let last = end;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  if (last - first > SHORTCUT_MAX) return null;
  // (the final run: closing quotes and brackets, and before them sentence-final marks)
  let body = last;
  while (body > first && CLOSERS.includes(text.charAt(body - 1))) body--;
  while (body > first && FINAL_MARKS.includes(text.charAt(body - 1))) body--;
  if (INSIDE_BREAK.test(text.slice(first, body)) || !LETTER.test(text.slice(first, last))) return null;
  return { start: first, end: last };
}

const CLOSERS = '"\'”’»›)]';
const FINAL_MARKS = '!.?\u2026\u203D';
/** A sentence-final mark or a line break (parse-latin breaks sentences at either). */
const INSIDE_BREAK = /[!.?\u2026\u203D\n\r\v\f\u0085\u2028\u2029]/u;
const LETTER = /\p{L}/u;

/**
 * Where the parser is sure to end a sentence, and no rule of its merges sentences across: a
 * lower-case word of two letters or more (none of the parser's abbreviations: `etc.`, `sept.`,
 * `inc.` …), a full stop, question or exclamation mark, closing quotes, spaces, and a capitalised
 * word (`… the pier. The board …`). Cutting a paragraph there before parsing gives the parser's
 * sentences (a test checks it on the corpus and on random text), and lets most of its sentences
 * take the one-sentence shortcut: two thirds of news text, where the paragraph alone gives one
 * quarter.
 */
const SURE_END = /[.!?]["”’)]*( +)(?=[A-Z][a-z])/g;
/** What may not come right before that lower-case word (it would not be a word of its own). */
const WORD_GOES_ON = /[\p{L}\p{N}'’.&-]$/u;
/** Lower-case words the parser (parse-latin and parse-english) reads as abbreviations before a full stop. */
const PARSER_ABBREVIATIONS =
  /^(?:al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz|thurs|tbsp|tsp|sept|sec|sq|tues|tue|thu|bbls?|yds?|sep|nov|aug|jul|jun|apr|hr|jan|sun|mar|mon|min|sat|oct|kt|pt|qt|gro|gal|feb|fri|ft|dec|doz|wed|lbs?|ltd|inc|in|mi|gr|oz|cu)$/;

/**
 * [start, end) cut after each sure sentence end (see SURE_END). The pattern finds the mark and
 * what follows it; the word before it is checked here, which is several times cheaper than a
 * lookbehind tried at every letter.
 */
export function sentenceParts(text: string, start: number, end: number): TextBlock[] {
  const slice = text.slice(start, end);
  const parts: TextBlock[] = [];
  let from = start;
  SURE_END.lastIndex = 0;
  for (let m = SURE_END.exec(slice); m !== null; m = SURE_END.exec(slice)) {
    let word = m.index;
    while (word > 0 && isLowerAscii(slice.charCodeAt(word - 1))) word--;
    if (m.index - word < 2) continue;
    // (two code units: an astral letter before the word is one character)
    if (word > 0 && WORD_GOES_ON.test(slice.slice(Math.max(0, word - 2), word))) continue;
    if (PARSER_ABBREVIATIONS.test(slice.slice(word, m.index))) continue;
    const cut = start + m.index + m[0].length;
    parts.push({ start: from, end: cut });
    from = cut;
  }
  parts.push({ start: from, end });
  return parts;
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** Longest piece the shortcut takes (a bound on the test's cost, not a need). */
const SHORTCUT_MAX = 2_000;

/** parse-latin's white space (its `whiteSpace` expression). */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}


/**
 * Collect the sentences of an nlcst tree, shifted by `base`. Used by the unified plugin too.
 * retext ends a sentence at `No.` before a number (`the No. 2 Republican`, `No. 10 Downing
 * Street`); such a sentence is joined to the next.
 */
export function sentencesOfTree(tree: Root, base: number, paragraph: number, out: SentenceSpan[]): void {
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    let joinNext = false;
    for (const node of para.children) {
      if (node.type !== 'SentenceNode') continue;
      const span = spanOf(node, base);
      if (!span) continue;
      const previous = out[out.length - 1];
      if (joinNext && previous && startsWithNumber(node)) previous.end = span.end;
      else out.push({ ...span, paragraph });
      joinNext = endsWithNumberSign(node);
    }
  }
}

/** `No.` / `Nos.` (any case) as a sentence's last word and its full stop. */
function endsWithNumberSign(node: Sentence): boolean {
  const [word, stop] = node.children.slice(-2);
  return word?.type === 'WordNode' && stop?.type === 'PunctuationNode' && stop.value === '.' && /^nos?$/i.test(wordText(word));
}

function startsWithNumber(node: Sentence): boolean {
  const first = node.children[0];
  return first?.type === 'WordNode' && /^\d/.test(wordText(first));
}

function wordText(word: Word): string {
  return word.children.map((c) => ('value' in c ? c.value : '')).join('');
}

function spanOf(node: Sentence, base: number): { start: number; end: number } | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined || e <= s) return undefined;
  return { start: base + s, end: base + e };
}

/** Cut [start, end) into pieces of at most MAX_PIECE code units, preferring sentence ends. */
function cutPieces(text: string, start: number, end: number): TextBlock[] {
  if (end - start <= MAX_PIECE) return [{ start, end }];
  const pieces: TextBlock[] = [];
  let from = start;
  while (end - from > MAX_PIECE) {
    const limit = from + MAX_PIECE;
    let cut = -1;
    let space = -1;
    for (let i = limit; i > from + MAX_PIECE / 2; i--) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x09) {
        if (space < 0) space = i;
        const prev = text.charCodeAt(i - 1);
        if (prev === 0x2e || prev === 0x21 || prev === 0x3f) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) cut = space > 0 ? space : limit;
    pieces.push({ start: from, end: cut });
    from = cut;
  }
  pieces.push({ start: from, end });
  return pieces;
}
