/**
 * Validation for documents built by hand (library users, tests): check a document against the
 * output schema and put its keys in the contract's order. Documents from `extractQuotes` are
 * built in that order already (a test checks it), so the CLI renders them without loading zod.
 */
import type { Paint } from './color.js';
import { DocumentSchema, type Document } from '../schema/document.js';
import type { OutputFormat } from './formats.js';

/**
 * Check a document against the output schema and put its keys in the schema's order (zod builds
 * the parsed object in shape order). Throws a ZodError if the document breaks the contract.
 */
export function normalizeDocument(document: Document): Document {
  return DocumentSchema.parse(document);
}

/** Normalize and render one document in a format (`text`: the input, for formats that show it). */
export function renderDocument(document: Document, format: OutputFormat, chalk: Paint, text?: string): string {
  return format.serialize(normalizeDocument(document), chalk, text);
}
