/**
 * One input's text → its rendered document, either here in the main thread or in a worker.
 *
 * The request and the outcome are plain data (structured-clone safe), so the same
 * {@link processRequest} runs in both places and `--jobs 2` writes the bytes `--jobs 1` writes.
 */
import type { QuoteType, Warning } from '../schema/document.js';
import type { ColorLevel, Paint } from '../serialize/color.js';
import type { DocumentDigest } from '../serialize/digest.js';
import type { FormatName } from '../serialize/formats.js';
import { createFileProcessor, type FileOutcome, type FileProcessor, type FileTask, type WriteGate } from './file-task.js';

/** What a worker (or the main thread) needs to process one input. */
export interface ExtractRequest {
  readonly text: string;
  /** The original bytes when `text` was decoded from a file (for `source.bytes` and `sha256`). */
  readonly bytes?: Uint8Array;
  /** `source.path`. */
  readonly path: string;
  /** `source.id` (JSONL records). */
  readonly id?: string;
  readonly types: readonly QuoteType[];
  readonly keepNonQuotations: boolean;
  readonly inputWarnings?: readonly Warning[];
  readonly format: FormatName;
  /** 0 for files under --out-dir and plain formats. */
  readonly colorLevel: ColorLevel;
  /**
   * The rendering is a whole output file (one text input under --out-dir): the format's header
   * and footer go around the document.
   */
  readonly whole?: boolean;
}

/** The rendered document, or the one-line reason it could not be made. */
export type Outcome =
  | { readonly ok: true; readonly rendered: string; readonly digest?: DocumentDigest }
  | { readonly ok: false; readonly reason: string };

/** Something that turns requests into outcomes; outcomes may arrive in any order. */
export interface Extractor {
  extract(request: ExtractRequest): Promise<Outcome>;
  /** Read, process and (with `task.output`) write one file: see file-task.ts. */
  processFile(task: FileTask): Promise<FileOutcome>;
  /**
   * Synchronously stop starting output-file writes and wait for those in progress (a pool's
   * workers write files; see worker-pool.ts). Called before temporary files are removed.
   */
  haltWrites?(): void;
  /** Stop: outstanding requests are abandoned. Never throws. */
  close(): Promise<void>;
}

/** The library, loaded on first use (a worker-pool run never loads it in the main thread). */
type Library = { readonly process: (request: ExtractRequest) => Outcome; readonly processFile: FileProcessor };

/**
 * Load the pipeline and the serializers once; return a function that processes one request.
 * chalk is loaded only with `color` (some request may ask for colour); a coloured request
 * without it is an internal error, reported as that input's failure.
 */
export async function loadProcessor({ color }: { color: boolean }): Promise<(request: ExtractRequest) => Outcome> {
  const [{ extractQuotes }, { getFormat }, { plainPaint }, { digestDocument }, chalk] = await Promise.all([
    import('../extract.js'),
    import('../serialize/formats.js'),
    import('../serialize/color.js'),
    import('../serialize/digest.js'),
    color ? import('../serialize/chalk.js') : null,
  ]);
  const paints = new Map<ColorLevel, Paint>([[0, plainPaint]]);
  const paintFor = (level: ColorLevel): Paint => {
    let paint = paints.get(level);
    if (paint === undefined) {
      if (chalk === null) throw new Error(`internal error: colour level ${level} asked of a processor loaded without colour`);
      paints.set(level, (paint = chalk.createPaint(level)));
    }
    return paint;
  };
  return (request) => {
    try {
      const paint = paintFor(request.colorLevel);
      const document = extractQuotes(request.text, {
        path: request.path,
        ...(request.id === undefined ? {} : { id: request.id }),
        ...(request.bytes === undefined ? {} : { bytes: request.bytes }),
        types: request.types,
        keepNonQuotations: request.keepNonQuotations,
        ...(request.inputWarnings === undefined ? {} : { inputWarnings: request.inputWarnings }),
      });
      // extractQuotes builds documents in the contract's key order; no zod on this path
      const format = getFormat(request.format);
      const rendered = format.serialize(document, paint, request.text);
      return {
        ok: true,
        rendered: request.whole === true ? format.header(request.path) + rendered + format.footer : rendered,
        digest: digestDocument(document),
      };
    } catch (error) {
      return { ok: false, reason: firstLine(error) };
    }
  };
}

/** The first line of an error's message (zod and others write many). */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

/** Runs a synchronous piece of work (see `Batch.blocking`). */
export type Around = <T>(work: () => T) => T;

/**
 * Process requests one at a time in the main thread (`--jobs 1`, or a single input).
 * `around` wraps each (synchronous) extraction: main() uses it to let a signal end the process
 * at once while a long input blocks the event loop. `gate` brackets each output-file write.
 * `color`: whether any request may ask for colour (else chalk is never loaded).
 */
export function createLocalExtractor(around: Around = (work) => work(), gate?: WriteGate, color = true): Extractor {
  let library: Promise<Library> | undefined;
  const load = (): Promise<Library> =>
    (library ??= loadProcessor({ color }).then((process) => ({ process, processFile: createFileProcessor(process) })));
  return {
    async extract(request) {
      const { process } = await load();
      return around(() => process(request));
    },
    async processFile(task) {
      const { processFile } = await load();
      const step = processFile.read(task);
      if (typeof step !== 'function') return step;
      // Let the event loop poll (signals, the progress line) right before the extraction blocks
      // it. Here, not earlier: `around` removes the signal handlers, and a signal caught while
      // they are installed but not yet handled would be lost. Two turns: the first immediate may
      // run in the current loop iteration, without a poll after this point; the second cannot.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      return step({ around, ...(gate === undefined ? {} : { gate }) });
    },
    async close() {},
  };
}
