/**
 * `jsonl`: one compact document per line, never coloured (it is for programs); C1 and bidi
 * controls escaped as in `json`.
 */
import type { Document } from '../schema/document.js';
import { escapeUnsafe } from './json.js';

/** Serialize one document as one line of compact JSON. */
export function serializeJsonl(document: Document): string {
  return `${escapeUnsafe(JSON.stringify(document))}\n`;
}
