/**
 * The output contract (schema version 1), defined once.
 *
 * These zod schemas are the single source of the output types (`z.infer`) and of the
 * JSON Schema that `extract-quotes --schema` prints (`z.toJSONSchema`). Key order here is
 * the key order in the output. See ../shared/CONTRACT.md in the workplace, and the README.
 */
import { z } from 'zod';
import { GENDER_EVIDENCE, GENDERS, PARAGRAPH_ROLES, QUOTE_TYPES, RESOLUTIONS, SPEAKER_KINDS } from './constants.js';

const offset = z.number().int().nonnegative();

/** A span of the input: code-point offsets, half-open `[start, end)`, and its exact text. */
export const SpanSchema = z
  .object({ text: z.string(), start: offset, end: offset })
  .meta({ description: 'A span of the input text in Unicode code points, half-open [start, end).' });

export const SourceSchema = z.object({
  path: z.string().meta({ description: 'The input path as given; "-" for stdin.' }),
  id: z.string().optional().meta({ description: 'The record id, for JSONL input records.' }),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const MetadataSchema = z
  .object({
    link: z.string().optional(),
    tags: z.array(z.string()),
    source: z.string().optional(),
    published: z.string().optional(),
    updated: z.string().optional(),
    author: z.string().optional(),
  })
  .catchall(z.union([z.string(), z.array(z.string())]))
  .meta({ description: 'Values of header and trailer lines such as LINK:, TAGS:, Source:, Published:.' });

export const ParagraphRoleSchema = z.enum(PARAGRAPH_ROLES);

export const ParagraphSchema = z.object({
  index: z.number().int().nonnegative(),
  start: offset,
  end: offset,
  role: ParagraphRoleSchema,
});

export const SpeakerKindSchema = z.enum(SPEAKER_KINDS);

export const SpeakerSchema = z.object({
  id: z.string().regex(/^s[1-9][0-9]*$/),
  name: z.string(),
  kind: SpeakerKindSchema,
  titles: z.array(z.string()),
  aliases: z.array(z.string()),
  quoteCount: z.number().int().nonnegative(),
  gender: z.enum(GENDERS).nullable().meta({ description: 'A person\'s gender as the article shows it; null when it gives no evidence, and for non-persons.' }),
  genderEvidence: z
    .enum(GENDER_EVIDENCE)
    .nullable()
    .meta({ description: 'The strongest evidence used: the article\'s pronouns, honorifics or gendered nouns beat the first-name lexicon.' }),
});

export const QuoteTypeSchema = z.enum(QUOTE_TYPES);
export const ResolutionSchema = z.enum(RESOLUTIONS);

export const QuoteSpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  mention: SpanSchema.nullable().meta({ description: "The mention in this quote's own attribution; null if none." }),
  resolution: ResolutionSchema,
});

export const QuoteSchema = z.object({
  id: z.string().regex(/^q[1-9][0-9]*$/),
  type: QuoteTypeSchema,
  text: z.string().meta({ description: 'The words spoken: enclosing marks removed, whitespace collapsed.' }),
  start: offset,
  end: offset,
  paragraph: z.number().int().nonnegative(),
  speaker: QuoteSpeakerSchema.nullable(),
  cue: SpanSchema.nullable(),
  via: SpanSchema.nullable().meta({ description: 'The outlet the words were given to or taken from ("told the Times", "according to CNN"); null if none.' }),
  confidence: z.number().min(0).max(1),
  continues: z.string().nullable().meta({ description: 'Id of the earlier piece of the same utterance.' }),
});

export const WarningSchema = z.object({
  rule: z.string(),
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});

export const DocumentSchema = z
  .object({
    schemaVersion: z.literal(1),
    source: SourceSchema,
    metadata: MetadataSchema,
    paragraphs: z.array(ParagraphSchema),
    speakers: z.array(SpeakerSchema),
    quotes: z.array(QuoteSchema),
    warnings: z.array(WarningSchema),
  })
  .meta({ title: 'extract-quotes document', description: 'One document per input (schema version 1).' });

export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type ParagraphRole = z.infer<typeof ParagraphRoleSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type QuoteType = z.infer<typeof QuoteTypeSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type QuoteSpeaker = z.infer<typeof QuoteSpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Document = z.infer<typeof DocumentSchema>;

/** The JSON Schema (draft 2020-12) of one output document. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
