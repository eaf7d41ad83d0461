/**
 * `csv`: one row per quote, for spreadsheets, R and pandas (RFC 4180: comma-separated, CRLF line
 * ends, a field in double quotes when it holds a comma, a quote or a line end, quotes doubled).
 *
 * The header row is not part of a document's rows: the CLI writes it once at the start of each
 * stream (see `header` in formats.ts), so a batch to stdout is one table, and each file under
 * --out-dir is a table of its own.
 *
 * Cells are made safe twice over: control characters are shown visibly (safe-text.ts), and a
 * cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return) gets a leading `'`, which spreadsheets take as "this is text" (OWASP's advice).
 */
import type { Document, Quote, Speaker } from '../schema/document.js';
import { visibleText } from './safe-text.js';

/** The columns, in order. `id` is the source record id (JSONL input), `quote` the quote id. */
export const CSV_COLUMNS = [
  'path',
  'id',
  'quote',
  'type',
  'speaker',
  'speaker_kind',
  'gender',
  'text',
  'cue',
  'paragraph',
  'start',
  'end',
  'confidence',
] as const;

/** The header row, with its line end. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** Serialize one document as CSV rows (no header), one per quote, each ending with CRLF. */
export function serializeCsv(document: Document): string {
  const { source, speakers, quotes } = document;
  const byId = new Map<string, Speaker>(speakers.map((speaker) => [speaker.id, speaker]));
  let rows = '';
  for (const quote of quotes) rows += `${row(source.path, source.id, quote, byId).map(csvCell).join(',')}\r\n`;
  return rows;
}

/** The cells of one quote, in {@link CSV_COLUMNS} order; null for an empty cell. */
function row(path: string, id: string | undefined, quote: Quote, speakers: ReadonlyMap<string, Speaker>): (string | number | null)[] {
  const speaker = quote.speaker === null ? undefined : speakers.get(quote.speaker.id);
  return [
    path,
    id ?? null,
    quote.id,
    quote.type,
    quote.speaker?.name ?? null,
    speaker?.kind ?? null,
    speaker?.gender ?? null,
    quote.text,
    quote.cue?.text ?? null,
    quote.paragraph,
    quote.start,
    quote.end,
    quote.confidence,
  ];
}

/** A cell that a spreadsheet would evaluate. */
const FORMULA = /^[=+\-@\t\r]/;
/** A cell that must be quoted (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: shown visibly, guarded against formulas, quoted when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  // Numbers are ours (offsets, indexes, confidences: never negative), so they are never guarded.
  if (typeof value === 'number') return String(value);
  let cell = visibleText(value);
  if (FORMULA.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
