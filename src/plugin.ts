/**
 * retextExtractQuotes — the pipeline as a unified plugin.
 *
 *   const file = await unified().use(retextEnglish).use(retextExtractQuotes).use(retextStringify).process(text)
 *   file.data.extractQuotes   // the whole document (schema version 1)
 *   file.data.quotes          // its quotes
 *   file.data.speakers        // its speakers
 *   file.messages             // content warnings (unclosed quotes, unresolved speakers …)
 *
 * The plugin reads sentences from the nlcst tree it is given, so it works with any retext
 * parser; paragraphs and their roles are found on the file's text (retext treats every line
 * break as a paragraph break, which is wrong for hard-wrapped news). Note that a whole-text
 * parse with retext is about quadratic in the length of one paragraph: for very large inputs
 * use `extractQuotes()`, which parses paragraph by paragraph.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Document, Quote, QuoteType, Speaker } from './schema/document.js';
import { documentFromSegmentation, sourceOf } from './extract.js';
import { lazySentences, segmentParagraphs } from './segment/segment.js';
import { sentencesOfTree, type SentenceSpan } from './segment/sentences.js';

/** Options of {@link retextExtractQuotes}. */
export interface RetextExtractQuotesOptions {
  /** Quote types to keep (default: all). */
  types?: readonly QuoteType[] | null | undefined;
  /** Keep titles and scare quotes with `speaker: null` (default: false). */
  keepNonQuotations?: boolean | null | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** The extract-quotes document of this file. */
    extractQuotes: Document;
    /** The quotations found in this file. */
    quotes: Quote[];
    /** The speakers of this file. */
    speakers: Speaker[];
  }
}

/** Find attributed quotations in the file; results go to `file.data`, warnings to `file.message`. */
export default function retextExtractQuotes(options?: RetextExtractQuotesOptions | null) {
  const settings = options ?? {};
  if (settings.types !== undefined && settings.types !== null && !Array.isArray(settings.types)) {
    throw new TypeError('retextExtractQuotes: `types` must be an array such as ["direct", "partial"]; remove it to keep all types');
  }
  return function transformer(tree: Root, file: VFile): void {
    const text = String(file.value ?? '');
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = bom ? text.slice(1) : text;
    const { paragraphs, metadata } = segmentParagraphs(body);
    const all: SentenceSpan[] = [];
    sentencesOfTree(tree, -bom, 0, all);
    // Cut the tree's sentences at our paragraph boundaries (a caption and the line after it may
    // be one sentence to retext) and give each piece its paragraph.
    const sentences: SentenceSpan[] = [];
    let first = 0;
    for (const s of all.sort((a, b) => a.start - b.start)) {
      while (first < paragraphs.length && (paragraphs[first] as { end: number }).end <= s.start) first++;
      for (let index = first; index < paragraphs.length; index++) {
        const para = paragraphs[index] as { start: number; end: number };
        if (para.start >= s.end) break;
        const start = Math.max(s.start, para.start);
        const end = Math.min(s.end, para.end);
        if (end > start) sentences.push({ start, end, paragraph: index });
      }
    }
    const extractOptions = {
      ...(settings.types ? { types: settings.types } : {}),
      ...(settings.keepNonQuotations ? { keepNonQuotations: true } : {}),
    };
    const byParagraph = paragraphs.map((): SentenceSpan[] => []);
    for (const s of sentences) byParagraph[s.paragraph]?.push(s);
    const segmentation = lazySentences(paragraphs, metadata, (i) => byParagraph[i] ?? []);
    const doc = documentFromSegmentation(body, segmentation, sourceOf(text, file.path ?? '-'), extractOptions);
    file.data.extractQuotes = doc;
    file.data.quotes = doc.quotes;
    file.data.speakers = doc.speakers;
    for (const w of doc.warnings) {
      const message = file.message(w.message, { ruleId: w.rule, source: 'retext-extract-quotes' });
      message.fatal = false;
    }
  };
}

export { retextExtractQuotes };
