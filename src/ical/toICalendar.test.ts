import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { ElderId, PlainDateTime, plainDate, ServiceCategory, TimeOfDay } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import { toICalendar } from './index.js';

const stamp = PlainDateTime.parse('2026-03-01T08:00');

interface VisitInput extends Partial<Omit<Occurrence, 'time' | 'services'>> {
  readonly elder?: string;
  readonly time?: string;
  readonly services?: readonly ServiceCategory[];
}

/** A week's home visit to one elder, due on Monday 2026-03-16; fields overridable. */
function visit(input: VisitInput = {}): Occurrence {
  const { elder = 'E-000001', time, ...rest } = input;
  const subject = ElderId.parse(elder);
  const period = rest.period ?? '2026-W12';
  const base: Occurrence = {
    key: `weekly-visit/${subject}/${period}`,
    planId: 'weekly-visit',
    subject,
    subjectKind: 'elder',
    period,
    kind: 'homeVisit',
    channel: 'inPerson',
    who: { role: 'townshipResponsibleCadre' },
    openFrom: plainDate('2026-03-14'),
    due: plainDate('2026-03-16'),
    overdueFrom: plainDate('2026-03-17'),
    expiresAt: plainDate('2026-03-22'),
  };
  return { ...base, ...rest, ...(time === undefined ? {} : { time: TimeOfDay.parse(time) }) };
}

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

function only(text: string): ICAL.Component {
  const [event, ...rest] = events(text);
  expect(rest).toEqual([]);
  if (!event) throw new Error('no VEVENT');
  return event;
}

function dtstart(event: ICAL.Component): ICAL.Property {
  const property = event.getFirstProperty('dtstart');
  if (!property) throw new Error('no DTSTART');
  return property;
}

function timeText(event: ICAL.Component, name: 'dtstart' | 'dtend' | 'dtstamp'): string {
  return String(event.getFirstPropertyValue(name));
}

/** The physical lines of the file, split on CRLF only. */
function physicalLines(text: string): string[] {
  return text.split('\r\n').slice(0, -1);
}

/** RFC 5545 §3.1: a CRLF followed by one space or tab is a fold. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** ical.js leaves properties it does not know (NAME, X-WR-CALNAME) escaped: decode as TEXT. */
function decodeText(raw: string): string {
  return ICAL.design.icalendar.value.text?.fromICAL?.(raw) as string;
}

const LONG_CHINESE = '村委会旁第三户，院门朝南；老人耳背，请大声敲门并说明来意。'
  .repeat(7)
  .slice(0, 200);

