import type { CategoryKey, Tri } from 'guanai/eligibility';
import { formatFactPath, label } from 'guanai/i18n';
import { beforeAll, describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

type Locale = 'zh-CN' | 'en';

/** One elder's block of the output, cut into its Chinese and English parts and the rest. */
interface Section {
  readonly title: string;
  readonly 'zh-CN': string;
  readonly en: string;
  readonly missing: string;
}

function sections(out: string): Section[] {
  return out
    .split('\n== ')
    .slice(1)
    .map((block) => {
      const zh = block.indexOf('\n[zh-CN]\n');
      const en = block.indexOf('\n[en]\n');
      const missing = block.indexOf('\nmissing facts');
      return {
        title: block.slice(0, block.indexOf('\n')),
        'zh-CN': zh < 0 || en < zh ? '' : block.slice(zh, en),
        en: en < 0 ? '' : block.slice(en, missing < 0 ? undefined : missing),
        missing: missing < 0 ? '' : block.slice(missing),
      };
    });
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The headline the library writes for a category's answer, in the locale's words. */
function headline(locale: Locale, key: CategoryKey, status: Tri): RegExp {
  const category = literal(label('category', key, { locale }));
  const answer = literal(label('tri', status, { locale }));
  return new RegExp(`^${category}\\s*[：:]\\s*${answer}[（ (]`, 'im');
}

describe('examples/eligibility-explained.ts', () => {
  it('is what `npm run example:eligibility-explained` runs', () => {
    expect(npmScript('example:eligibility-explained')).toMatch(
      /tsx examples\/eligibility-explained\.ts$/,
    );
  });

  let out = '';
  let all: Section[] = [];
  beforeAll(async () => {
    out = await runExample('examples/eligibility-explained.ts');
    all = sections(out);
  });
  const of = (id: string, policy = '') =>
    all.find((s) => s.title.includes(`（${id}）`) && s.title.includes(policy)) as Section;
  const expectAnswers = (section: Section, answers: Partial<Record<CategoryKey, Tri>>) => {
    for (const locale of ['zh-CN', 'en'] as const)
      for (const [key, status] of Object.entries(answers))
        expect(section[locale]).toMatch(headline(locale, key as CategoryKey, status));
  };

  it('explains every elder in Simplified Chinese, then in English', () => {
    expect(out).toContain('as of 2026-09-01');
    expect(all.map((s) => s.title.match(/（(E-\d)）/)?.[1])).toEqual([
      'E-1',
      'E-2',
      'E-3',
      'E-4',
      'E-4',
    ]);
    for (const section of all) {
      expect(section['zh-CN']).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(section.en).toMatch(/^ {2}[A-Z][a-z]+ /m);
    }
  });

  it('finds the left-behind elder left-behind, with her conditions listed', () => {
    const wang = of('E-1');
    expectAnswers(wang, { leftBehindElder: 'yes', emptyNestElder: 'no' });
    // Every condition of spec §1.1 met, each on its own line in both languages.
    expect(wang['zh-CN'].match(/^ {2}\S/gm)?.length).toBeGreaterThanOrEqual(6);
    expect(wang.en.match(/^ {2}\S/gm)?.length).toBeGreaterThanOrEqual(6);
    expect(wang.missing).toBe('');
  });

  it('finds the widower of 85 empty-nest, alone and of advanced age, but not left-behind', () => {
    const li = of('E-2');
    expectAnswers(li, {
      leftBehindElder: 'no',
      emptyNestElder: 'yes',
      livesAlone: 'yes',
      advancedAge: 'yes',
    });
    expect(li['zh-CN']).toContain('85');
    expect(li.en).toContain('85');
  });

  it('leaves the half-filled record unknown and names the missing fact paths', () => {
    const zhang = of('E-3');
    expectAnswers(zhang, { leftBehindElder: 'unknown', advancedAge: 'unknown' });
    expect(zhang.missing).toMatch(
      /^\nmissing facts \(leftBehindElder\): birthDate, household\.children\[0\]\.awaySince$/m,
    );
    expect(zhang.missing).toMatch(/^missing facts \(advancedAge\): birthDate$/m);
    // The same facts in words, in each language.
    for (const locale of ['zh-CN', 'en'] as const)
      for (const path of ['birthDate', 'household.children[0].awaySince'])
        expect(zhang[locale]).toContain(formatFactPath(path, { locale }));
  });

  it('starts advanced age at 70 where the policy in force says so', () => {
    expectAnswers(of('E-4', 'national default'), { advancedAge: 'no' });
    expectAnswers(of('E-4', 'zj-shaoxing-2024'), { advancedAge: 'yes' });
    expect(of('E-4', 'zj-shaoxing-2024').en).toMatch(/\b70\b/);
    expect(of('E-4', 'national default').en).toMatch(/\b80\b/);
  });
});
