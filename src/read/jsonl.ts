/**
 * JSONL input: one `{"id": …, "text": …}` record per line, read as a stream so that a
 * large file never has to fit in memory and each document is written as soon as it is ready.
 */
import { createInterface } from 'node:readline';

/** One input record. */
export interface JsonlRecord {
  readonly id: string;
  readonly text: string;
}

/** A parsed line: a record, or the reason the line is not one. */
export type JsonlLine =
  | { readonly ok: true; readonly line: number; readonly record: JsonlRecord }
  | { readonly ok: false; readonly line: number; readonly reason: string };

/**
 * Parse one line. `text` must be a string; `id` may be a string or a number and
 * defaults to the line number, so every document can still be traced to its record.
 */
export function parseJsonlRecord(source: string, line: number): JsonlLine {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, line, reason: `invalid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, line, reason: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { ok: false, line, reason: 'no "text" string' };
  const id = record.id;
  if (id === undefined || id === null) return { ok: true, line, record: { id: String(line), text: record.text } };
  if (typeof id === 'string') return { ok: true, line, record: { id, text: record.text } };
  if (typeof id === 'number' && Number.isFinite(id)) return { ok: true, line, record: { id: String(id), text: record.text } };
  return { ok: false, line, reason: '"id" is not a string or a number' };
}

/**
 * Read a JSONL stream line by line (LF or CRLF). Blank lines are skipped; a byte-order mark
 * at the very start is dropped. A read error of the stream is thrown after the lines before it.
 */
export async function* readJsonl(stream: NodeJS.ReadableStream): AsyncGenerator<JsonlLine> {
  // readline forwards an input 'error' to its async iterator, which then throws it; the
  // listener below only makes sure an error is never lost if the iterator ended first.
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let streamError: unknown;
  const onError = (error: unknown): void => {
    streamError = error;
  };
  stream.on('error', onError);
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const source = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (source.trim() === '') continue;
      yield parseJsonlRecord(source, line);
    }
  } finally {
    lines.close();
    stream.removeListener('error', onError);
  }
  if (streamError !== undefined) throw streamError;
}
