/**
 * What the HTML report (html.ts) and the batch index (html-index.ts) share: escaping, the page
 * around them, the style sheet and the speaker palette.
 *
 * The pages are self-contained and inert: no external asset, no script, and a Content Security
 * Policy that allows nothing but the inline style sheet, so that even a hole in the escaping
 * could not run or fetch anything. Every piece of input text goes through {@link escapeHtml}.
 */
import { visibleText } from './safe-text.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Input text as HTML text or attribute value: control and bidi characters shown visibly
 * (safe-text.ts), then the five characters that matter to HTML escaped.
 */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Colours in the palette; speakers beyond it take colours again from the start. */
export const PALETTE_SIZE = 24;

/**
 * The colour class of a speaker id (`s7` → `c7`); `cu` when nobody was named. By id, so the same
 * id has the same colour in every report, and s1, the first speaker in the text, is blue.
 */
export function colorClass(speakerId: string | undefined): string {
  if (speakerId === undefined) return 'cu';
  const n = Number.parseInt(speakerId.slice(1), 10);
  return Number.isFinite(n) && n > 0 ? `c${((n - 1) % PALETTE_SIZE) + 1}` : 'cu';
}

/**
 * The palette: hues a golden angle apart (neighbours in the list never look alike), each as a
 * light fill (`--bg`, dark text on it stays above 7:1 contrast) and a dark line colour (`--fg`,
 * for underlines and outlines on the white page, above 3:1 against it).
 */
function paletteCss(): string {
  const rules: string[] = [];
  for (let i = 1; i <= PALETTE_SIZE; i++) {
    const hue = Math.round((210 + (i - 1) * 137.508) % 360);
    rules.push(`.c${i}{--bg:hsl(${hue} 85% 86%);--fg:hsl(${hue} 75% 32%)}`);
  }
  rules.push('.cu{--bg:hsl(0 0% 88%);--fg:hsl(0 0% 38%)}');
  return rules.join('\n');
}

const CSS = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#5f6368;--rule:#dadce0}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
h1{font-size:1.35rem;line-height:1.3;margin:0 0 .25rem;overflow-wrap:anywhere}
h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1.75rem 0 .6rem;border-bottom:1px solid var(--rule);padding-bottom:.25rem}
a{color:#1a56b0}
.facts{color:var(--muted);margin:0 0 .75rem}
.report+.report{margin-top:3rem;padding-top:1.5rem;border-top:4px double var(--rule)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:0;font-size:.875rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
ul.legend{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.4rem .9rem}
ul.legend li{display:flex;gap:.5rem;align-items:baseline;font-size:.9rem;line-height:1.35}
.swatch{flex:none;display:inline-block;width:.9rem;height:.9rem;border-radius:3px;background:var(--bg);border:2px solid var(--fg);position:relative;top:.1rem}
.who{font-weight:600}
.about,.count{color:var(--muted)}
ul.legend .about{display:block;font-size:.8rem}
.count{white-space:nowrap}
.key{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.85rem;color:var(--muted);margin-top:.75rem}
.key .q{color:var(--ink)}
.article{font-family:Georgia,"Times New Roman",serif;font-size:1.075rem;line-height:1.75}
.para{position:relative;margin:0 0 .9rem}
.para::before{content:"\\00b6" attr(data-n);position:absolute;left:-2.6rem;width:2.2rem;text-align:right;font:.7rem/2.4 system-ui,sans-serif;color:#9aa0a6}
.para.title{font-size:1.3rem;font-weight:700;line-height:1.4}
.para.byline,.para.dateline,.para.caption,.para.metadata{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
.q{border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.q.direct{background:var(--bg);padding:.05em 0}
.q.partial{border-bottom:3px solid var(--fg)}
.q.indirect{border:2px dotted var(--fg);padding:0 .1em}
.q.stance{font-style:italic;border-bottom:2px dashed var(--fg)}
.q:hover{box-shadow:0 0 0 2px var(--fg)}
ul.warnings{margin:0;padding-left:1.2rem;font-size:.875rem}
ul.warnings code{font-size:.8rem;background:#f1f3f4;padding:0 .25rem;border-radius:3px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.3rem .6rem .3rem 0;border-bottom:1px solid var(--rule);vertical-align:top}
th{color:var(--muted);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.path{overflow-wrap:anywhere}
@media (max-width:40rem){.para::before{display:none}}
${paletteCss()}
`;

/** The top of a page, up to and including `<main>`; `title` is input text (escaped here). */
export function pageStart(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="extract-quotes">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
`;
}

/** The end of a page. */
export const PAGE_END = '</main>\n</body>\n</html>\n';

/** `1 quote`, `2 quotes`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
