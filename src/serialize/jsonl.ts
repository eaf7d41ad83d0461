/**
 * `jsonl`: one compact document per line, never coloured (it is for programs).
 */
import type { Document } from '../schema/document.js';

/** Serialize one document as one line of compact JSON. */
export function serializeJsonl(document: Document): string {
  return `${JSON.stringify(document)}\n`;
}
