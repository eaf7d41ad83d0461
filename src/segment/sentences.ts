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
    const tree = parse(text.slice(piece.start, piece.end));
    sentencesOfTree(tree, piece.start, index, out);
  }
  return out;
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