describe('toICalendar', () => {
  afterAll(() => {
    ICAL.TimezoneService.reset();
  });

  it('writes one calendar with one event per visit, keyed by the occurrence key', () => {
    const text = toICalendar(
      [visit(), visit({ elder: 'E-000002' }), visit({ period: '2026-W13' })],
      { stamp },
    );
    const calendar = parse(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//guanai//visits//ZH');
    expect(
      calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid')),
    ).toEqual([
      'weekly-visit/E-000001/2026-W12@guanai',
      'weekly-visit/E-000002/2026-W12@guanai',
      'weekly-visit/E-000001/2026-W13@guanai',
    ]);
    expect(text.match(/^BEGIN:VCALENDAR\r$/gm)).toHaveLength(1);
  });

  it('ends every line, the last one too, with CRLF and has no bare CR or LF', () => {
    const text = toICalendar([visit({ time: '09:30' })], { stamp });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a timed visit at its time in China, with the Asia/Shanghai VTIMEZONE', () => {
    const text = toICalendar([visit({ time: '09:30', durationMinutes: 45 })], { stamp });
    const event = only(text);
    const start = dtstart(event);
    expect(start.type).toBe('date-time');
    expect(start.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(timeText(event, 'dtstart')).toBe('2026-03-16T09:30:00');
    expect(event.getFirstProperty('dtend')?.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(timeText(event, 'dtend')).toBe('2026-03-16T10:15:00');
    expect(unfold(text)).toContain('DTSTART;TZID=Asia/Shanghai:20260316T093000\r\n');

    const zones = parse(text).getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    const [zone] = zones;
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const standard = zone?.getFirstSubcomponent('standard');
    expect(String(standard?.getFirstPropertyValue('tzoffsetto'))).toBe('+08:00');
    expect(String(standard?.getFirstPropertyValue('tzoffsetfrom'))).toBe('+08:00');
    expect(zone?.getFirstSubcomponent('daylight')).toBeNull();

    // The instant, through the file's own VTIMEZONE: 09:30 in China is 01:30 UTC.
    if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const parsed = new ICAL.Event(event);
    expect(new Date(parsed.startDate.toUnixTime() * 1000).toISOString()).toBe(
      '2026-03-16T01:30:00.000Z',
    );
  });

  it('lasts 60 minutes by default and may end the next day', () => {
    const hour = only(toICalendar([visit({ time: '09:30' })], { stamp }));
    expect(timeText(hour, 'dtend')).toBe('2026-03-16T10:30:00');
    const late = only(toICalendar([visit({ time: '23:30', durationMinutes: 90 })], { stamp }));
    expect(timeText(late, 'dtend')).toBe('2026-03-17T01:00:00');
    const newYear = only(
      toICalendar([visit({ time: '23:00', due: plainDate('2026-12-31') })], { stamp }),
    );
    expect(timeText(newYear, 'dtend')).toBe('2027-01-01T00:00:00');
  });

  it('writes a visit without a time as an all-day event on its due day', () => {
    const text = toICalendar(
      [visit(), visit({ elder: 'E-000002', due: plainDate('2026-12-31') })],
      {
        stamp,
      },
    );
    const [first, second] = events(text);
    if (!first || !second) throw new Error('two events expected');
    expect(dtstart(first).type).toBe('date');
    expect(dtstart(first).getParameter('tzid')).toBeUndefined();
    expect(timeText(first, 'dtstart')).toBe('2026-03-16');
    expect(timeText(first, 'dtend')).toBe('2026-03-17');
    expect(timeText(second, 'dtend')).toBe('2027-01-01');
    expect(unfold(text)).toContain('DTSTART;VALUE=DATE:20260316\r\n');
    expect(parse(text).getAllSubcomponents('vtimezone')).toEqual([]);
  });

  it('writes the VTIMEZONE once when timed and all-day visits mix', () => {
    const text = toICalendar(
      [
        visit({ time: '09:00' }),
        visit({ elder: 'E-000002' }),
        visit({ elder: 'E-3', time: '15:00' }),
      ],
      { stamp },
    );
    expect(parse(text).getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });

  it('writes the stamp as DTSTAMP in UTC, 8 hours earlier', () => {
    const event = only(toICalendar([visit()], { stamp }));
    expect(timeText(event, 'dtstamp')).toBe('2026-03-01T00:00:00Z');
    const early = only(
      toICalendar([visit()], { stamp: PlainDateTime.parse('2026-01-01T05:30:15') }),
    );
    expect(timeText(early, 'dtstamp')).toBe('2025-12-31T21:30:15Z');
  });

  it('summarises the kind and the name, and describes channel, window, services and holiday', () => {
    const event = only(
      toICalendar(
        [
          visit({
            services: ['dailyLivingCare', 'psychologicalComfort'],
            plannedDue: plainDate('2026-03-15'),
            holiday: 'moved',
          }),
        ],
        { stamp, subjectName: () => '张桂英' },
      ),
    );
    expect(event.getFirstPropertyValue('summary')).toBe('入户走访 · 张桂英');
    expect(event.getFirstPropertyValue('description')).toBe(
      [
        '方式：上门',
        '时间窗：2026-03-14 起可开展，2026-03-17 起逾期，2026-03-22 后失效',
        '服务：生活照料、心理抚慰',
        '节假日：原定 2026-03-15，因节假日调整',
      ].join('\n'),
    );
  });

  it('leaves out the overdue phase of a window that expires first (a quota without grace)', () => {
    const week = visit({
      openFrom: plainDate('2026-03-16'),
      due: plainDate('2026-03-22'),
      overdueFrom: plainDate('2026-03-23'),
      expiresAt: plainDate('2026-03-22'),
    });
    expect(String(only(toICalendar([week], { stamp })).getFirstPropertyValue('description'))).toBe(
      '方式：上门\n时间窗：2026-03-16 起可开展，2026-03-22 后失效',
    );
  });

  it('writes English when asked', () => {
    const event = only(
      toICalendar([visit({ kind: 'elderCall', channel: 'phone', holiday: 'calendarUnknown' })], {
        stamp,
        locale: 'en',
        subjectName: () => 'Zhang Guiying',
      }),
    );
    expect(event.getFirstPropertyValue('summary')).toBe('Call to the elder · Zhang Guiying');
    expect(event.getFirstPropertyValue('description')).toBe(
      [
        'Channel: phone',
        'Window: open from 2026-03-14, overdue from 2026-03-17, expires after 2026-03-22',
        "Holiday: the year's holidays are not known: not moved",
      ].join('\n'),
    );
    expect(parse(toICalendar([], { stamp, locale: 'en' })).getFirstPropertyValue('prodid')).toBe(
      '-//guanai//visits//EN',
    );
  });

  it('names no one by default: no subject id in the summary or description', () => {
    const event = only(toICalendar([visit({ holiday: 'notMovable' })], { stamp }));
    expect(event.getFirstPropertyValue('summary')).toBe('入户走访');
    expect(String(event.getFirstPropertyValue('description'))).not.toContain('E-000001');
    expect(String(event.getFirstPropertyValue('description'))).toContain(
      '节假日：窗口内无工作日，未调整',
    );
    expect(event.getFirstProperty('location')).toBeNull();
  });

  it('escapes commas, semicolons, backslashes and newlines so that text round-trips exactly', () => {
    const name = '张桂英, 李四; C:\\dir\n第二行\r\n第三行';
    const place = `王村 3 组, 12 号; ${LONG_CHINESE}`;
    const calendarName = '王村 · 走访计划, 2026; 第一季度\\草稿';
    const text = toICalendar([visit({ services: ServiceCategory.options, time: '08:00' })], {
      stamp,
      calendarName,
      subjectName: () => name,
      location: () => place,
    });
    const event = only(text);
    expect(event.getFirstPropertyValue('summary')).toBe(
      `入户走访 · ${name.replace(/\r\n/g, '\n')}`,
    );
    expect(event.getFirstPropertyValue('location')).toBe(place);
    expect(String(event.getFirstPropertyValue('description'))).toContain(
      '服务：生活照料、心理抚慰、健康保健、应急救助、文体娱乐、法律援助、安全防范、走访慰问、互助养老',
    );
    const calendar = parse(text);
    expect(decodeText(String(calendar.getFirstPropertyValue('x-wr-calname')))).toBe(calendarName);
    expect(decodeText(String(calendar.getFirstPropertyValue('name')))).toBe(calendarName);
    expect(unfold(text)).toContain(
      'SUMMARY:入户走访 · 张桂英\\, 李四\\; C:\\\\dir\\n第二行\\n第三行\r\n',
    );
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const text = toICalendar([visit({ services: ServiceCategory.options })], {
      stamp,
      calendarName: LONG_CHINESE,
      subjectName: () => LONG_CHINESE,
      location: () => `a${LONG_CHINESE}`,
    });
    const lines = physicalLines(text);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(bytes.toString('utf8')).toBe(line); // no lone surrogate, no cut character
    }
    const event = only(text);
    expect(event.getFirstPropertyValue('summary')).toBe(`入户走访 · ${LONG_CHINESE}`);
    expect(event.getFirstPropertyValue('location')).toBe(`a${LONG_CHINESE}`);
  });

  it('folds at exactly 75 octets, counting 1-, 2-, 3- and 4-octet characters', () => {
    const summaryLine = (name: string) =>
      unfold(toICalendar([visit()], { stamp, subjectName: () => name }))
        .split('\r\n')
        .find((line) => line.startsWith('SUMMARY:')) ?? '';
    /** The physical lines of the SUMMARY: its first line and its continuations. */
    const lineOf = (name: string) => {
      const lines = physicalLines(toICalendar([visit()], { stamp, subjectName: () => name }));
      const first = lines.findIndex((line) => line.startsWith('SUMMARY:'));
      const next = lines.findIndex((line, i) => i > first && !line.startsWith(' '));
      return lines.slice(first, next);
    };
    // 'SUMMARY:入户走访 · ' is 8 + 12 + 4 = 24 octets: 51 more make 75, 52 make 76.
    expect(Buffer.byteLength(summaryLine(''.padEnd(51, 'a')))).toBe(75);
    expect(lineOf(''.padEnd(51, 'a'))).toHaveLength(1);
    expect(lineOf(''.padEnd(52, 'a'))).toEqual([`SUMMARY:入户走访 · ${''.padEnd(51, 'a')}`, ' a']);
    // A 4-octet character (outside the BMP, a surrogate pair in JS) and 2-octet ones stay whole.
    const name = '𠀀é'.repeat(40);
    const lines = physicalLines(toICalendar([visit()], { stamp, subjectName: () => name }));
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
      );
    }
    expect(
      only(toICalendar([visit()], { stamp, subjectName: () => name })).getFirstPropertyValue(
        'summary',
      ),
    ).toBe(`入户走访 · ${name}`);
  });

  it('round-trips any text and keeps every line within 75 octets (property)', () => {
    const special = fc.constantFrom(
      ',',
      ';',
      '\\',
      '\n',
      ':',
      '"',
      ' ',
      'é',
      '中',
      '·',
      '𠀀',
      '😀',
    );
    const text = fc.string({
      unit: fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
      minLength: 1,
      maxLength: 120,
    });
    fc.assert(
      fc.property(text, text, (name, place) => {
        const ics = toICalendar([visit({ time: '10:00' })], {
          stamp,
          subjectName: () => name,
          location: () => place,
        });
        for (const line of physicalLines(ics))
          expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const event = only(ics);
        expect(event.getFirstPropertyValue('summary')).toBe(`入户走访 · ${name}`);
        expect(event.getFirstPropertyValue('location')).toBe(place);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same text for the same input, on any host: exactly this text', () => {
    const input = () => [
      visit({ time: '09:30', services: ['healthCare'] }),
      visit({ elder: 'E-000002', holiday: 'moved', plannedDue: plainDate('2026-03-15') }),
    ];
    const options = { stamp, calendarName: '王村 · 走访计划', subjectName: () => '张桂英' };
    const text = toICalendar(input(), options);
    expect(toICalendar(input(), options)).toBe(text);
    // Under TZ=UTC, Asia/Shanghai and America/New_York alike (npm run test:tz).
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//guanai//visits//ZH',
      'CALSCALE:GREGORIAN',
      'NAME:王村 · 走访计划',
      'X-WR-CALNAME:王村 · 走访计划',
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Shanghai',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'TZNAME:CST',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:weekly-visit/E-000001/2026-W12@guanai',
      'DTSTAMP:20260301T000000Z',
      'DTSTART;TZID=Asia/Shanghai:20260316T093000',
      'DTEND;TZID=Asia/Shanghai:20260316T103000',
      'SUMMARY:入户走访 · 张桂英',
      'DESCRIPTION:方式：上门\\n时间窗：2026-03-14 起可开展，2026-03-',
      ' 17 起逾期，2026-03-22 后失效\\n服务：健康保健',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:weekly-visit/E-000002/2026-W12@guanai',
      'DTSTAMP:20260301T000000Z',
      'DTSTART;VALUE=DATE:20260316',
      'DTEND;VALUE=DATE:20260317',
      'SUMMARY:入户走访 · 张桂英',
      'DESCRIPTION:方式：上门\\n时间窗：2026-03-14 起可开展，2026-03-',
      ' 17 起逾期，2026-03-22 后失效\\n节假日：原定 2026-03-15，因',
      ' 节假日调整',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('takes any iterable, and an empty one gives an empty calendar', () => {
    function* twoVisits(): Generator<Occurrence> {
      yield visit();
      yield visit({ elder: 'E-000002' });
    }
    expect(events(toICalendar(twoVisits(), { stamp }))).toHaveLength(2);
    const empty = toICalendar([], { stamp });
    expect(events(empty)).toEqual([]);
    expect(parse(empty).getAllSubcomponents('vtimezone')).toEqual([]);
  });

  it('escapes a lone carriage return too, so no content line breaks', () => {
    const text = toICalendar([visit()], { stamp, calendarName: 'a\rb' });
    expect(text).toContain('NAME:a\\nb\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\r');
  });

  it('lets the host choose the UID and the PRODID', () => {
    const text = toICalendar([visit({ planId: 'a,b;c' })], {
      stamp,
      uid: (v) => `${v.planId}/${v.period}@village.example`,
      productId: '-//Wangcun//Visits//ZH',
    });
    expect(only(text).getFirstPropertyValue('uid')).toBe('a,b;c/2026-W12@village.example');
    expect(parse(text).getFirstPropertyValue('prodid')).toBe('-//Wangcun//Visits//ZH');
  });

  it('refuses two visits with the same UID rather than dropping one', () => {
    const call = () => toICalendar([visit(), visit({ elder: 'E-000002' }), visit()], { stamp });
    expect(call).toThrow(GuanaiError);
    try {
      call();
    } catch (error) {
      expect((error as GuanaiError).issues).toEqual([
        {
          code: 'duplicate_id',
          path: [2],
          params: { id: 'weekly-visit/E-000001/2026-W12@guanai', firstPath: [0] },
        },
      ]);
    }
  });

  it('refuses a malformed stamp with a coded issue', () => {
    const bad = '2026-03-01 08:00' as PlainDateTime;
    expect(() => toICalendar([visit()], { stamp: bad })).toThrow(GuanaiError);
    try {
      toICalendar([visit()], { stamp: bad });
    } catch (error) {
      const [first] = (error as GuanaiError).issues;
      expect(first?.code).toBe('invalid_plain_date_time');
      expect(first?.path).toEqual(['stamp']);
    }
  });
});

describe('bad input: coded errors with a path, never a TypeError', () => {
  const first = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof GuanaiError) return error.issues[0];
      throw error;
    }
    return undefined;
  };

  it('an unknown locale and options of the wrong type', () => {
    expect(first(() => toICalendar([visit()], { stamp, locale: 'fr' as never }))).toEqual({
      code: 'invalid_value',
      path: ['locale'],
      params: { allowed: ['zh-CN', 'en'] },
    });
    expect(first(() => toICalendar([visit()], { stamp, calendarName: 42 as never }))?.path).toEqual(
      ['calendarName'],
    );
    expect(first(() => toICalendar([visit()], { stamp, uid: 'x' as never }))?.path).toEqual([
      'uid',
    ]);
    expect(first(() => toICalendar([visit()], null as never))?.code).toBe('invalid_argument');
    expect(first(() => toICalendar(42 as never, { stamp }))?.code).toBe('invalid_argument');
  });

  it('a callback answering something other than text', () => {
    const bad = () => 42 as unknown as string;
    expect(first(() => toICalendar([visit(), visit()], { stamp, uid: bad }))).toEqual({
      code: 'invalid_type',
      path: ['uid', 0],
      params: { expected: 'string', received: 'number' },
    });
    expect(first(() => toICalendar([visit()], { stamp, subjectName: bad }))?.path).toEqual([
      'subjectName',
      0,
    ]);
    expect(first(() => toICalendar([visit()], { stamp, location: bad }))?.path).toEqual([
      'location',
      0,
    ]);
  });

  it('a value that is not a visit is named by its index and field', () => {
    expect(first(() => toICalendar([visit(), null as never], { stamp }))?.path).toEqual([1]);
    expect(
      first(() => toICalendar([{ ...visit(), due: '2026-02-30' } as Occurrence], { stamp })),
    ).toEqual({ code: 'invalid_plain_date', path: [0, 'due'], params: { value: '2026-02-30' } });
    expect(
      first(() => toICalendar([{ ...visit(), time: 930 } as unknown as Occurrence], { stamp }))
        ?.path,
    ).toEqual([0, 'time']);
    expect(
      first(() =>
        toICalendar([{ ...visit(), durationMinutes: 1e20 } as unknown as Occurrence], { stamp }),
      )?.path,
    ).toEqual([0, 'durationMinutes']);
  });
});
