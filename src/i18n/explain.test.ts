import { describe, expect, it } from 'vitest';
import {
  type CategoryResult,
  type Classification,
  classifyElder,
  Policy,
} from '../eligibility/index.js';
import { Elder, parse, plainDate } from '../models/index.js';
import { en } from './en.js';
import { explain, explainClassification } from './explain.js';
import { formatFactPath } from './formatFactPath.js';

const asOf = plainDate('2026-06-30');

/** A widow of 72 living alone; a son in business since 2022, a daughter at work since 2023. */
const LEFT_BEHIND = {
  id: 'E-1',
  name: '王秀英',
  birthDate: '1954-01-15',
  residence: { setting: 'rural', villageCode: '530325101203' },
  household: {
    livingArrangement: 'alone',
    spouse: { status: 'widowed' },
    otherSupportObligors: [],
    entrustedCarer: null,
    children: [
      {
        relation: 'son',
        livesWithElder: false,
        whereabouts: { inElderCounty: false },
        awaySince: '2022-05-10',
        awayReason: 'business',
      },
      {
        relation: 'daughter',
        livesWithElder: false,
        whereabouts: { inElderCounty: false },
        awaySince: '2023-02-01',
        awayReason: 'migrantWork',
      },
    ],
  },
};

// The document and quote lines under every explanation of 留守 (S14 L359).
const S14_DOCUMENT_ZH = (lines: string) =>
  `  出处：S14 ${lines}《关爱留守老人活动方案》（实施方案；云南省某州（文中称“我州”“州民政局”，州名未载明）；日期未载明；收录于《关爱留守老人新闻稿(优质18篇)》，2023-12-03）`;
const S14_DOCUMENT_EN = (lines: string) =>
  `  Source: S14 ${lines}, 《关爱留守老人活动方案》 (implementation plan; issued by 云南省某州（文中称“我州”“州民政局”，州名未载明）; date not stated; in 《关爱留守老人新闻稿(优质18篇)》, 2023-12-03)`;
const DEFINITION =
  '农村留守老年人是指因子女全部离开县域范围外出务工或经商等半年以上、留在农村生活、身边没有赡养人或者是赡养人没有赡养能力的60周岁以上老年人';
const SOURCE_ZH = [S14_DOCUMENT_ZH('L359'), `  原文：「${DEFINITION}」`];
const SOURCE_EN = [S14_DOCUMENT_EN('L359'), `  Text: 「${DEFINITION}」`];

function classify(changes: (input: typeof LEFT_BEHIND) => unknown = (input) => input) {
  return classifyElder(parse(Elder, changes(structuredClone(LEFT_BEHIND))), { asOf });
}

function withoutBirthDateAndSecondDeparture(input: typeof LEFT_BEHIND) {
  const { birthDate: _, ...rest } = input;
  const [son, daughter] = input.household.children;
  const { awaySince: __, ...undated } = daughter ?? {};
  return { ...rest, household: { ...input.household, children: [son, undated] } };
}

