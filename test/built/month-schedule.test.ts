import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  classifyLedger,
  expandPlans,
  generateSampleCounty,
  indexAreas,
  pairElders,
  parseLedger,
  plainDate,
  planFromPreset,
  planVisits,
} from 'guanai';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

/**
 * The month the example plans, planned here with the library: each visit's UID and its China
 * wall-clock start (`YYYY-MM-DDTHH:mm:00`), by caregiver. Home visits take the route's slot;
 * a caregiver-day's calls run 10 minutes each from 19:00.
 */
function plannedStarts(): Map<string, Map<string, string>> {
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
        planFromPreset('villageCadreMonthlyChildContact', { id: 'children', ...contract }),
        planFromPreset('census', { id: 'census', ...everyone }),
        planFromPreset('festivalVisits', { id: 'festivals', ...everyone }),
      ],
      { from: asOf, to: plainDate('2026-09-30') },
    ),
  ];
  const phone = new Set(visits.filter((v) => v.channel === 'phone').map((v) => v.key));
  const schedule = planVisits(visits, { elders, caregivers, pairings, from: asOf });
  const slots = ['09:00', '10:00', '11:00', '14:30', '15:30', '16:30'];
  const calls = new Map<string, number>();
  const starts = new Map<string, Map<string, string>>();
  for (const v of schedule.visits) {
    let time = slots[v.stop - 1];
    if (phone.has(v.occurrenceKey)) {
      const n = calls.get(`${v.caregiverId} ${v.date}`) ?? 0;
      calls.set(`${v.caregiverId} ${v.date}`, n + 1);
      time = `${19 + Math.floor(n / 6)}:${n % 6}0`;
    }
    const mine = starts.get(v.caregiverId) ?? new Map<string, string>();
    starts.set(v.caregiverId, mine.set(`${v.occurrenceKey}@guanai`, `${v.date}T${time}:00`));
  }
  return starts;
}

describe('examples/month-schedule.ts', () => {
  it('is what `npm run example:month-schedule` runs', () => {
    expect(npmScript('example:month-schedule')).toMatch(/tsx examples\/month-schedule\.ts$/);
  });

  const outDir = mkdtempSync(join(tmpdir(), 'guanai-month-test-'));
  let out = '';
  // Written on a host far from China: the files must still hold China's wall-clock times.
  beforeAll(async () => {
    out = await runExample('examples/month-schedule.ts', [outDir], { TZ: 'America/New_York' });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('prints the folder, then a line per file with the caregiver and their visits', () => {
    expect(out.split('\n')[0]).toBe(outDir);
    const printed = [...out.matchAll(/^\s+(C-\d+)\.ics\s+\S+\s+(\d+) 次$/gm)];
    const files = readdirSync(outDir).sort();
    expect(printed.map((m) => `${m[1]}.ics`).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(50);
  });

  it("holds each caregiver's planned visits, at the planned Asia/Shanghai wall-clock times", () => {
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
        expect(start.zone?.tzid).toBe('Asia/Shanghai');
        expect(start.toString()).toBe(starts.get(event.uid));
        // The instant is the wall-clock time less 8 hours (UTC+8, no daylight saving).
        const wall = Date.parse(`${start.toString()}Z`);
        expect(start.toUnixTime() * 1000).toBe(wall - 8 * 3600_000);
        expect(event.summary).toMatch(/^(入户走访|联系子女|摸底登记|节日慰问) · \S+$/);
      }
      events += vevents.length;
    }
    expect(out).toContain(`共 ${events} 次走访`);
  });
});
