/**
 * The HTML reports of every shipped fixture, opened in headless Chromium (Debian's `chromium`
 * package, driven by playwright-core; no browser is ever downloaded): every quote of the document
 * is highlighted (an element with its id whose computed fill, border or outline shows), every
 * speaker is in the legend, and the page loads without a console error (a CSP violation would
 * show there).
 *
 * Chromium is a system package: `.ci/run` installs it. Under CI (CI=true) a missing browser fails
 * this test; elsewhere the test is skipped with a message saying how to install it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract.js';
import { assertBuilt, ROOT, runCli } from './helpers/cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

type Browser = import('playwright-core').Browser;

/** The browser: $CHROMIUM_PATH, else Debian's chromium. */
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate): candidate is string => candidate !== undefined && candidate !== '' && existsSync(candidate),
);
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const MISSING = 'headless Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)';

const fixturesDir = path.join(ROOT, 'fixtures');
const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.txt')).sort();

/** What the page shows for one quote: whether some element of it has a visible highlight. */
interface Shown {
  readonly elements: number;
  readonly highlighted: boolean;
}

/*
 * What runs in the page, as source text (the project's TypeScript has no DOM types). For each
 * quote id: how many elements carry it, and whether one of them is visible and has a fill, a
 * border or an outline that is not transparent.
 */
const HIGHLIGHTS = `(() => {
  const visible = (color) => color !== 'transparent' && !/^rgba\\(.*,\\s*0\\)$/.test(color);
  const result = {};
  for (const element of document.querySelectorAll('[data-quote]')) {
    const id = element.dataset.quote;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const border = ['top', 'right', 'bottom', 'left'].some((side) =>
      parseFloat(style.getPropertyValue('border-' + side + '-width')) > 0 &&
      style.getPropertyValue('border-' + side + '-style') !== 'none' &&
      visible(style.getPropertyValue('border-' + side + '-color')));
    const outline = parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none' && visible(style.outlineColor);
    const highlighted = box.width > 0 && box.height > 0 && (visible(style.backgroundColor) || border || outline);
    const before = result[id] || { elements: 0, highlighted: false };
    result[id] = { elements: before.elements + 1, highlighted: before.highlighted || highlighted };
  }
  return result;
})()`;

/** The legend, as speaker id → the name shown. */
const LEGEND = `Object.fromEntries([...document.querySelectorAll('ul.legend li[data-speaker]')]
  .map((li) => [li.dataset.speaker, li.querySelector('.who')?.textContent]))`;

if (CHROMIUM === undefined && !IN_CI) {
  describe('html reports in headless Chromium', () => {
    it.skip(`skipped: ${MISSING}; under CI=true this fails instead`, () => undefined);
  });
} else {
  describe('html reports in headless Chromium', { timeout: 120_000 }, () => {
    const dir = makeTempDir();
    let launched: Browser | undefined;

    /**
     * Reports written and the browser started once, on first use inside a test, so that a missing
     * or broken browser fails the tests themselves (a failing beforeAll would only mark them skipped).
     */
    let ready: Promise<Browser> | undefined;
    const start = async (): Promise<Browser> => {
      assertBuilt();
      if (CHROMIUM === undefined) throw new Error(`${MISSING}: .ci/run installs it; under CI this test must not be skipped`);
      const result = await runCli(['-f', 'html', '--out-dir', 'reports', ...fixtures.map((name) => path.join(fixturesDir, name))], { cwd: dir });
      expect(result.stderr).toBe('');
      const { chromium } = await import('playwright-core');
      launched = await chromium.launch({
        executablePath: CHROMIUM,
        // playwright-core starts it headless with a fresh profile of its own; these keep it off the network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      return launched;
    };
    const getBrowser = (): Promise<Browser> => (ready ??= start());

    afterAll(async () => {
      await launched?.close();
    });

    it.each(fixtures)('%s: every quote is highlighted and every speaker is in the legend', async (name) => {
      const browser = await getBrowser();
      const text = readFileSync(path.join(fixturesDir, name), 'utf8');
      const doc = extractQuotes(text, { path: path.join(fixturesDir, name) });
      expect(doc.quotes.length).toBeGreaterThan(0);

      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(pathToFileURL(path.join(dir, 'reports', name.replace(/\.txt$/, '.html'))).href);
        const shown = (await page.evaluate(HIGHLIGHTS)) as Record<string, Shown>;
        for (const quote of doc.quotes) {
          expect(shown[quote.id], `${quote.id} "${quote.text}"`).toMatchObject({ highlighted: true });
        }
        expect(Object.keys(shown).sort()).toEqual(doc.quotes.map((quote) => quote.id).sort());

        const legend = await page.evaluate(LEGEND);
        expect(legend).toEqual(Object.fromEntries(doc.speakers.map((speaker) => [speaker.id, speaker.name])));
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('index.html links every report', async () => {
      const browser = await getBrowser();
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(path.join(dir, 'reports', 'index.html')).href);
        const links = await page.evaluate(`[...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))`);
        expect(links).toEqual(fixtures.map((name) => name.replace(/\.txt$/, '.html')));
      } finally {
        await page.close();
      }
    });
  });
}
