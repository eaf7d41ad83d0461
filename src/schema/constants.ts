/**
 * The enumerations of the output contract as plain constants, so code that only needs the
 * names (the CLI's option parsing) does not have to load zod. `document.ts` builds its enum
 * schemas from these lists: they are still defined once.
 */

export const QUOTE_TYPES = ['direct', 'partial', 'indirect'] as const;
export const PARAGRAPH_ROLES = ['title', 'byline', 'dateline', 'caption', 'body', 'metadata'] as const;
export const SPEAKER_KINDS = ['person', 'organization', 'group', 'unknown'] as const;
export const RESOLUTIONS = ['explicit', 'alias', 'coreference', 'context'] as const;
