/**
 * extractQuotes(): the whole pipeline on one text, as a pure function.
 * (STUB while the stages are being written: returns an empty document of the right shape.)
 */
import { createHash } from 'node:crypto';
import type { Document, QuoteType, Warning } from './schema/document.js';

/** Options for {@link extractQuotes}. */
export interface ExtractOptions {
  /** Path reported in `source.path` (default `"-"`). */
  path?: string;
  /** Record id reported in `source.id` (JSONL input). */
  id?: string;
  /** Quote types to keep (default: all). */
  types?: readonly QuoteType[];
  /** Warnings found while reading/decoding the input, added to the document. */
  inputWarnings?: readonly Warning[];
  /** Byte length and bytes of the original input, when `text` was decoded from bytes. */
  bytes?: Uint8Array;
}

export function extractQuotes(text: string, options: ExtractOptions = {}): Document {
  const bytes = options.bytes ?? Buffer.from(text, 'utf8');
  const source: Document['source'] = { path: options.path ?? '-', bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (options.id !== undefined) source.id = options.id;
  return { schemaVersion: 1, source, metadata: { tags: [] }, paragraphs: [], speakers: [], quotes: [], warnings: [...(options.inputWarnings ?? [])] };
}
