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

type Segment = { kind: 'globstar' } | { kind: 'name'; regexp: RegExp; allowsLeadingDot: boolean };

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
  return segment.regexp.test(name) && matchSegments(segments, si + 1, names, ni + 1);
}

function compileSegment(part: string): Segment {
  if (part === '**') return { kind: 'globstar' };
  let source = '';
  for (let i = 0; i < part.length; i++) {
    const char = part[i] ?? '';
    if (char === '\\' && i + 1 < part.length) {
      source += escapeRegExp(part[++i] ?? '');
    } else if (char === '*') {
      while (part[i + 1] === '*') i++; // `a**b` inside a name is just `*`
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const klass = readClass(part, i);
      if (klass === undefined) {
        source += '\\[';
      } else {
        source += klass.source;
        i = klass.end;
      }
    } else {
      source += escapeRegExp(char);
    }
  }
  return { kind: 'name', regexp: new RegExp(`^${source}$`, 'u'), allowsLeadingDot: part.startsWith('.') };
}

/** Read a `[...]` class starting at `start`; undefined when it is not closed (then `[` is literal). */
function readClass(part: string, start: number): { source: string; end: number } | undefined {
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

function escapeRegExp(text: string): string {
  // No `-` here: with the `u` flag, `\-` outside a class is a syntax error.
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeClassChar(char: string): string {
  return /[\\\]^[-]/.test(char) ? `\\${char}` : char;
}
