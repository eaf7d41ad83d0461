/**
 * `text`: a coloured terminal view for people: each quote with its speaker, cue and
 * confidence. Without colour it is still readable, as plain indented text.
 */
import type { Paint } from './color.js';
import type { Document, Quote } from '../schema/document.js';
import { visibleDocument } from './safe-text.js';

/** Serialize one document as a terminal report ending with a blank line. */
export function serializeText(document: Document, chalk: Paint): string {
  // Article text must not drive the terminal: control characters are shown, not sent (safe-text.ts).
  const { source, speakers, quotes, warnings } = visibleDocument(document);
  const lines: string[] = [];
  const title = source.id === undefined ? source.path : `${source.path} #${source.id}`;
  lines.push(`${chalk.bold.underline(title)}  ${chalk.dim(`${plural(quotes.length, 'quote')}, ${plural(speakers.length, 'speaker')}`)}`);
  for (const quote of quotes) lines.push(...formatQuote(quote, chalk));
  for (const warning of warnings) {
    const at = warning.start === undefined ? '' : chalk.dim(` @${warning.start}`);
    lines.push(`  ${chalk.yellow(`warning ${warning.rule}`)}${at}: ${warning.message}`);
  }
  return `${lines.join('\n')}\n\n`;
}

function formatQuote(quote: Quote, chalk: Paint): string[] {
  // Indirect speech has no quote marks in the article, so none are added here either.
  const words = quote.type === 'indirect' ? quote.text : `“${quote.text}”`;
  const who = quote.speaker === null ? chalk.dim('unattributed') : chalk.cyan.bold(quote.speaker.name);
  const details = [
    who + (quote.cue === null ? '' : ` ${chalk.yellow(quote.cue.text)}`),
    quote.type,
    `¶${quote.paragraph + 1}`,
    paintConfidence(quote.confidence, chalk),
  ];
  return [`  ${words}`, `    ${chalk.dim('—')} ${details.join(chalk.dim(' · '))}`];
}

/** Green when sure, yellow when unsure, red when doubtful: where to look first. */
function paintConfidence(confidence: number, chalk: Paint): string {
  const shown = confidence.toFixed(2);
  if (confidence >= 0.8) return chalk.green(shown);
  if (confidence >= 0.5) return chalk.yellow(shown);
  return chalk.red(shown);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
