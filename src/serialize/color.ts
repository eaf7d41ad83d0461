/**
 * When to colour: our own decision, because chalk 5 ignores NO_COLOR by itself and looks at
 * the real process, which in-process callers (and tests) must be able to replace.
 *
 * The serializers paint through `Paint`, the few chalk styles they use. Uncoloured output (every
 * file under --out-dir, every pipe) takes `plainPaint` and never loads chalk (15 ms of a cold
 * start); a chalk instance (src/serialize/chalk.ts) is a `Paint` as it is.
 */

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

/** One style: the text with escape codes around it (or none). */
export type Style = (text: string) => string;

/** The chalk styles the serializers use; chalk's own instances have this shape. */
export interface Paint {
  readonly level: ColorLevel;
  readonly bold: Style & { readonly underline: Style };
  readonly dim: Style;
  readonly gray: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly blue: { readonly bold: Style };
  readonly cyan: { readonly bold: Style };
}

const same: Style = (text) => text;

/** Paint that never colours: every style returns its text unchanged, as chalk at level 0 does. */
export const plainPaint: Paint = {
  level: 0,
  bold: Object.assign((text: string) => text, { underline: same }),
  dim: same,
  gray: same,
  red: same,
  green: same,
  yellow: same,
  blue: { bold: same },
  cyan: { bold: same },
};
