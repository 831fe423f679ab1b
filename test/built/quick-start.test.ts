import { classifyLedger, indexAreas, isoWeekdayOf, label, parseLedger, plainDate } from 'guanai';
import { generateSampleCounty } from 'guanai/sample';
import { beforeAll, describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

// The township and day the quick start uses; its first line says so, and the test checks it.
const asOf = plainDate('2026-09-01');
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 8,
  elders: 400,
  asOf,
});

describe('examples/quick-start.ts', () => {
  it('is what `npm run example:quick-start` runs', () => {
    expect(npmScript('example:quick-start')).toMatch(/tsx examples\/quick-start\.ts$/);
  });

  // Two runs under different host time zones: the output must not change.
  let out = '';
  let newYork = '';
  beforeAll(async () => {
    [out, newYork] = await Promise.all([
      runExample('examples/quick-start.ts', [], { TZ: 'Asia/Shanghai' }),
      runExample('examples/quick-start.ts', [], { TZ: 'America/New_York' }),
    ]);
  });

  it('prints the same on every run, in any host time zone', () => {
    expect(newYork).toBe(out);
  });

  it('prints the ledger and the counts the library gives for the same seed', () => {
    expect(out).toContain(`seed 2026`);
    expect(out).toContain(`统计日 ${asOf}`);
    expect(out).toContain(`老人 400 人、帮扶人员 ${sample.caregivers.length} 人，有误 0 行`);

    const elders = parseLedger(sample).elders;
    const { totals, results } = classifyLedger(elders, { asOf, areas: indexAreas(sample.county) });
    const keys = [
      'leftBehindElder',
      'emptyNestElder',
      'livesAlone',
      'advancedAge',
      'disabled',
      'priorityTarget',
    ] as const;
    for (const key of keys) {
      const { yes, unknown } = totals[key];
      expect(out).toMatch(
        new RegExp(`^\\s+${label('category', key)}\\s*${yes} / ${unknown}$`, 'm'),
      );
    }
    const cared = results.filter(
      (r) => r.statuses.leftBehindElder === 'yes' || r.statuses.emptyNestElder === 'yes',
    ).length;
    expect(out).toMatch(new RegExp(`结对：\\d+/${cared} 名留守或空巢老人已结对`));
  });

  it('adds up: visits per week and per caregiver, and a chronological agenda', () => {
    const placed = Number(/已排定 (\d+) 次/.exec(out)?.[1]);
    const planned = Number(/计划 (\d+) 次/.exec(out)?.[1]);
    const unplaced = out.match(/^未排定：/gm)?.length ?? 0;
    expect(placed).toBeGreaterThan(1000);
    expect(placed + unplaced).toBe(planned);

    const perWeek = [...out.matchAll(/^\s+(\d{4}-W\d\d)（(\d{4}-\d\d-\d\d) 起）\s*(\d+) 次$/gm)];
    expect(perWeek.map((m) => m[1])).toEqual([
      '2026-W36',
      '2026-W37',
      '2026-W38',
      '2026-W39',
      '2026-W40',
    ]);
    for (const [, , monday] of perWeek) expect(isoWeekdayOf(plainDate(monday ?? ''))).toBe(1);
    expect(perWeek.reduce((sum, m) => sum + Number(m[3]), 0)).toBe(placed);

    const top = [...out.matchAll(/^\s+\S+（(C-\d+)）(\d+) 次$/gm)].map((m) => Number(m[2]));
    expect(top).toHaveLength(3);
    expect([...top].sort((a, b) => b - a)).toEqual(top);

    // The agenda is the busiest caregiver's, from the first day to the week's Sunday.
    const agendaHead = new RegExp(`^\\S+（(C-\\d+)）${asOf} 至 2026-09-06 的安排：$`, 'm');
    expect(agendaHead.exec(out)?.[1]).toBe(/走访最多的帮扶人：\n\s+\S+（(C-\d+)）/.exec(out)?.[1]);
    const agenda = out.slice(out.search(agendaHead)).split('\n').slice(1).filter(Boolean);
    expect(agenda.length).toBeGreaterThan(5);
    const kinds = ['入户走访', '联系子女（电话）', '摸底登记', '节日慰问'];
    for (const line of agenda) {
      const m = /^\s+(\d\d-\d\d) 周(.) (\d\d:\d\d)　(.+)　(\S+)$/.exec(line);
      expect(m, line).not.toBeNull();
      const [, day = '', weekday = '', , , kind = ''] = m ?? [];
      expect('一二三四五六日'[isoWeekdayOf(plainDate(`2026-${day}`)) - 1]).toBe(weekday);
      expect(`2026-${day}` >= asOf && `2026-${day}` <= '2026-09-06').toBe(true);
      expect(kinds).toContain(kind);
    }
    expect([...agenda].sort()).toEqual(agenda);
  });
});
