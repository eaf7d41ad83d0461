/**
 * Short, human reasons for file-system errors, for one-line messages such as
 * `extract-quotes: cannot read a.txt: no such file`.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a parent is not a directory)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENXIO: 'not a readable file (socket or device)',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EEXIST: 'file exists',
  EIO: 'input/output error',
  EFBIG: 'file too large',
};

/** The errno code of a Node error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** A short reason for an error: a plain phrase for common errno codes, else the message. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  if (error instanceof Error) return error.message;
  return String(error);
}
