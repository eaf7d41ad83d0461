import { describe, expect, it } from 'vitest';
import { compiledNow } from '../src/text/native-regexp.js';

describe('compiledNow', () => {
  it('returns the same pattern, its match state reset, matching as before', () => {
    const samples = ['Okafor said the ferry would sail.', 'The board — said Ruiz — agreed \u2063 later.', ''];
    for (const flags of ['gu', 'u', 'yu', 'giu']) {
      const pattern = new RegExp('(?<![\\p{L}])(?:said|agreed)(?![\\p{L}])', flags);
      const fresh = new RegExp(pattern.source, flags);
      const same = compiledNow(pattern);
      expect(same).toBe(pattern);
      expect(same.lastIndex).toBe(0);
      for (const text of samples) {
        pattern.lastIndex = 0;
        fresh.lastIndex = 0;
        expect(pattern.exec(text)?.index).toBe(fresh.exec(text)?.index);
        expect(text.replace(pattern, '#')).toBe(text.replace(fresh, '#'));
      }
    }
  });

  it('leaves a global pattern ready for a scan from the start (lastIndex 0 after warming)', () => {
    // the warming subject is blank, so a pattern that matches blanks would leave lastIndex > 0 if not reset
    const blanks = compiledNow(/\s+/g);
    expect(blanks.lastIndex).toBe(0);
    expect(blanks.exec('a b')?.index).toBe(1);
  });
});