describe('explain', () => {
  it('shows the reasons that hold for a yes', () => {
    const { categories } = classify();
    expect(explain(categories.leftBehindElder, { category: 'leftBehindElder' }).lines).toEqual([
      '农村留守老年人：是（依据 spec §1.1 · S14 L359）',
      '  年满60周岁（现年72周岁）',
      '  留在农村生活（居住地为农村）',
      '  有子女2名',
      '  2名子女均在本县以外',
      '  子女外出原因为经商、外出务工，属于“外出务工或经商等”',
      '  子女均已离开本县外出满半年（最后一名子女自2023-02-01起外出，2023-08-01满半年）',
      '  身边没有赡养人，或赡养人没有赡养能力',
      ...SOURCE_ZH,
    ]);
    expect(
      explain(categories.leftBehindElder, { category: 'leftBehindElder', locale: 'en' }).lines,
    ).toEqual([
      'Rural left-behind elder (留守): yes (source: spec §1.1 · S14 L359)',
      '  Aged 60 or over (now 72)',
      '  Lives in the countryside (residence: rural)',
      '  Has 2 children',
      '  Both children live outside the county',
      '  The children are away for business and migrant work, which counts as "migrant work, business etc."',
      '  Every child has been away from the county for half a year or more (the last left on 2023-02-01; half a year reached on 2023-08-01)',
      "  No supporter at the elder's side, or none able to support them",
      ...SOURCE_EN,
    ]);
  });

  it('shows only the reasons that fail for a no', () => {
    const { categories } = classify((input) => ({
      ...input,
      birthDate: '1968-03-01',
      household: {
        ...input.household,
        children: [{ ...input.household.children[0], awaySince: '2026-03-01' }],
      },
    }));
    const result = categories.leftBehindElder;
    expect(result.status).toBe('no');
    expect(explain(result, { category: 'leftBehindElder' })).toEqual({
      status: 'no',
      headline: '农村留守老年人：否（依据 spec §1.1 · S14 L359）',
      reasons: ['未满60周岁（现年58周岁）', '最后一名子女2026-03-01才外出，至2026-09-01方满半年'],
      missing: [],
      source: 'spec §1.1 · S14 L359',
      documents: [S14_DOCUMENT_ZH('L359').trim()],
      quote: `原文：「${DEFINITION}」`,
      lines: [
        '农村留守老年人：否（依据 spec §1.1 · S14 L359）',
        '  未满60周岁（现年58周岁）',
        '  最后一名子女2026-03-01才外出，至2026-09-01方满半年',
        ...SOURCE_ZH,
      ],
    });
    expect(explain(result, { category: 'leftBehindElder', locale: 'en' }).lines).toEqual([
      'Rural left-behind elder (留守): no (source: spec §1.1 · S14 L359)',
      '  Not yet 60 (now 58)',
      '  The last child left only on 2026-03-01; half a year is reached on 2026-09-01',
      ...SOURCE_EN,
    ]);
  });

  it('says "by" and "at the earliest" when a month of leaving decides 半年以上', () => {
    const inMonth = (month: { earliest: string; latest: string }) =>
      classify((input) => {
        const [son, daughter] = input.household.children;
        const { awaySince: _, ...undated } = daughter ?? {};
        return {
          ...input,
          household: {
            ...input.household,
            children: [son, { ...undated, awaySinceBetween: month }],
          },
        };
      }).categories.leftBehindElder;
    const yes = inMonth({ earliest: '2023-02-01', latest: '2023-02-28' });
    const line = (result: CategoryResult, locale: 'zh-CN' | 'en') =>
      explain(result, { category: 'leftBehindElder', locale }).lines.find(
        (l) => l.includes('2023-') || l.includes('2026-0'),
      );
    expect(line(yes, 'zh-CN')).toBe(
      '  子女均已离开本县外出满半年（最后一名子女不晚于2023-02-28外出，2023-08-28满半年）',
    );
    expect(line(yes, 'en')).toBe(
      '  Every child has been away from the county for half a year or more (the last left by 2023-02-28; half a year reached on 2023-08-28)',
    );
    const no = inMonth({ earliest: '2026-03-01', latest: '2026-03-31' });
    expect(no.status).toBe('no');
    expect(line(no, 'zh-CN')).toBe('  最后一名子女不早于2026-03-01外出，至2026-09-01方满半年');
    expect(line(no, 'en')).toBe(
      '  The last child left on 2026-03-01 at the earliest; half a year is reached on 2026-09-01',
    );
  });

  it('shows the open reasons and the facts still needed for an unknown', () => {
    const { categories } = classify(withoutBirthDateAndSecondDeparture);
    const result = categories.leftBehindElder;
    expect(result.missing).toEqual(['birthDate', 'household.children[1].awaySince']);
    expect(explain(result, { category: 'leftBehindElder' }).lines).toEqual([
      '农村留守老年人：待核实（依据 spec §1.1 · S14 L359）',
      '  出生日期不详，无法判断是否年满60周岁',
      '  部分子女外出时间不详（其余子女中最后一名自2022-05-10起外出）',
      '  待补充：出生日期、第2名子女外出时间',
      ...SOURCE_ZH,
    ]);
    expect(explain(result, { category: 'leftBehindElder', locale: 'en' }).lines).toEqual([
      'Rural left-behind elder (留守): unknown (source: spec §1.1 · S14 L359)',
      '  Birth date unknown: cannot tell whether aged 60 or over',
      '  When some children left is not recorded (of the others, the last left on 2022-05-10)',
      '  Still needed: date of birth; child 2: date of leaving',
      ...SOURCE_EN,
    ]);
  });

  it('leaves the category out of the headline when not told it', () => {
    const { categories } = classify();
    expect(explain(categories.livesAlone).headline).toBe('是（依据 spec §1.10 · S14 L375, L379）');
    expect(explain(categories.livesAlone, { locale: 'en' }).headline).toBe(
      'Yes (source: spec §1.10 · S14 L375, L379)',
    );
  });

  it("cites a policy's own document as it is", () => {
    const policy = Policy.parse({
      id: 'local',
      name: '某县实施办法',
      jurisdiction: 'national',
      validFrom: '2024-01-01',
      citations: { livesAlone: { spec: '某县民发〔2024〕3号', source: '第五条' } },
    });
    const { categories } = classifyElder(parse(Elder, LEFT_BEHIND), { asOf, policy });
    expect(explain(categories.livesAlone, { category: 'livesAlone' }).headline).toBe(
      '独居：是（依据 某县民发〔2024〕3号 · 第五条）',
    );
  });

  it('reads `seed` of a policy stored before 1.0 as `source`; a local article has no document line', () => {
    const stored = Policy.parse({
      id: 'local',
      name: '某县实施办法',
      jurisdiction: 'national',
      validFrom: '2024-01-01',
      citations: { livesAlone: { spec: '某县民发〔2024〕3号', seed: '第五条', text: '独居' } },
    });
    expect(stored.citations?.livesAlone).toEqual({
      spec: '某县民发〔2024〕3号',
      source: '第五条',
      text: '独居',
    });
    const { categories } = classifyElder(parse(Elder, LEFT_BEHIND), { asOf, policy: stored });
    const explained = explain(categories.livesAlone, { locale: 'en' });
    expect(explained.source).toBe('某县民发〔2024〕3号 · 第五条');
    expect(explained.documents).toEqual([]);
    expect(explained.quote).toBe('Text: 「独居」');
  });

  it('names each cited item once, with all its cited lines, and skips items not in the table', () => {
    const result = {
      status: 'yes',
      reasons: [],
      missing: [],
      citation: { spec: '§0', source: 'S14 L375, L379; S99 L1; S01' },
    } as unknown as CategoryResult;
    const { documents, quote } = explain(result, { locale: 'en' });
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatch(
      /^Source: S14 L375, L379, 《关爱留守老人活动方案》 \(implementation plan;/,
    );
    expect(documents[1]).toMatch(
      /^Source: S01, 《社区关爱老人活动新闻稿》 \(news release; .*; 2022-09-29;/,
    );
    expect(quote).toBeUndefined();
  });

  it('names a reason code the locale does not know instead of dropping it', () => {
    const result = {
      status: 'unknown',
      reasons: [{ code: 'from_a_newer_version', status: 'unknown', params: {} }],
      missing: ['extensions.x'],
      citation: { spec: '§9' },
    } as unknown as CategoryResult;
    expect(explain(result, { locale: 'en' }).lines).toEqual([
      'Unknown (source: spec §9)',
      '  from_a_newer_version: unknown',
      '  Still needed: extensions.x',
    ]);
  });
});

describe('explainClassification', () => {
  it('explains the chosen categories, in the order given', () => {
    const classification = classify(withoutBirthDateAndSecondDeparture);
    expect(
      explainClassification(classification, { categories: ['livesAlone', 'advancedAge'] }),
    ).toEqual([
      '独居：是（依据 spec §1.10 · S14 L375, L379）',
      '  独居',
      S14_DOCUMENT_ZH('L375, L379'),
      '  原文：「独居」',
      '高龄：待核实（依据 spec §1.8 · S14 L363, L379）',
      '  出生日期不详，无法判断是否年满80周岁（高龄）',
      '  待补充：出生日期',
      S14_DOCUMENT_ZH('L363, L379'),
      '  原文：「高龄」',
    ]);
  });

  it('explains every category by default, each with a headline', () => {
    const classification: Classification = classify();
    const keys = Object.keys(classification.categories);
    const lines = explainClassification(classification, { locale: 'en' });
    expect(lines.filter((line) => !line.startsWith('  '))).toHaveLength(keys.length);
    expect(lines).toContain('Track continuously (随时跟踪): yes (source: spec §2 R3 · S14 L379)');
    expect(lines.every((line) => line.trim() !== '')).toBe(true);
  });
});

describe('formatFactPath', () => {
  it('turns known paths into words, counting list elements from 1', () => {
    expect(formatFactPath('birthDate')).toBe('出生日期');
    expect(formatFactPath('household.children')).toBe('子女情况');
    expect(formatFactPath('household.children[0]')).toBe('第1名子女');
    expect(formatFactPath('household.children[1].whereabouts.inElderCounty')).toBe(
      '第2名子女是否在本县',
    );
    expect(formatFactPath('household.otherSupportObligors[0].atElderSide')).toBe(
      '第1名其他赡养义务人是否在身边',
    );
    expect(formatFactPath('economic.threeNo')).toBe('“三无”');
    expect(formatFactPath('household.children[1].awaySince', { locale: 'en' })).toBe(
      'child 2: date of leaving',
    );
    expect(formatFactPath('household.children[2].whereabouts', { locale: en })).toBe(
      'child 3: whereabouts',
    );
  });

  it('keeps a path it has no words for as it is', () => {
    expect(formatFactPath('extensions.x')).toBe('extensions.x');
    expect(formatFactPath('household.children[1].phone')).toBe('household.children[1].phone');
    expect(formatFactPath('household.pets[0]')).toBe('household.pets[0]');
    expect(formatFactPath('toString')).toBe('toString');
    expect(formatFactPath('household.children[1].constructor')).toBe(
      'household.children[1].constructor',
    );
  });
});
