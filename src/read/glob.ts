/**
 * A small glob matcher: `*`, `**`, `?`, `[...]` (with `!` or `^` negation and ranges) and `\`
 * escapes, matched segment by segment against `/`-separated relative paths.
 *
 * Why our own: `fs.promises.glob` does not exist in Node 20 (checked on 20.20), and in Node 22
 * it is experimental and prints an ExperimentalWarning on stderr, which must stay clean.
 *
 * As in shells, a wildcard does not match a leading `.` in a name: `*.txt` skips `.draft.txt`
 * and `**` does not descend into `.git`. Write the dot (`.*.txt`) to match such names.
 */

/** A parsed glob: the literal directory to start from, and a matcher for paths under it. */
export interface Glob {
  /** The leading segments without wildcards (`articles/2024` in `articles/2024/**\/*.txt`); `.` if none. */
  readonly base: string;
  /** How many directory levels below `base` can match; `Infinity` when the pattern has `**`. */
  readonly maxDepth: number;
  /** Whether a path relative to `base`, with `/` separators, matches the rest of the pattern. */
  matches(relativePath: string): boolean;
}

/** Whether a command-line argument contains glob wildcards. */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

type Segment = { kind: 'globstar' } | { kind: 'name'; atoms: readonly Atom[]; allowsLeadingDot: boolean };

/**
 * One piece of a name pattern. Names are matched atom by atom, not by a regular expression:
 * `^[^/]*a[^/]*a…$` backtracks polynomially (a glob of four stars took 1.8 s on a 100-character
 * name, and names may be 255 bytes), while the loop in {@link matchName} is O(name × pattern).
 */
type Atom =
  | { kind: 'star' }
  | { kind: 'any' }
  | { kind: 'literal'; char: string }
  /** A `[...]` class, compiled to a regular expression tested against a single character. */
  | { kind: 'class'; regexp: RegExp };

/** Parse a glob pattern such as `articles/**\/*.txt` or `/data/[ab]?.txt`. */
export function parseGlob(pattern: string): Glob {
  const parts = pattern.split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  const literalCount = firstMagic === -1 ? parts.length - 1 : firstMagic;
  const baseParts = parts.slice(0, literalCount);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  const segments = parts.slice(literalCount).filter((part) => part !== '' && part !== '.').map(compileSegment);
  const maxDepth = segments.some((s) => s.kind === 'globstar') ? Infinity : segments.length;
  return {
    base,
    maxDepth,
    matches: (relativePath) => matchSegments(segments, 0, relativePath.split('/'), 0),
  };
}

function matchSegments(segments: readonly Segment[], si: number, names: readonly string[], ni: number): boolean {
  const segment = segments[si];
  if (segment === undefined) return ni === names.length;
  if (segment.kind === 'globstar') {
    // `**` takes zero or more whole names, none of them hidden.
    for (let take = ni; take <= names.length; take++) {
      if (matchSegments(segments, si + 1, names, take)) return true;
      const name = names[take];
      if (name === undefined || name.startsWith('.')) return false;
    }
    return false;
  }
  const name = names[ni];
  if (name === undefined) return false;
  if (name.startsWith('.') && !segment.allowsLeadingDot) return false;
  return matchName(segment.atoms, [...name]) && matchSegments(segments, si + 1, names, ni + 1);
}

/**
 * Wildcard matching with one backtrack point (the last `*`): when a later atom fails, the last
 * star takes one more character and the atoms after it are tried again. Linear in practice,
 * O(name × pattern) at worst, whatever the pattern.
 */
function matchName(atoms: readonly Atom[], chars: readonly string[]): boolean {
  let a = 0;
  let c = 0;
  let starAtom = -1;
  let starChar = 0;
  while (c < chars.length) {
    const atom = atoms[a];
    if (atom !== undefined && atom.kind === 'star') {
      starAtom = a++;
      starChar = c;
    } else if (atom !== undefined && matchesChar(atom, chars[c] as string)) {
      a++;
      c++;
    } else if (starAtom >= 0) {
      a = starAtom + 1;
      c = ++starChar;
    } else {
      return false;
    }
  }
  while (atoms[a]?.kind === 'star') a++;
  return a === atoms.length;
}

function matchesChar(atom: Exclude<Atom, { kind: 'star' }>, char: string): boolean {
  switch (atom.kind) {
    case 'any':
      return char !== '/';
    case 'literal':
      return atom.char === char;
    case 'class':
      return atom.regexp.test(char);
  }
}

function compileSegment(part: string): Segment {
  if (part === '**') return { kind: 'globstar' };
  const atoms: Atom[] = [];
  const chars = [...part]; // code points, as names are matched
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char === '\\' && i + 1 < chars.length) {
      atoms.push({ kind: 'literal', char: chars[++i] ?? '' });
    } else if (char === '*') {
      while (chars[i + 1] === '*') i++; // `a**b` inside a name is just `*`
      atoms.push({ kind: 'star' });
    } else if (char === '?') {
      atoms.push({ kind: 'any' });
    } else if (char === '[') {
      const klass = readClass(chars, i);
      if (klass === undefined) {
        atoms.push({ kind: 'literal', char: '[' });
      } else {
        atoms.push({ kind: 'class', regexp: new RegExp(`^${klass.source}$`, 'u') });
        i = klass.end;
      }
    } else {
      atoms.push({ kind: 'literal', char });
    }
  }
  return { kind: 'name', atoms, allowsLeadingDot: part.startsWith('.') };
}

/** Read a `[...]` class starting at `start`; undefined when it is not closed (then `[` is literal). */
function readClass(part: readonly string[], start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (part[i] === '!' || part[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  // A `]` right after `[` or `[!` is a member, as in POSIX.
  if (part[i] === ']') {
    body += '\\]';
    i++;
  }
  for (; i < part.length; i++) {
    const char = part[i] ?? '';
    if (char === ']') return { source: `[${negate ? '^/' : ''}${body}]`, end: i };
    if (char === '\\' && i + 1 < part.length) body += escapeClassChar(part[++i] ?? '');
    else if (char === '-') body += '-';
    else body += escapeClassChar(char);
  }
  return undefined;
}

function escapeClassChar(char: string): string {
  return /[\\\]^[-]/.test(char) ? `\\${char}` : char;
}
