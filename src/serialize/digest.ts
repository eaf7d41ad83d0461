/**
 * A document in brief: how many quotes, and who said how many. Small plain data, made where the
 * document is rendered (possibly a worker) and sent back to the batch, which builds the HTML
 * index from it (html-index.ts) without keeping whole documents.
 */
import type { Document } from '../schema/document.js';

/** One speaker of a document and the number of its quotes there. */
export interface SpeakerDigest {
  readonly name: string;
  readonly quotes: number;
}

/** A document in brief. */
export interface DocumentDigest {
  readonly quotes: number;
  /** Speakers with at least one quote, in the document's speaker order. */
  readonly speakers: readonly SpeakerDigest[];
}

/** The digest of one document: quotes counted as the document lists them. */
export function digestDocument(document: Document): DocumentDigest {
  const counts = new Map<string, number>();
  for (const quote of document.quotes) {
    if (quote.speaker !== null) counts.set(quote.speaker.id, (counts.get(quote.speaker.id) ?? 0) + 1);
  }
  const speakers: SpeakerDigest[] = [];
  for (const speaker of document.speakers) {
    const quotes = counts.get(speaker.id) ?? 0;
    if (quotes > 0) speakers.push({ name: speaker.name, quotes });
  }
  return { quotes: document.quotes.length, speakers };
}

/** Several digests as one (the records of one JSONL input written to one file): speakers merged by name. */
export function mergeDigests(digests: readonly DocumentDigest[]): DocumentDigest {
  const speakers = new Map<string, number>();
  let quotes = 0;
  for (const digest of digests) {
    quotes += digest.quotes;
    for (const speaker of digest.speakers) speakers.set(speaker.name, (speakers.get(speaker.name) ?? 0) + speaker.quotes);
  }
  return { quotes, speakers: [...speakers].map(([name, count]) => ({ name, quotes: count })) };
}
