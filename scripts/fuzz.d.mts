// Types for scripts/fuzz.mjs, so test/fuzz.test.ts can import its generator and checks.
import type * as fc from 'fast-check';

export declare const QUOTE_MARKS: readonly string[];
export declare const NAMES: readonly string[];
export declare const PRONOUNS: readonly string[];
export declare const CUES: readonly string[];
export declare const WORDS: readonly string[];
export declare const PUNCTUATION: readonly string[];
export declare const SPACES: readonly string[];
export declare const ODD: readonly string[];
export declare function articleArbitrary(fastCheck: typeof fc, options?: { maxTokens?: number }): fc.Arbitrary<string>;
export declare function collapsedSlice(points: readonly string[], start: number, end: number): string;
export declare function contractProblems(
  text: string,
  document: unknown,
  schema: { safeParse(value: unknown): { success: boolean; error?: unknown } },
): string[];
export declare function checkInput(
  text: string,
  extractQuotes: (text: string) => unknown,
  schema: { safeParse(value: unknown): { success: boolean; error?: unknown } },
): void;
