/**
 * `index.html` of a batch of HTML reports under --out-dir: the batch's most quoted speakers
 * (name, quotes, files) and a link to every report with its counts. A pure function of the
 * reports' digests (digest.ts); the CLI writes it once the batch is done.
 */
import type { DocumentDigest } from './digest.js';
import { count, escapeHtml, PAGE_END, pageStart } from './html-page.js';

/** The file name of the index in --out-dir. */
export const HTML_INDEX_NAME = 'index.html';

/** How many speakers the index lists. */
export const TOP_SPEAKERS = 25;

/** One report of the batch. */
export interface IndexEntry {
  /** The report's path relative to the index, with `/` between folders (not yet URL-encoded). */
  readonly href: string;
  /** The input's path as given. */
  readonly path: string;
  readonly digest: DocumentDigest;
}

/** A speaker across the batch (by name: the same name in two articles counts as one speaker). */
interface BatchSpeaker {
  readonly name: string;
  quotes: number;
  files: number;
}

/** The batch's speakers, most quoted first (then in more files, then by name, for a stable order). */
export function topSpeakers(entries: readonly IndexEntry[], limit = TOP_SPEAKERS): BatchSpeaker[] {
  const byName = new Map<string, BatchSpeaker>();
  for (const entry of entries) {
    for (const speaker of entry.digest.speakers) {
      const known = byName.get(speaker.name);
      if (known === undefined) byName.set(speaker.name, { name: speaker.name, quotes: speaker.quotes, files: 1 });
      else {
        known.quotes += speaker.quotes;
        known.files += 1;
      }
    }
  }
  return [...byName.values()]
    .sort((a, b) => b.quotes - a.quotes || b.files - a.files || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}

/** A relative path as a URL: each segment percent-encoded, so no name can break out of the href. */
function hrefOf(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/** The whole index page. */
export function serializeHtmlIndex(entries: readonly IndexEntry[]): string {
  const quotes = entries.reduce((sum, entry) => sum + entry.digest.quotes, 0);
  const speakers = topSpeakers(entries, Number.POSITIVE_INFINITY);
  const parts: string[] = [pageStart('Quotes — index'), '<h1>Quote reports</h1>'];
  parts.push(`<p class="facts">${[count(entries.length, 'report'), count(quotes, 'quote'), count(speakers.length, 'speaker')].join(' · ')}</p>`);

  parts.push('<h2>Most quoted</h2>');
  if (speakers.length === 0) parts.push('<p class="facts">No quotes found.</p>');
  else {
    parts.push('<table class="speakers"><thead><tr><th>Speaker</th><th class="n">Quotes</th><th class="n">Files</th></tr></thead><tbody>');
    for (const speaker of speakers.slice(0, TOP_SPEAKERS)) {
      parts.push(`<tr><td>${escapeHtml(speaker.name)}</td><td class="n">${speaker.quotes}</td><td class="n">${speaker.files}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }

  parts.push('<h2>Reports</h2>');
  if (entries.length === 0) parts.push('<p class="facts">No reports.</p>');
  else {
    parts.push('<table class="reports"><thead><tr><th>Input</th><th class="n">Quotes</th><th>Most quoted</th></tr></thead><tbody>');
    for (const entry of entries) {
      const top = [...entry.digest.speakers]
        .sort((a, b) => b.quotes - a.quotes)
        .slice(0, 3)
        .map((speaker) => `${escapeHtml(speaker.name)} (${speaker.quotes})`)
        .join(', ');
      parts.push(
        `<tr><td class="path"><a href="${escapeHtml(hrefOf(entry.href))}">${escapeHtml(entry.path)}</a></td>` +
          `<td class="n">${entry.digest.quotes}</td><td>${top}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  return `${parts.join('\n')}\n${PAGE_END}`;
}
