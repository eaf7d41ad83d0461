/**
 * When to colour: our own decision, because chalk 5 ignores NO_COLOR by itself and looks at
 * the real process, which in-process callers (and tests) must be able to replace.
 */
import { Chalk, type ChalkInstance } from 'chalk';

/** chalk's colour levels: 0 none, 1 16 colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** What {@link decideColorLevel} looks at. */
export interface ColorContext {
  /** False when the user passed `--no-color`. */
  readonly flag: boolean;
  /** Whether the output goes to a terminal. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Decide the colour level, in this order:
 * 1. `--no-color` → none.
 * 2. `FORCE_COLOR` (force-color.org): `0`/`false` → none, `1`/`true`/empty → 16 colours,
 *    `2` → 256, `3` → truecolor, even when not a terminal. As in Node itself, it wins over NO_COLOR.
 * 3. `NO_COLOR` set and not empty (no-color.org) → none.
 * 4. Not a terminal, or `TERM=dumb` → none.
 * 5. A terminal: truecolor for `COLORTERM=truecolor|24bit`, 256 for `TERM=*256*`, else 16.
 */
export function decideColorLevel({ flag, isTTY, env }: ColorContext): ColorLevel {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true' || force === '1') return 1;
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    // Anything else is ignored, as if unset.
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256') === true) return 2;
  return 1;
}

/** A chalk instance at a fixed level (level 0 returns text unchanged). */
export function createChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

/** A chalk instance that never colours, for formats that are never coloured and for tests. */
export const plainChalk: ChalkInstance = createChalk(0);
