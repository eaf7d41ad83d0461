/**
 * The commander program: options, their validation, and the help text.
 *
 * Everything here is declarative; `main()` runs it. Validation lives in the argument
 * parsers so that a bad value is a commander error (exit 2) with a message naming the option.
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_QUOTE_TYPES, QUOTE_TYPES } from '../schema/constants.js';
import type { QuoteType } from '../schema/document.js';
import { DEFAULT_FORMAT, FORMATS, FORMAT_NAMES, type FormatName } from '../serialize/formats.js';

/** Input formats for `--input-format`. */
export const INPUT_FORMATS = ['text', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The options after parsing, as `main()` uses them. */
export interface CliOptions {
  readonly format: FormatName;
  readonly outDir?: string;
  readonly types: readonly QuoteType[];
  /** Keep titles and scare quotes (speaker null, confidence 0.1). */
  readonly keepNonQuotations: boolean;
  readonly inputFormat: InputFormat;
  /** Extensions taken from directories; undefined means the input format's default. */
  readonly ext?: readonly string[];
  readonly schema: boolean;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly jobs: number;
  /** Whether `--jobs` was given (a default pool is only started for batches big enough to gain). */
  readonly jobsGiven: boolean;
}

const ALL_TYPES: readonly QuoteType[] = QUOTE_TYPES;

/**
 * Parse `--types direct,partial`: known names only, duplicates dropped, order as in the schema;
 * `all` is every type, `stance` included.
 */
export function parseTypes(value: string): QuoteType[] {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) throw new InvalidArgumentError(`Give at least one of ${ALL_TYPES.join(', ')}, or all.`);
  if (names.includes('all')) return [...ALL_TYPES];
  for (const name of names) {
    if (!(ALL_TYPES as readonly string[]).includes(name)) {
      throw new InvalidArgumentError(`Unknown quote type "${name}": use a comma list of ${ALL_TYPES.join(', ')}, or all.`);
    }
  }
  return ALL_TYPES.filter((type) => names.includes(type));
}

/** Parse `--jobs 4`: a positive integer. */
export function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new InvalidArgumentError('Give a positive whole number, such as 4.');
  return jobs;
}

/** Parse `--ext txt,md`: extensions without dots; `*` takes every file. */
export function parseExtensions(value: string): string[] {
  const extensions = value.split(',').map((ext) => ext.trim().replace(/^\*?\./, '')).filter((ext) => ext !== '');
  if (extensions.length === 0) throw new InvalidArgumentError('Give extensions such as "txt" or "txt,md", or "*" for every file.');
  return extensions;
}

const EXAMPLES = `
Formats:
${FORMATS.map((format) => `  ${format.name.padEnd(6)} ${format.description}`).join('\n')}

Examples:
  $ extract-quotes article.txt                  one article, pretty JSON on stdout
  $ extract-quotes articles/ -f md -o reports/  every *.txt under articles/ → reports/**/*.md
  $ extract-quotes 'news/**/*.txt' -f jsonl     a quoted glob, expanded by extract-quotes
  $ cat article.txt | extract-quotes -f text    standard input, coloured on a terminal
  $ extract-quotes --input-format jsonl records.jsonl   {"id","text"} records, one document each
  $ extract-quotes a.txt | jq '.quotes[] | {text, who: .speaker.name}'
  $ extract-quotes --schema > document.schema.json

Exit status: 0 all inputs processed, 1 an input could not be processed, 2 usage error.
Colour: on a terminal only; NO_COLOR, FORCE_COLOR and --no-color are respected.`;

/** Build a fresh program (commander keeps parse state, so one per run). */
export function createProgram(version: string): Command {
  return new Command()
    .name('extract-quotes')
    .description('Extract attributed quotations (who said what, where, how sure) from news-article text.')
    .argument('[inputs...]', 'files, directories, quoted globs, or - for stdin (default: stdin when piped)')
    .addOption(new Option('-f, --format <format>', 'output format (see Formats below)').choices(FORMAT_NAMES).default(DEFAULT_FORMAT))
    .option('-o, --out-dir <dir>', 'write one file per input under this directory instead of stdout')
    .addOption(
      new Option('--types <list>', `quote types to keep, a comma list of ${ALL_TYPES.join(',')}, or all (stance only when asked for)`)
        .argParser(parseTypes)
        .default([...DEFAULT_QUOTE_TYPES], DEFAULT_QUOTE_TYPES.join(',')),
    )
    .option('--keep-non-quotations', 'keep quoted titles and scare quotes (speaker null, confidence 0.1) instead of leaving them out')
    .addOption(new Option('--input-format <format>', 'text files, or JSONL records {"id","text"}').choices(INPUT_FORMATS).default('text'))
    .option('--ext <list>', 'extensions to take from directories (default: txt, or jsonl for --input-format jsonl; * for all)', parseExtensions)
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--no-color', 'never colour the output')
    .option('-q, --quiet', 'print only errors on stderr')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads for a batch (1: no workers; by default none for fewer than 48 files)')
        .argParser(parseJobs)
        .default(availableParallelism(), 'number of cores'),
    )
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .addHelpText('after', EXAMPLES);
}

/** Read the parsed options into a {@link CliOptions}. */
export function readOptions(program: Command): CliOptions {
  const raw = program.opts<{
    format: FormatName;
    outDir?: string;
    types: QuoteType[];
    keepNonQuotations?: boolean;
    inputFormat: InputFormat;
    ext?: string[];
    schema?: boolean;
    color: boolean;
    quiet?: boolean;
    jobs: number;
  }>();
  return {
    format: raw.format,
    ...(raw.outDir === undefined ? {} : { outDir: raw.outDir }),
    types: raw.types,
    keepNonQuotations: raw.keepNonQuotations === true,
    inputFormat: raw.inputFormat,
    ...(raw.ext === undefined ? {} : { ext: raw.ext }),
    schema: raw.schema === true,
    color: raw.color,
    quiet: raw.quiet === true,
    jobs: raw.jobs,
    jobsGiven: program.getOptionValueSource('jobs') !== 'default',
  };
}
