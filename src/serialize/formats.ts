/**
 * The one list of output formats. The CLI's `--format` choices, its help text and the
 * `--out-dir` file extensions all come from here, so adding a format is one entry.
 */
import type { Paint } from './color.js';
import type { Document } from '../schema/document.js';
import { CSV_HEADER, serializeCsv } from './csv.js';
import { HTML_FOOTER, htmlHeader, serializeHtml } from './html.js';
import { serializeJson } from './json.js';
import { serializeJsonl } from './jsonl.js';
import { serializeMarkdown } from './markdown.js';
import { serializeText } from './text.js';

/** An output format. */
export interface OutputFormat {
  /** The `--format` value. */
  readonly name: string;
  /** File extension under `--out-dir`, without the dot. */
  readonly extension: string;
  /** One line for `--help`. */
  readonly description: string;
  /** Whether the format uses colour at all (only then is a terminal check worth making). */
  readonly colored: boolean;
  /** Put between two documents written to the same stream. */
  readonly separator: string;
  /**
   * Starts every output stream (stdout, or one file under --out-dir) before its first document:
   * the CSV header row, the top of the HTML page. `title` is the path of the input whose output
   * the stream holds, when it holds one input's.
   */
  readonly header: (title?: string) => string;
  /** Ends every stream that was started with {@link header}. */
  readonly footer: string;
  /**
   * Render one (normalized) document; pure and deterministic. `text` is the input the document
   * was made from (its offsets point into it); only html shows it.
   */
  readonly serialize: (document: Document, chalk: Paint, text?: string) => string;
}

const noHeader = (): string => '';

/** All formats; the first is the default. */
export const FORMATS = [
  {
    name: 'json',
    extension: 'json',
    description: 'pretty JSON, one document per input (a stream jq reads)',
    colored: true,
    separator: '',
    header: noHeader,
    footer: '',
    serialize: serializeJson,
  },
  {
    name: 'jsonl',
    extension: 'jsonl',
    description: 'compact JSON, one document per line',
    colored: false,
    separator: '',
    header: noHeader,
    footer: '',
    serialize: (document) => serializeJsonl(document),
  },
  {
    name: 'md',
    extension: 'md',
    description: 'a Markdown report per input',
    colored: false,
    separator: '\n',
    header: noHeader,
    footer: '',
    serialize: (document) => serializeMarkdown(document),
  },
  {
    name: 'text',
    extension: 'txt',
    description: 'a coloured view for the terminal',
    colored: true,
    separator: '',
    header: noHeader,
    footer: '',
    serialize: serializeText,
  },
  {
    name: 'csv',
    extension: 'csv',
    description: 'one row per quote (RFC 4180), for spreadsheets, R, pandas',
    colored: false,
    separator: '',
    header: () => CSV_HEADER,
    footer: '',
    serialize: (document) => serializeCsv(document),
  },
  {
    name: 'html',
    extension: 'html',
    description: 'a self-contained page to review in a browser (+ index.html)',
    colored: false,
    separator: '',
    header: htmlHeader,
    footer: HTML_FOOTER,
    serialize: (document, _chalk, text) => serializeHtml(document, text),
  },
] as const satisfies readonly OutputFormat[];

/** A `--format` value. */
export type FormatName = (typeof FORMATS)[number]['name'];

/** The `--format` values, in the order of {@link FORMATS}. */
export const FORMAT_NAMES: readonly FormatName[] = FORMATS.map((format) => format.name);

/** The default format (`json`). */
export const DEFAULT_FORMAT: FormatName = 'json';

/** Look up a format by name. */
export function getFormat(name: FormatName): OutputFormat {
  const format = FORMATS.find((candidate) => candidate.name === name);
  if (format === undefined) throw new Error(`Unknown format "${name}": use one of ${FORMAT_NAMES.join(', ')}`);
  return format;
}
