import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageServer, startServer } from '../../examples/browser/server.js';
import { type TownshipMonth, townshipMonth } from '../../examples/browser/township.js';
import { npmScript } from './runExample.js';

// Debian's Chromium package (CHROMIUM_PATH points elsewhere); no browser is downloaded.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOW_TO_INSTALL = `the browser test needs Chromium at ${CHROMIUM}: install it with \`sudo apt-get install -y --no-install-recommends chromium\` (Debian; .ci/run does this on CI)`;
const missing = !existsSync(CHROMIUM);
const skip = missing && !process.env.CI;
const TITLE = 'the browser page (guanai bundled from dist/, in headless Chromium)';

interface Shown {
  counts: { key: string; name: string; yes: number; no: number; unknown: number }[];
  days: { date: string; total: number; elders: string[] }[];
  caregiver: string;
  caregivers: string[];
  summary: string;
}

/** What the page shows, read from its DOM. */
function read(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const all = (selector: string, root: ParentNode = document) => [
      ...root.querySelectorAll<HTMLElement>(selector),
    ];
    const select = document.querySelector<HTMLSelectElement>('#caregiver');
    return {
      counts: all('#counts tbody tr').map((row) => {
        const [yes, no, unknown] = all('td', row).map((cell) => Number(cell.textContent));
        return {
          key: row.dataset.key ?? '',
          name: row.querySelector('th')?.textContent ?? '',
          yes: yes ?? Number.NaN,
          no: no ?? Number.NaN,
          unknown: unknown ?? Number.NaN,
        };
      }),
      days: all('#calendar .day').map((day) => ({
        date: day.dataset.date ?? '',
        total: Number(day.querySelector<HTMLElement>('.total')?.dataset.total),
        elders: all('li', day).map((li) => li.dataset.elder ?? ''),
      })),
      caregiver: select?.value ?? '',
      caregivers: [...(select?.options ?? [])].map((option) => option.value),
      summary: document.querySelector('#summary')?.textContent ?? '',
    };
  });
}

/** The calendar as Node computes it: every day's visit count and one caregiver's elders. */
function calendarOf(month: TownshipMonth, caregiverId: string): Shown['days'] {
  return month.days.map(({ date }) => {
    const visits = month.visits.filter((v) => v.date === date);
    return {
      date,
      total: visits.length,
      elders: visits.filter((v) => v.caregiverId === caregiverId).map((v) => v.elderId),
    };
  });
}

describe.skipIf(skip)(skip ? `${TITLE} — skipped: ${HOW_TO_INSTALL}` : TITLE, () => {
  let server: PageServer;
  let browser: Browser;
  let page: Page;
  let expected: TownshipMonth;
  const errors: string[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(HOW_TO_INSTALL);
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    // Node computes while the page does (the server answers before Node gets busy).
    await page.goto(server.url);
    expected = townshipMonth();
    await page.waitForSelector('main:not([data-state="loading"])');
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script');
      return {
        loaded: Math.round(navigation?.loadEventEnd ?? Number.NaN),
        ready: Math.round(performance.now()),
        transferred: scripts.map((e) => (e as PerformanceResourceTiming).transferSize),
      };
    });
    console.info(
      `page loaded in ${timing.loaded} ms and ready (township computed and drawn) ${timing.ready} ms after navigation; ` +
        `script transferred ${timing.transferred.join(' + ')} bytes (${server.scriptBytes.raw} bytes of minified JS, ${server.scriptBytes.gzip} gzipped)`,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is run by `npm run example:browser`', () => {
    expect(npmScript('example:browser')).toContain('examples/browser/serve.ts');
  });

  it('finishes without errors', async () => {
    expect(errors).toEqual([]);
    expect(await page.getAttribute('main', 'data-state')).toBe('ready');
  });

  it('counts the categories as Node does from the same dist/', async () => {
    const shown = await read(page);
    expect(shown.counts).toEqual(
      expected.categories.map(({ key, name, yes, no, unknown }) => ({
        key,
        name,
        yes,
        no,
        unknown,
      })),
    );
    expect(shown.counts.find((row) => row.key === 'emptyNestElder')?.name).toBe('空巢老人');
    expect(shown.summary).toContain(`已排走访 ${expected.visits.length} 次`);
  });

  it('draws the month of visits as Node plans it, for the busiest caregiver first', async () => {
    const shown = await read(page);
    expect(expected.visits.length).toBeGreaterThan(1000);
    expect(shown.caregivers).toEqual(expected.caregivers.map((c) => c.id));
    expect(shown.caregiver).toBe(expected.caregivers[0]?.id);
    expect(shown.days).toEqual(calendarOf(expected, shown.caregiver));
  });

  it("shows another caregiver's visits when they are selected", async () => {
    const before = await read(page);
    const other = expected.caregivers[1]?.id ?? '';
    await page.selectOption('#caregiver', other);
    const after = await read(page);
    expect(after.caregiver).toBe(other);
    expect(after.days).toEqual(calendarOf(expected, other));
    expect(after.days.map((d) => d.elders)).not.toEqual(before.days.map((d) => d.elders));
    expect(errors).toEqual([]);
  });
});
