import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  classifyLedger,
  expandPlans,
  indexAreas,
  pairElders,
  parseLedger,
  plainDate,
  planFromPreset,
  planVisits,
} from 'guanai';
import { generateSampleCounty } from 'guanai/sample';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

/** What the example's calendar must say of one visit: its start and its route stop. */
interface Planned {
  /** The planned day of a home visit (all day), or China wall-clock time of a call. */
  readonly start: string;
  readonly stop: number;
}

/**
 * The month the example plans, planned here with the library: each visit's UID with its start
 * and route stop, by caregiver. Home visits are all day on the day planned; calls are at the
 * plan's 19:00 China time.
 */
function plannedStarts(): Map<string, Map<string, Planned>> {
  const asOf = plainDate('2026-09-01');
  const sample = generateSampleCounty({
    seed: 2026,
    townships: 1,
    villagesPerTownship: 8,
    elders: 400,
    asOf,
  });
  const { elders, caregivers } = parseLedger(sample);
  const { results } = classifyLedger(elders, { asOf, areas: indexAreas(sample.county) });
  const cared = new Set(
    results
      .filter((r) => r.statuses.leftBehindElder === 'yes' || r.statuses.emptyNestElder === 'yes')
      .map((r) => r.elderId),
  );
  const priority = new Set(
    results.filter((r) => r.statuses.priorityTarget === 'yes').map((r) => r.elderId),
  );
  const { pairings } = pairElders(
    { elders: elders.filter((e) => cared.has(e.id)), caregivers },
    { asOf, priority: (elder) => priority.has(elder.id) },
  );
  const emptyNest = results
    .filter((r) => r.statuses.emptyNestElder === 'yes')
    .map((r) => r.elderId);
  const contract = { whom: { elders: emptyNest }, validFrom: asOf };
  const everyone = { whom: { elders: [...cared] }, validFrom: asOf };
  const visits = [
    ...expandPlans(
      [
        planFromPreset('townshipCadreWeeklyVisit', { id: 'weekly', ...contract }),
        planFromPreset('villageCadreMonthlyChildContact', {
          id: 'children',
          ...contract,
          time: '19:00',
          durationMinutes: 10,
        }),
        planFromPreset('census', { id: 'census', ...everyone }),
        planFromPreset('festivalVisits', { id: 'festivals', ...everyone }),
      ],
      { from: asOf, to: plainDate('2026-09-30') },
    ),
  ];
  const phone = new Set(visits.filter((v) => v.channel === 'phone').map((v) => v.key));
  const schedule = planVisits(visits, { elders, caregivers, pairings }, { from: asOf });
  const starts = new Map<string, Map<string, Planned>>();
  for (const v of schedule.visits) {
    const start = phone.has(v.occurrenceKey) ? `${v.date}T19:00:00` : v.date;
    const mine = starts.get(v.caregiverId) ?? new Map<string, Planned>();
    starts.set(v.caregiverId, mine.set(`${v.occurrenceKey}@guanai`, { start, stop: v.stop }));
  }
  return starts;
}

describe('examples/month-schedule.ts', () => {
  it('is what `npm run example:month-schedule` runs', () => {
    expect(npmScript('example:month-schedule')).toMatch(/tsx examples\/month-schedule\.ts$/);
  });

  const outDir = mkdtempSync(join(tmpdir(), 'guanai-month-test-'));
  const englishDir = mkdtempSync(join(tmpdir(), 'guanai-month-test-en-'));
  let out = '';
  let english = '';
  // Written on a host far from China: the files must still hold China's wall-clock times.
  beforeAll(async () => {
    [out, english] = await Promise.all([
      runExample('examples/month-schedule.ts', [outDir], { TZ: 'America/New_York' }),
      runExample('examples/month-schedule.ts', ['--lang', 'en', englishDir]),
    ]);
  });
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(englishDir, { recursive: true, force: true });
  });

  it('prints, and writes the calendars, in English with --lang en', () => {
    const lines = english.split('\n');
    expect(lines[0]).toBe(englishDir);
    expect(english).toMatch(/^ {2}C-\d+\.ics {2}\S+ {2}\d+ visits?$/m);
    const total = /共 (\d+) 次走访；(\d+) 名/.exec(out);
    expect(english).toContain(
      `${readdirSync(englishDir).length} files, ${total?.[1]} visits in all; ${total?.[2]} caregivers have no visits this month`,
    );
    expect(english).not.toMatch(/[次个共名]/);
    expect(readdirSync(englishDir).sort()).toEqual(readdirSync(outDir).sort());
    const first = readdirSync(englishDir).sort()[0] ?? '';
    const text = readFileSync(join(englishDir, first), 'utf8');
    expect(text).toContain('September visits');
    expect(text).not.toContain('帮扶人：');
  });

  it('prints the folder, then a line per file with the caregiver and their visits', () => {
    expect(out.split('\n')[0]).toBe(outDir);
    const printed = [...out.matchAll(/^\s+(C-\d+)\.ics\s+\S+\s+(\d+) 次$/gm)];
    const files = readdirSync(outDir).sort();
    expect(printed.map((m) => `${m[1]}.ics`).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(50);
  });

  it("holds each caregiver's planned visits on their days, calls at Asia/Shanghai wall-clock times", () => {
    const planned = plannedStarts();
    expect(readdirSync(outDir).sort()).toEqual([...planned.keys()].map((id) => `${id}.ics`).sort());
    let events = 0;
    for (const [caregiverId, starts] of planned) {
      const printed = new RegExp(`^\\s+${caregiverId}\\.ics\\s+\\S+\\s+(\\d+) 次$`, 'm').exec(out);
      expect(Number(printed?.[1])).toBe(starts.size);

      const text = readFileSync(join(outDir, `${caregiverId}.ics`), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      for (const zone of calendar.getAllSubcomponents('vtimezone'))
        ICAL.TimezoneService.register(zone);
      const vevents = calendar.getAllSubcomponents('vevent');
      expect(vevents).toHaveLength(starts.size);
      for (const vevent of vevents) {
        const event = new ICAL.Event(vevent);
        const start = event.startDate;
        const planned = starts.get(event.uid);
        expect(start.toString()).toBe(planned?.start);
        if (!start.isDate) {
          expect(start.zone?.tzid).toBe('Asia/Shanghai');
          // The instant is the wall-clock time less 8 hours (UTC+8, no daylight saving).
          const wall = Date.parse(`${start.toString()}Z`);
          expect(start.toUnixTime() * 1000).toBe(wall - 8 * 3600_000);
        }
        expect(event.summary).toMatch(/^(入户走访|联系子女|摸底登记|节日慰问) · \S+$/);
        expect(event.description).toMatch(/\n帮扶人：\S+/);
        if (planned && planned.stop > 0)
          expect(event.description).toContain(`路线：第 ${planned.stop} 站`);
      }
      events += vevents.length;
    }
    expect(out).toContain(`共 ${events} 次走访`);
  });
});
