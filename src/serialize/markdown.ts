/**
 * `md`: a Markdown report per input, for people and for diffs in CI.
 *
 * Layout: a title with the source, a count line, each speaker (titles, aliases) with their
 * quotes as blockquotes, then quotes nobody could be named for, then warnings. Paragraph
 * references count from 1 (`¶3` is the third paragraph, `"paragraph": 2` in the JSON),
 * because that is how a reader counts.
 */
import type { Document, Quote, Warning } from '../schema/document.js';
import { visibleDocument } from './safe-text.js';

/** Serialize one document as a Markdown report ending with a newline. */
export function serializeMarkdown(document: Document): string {
  // A report is read in terminals and diff views too: control characters are shown, not sent (safe-text.ts).
  const { source, metadata, speakers, quotes, warnings } = visibleDocument(document);
  const blocks: string[] = [];

  const record = source.id === undefined ? '' : ` — record ${escapeMarkdown(source.id)}`;
  blocks.push(`# Quotes: ${escapeMarkdown(source.path)}${record}`);
  const facts = [count(quotes.length, 'quote'), count(speakers.length, 'speaker'), count(warnings.length, 'warning')];
  const link = metadata.link === undefined ? '' : `\n\nLink: <${metadata.link.replace(/[<>\s]/g, encodeURIComponent)}>`;
  blocks.push(facts.join(' · ') + link);

  const known = new Set(speakers.map((speaker) => speaker.id));
  if (speakers.length > 0) {
    blocks.push('## Speakers');
    for (const speaker of speakers) {
      const about = [speaker.kind, ...speaker.titles.map(escapeMarkdown)];
      if (speaker.aliases.length > 0) about.push(`also: ${speaker.aliases.map(escapeMarkdown).join(', ')}`);
      blocks.push(`### ${escapeMarkdown(speaker.name)}\n\n*${about.join(' · ')}*`);
      const own = quotes.filter((quote) => quote.speaker?.id === speaker.id);
      blocks.push(...own.map(formatQuote));
      if (own.length === 0) blocks.push('*No quotes.*');
    }
  }

  // Quotes whose speaker id is not in the speaker list should not happen; show them anyway.
  const strays = quotes.filter((quote) => quote.speaker !== null && !known.has(quote.speaker.id));
  if (strays.length > 0) {
    blocks.push('## Other speakers');
    for (const quote of strays) blocks.push(`**${escapeMarkdown(quote.speaker?.name ?? '')}**`, formatQuote(quote));
  }

  const unattributed = quotes.filter((quote) => quote.speaker === null);
  if (unattributed.length > 0) {
    blocks.push('## Unattributed quotes', ...unattributed.map(formatQuote));
  }

  if (quotes.length === 0) blocks.push('*No quotes found.*');

  if (warnings.length > 0) {
    blocks.push('## Warnings', warnings.map(formatWarning).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** `> the words (¶3, partial, *said*)` */
function formatQuote(quote: Quote): string {
  const refs = [`¶${quote.paragraph + 1}`];
  if (quote.type !== 'direct') refs.push(quote.type);
  if (quote.cue !== null) refs.push(`*${escapeMarkdown(quote.cue.text)}*`);
  return `> ${escapeMarkdown(quote.text)} (${refs.join(', ')})`;
}

function formatWarning(warning: Warning): string {
  const at = warning.start === undefined ? '' : ` (at ${warning.start}${warning.end === undefined ? '' : `–${warning.end}`})`;
  return `- \`${warning.rule}\`${at}: ${escapeMarkdown(warning.message)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Escape characters that Markdown would read as formatting, so a quote shows as written.
 * Newlines become spaces: every item here is meant to be one line.
 */
export function escapeMarkdown(text: string): string {
  // A whitespace run with a line end in it becomes one space. Matched as `\s+` and checked, not as
  // `\s*[\r\n]+\s*`, which backtracks quadratically over a long run of spaces without a line end.
  return text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run)).replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
