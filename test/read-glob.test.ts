import { describe, expect, it } from 'vitest';
import { hasGlobMagic, parseGlob } from '../src/read/glob.js';

describe('parseGlob', () => {
  it.each([
    { pattern: '*.txt', base: '.', maxDepth: 1 },
    { pattern: 'articles/*.txt', base: 'articles', maxDepth: 1 },
    { pattern: 'articles/2024/**/*.txt', base: 'articles/2024', maxDepth: Infinity },
    { pattern: '/data/*/x?.txt', base: '/data', maxDepth: 2 },
    { pattern: '/*.txt', base: '/', maxDepth: 1 },
  ])('$pattern starts at $base', ({ pattern, base, maxDepth }) => {
    const glob = parseGlob(pattern);
    expect(glob.base).toBe(base);
    expect(glob.maxDepth).toBe(maxDepth);
  });

  const table: { pattern: string; path: string; matches: boolean }[] = [
    { pattern: '*.txt', path: 'a.txt', matches: true },
    { pattern: '*.txt', path: 'a.md', matches: false },
    { pattern: '*.txt', path: 'sub/a.txt', matches: false },
    { pattern: '*.txt', path: '.hidden.txt', matches: false },
    { pattern: '.*.txt', path: '.hidden.txt', matches: true },
    { pattern: '**/*.txt', path: 'a.txt', matches: true },
    { pattern: '**/*.txt', path: 'x/y/z/a.txt', matches: true },
    { pattern: '**/*.txt', path: '.git/a.txt', matches: false },
    { pattern: 'a/**/b.txt', path: 'a/b.txt', matches: true },
    { pattern: 'a/**/b.txt', path: 'a/x/y/b.txt', matches: true },
    { pattern: 'a/**', path: 'a/x/y/b.txt', matches: true },
    { pattern: '?.txt', path: 'a.txt', matches: true },
    { pattern: '?.txt', path: 'ab.txt', matches: false },
    { pattern: '[ab].txt', path: 'b.txt', matches: true },
    { pattern: '[ab].txt', path: 'c.txt', matches: false },
    { pattern: '[!ab].txt', path: 'c.txt', matches: true },
    { pattern: '[^ab].txt', path: 'a.txt', matches: false },
    { pattern: '[a-c]*.txt', path: 'b-side.txt', matches: true },
    { pattern: '[a-c]*.txt', path: 'd.txt', matches: false },
    { pattern: '[]]x', path: ']x', matches: true },
    { pattern: '[a-]x', path: '-x', matches: true },
    { pattern: 'x[.txt', path: 'x[.txt', matches: true },
    { pattern: '\\*.txt', path: '*.txt', matches: true },
    { pattern: '\\*.txt', path: 'a.txt', matches: false },
    { pattern: 'a+b(1).txt', path: 'a+b(1).txt', matches: true },
    { pattern: '*-2024.txt', path: 'news-2024.txt', matches: true },
    { pattern: 'é*.txt', path: 'été.txt', matches: true },
  ];
  it.each(table)('$pattern ~ $path → $matches', ({ pattern, path, matches }) => {
    const glob = parseGlob(pattern);
    expect(glob.matches(path)).toBe(matches);
  });
});

describe('hasGlobMagic', () => {
  it.each([
    ['a.txt', false],
    ['dir/', false],
    ['*.txt', true],
    ['a?.txt', true],
    ['[ab].txt', true],
  ] as const)('%s → %s', (arg, magic) => {
    expect(hasGlobMagic(arg)).toBe(magic);
  });
});
