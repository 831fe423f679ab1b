import { beforeAll, describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

describe('examples/demo.ts', () => {
  it('is what `npm run demo` runs', () => {
    expect(npmScript('demo')).toMatch(/tsx examples\/demo\.ts$/);
  });

  // Two runs under different host time zones: the output must not change.
  let out = '';
  let newYork = '';
  let english = '';
  beforeAll(async () => {
    [out, newYork, english] = await Promise.all([
      runExample('examples/demo.ts', [], { TZ: 'Asia/Shanghai' }),
      runExample('examples/demo.ts', [], { TZ: 'America/New_York' }),
      runExample('examples/demo.ts', ['--lang', 'en']),
    ]);
  }, 120_000);

  // The same account in English: its own words and guanai's labels; only names stay Chinese.
  it('prints in English with --lang en', () => {
    const tasks = /乡镇待办事项 (\d+) 项/.exec(out)?.[1];
    expect(english).toContain(`The township's tasks on 2026-09-30: ${tasks}`);
    expect(english).toMatch(/^Pairing: \d+\/\d+ elders paired/m);
    expect(english).toMatch(/^ {2}Rural left-behind elder \(留守\): yes/m);
    expect(english).toMatch(/\(ability assessment\): entered disabled \(失能\)/);
    // No Chinese punctuation or counters but in the file's own column headings and in what the
    // cited documents say of themselves (their titles, issuers and words stay as published).
    const quoted = /column "|^ *(Source|Text): /;
    const lines = english.split('\n').filter((line) => !quoted.test(line));
    expect(lines.filter((line) => /[：，（）、；]|\d+ [次项条名人]/.test(line))).toEqual([]);
  });

  it('prints the same on every run, in any host time zone', () => {
    expect(newYork).toBe(out);
  });

  it("shows a township's day of follow-up", () => {
    // The to-do list of the day, by kind, with the incident case among it.
    expect(out).toMatch(/乡镇待办事项 \d+ 项/);
    for (const kind of [
      '事件处置',
      '事件处置逾期',
      '随时跟踪联系',
      '信息核实',
      '政策转介',
      '到期走访',
    ])
      expect(out).toMatch(new RegExp(`  ${kind}：\\d+ 项`));
    // The case went up to the township; the county's report is late and escalated to the county.
    expect(out).toMatch(/事件 case\/R-\d+（.+）：已报乡镇人民政府/);
    expect(out).toMatch(
      /\[优先\] 事件处置逾期 · .+报告县（市）级民政部门已逾期\d+天，请督办 · 县（市）级民政部门/,
    );
    // A referral applied for, now with the township.
    expect(out).toMatch(
      /转介 referral\/E-\d+\/minimumLivingAllowance（.+）：已申请，下一步由乡镇人民政府在/,
    );
    // A cadre's list and its phone calendar.
    expect(out).toMatch(/的待办 \d+ 项，前 6 项：/);
    // The 台账 changes since last month, each with its cause.
    expect(out).toMatch(/台账变动/);
    expect(out).toMatch(/（走访）：退出 农村留守老年人/);
    expect(out).toMatch(/李大山（新登记）（普查登记）：/);
    expect(out).toMatch(/（能力评估）：纳入 失能/);
  });
});
