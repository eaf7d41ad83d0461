/**
 * Where an input's output goes under `--out-dir` (pure path arithmetic).
 */
import path from 'node:path';

/**
 * The output file for an input under `outDir`.
 *
 * `relative` is the input's base name for a file argument (`a.txt` → `DIR/a.json`) or its
 * path below the directory or glob base it was found in (`world/a.txt` → `DIR/world/a.json`);
 * `stdin` for standard input. A final extension listed in `inputExtensions` is replaced by the
 * format's; any other is kept (`notes.md` → `notes.md.json`), so different inputs rarely collide.
 *
 * Returns undefined when the result would not lie strictly inside `outDir` (a `..` or an
 * absolute path sneaking in): output must never escape the directory the user chose.
 */
export function outputPath(
  outDir: string,
  relative: string,
  extension: string,
  inputExtensions: readonly string[],
): string | undefined {
  const parsed = path.parse(relative);
  const known = inputExtensions.some((ext) => `.${ext.replace(/^\./, '')}`.toLowerCase() === parsed.ext.toLowerCase());
  const stem = known ? parsed.name : parsed.base;
  const target = path.resolve(outDir, parsed.dir, `${stem}.${extension}`);
  const inside = path.relative(path.resolve(outDir), target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return undefined;
  return target;
}
