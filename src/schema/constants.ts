/**
 * The enumerations of the output contract as plain constants, so code that only needs the
 * names (the CLI's option parsing) does not have to load zod. `document.ts` builds its enum
 * schemas from these lists: they are still defined once.
 */

/** Every quote type. `stance` (an attitude without reported words) is only emitted on request. */
export const QUOTE_TYPES = ['direct', 'partial', 'indirect', 'stance'] as const;
/** The types emitted when none are asked for. */
export const DEFAULT_QUOTE_TYPES = ['direct', 'partial', 'indirect'] as const;
export const GENDERS = ['female', 'male'] as const;
export const GENDER_EVIDENCE = ['pronoun', 'honorific', 'noun', 'first-name'] as const;
export const PARAGRAPH_ROLES = ['title', 'byline', 'dateline', 'caption', 'body', 'metadata'] as const;
export const SPEAKER_KINDS = ['person', 'organization', 'group', 'unknown'] as const;
export const RESOLUTIONS = ['explicit', 'alias', 'coreference', 'context'] as const;
