/**
 * The one list of output formats. The CLI's `--format` choices, its help text and the
 * `--out-dir` file extensions all come from here, so adding a format is one entry.
 */
import type { Paint } from './color.js';
import type { Document } from '../schema/document.js';
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
  /** Render one (normalized) document; pure and deterministic. */
  readonly serialize: (document: Document, chalk: Paint) => string;
}

/** All formats; the first is the default. */
export const FORMATS = [
  {
    name: 'json',
    extension: 'json',
    description: 'pretty JSON, one document per input (a stream jq reads)',
    colored: true,
    separator: '',
    serialize: serializeJson,
  },
  {
    name: 'jsonl',
    extension: 'jsonl',
    description: 'compact JSON, one document per line',
    colored: false,
    separator: '',
    serialize: (document) => serializeJsonl(document),
  },
  {
    name: 'md',
    extension: 'md',
    description: 'a Markdown report per input',
    colored: false,
    separator: '\n',
    serialize: (document) => serializeMarkdown(document),
  },
  {
    name: 'text',
    extension: 'txt',
    description: 'a coloured view for the terminal',
    colored: true,
    separator: '',
    serialize: serializeText,
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
