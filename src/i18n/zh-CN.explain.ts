import { factsWith } from './factsWith.js';
import { labelOr } from './labelOr.js';
import type { ExplanationLocale, ReasonMessages } from './types.js';
import { zhCN } from './zh-CN.js';

/** 「A、B或C」: alternatives, as the policy texts write them. */
const orList = (items: readonly string[]) =>
  items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`;
const span = (months: number) => (months === 6 ? '半年' : months === 12 ? '一年' : `${months}个月`);
const labelled = (table: Readonly<Record<string, string>>, keys: readonly string[]) =>
  keys.map((key) => labelOr(table, key));
/** Ledger statuses a reason may name (recorded statuses and 空巢 definition B's list). */
const STATUSES: Readonly<Record<string, string>> = {
  solitary: '孤寡老人',
  minimumLivingAllowance: '低保对象',
  extremeHardship: '特困人员',
  fiveGuarantee: '五保户',
  threeNo: '“三无”人员',
  advancedAgeUncared: '子女不在本镇工作且身边无人照顾的高龄老人',
};
const age = (value: number | null) => (value === null ? '' : `（现年${value}周岁）`);
/** 空巢 definition A's two ages, for a sentence that names both. */
const nestAges = (p: { aloneMinimum: number; coupleMinimum: number }) =>
  `独居${p.aloneMinimum}周岁、夫妇${p.coupleMinimum}周岁起`;
/** 「各项经济困难情形均不符合」, and the day of the check when the answer rests on one. */
const noneApplies = (word: string, date: string | null) =>
  date === null ? `台账记载的各项${word}情形均不符合` : `经${date}核查，不属于任何${word}情形`;

const reasons: ReasonMessages = {
  age_minimum: (p, s) =>
    s === 'unknown' || p.age === null
      ? `出生日期不详，无法判断是否年满${p.minimum}周岁`
      : `${s === 'yes' ? '年满' : '未满'}${p.minimum}周岁${age(p.age)}`,
  rural_residence: (p, s) => {
    const hukou = p.test === 'hukou';
    // Known setting but still open: the policy excludes institutions and that is not recorded.
    if (s === 'unknown' && p.setting !== null)
      return '是否住在养老机构不详（本地政策不把养老机构视为农村生活）';
    if (s === 'unknown')
      return hukou ? '户籍类型（农村或城镇）不详' : '居住地类型（农村或城镇）不详';
    const setting = labelOr(zhCN.labels.residenceSetting, p.setting ?? '');
    if (s === 'yes')
      return hukou ? `按户籍属于农村（${setting}户籍）` : `留在农村生活（居住地为${setting}）`;
    if (p.institution !== null && p.setting === 'rural') {
      return `住在${labelOr(zhCN.labels.institution, p.institution)}，按本地政策不视为留在农村生活`;
    }
    return hukou ? `按户籍不属于农村（${setting}户籍）` : `不在农村生活（居住地为${setting}）`;
  },
  has_children: (p, s) =>
    s === 'yes'
      ? `有子女${p.count}名`
      : s === 'no'
        ? '无子女（无子女者不属于留守老年人）'
        : '子女情况不详',
  children_out_of_county: (p, s) =>
    s === 'yes'
      ? p.counted === 1
        ? '唯一的子女在本县以外'
        : `${p.counted}名子女均在本县以外`
      : s === 'no'
        ? `有${p.inside}名子女仍在本县`
        : p.unknown > 0
          ? `${p.unknown}名子女是否在本县不详`
          : '子女去向不详',
  away_reason_counts: (p, s) => {
    const reasons = labelled(zhCN.labels.awayReason, p.reasons).join('、');
    if (s === 'no') {
      const other = labelled(zhCN.labels.awayReason, p.notCounting).join('、');
      return `有子女因${other}外出，不属于“外出务工或经商等”`;
    }
    if (s === 'unknown')
      return reasons ? `部分子女外出原因不详（已知：${reasons}）` : '子女外出原因不详';
    return reasons ? `子女外出原因为${reasons}，属于“外出务工或经商等”` : '子女外出原因符合规定';
  },
  away_long_enough: (p, s) =>
    s === 'yes'
      ? p.since === null
        ? `子女均已外出满${span(p.minimumMonths)}`
        : `子女均已离开本县外出满${span(p.minimumMonths)}（最后一名子女${p.spanned ? `不晚于${p.since}` : `自${p.since}起`}外出，${p.reachedOn}满${span(p.minimumMonths)}）`
      : s === 'no'
        ? `最后一名子女${p.spanned ? `不早于${p.since}` : `${p.since}才`}外出，至${p.reachedOn}方满${span(p.minimumMonths)}`
        : p.since === null
          ? '子女外出时间不详'
          : `部分子女外出时间不详（其余子女中最后一名${p.spanned ? `不早于${p.since}` : `自${p.since}起`}外出）`,
  no_capable_supporter_at_side: (p, s) =>
    s === 'yes'
      ? '身边没有赡养人，或赡养人没有赡养能力'
      : s === 'no'
        ? `身边有${p.capable}名具备赡养能力的赡养人`
        : p.unknownCapacity > 0
          ? `身边${p.unknownCapacity}名赡养人是否具备赡养能力不详`
          : '身边是否有赡养人不详',
  obligors_out_of_county: (p, s) =>
    s === 'yes'
      ? `子女及其他赡养义务人（${p.counted}人）均在本县以外`
      : s === 'no'
        ? `有${p.inside}名子女或其他赡养义务人仍在本县`
        : p.unknown > 0
          ? `${p.unknown}名子女或其他赡养义务人是否在本县不详`
          : '子女及其他赡养义务人去向不详',
  obligors_away_long_enough: (p, s) =>
    s === 'yes'
      ? p.since === null
        ? `子女及其他赡养义务人均已外出满${span(p.minimumMonths)}`
        : `子女及其他赡养义务人均已外出满${span(p.minimumMonths)}（最后一人${p.spanned ? `不晚于${p.since}` : `自${p.since}起`}外出，${p.reachedOn}满${span(p.minimumMonths)}）`
      : s === 'no'
        ? `最后外出的一人${p.spanned ? `不早于${p.since}` : `${p.since}才`}外出，至${p.reachedOn}方满${span(p.minimumMonths)}`
        : p.since === null
          ? '子女及其他赡养义务人外出时间不详'
          : `部分人员外出时间不详（其余人员中最后一人${p.spanned ? `不早于${p.since}` : `自${p.since}起`}外出）`,
  children_left_home: (p, s) => {
    if (s === 'unknown')
      return p.unknown > 0 ? `${p.unknown}名子女是否与老人同住不详` : '子女情况不详';
    if (p.counted === 0) {
      return s === 'yes' ? '无子女，按本地政策视同空巢' : '无子女，按本地政策不属于此类空巢';
    }
    if (s === 'yes')
      return p.rule === 'all'
        ? p.counted === 1
          ? '唯一的子女已离家'
          : `${p.counted}名子女均已离家`
        : `已有${p.leftHome}名子女离家`;
    return p.rule === 'all' ? `有${p.atHome}名子女仍与老人同住` : '子女均与老人同住';
  },
  empty_nest_age: (p, s) => {
    const both = p.coupleAge === 'bothSpouses';
    if (s === 'unknown')
      return p.age === null
        ? `出生日期不详，无法判断年龄是否符合空巢条件（${nestAges(p)}）`
        : `配偶出生日期不详，无法判断是否属于“中老年夫妇”（${p.coupleMinimum}周岁起）`;
    if (p.livingArrangement === 'alone')
      return s === 'yes'
        ? `年满${p.aloneMinimum}周岁${age(p.age)}，属于“独居老人”`
        : `未满${p.aloneMinimum}周岁${age(p.age)}，不属于“独居老人”`;
    if (p.livingArrangement === 'spouseOnly')
      return s === 'yes'
        ? `夫妇${both ? '均' : '中有人'}年满${p.coupleMinimum}周岁，属于“中老年夫妇”`
        : `夫妇${both ? '中有人' : '均'}未满${p.coupleMinimum}周岁，不属于“中老年夫妇”`;
    return s === 'yes'
      ? `年龄符合“中老年夫妇或独居老人”（${nestAges(p)}）`
      : `年龄不符合“中老年夫妇或独居老人”（${nestAges(p)}）`;
  },
  alone_or_with_spouse_only: (p, s) => {
    const arrangement = labelOr(zhCN.labels.livingArrangement, p.livingArrangement ?? '');
    return s === 'yes'
      ? `${arrangement}，属于“中老年夫妇或独居老人”`
      : s === 'no'
        ? `居住方式为“${arrangement}”，不属于“中老年夫妇或独居老人”`
        : '居住方式不详';
  },
  closed_list_status: (p, s) =>
    s === 'yes'
      ? `属于${labelled(STATUSES, p.matched).join('、')}`
      : s === 'no'
        ? '不是孤寡老人、五保户、“三无”人员，也不是子女不在本镇工作且身边无人照顾的高龄老人'
        : '是否属于孤寡老人、五保户、“三无”人员或子女不在本镇工作且身边无人照顾的高龄老人尚不能确定',
  lives_alone: (p, s) =>
    s === 'yes'
      ? '独居'
      : s === 'no'
        ? `居住方式为“${labelOr(zhCN.labels.livingArrangement, p.livingArrangement ?? '')}”，不是独居`
        : '居住方式不详',
  recorded_status: (p, s) => {
    const status = labelOr(STATUSES, p.status);
    return s === 'yes'
      ? `台账登记为${status}`
      : s === 'no'
        ? `台账登记不是${status}`
        : `台账未登记是否为${status}`;
  },
  advanced_age: (p, s) =>
    s === 'unknown' || p.age === null
      ? `出生日期不详，无法判断是否年满${p.threshold}周岁（高龄）`
      : s === 'yes'
        ? `年满${p.threshold}周岁，属于高龄${age(p.age)}`
        : `未满${p.threshold}周岁，不属于高龄${age(p.age)}`,
  ability_level: (p, s) => {
    if (s === 'unknown' || p.level === null)
      return '暂无有效的老年人能力评估结果（GB/T 42195-2022）';
    const result = `能力评估结果为“${labelOr(zhCN.labels.abilityLevel, p.level)}”${p.assessedOn ? `（${p.assessedOn}评估）` : ''}`;
    return s === 'yes' ? result : `${result}，不在计入等级之列`;
  },
  economic_hardship: (p, s) =>
    s === 'yes'
      ? `属于经济困难（${labelled(zhCN.labels.economicHardshipStatus, p.matched).join('、')}）`
      : s === 'no'
        ? noneApplies('经济困难', p.noHardshipAssessedOn)
        : `尚不能确定是否经济困难（${labelled(zhCN.labels.economicHardshipStatus, p.unknown).join('、')}情况不详）`,
  poverty: (p, s) =>
    s === 'yes'
      ? `属于贫困（${labelled(zhCN.labels.economicHardshipStatus, p.matched).join('、')}）`
      : s === 'no'
        ? noneApplies('贫困', p.noHardshipAssessedOn)
        : `尚不能确定是否贫困（${labelled(zhCN.labels.economicHardshipStatus, p.unknown).join('、')}情况不详）`,
  other_special_difficulty: (p, s) =>
    s === 'yes'
      ? `另有特殊困难：${p.description ?? ''}`
      : s === 'no'
        ? '经核实无其他特殊困难'
        : '是否有其他特殊困难未记录',
  category: (p, s) => {
    const category = labelOr(zhCN.labels.category, p.category);
    return s === 'yes'
      ? `属于${category}`
      : s === 'no'
        ? `不属于${category}`
        : `是否属于${category}尚待核实`;
  },
  any_category: (p, s) =>
    s === 'yes'
      ? `属于${labelled(zhCN.labels.category, p.holding).join('、')}`
      : s === 'no'
        ? `${labelled(zhCN.labels.category, p.categories).join('、')}均不符合`
        : `是否属于${orList(labelled(zhCN.labels.category, p.categories))}尚待核实`,
  risk_and_difficulty: (p, s) => {
    const words = { safetyRisk: '安全风险', livingDifficulty: '生活困难' };
    const facts = factsWith({ safetyRisk: p.safetyRisk, livingDifficulty: p.livingDifficulty }, s);
    const named = facts.map((fact) => words[fact]);
    return s === 'yes'
      ? `存在${named.join('和')}`
      : s === 'no'
        ? `不存在${orList(named)}`
        : `是否存在${named.join('、')}不详`;
  },
  illness_or_lost_self_care: (p, s) => {
    const words = {
      yes: { seriousIllness: '患有严重疾病', lostSelfCare: '已丧失自理能力（失能）' },
      no: { seriousIllness: '未患严重疾病', lostSelfCare: '未丧失自理能力' },
      unknown: { seriousIllness: '是否患有严重疾病', lostSelfCare: '是否已丧失自理能力' },
    }[s];
    const facts = factsWith({ seriousIllness: p.seriousIllness, lostSelfCare: p.lostSelfCare }, s);
    const named = facts.map((fact) => words[fact]);
    return s === 'yes'
      ? named.join('，且')
      : s === 'no'
        ? named.join('，也')
        : `${named.join('、')}不详`;
  },
  report_trigger: (p, s) =>
    s === 'yes'
      ? `发现${labelled(zhCN.labels.incident, p.triggers).join('、')}，须及时向${orList(labelled(zhCN.labels.reportRecipient, p.reportTo))}报告`
      : s === 'no'
        ? '未发现须立即报告的情形'
        : '是否患有严重精神疾病不详（未报告其他须立即报告的情形）',
  has_obligors: (p, s) =>
    s === 'yes'
      ? `有子女或其他赡养义务人${p.count}名`
      : s === 'no'
        ? '无子女，也无其他赡养义务人'
        : '子女或其他赡养义务人情况不详',
  empty_nest_household: (_p, s) =>
    s === 'yes'
      ? '符合空巢家庭定义（子女离家后，老人夫妇或一人独自生活）'
      : s === 'no'
        ? '不符合空巢家庭定义（子女离家、夫妇独居或一人独居）'
        : '是否符合空巢家庭定义尚待核实',
  child_age_range: (p, s) =>
    s === 'unknown' || p.age === null
      ? '出生日期不详，无法判断年龄'
      : `${p.age}周岁，${s === 'yes' ? '' : '不'}在${p.minimum}至${p.maximum}周岁之间`,
  parents_away: (p, s) =>
    s === 'yes'
      ? p.rule === 'both'
        ? '父母均在外务工'
        : '父母一方或双方在外务工'
      : s === 'no'
        ? p.rule === 'both'
          ? '父母并非均在外务工'
          : '父母均未在外务工'
        : '父母外出务工情况不详',
  parents_away_long_enough: (p, s) =>
    s === 'yes'
      ? `父母常年或连续${p.months}个月以上在外务工`
      : s === 'no'
        ? `父母在外务工未满连续${p.months}个月${p.since ? `（自${p.since}起）` : ''}`
        : '父母外出时间不详',
  lives_at_home: (_p, s) =>
    s === 'yes' ? '在家生活' : s === 'no' ? '不在家生活（如寄宿或随父母生活）' : '是否在家生活不详',
  cared_by_others: (p, s) =>
    s === 'yes'
      ? `由${p.carer === 'grandparents' ? '祖父母' : p.carer === 'relatives' ? '亲戚' : p.carer === 'friends' ? '朋友' : '他人'}照料`
      : s === 'no'
        ? '由父母照料'
        : '日常照料人不详',
  special_child_group: (p, s) => {
    const words = { orphan: '孤儿', abandoned: '遗弃儿童', singleParentFamily: '单亲家庭儿童' };
    return s === 'yes'
      ? `属于${p.groups.map((g) => words[g]).join('、')}`
      : s === 'no'
        ? '不是孤儿、遗弃儿童或单亲家庭儿童'
        : '是否为孤儿、遗弃儿童或单亲家庭儿童不详';
  },
  no_entrusted_carer: (_p, s) =>
    s === 'yes' ? '子女未委托照料人' : s === 'no' ? '子女已委托照料人' : '是否已委托照料人不详',
  mutual_aid_member: (p, s) =>
    s === 'yes'
      ? `是老老互助组“${p.groupId ?? ''}”成员`
      : s === 'no'
        ? '不是现有老老互助组成员'
        : '是否为老老互助组成员不详',
  major_event: (p, s) =>
    s === 'yes'
      ? `遇有重大情况（${labelled(zhCN.labels.majorEvent, p.events).join('、')}），须向村（社区）、组干部报告`
      : s === 'no'
        ? '未报告重大情况'
        : '是否遇有重大情况不详',
};

// api-sources
const SOURCE_KINDS_ZH = {
  newsRelease: '新闻稿',
  activityPlan: '活动方案',
  activitySummary: '活动总结',
  volunteerPlan: '志愿服务活动方案',
  workMechanism: '工作机制方案',
  implementationPlan: '实施方案',
} as const;

/**
 * Simplified Chinese (简体中文): the sentence of every classification reason and the words of explanations. Kept
 * apart from `zhCN` so that an app that only formats issues does not bundle them.
 *
 * @example
 * ```ts
 * zhCNExplanations.reasons.age_minimum({ minimum: 60, age: 72 }, 'yes');
 * ```
 * @category Locales
 */
export const zhCNExplanations: ExplanationLocale = {
  locale: 'zh-CN',
  reasons,
  explanation: {
    headline: (category, status, source) =>
      `${category ? `${category}：` : ''}${status}（依据 ${source}）`,
    missing: (facts) => `待补充：${facts.join('、')}`,
    // api-sources
    document: ({ ref, title, kind, issuer, date, collection, published }) =>
      `出处：${ref}《${title}》（${SOURCE_KINDS_ZH[kind]}；${issuer}；${date}；收录于《${collection}》，${published}）`,
    undated: '日期未载明',
    dateInText: (words) => `文中日期“${words}”（年份未载明）`,
    sourceKind: SOURCE_KINDS_ZH,
    quote: (text) => `原文：「${text}」`,
    facts: {
      birthDate: '出生日期',
      'residence.setting': '居住地类型',
      'residence.hukou': '户籍类型',
      'residence.institution': '是否住养老机构',
      parents: '父母情况',
      livesAtHome: '是否在家生活',
      dailyCarer: '日常照料人',
      orphan: '是否孤儿',
      abandoned: '是否遗弃儿童',
      singleParentFamily: '是否单亲家庭',
      'household.children': '子女情况',
      'household.otherSupportObligors': '其他赡养义务人',
      'household.livingArrangement': '居住方式',
      'household.entrustedCarer': '受委托照料人',
      'household.solitary': '孤寡登记',
      'health.abilityAssessments': '能力评估',
      'health.seriousIllness': '严重疾病',
      'health.severeMentalIllness': '严重精神疾病',
      mutualAidGroups: '所在老老互助组',
      schoolStage: '学段',
      'risks.safetyRisk': '安全风险',
      'risks.livingDifficulty': '生活困难',
      'economic.minimumLivingAllowance': '低保',
      'economic.extremeHardship': '特困',
      'economic.fiveGuarantee': '五保',
      'economic.threeNo': '“三无”',
      'economic.povertyRegistered': '建档立卡',
      'economic.povertyMonitoring': '防返贫监测',
      'economic.otherHardship': '其他经济困难',
      'economic.noHardshipAssessedOn': '经济困难核查（均不符合）日期',
      'household.spouse.birthDate': '配偶出生日期',
      'household.spouse.capableOfCare': '配偶是否有照顾能力',
      'risks.otherSpecialDifficulty': '其他特殊困难',
    },
    items: {
      'household.children': (n) => `第${n}名子女`,
      'household.otherSupportObligors': (n) => `第${n}名其他赡养义务人`,
      'health.abilityAssessments': (n) => `第${n}次能力评估`,
      parents: (n) => `第${n}位父母`,
    },
    fields: {
      alive: '是否在世',
      kinship: '亲属关系（亲生、收养或继子女）',
      awayForWork: '是否外出务工',
      awaySince: '外出时间',
      awaySinceBetween: '外出时间（年月或常年在外）',
      awayReason: '外出原因',
      livesWithElder: '是否同住',
      capableOfSupport: '赡养能力',
      atElderSide: '是否在身边',
      whereabouts: '去向',
      'whereabouts.inElderCounty': '是否在本县',
      'whereabouts.inElderTownship': '是否在本镇',
      'whereabouts.worksInElderTownship': '是否在本镇工作',
    },
    field: (item, field) => `${item}${field}`,
  },
};
