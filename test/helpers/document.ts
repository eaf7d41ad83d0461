/**
 * A hand-built document with every feature the serializers show: speakers with titles and
 * aliases, attributed and unattributed quotes, a cue, a record id and warnings.
 */
import { DocumentSchema, type Document } from '../../src/schema/document.js';

/** The sample article the document describes (the offsets point into it). */
export const SAMPLE_TEXT =
  'Putin warns the West\n\n"In case of attack, we will respond," Putin said on Tuesday.\n\nCritics called the plan "reckless".\n\nThe Kremlin said talks would go on.';

/** Build the sample document (parsed, so it is a valid `Document` with schema key order). */
export function sampleDocument(overrides: { path?: string; id?: string } = {}): Document {
  // The sample is ASCII, so UTF-16 indexes are code-point offsets.
  const span = (needle: string, from = 0) => {
    const start = SAMPLE_TEXT.indexOf(needle, from);
    return { text: needle, start, end: start + needle.length };
  };
  const q1 = span('In case of attack, we will respond,');
  const q2 = span('reckless');
  const q3 = span('talks would go on');
  return DocumentSchema.parse({
    schemaVersion: 1,
    source: {
      path: overrides.path ?? 'articles/putin.txt',
      ...(overrides.id === undefined ? {} : { id: overrides.id }),
      bytes: Buffer.byteLength(SAMPLE_TEXT),
      sha256: '0'.repeat(64),
    },
    metadata: { link: 'https://example.com/putin', tags: ['russia'] },
    paragraphs: [
      { index: 0, start: 0, end: 20, role: 'title' },
      { index: 1, start: 22, end: 82, role: 'body' },
      { index: 2, start: 84, end: 118, role: 'body' },
      { index: 3, start: 120, end: 155, role: 'body' },
    ],
    speakers: [
      { id: 's1', name: 'Vladimir Putin', kind: 'person', titles: ['Russian President'], aliases: ['Putin'], quoteCount: 1, gender: 'male', genderEvidence: 'pronoun' },
      { id: 's2', name: 'the Kremlin', kind: 'organization', titles: [], aliases: [], quoteCount: 1, gender: null, genderEvidence: null },
    ],
    quotes: [
      {
        id: 'q1',
        type: 'direct',
        text: 'In case of attack, we will respond,',
        start: q1.start,
        end: q1.end,
        paragraph: 1,
        speaker: { id: 's1', name: 'Vladimir Putin', mention: span('Putin', q1.end), resolution: 'explicit' },
        cue: span('said', q1.end),
        via: null,
        confidence: 0.93,
        continues: null,
      },
      {
        id: 'q2',
        type: 'partial',
        text: 'reckless',
        start: q2.start,
        end: q2.end,
        paragraph: 2,
        speaker: null,
        cue: null,
        via: null,
        confidence: 0.4,
        continues: null,
      },
      {
        id: 'q3',
        type: 'indirect',
        text: 'talks would go on',
        start: q3.start,
        end: q3.end,
        paragraph: 3,
        speaker: { id: 's2', name: 'the Kremlin', mention: span('The Kremlin'), resolution: 'explicit' },
        cue: span('said', q2.end),
        via: null,
        confidence: 0.61,
        continues: null,
      },
    ],
    warnings: [{ rule: 'no-speaker', message: 'No speaker found for q2 "reckless".', start: q2.start, end: q2.end }],
  });
}
