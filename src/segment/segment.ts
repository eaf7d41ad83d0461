/**
 * The segment stage: paragraphs with roles, metadata fields, and sentences.
 */
import type { Metadata, ParagraphRole } from '../schema/document.js';
import { splitParagraphs } from './paragraphs.js';
import { classifyParagraph, collectMetadata } from './roles.js';
import { paragraphSentences, type SentenceSpan } from './sentences.js';

/** A paragraph with its role (UTF-16 indices). */
export interface ParagraphInfo {
  index: number;
  start: number;
  end: number;
  role: ParagraphRole;
}

/** What segmentation knows about a text. */
export interface Segmentation {
  paragraphs: ParagraphInfo[];
  metadata: Metadata;
  /**
   * The sentences of one paragraph. Parsed on first use: later stages only ask for paragraphs
   * with a quotation or a reporting verb, so the rest are never parsed.
   */
  sentencesOf(paragraph: number): readonly SentenceSpan[];
  /** All sentences, in order (parses every paragraph). */
  readonly sentences: readonly SentenceSpan[];
}

/** A Segmentation whose sentences come from `parse(paragraphIndex)`, memoised. */
export function lazySentences(
  paragraphs: ParagraphInfo[],
  metadata: Metadata,
  parse: (paragraph: number) => SentenceSpan[],
): Segmentation {
  const memo = new Map<number, SentenceSpan[]>();
  const sentencesOf = (i: number): SentenceSpan[] => {
    let got = memo.get(i);
    if (!got) {
      got = i >= 0 && i < paragraphs.length ? parse(i) : [];
      memo.set(i, got);
    }
    return got;
  };
  return {
    paragraphs,
    metadata,
    sentencesOf,
    get sentences() {
      return paragraphs.flatMap((_, i) => sentencesOf(i));
    },
  };
}

/** A transcript's speaker label: a name in capitals, a colon, then the words (`MAYOR OKAFOR: …`). */
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}.'’ -]{0,38}\p{Lu}\.?:[ \t]+\S/u;

/** Paragraphs and their roles, and the metadata of header/trailer lines. */
export function segmentParagraphs(text: string): { paragraphs: ParagraphInfo[]; metadata: Metadata } {
  const blocks = splitParagraphs(text);
  const fields: { key: string; value: string }[] = [];
  const paragraphs: ParagraphInfo[] = [];
  let firstContent = -1;
  // In a Q&A transcript the first turn (`WALLACE: Will you run again?`) is no headline.
  const labelled = blocks.filter((b) => SPEAKER_LABEL.test(text.slice(b.start, Math.min(b.end, b.start + 60)))).length;
  blocks.forEach((b, index) => {
    const paragraph = text.slice(b.start, b.end);
    const match = classifyParagraph(paragraph, index, blocks.length, firstContent < 0 ? index : firstContent);
    if (match.role === 'title' && labelled >= 2 && SPEAKER_LABEL.test(paragraph.slice(0, 60))) match.role = 'body';
    if (firstContent < 0 && match.role !== 'metadata' && match.role !== 'caption') firstContent = index;
    if (match.field) fields.push(match.field);
    paragraphs.push({ index, start: b.start, end: b.end, role: match.role });
  });
  return { paragraphs, metadata: collectMetadata(fields) };
}

/** The whole segment stage. */
export function segmentText(text: string): Segmentation {
  const { paragraphs, metadata } = segmentParagraphs(text);
  return lazySentences(paragraphs, metadata, (i) => paragraphSentences(text, paragraphs[i] as ParagraphInfo, i));
}
