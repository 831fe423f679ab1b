import { en } from './en.js';
import { factsWith } from './factsWith.js';
import { labelOr } from './labelOr.js';
import type { ExplanationLocale, ReasonMessages } from './types.js';

const joined = (items: readonly string[], last: 'and' | 'or') =>
  items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const span = (months: number) =>
  months === 6 ? 'half a year' : months === 12 ? 'a year' : `${months} months`;
const labelled = (table: Readonly<Record<string, string>>, keys: readonly string[]) =>
  keys.map((key) => labelOr(table, key));
/** `1 child`, `2 children`; `1 child lives`, `2 children live`. */
const children = (n: number) => `${n} ${n === 1 ? 'child' : 'children'}`;
const live = (n: number) => (n === 1 ? 'lives' : 'live');
/** `Both` for two, `All 3` for more. */
const every = (n: number) => (n === 2 ? 'Both' : `All ${n}`);
const obligors = (n: number) =>
  `${n} ${n === 1 ? 'child or other support obligor' : 'children or other support obligors'}`;
/** Ledger statuses a reason may name (recorded statuses and 空巢 definition B's list). */
const STATUSES: Readonly<Record<string, string>> = {
  solitary: 'a solitary elder (孤寡)',
  minimumLivingAllowance: 'a minimum-living-allowance recipient (低保)',
  extremeHardship: 'a person in extreme hardship (特困)',
  fiveGuarantee: 'a five-guarantee household (五保户)',
  threeNo: 'a "three-no" person (三无)',
  advancedAgeUncared:
    'an elder of advanced age with no child working in the township and nobody caring at their side',
};
const age = (value: number | null) => (value === null ? '' : ` (now ${value})`);
/** 空巢 definition A's two ages, for a sentence that names both. */
const nestAges = (p: { aloneMinimum: number; coupleMinimum: number }) =>
  `${p.aloneMinimum} for an elder alone, ${p.coupleMinimum} for a couple`;
/** None of the recorded statuses applies, and the day of the check when the answer rests on one. */
const noneApplies = (word: string, date: string | null) =>
  date === null
    ? `None of the recorded ${word} statuses applies`
    : `A check on ${date} found that no ${word} status applies`;

const reasons: ReasonMessages = {
  age_minimum: (p, s) =>
    s === 'unknown' || p.age === null
      ? `Birth date unknown: cannot tell whether aged ${p.minimum} or over`
      : s === 'yes'
        ? `Aged ${p.minimum} or over${age(p.age)}`
        : `Not yet ${p.minimum}${age(p.age)}`,
  rural_residence: (p, s) => {
    const hukou = p.test === 'hukou';
    // Known setting but still open: the policy excludes institutions and that is not recorded.
    if (s === 'unknown' && p.setting !== null) {
      return 'Whether the elder lives in an institution is not recorded (the local policy does not count institutions)';
    }
    if (s === 'unknown') {
      return hukou
        ? 'Household registration (hukou) type, rural or urban, not recorded'
        : 'Whether the elder lives in a rural or urban area is not recorded';
    }
    const setting = labelOr(en.labels.residenceSetting, p.setting ?? '');
    if (s === 'yes') {
      return hukou
        ? `Counts as rural by household registration (${setting} hukou)`
        : `Lives in the countryside (residence: ${setting})`;
    }
    if (p.institution !== null && p.setting === 'rural') {
      return 'Lives in an institution, which this policy does not count as living in the countryside';
    }
    return hukou
      ? `Not rural by household registration (${setting} hukou)`
      : `Does not live in the countryside (residence: ${setting})`;
  },
  has_children: (p, s) =>
    s === 'yes'
      ? `Has ${children(p.count)}`
      : s === 'no'
        ? 'Has no children (an elder without children is not left-behind)'
        : 'Whether the elder has children is not recorded',
  children_out_of_county: (p, s) =>
    s === 'yes'
      ? p.counted === 1
        ? 'The only child lives outside the county'
        : `${every(p.counted)} children live outside the county`
      : s === 'no'
        ? `${capitalised(children(p.inside))} still ${live(p.inside)} in the county`
        : p.unknown > 0
          ? `Not known whether ${children(p.unknown)} ${live(p.unknown)} in the county`
          : "The children's whereabouts are not recorded",
  away_reason_counts: (p, s) => {
    const reasons = joined(labelled(en.labels.awayReason, p.reasons), 'and');
    if (s === 'no') {
      const other = joined(labelled(en.labels.awayReason, p.notCounting), 'or');
      return `A child is away for ${other}, which does not count as "migrant work, business etc."`;
    }
    if (s === 'unknown') {
      return reasons
        ? `Why some children are away is not recorded (known: ${reasons})`
        : 'Why the children are away is not recorded';
    }
    return reasons
      ? `The children are away for ${reasons}, which counts as "migrant work, business etc."`
      : 'The children are away for reasons that count';
  },
  away_long_enough: (p, s) =>
    s === 'yes'
      ? p.since === null
        ? `Every child has been away for ${span(p.minimumMonths)} or more`
        : `Every child has been away from the county for ${span(p.minimumMonths)} or more (the last left ${p.spanned ? 'by' : 'on'} ${p.since}; ${span(p.minimumMonths)} reached on ${p.reachedOn})`
      : s === 'no'
        ? `The last child left ${p.spanned ? `on ${p.since} at the earliest` : `only on ${p.since}`}; ${span(p.minimumMonths)} is reached on ${p.reachedOn}`
        : p.since === null
          ? 'When the children left is not recorded'
          : `When some children left is not recorded (of the others, the last left on ${p.since}${p.spanned ? ' at the earliest' : ''})`,
  no_capable_supporter_at_side: (p, s) =>
    s === 'yes'
      ? "No supporter at the elder's side, or none able to support them"
      : s === 'no'
        ? `${p.capable === 1 ? 'A supporter' : `${p.capable} supporters`} able to support the elder ${p.capable === 1 ? 'is' : 'are'} at their side`
        : p.unknownCapacity > 0
          ? `Not known whether ${p.unknownCapacity === 1 ? 'the supporter' : `${p.unknownCapacity} supporters`} at the elder's side ${p.unknownCapacity === 1 ? 'is' : 'are'} able to support them`
          : 'Not known whether anyone able to support the elder is at their side',
  obligors_out_of_county: (p, s) =>
    s === 'yes'
      ? p.counted === 1
        ? 'The only child or other support obligor lives outside the county'
        : `${every(p.counted)} of the children and other support obligors live outside the county`
      : s === 'no'
        ? `${capitalised(obligors(p.inside))} still ${live(p.inside)} in the county`
        : p.unknown > 0
          ? `Not known whether ${obligors(p.unknown)} ${live(p.unknown)} in the county`
          : 'The whereabouts of the children and other support obligors are not recorded',
  obligors_away_long_enough: (p, s) =>
    s === 'yes'
      ? p.since === null
        ? `Every child and other support obligor has been away for ${span(p.minimumMonths)} or more`
        : `Every child and other support obligor has been away for ${span(p.minimumMonths)} or more (the last left ${p.spanned ? 'by' : 'on'} ${p.since}; ${span(p.minimumMonths)} reached on ${p.reachedOn})`
      : s === 'no'
        ? `The last to leave left ${p.spanned ? `on ${p.since} at the earliest` : `only on ${p.since}`}; ${span(p.minimumMonths)} is reached on ${p.reachedOn}`
        : p.since === null
          ? 'When the children and other support obligors left is not recorded'
          : `When some of them left is not recorded (of the others, the last left on ${p.since}${p.spanned ? ' at the earliest' : ''})`,
  children_left_home: (p, s) => {
    if (s === 'unknown') {
      return p.unknown > 0
        ? `Not known whether ${children(p.unknown)} ${live(p.unknown)} with the elder`
        : 'The children are not recorded';
    }
    if (p.counted === 0) {
      return s === 'yes'
        ? 'Has no children, which this policy counts as empty-nest'
        : 'Has no children, which this policy does not count as empty-nest';
    }
    if (s === 'yes') {
      return p.rule === 'all'
        ? p.counted === 1
          ? 'The only child has left home'
          : `${every(p.counted)} children have left home`
        : `${capitalised(children(p.leftHome))} ${p.leftHome === 1 ? 'has' : 'have'} left home`;
    }
    return p.rule === 'all'
      ? `${capitalised(children(p.atHome))} still ${live(p.atHome)} with the elder`
      : 'Every child still lives with the elder';
  },
  empty_nest_age: (p, s) => {
    const both = p.coupleAge === 'bothSpouses';
    if (s === 'unknown')
      return p.age === null
        ? `Birth date unknown: cannot tell whether old enough to be empty-nest (${nestAges(p)})`
        : `The spouse's birth date is unknown: cannot tell whether the couple is middle-aged or older (${p.coupleMinimum} or over)`;
    if (p.livingArrangement === 'alone')
      return s === 'yes'
        ? `Aged ${p.aloneMinimum} or over${age(p.age)}: an elder living alone`
        : `Not yet ${p.aloneMinimum}${age(p.age)}: too young as an elder living alone`;
    if (p.livingArrangement === 'spouseOnly')
      return s === 'yes'
        ? `${both ? 'Both spouses are' : 'A spouse is'} ${p.coupleMinimum} or over: a middle-aged or older couple`
        : `${both ? 'A spouse is' : 'Both spouses are'} under ${p.coupleMinimum}: not a middle-aged or older couple`;
    return s === 'yes'
      ? `Old enough to be empty-nest (${nestAges(p)})`
      : `Too young to be empty-nest (${nestAges(p)})`;
  },
  alone_or_with_spouse_only: (p, s) => {
    const arrangement = labelOr(en.labels.livingArrangement, p.livingArrangement ?? '');
    return s === 'yes'
      ? `Lives ${arrangement} (a couple on their own or an elder alone)`
      : s === 'no'
        ? `Lives ${arrangement}, not alone or with the spouse only`
        : 'Living arrangement not recorded';
  },
  closed_list_status: (p, s) =>
    s === 'yes'
      ? `Is ${joined(labelled(STATUSES, p.matched), 'and')}`
      : s === 'no'
        ? 'Is not a solitary elder, a five-guarantee household, a "three-no" person, or an elder of advanced age with no child working in the township and nobody caring at their side'
        : 'Not yet known whether the elder is solitary, five-guarantee, "three-no", or of advanced age with no child working in the township and nobody caring at their side',
  lives_alone: (p, s) =>
    s === 'yes'
      ? 'Lives alone'
      : s === 'no'
        ? `Does not live alone: lives ${labelOr(en.labels.livingArrangement, p.livingArrangement ?? '')}`
        : 'Living arrangement not recorded',
  recorded_status: (p, s) => {
    const status = labelOr(STATUSES, p.status);
    return s === 'yes'
      ? `Recorded as ${status}`
      : s === 'no'
        ? `Recorded as not ${status}`
        : `Not recorded whether the elder is ${status}`;
  },
  advanced_age: (p, s) =>
    s === 'unknown' || p.age === null
      ? `Birth date unknown: cannot tell whether aged ${p.threshold} or over (advanced age)`
      : s === 'yes'
        ? `Aged ${p.threshold} or over: advanced age${age(p.age)}`
        : `Under ${p.threshold}: not advanced age${age(p.age)}`,
  ability_level: (p, s) => {
    if (s === 'unknown' || p.level === null) {
      return 'No ability assessment (GB/T 42195-2022) in force';
    }
    const result = `Ability assessment${p.assessedOn ? ` of ${p.assessedOn}` : ''}: ${labelOr(en.labels.abilityLevel, p.level)}`;
    return s === 'yes' ? result : `${result}, not a level that counts here`;
  },
  economic_hardship: (p, s) =>
    s === 'yes'
      ? `Economic hardship: ${joined(labelled(en.labels.economicHardshipStatus, p.matched), 'and')}`
      : s === 'no'
        ? noneApplies('hardship', p.noHardshipAssessedOn)
        : `Economic hardship not yet known; not recorded: ${labelled(en.labels.economicHardshipStatus, p.unknown).join(', ')}`,
  poverty: (p, s) =>
    s === 'yes'
      ? `Poor: ${joined(labelled(en.labels.economicHardshipStatus, p.matched), 'and')}`
      : s === 'no'
        ? noneApplies('poverty', p.noHardshipAssessedOn)
        : `Poverty not yet known; not recorded: ${labelled(en.labels.economicHardshipStatus, p.unknown).join(', ')}`,
  other_special_difficulty: (p, s) =>
    s === 'yes'
      ? `Has another special difficulty: ${p.description ?? ''}`
      : s === 'no'
        ? 'Known to have no other special difficulty'
        : 'Not recorded whether the elder has another special difficulty',
  category: (p, s) => {
    const category = labelOr(en.labels.category, p.category);
    return s === 'yes'
      ? `Counts as ${category}`
      : s === 'no'
        ? `Does not count as ${category}`
        : `Not yet known whether the elder counts as ${category}`;
  },
  any_category: (p, s) =>
    s === 'yes'
      ? `Counts as ${joined(labelled(en.labels.category, p.holding), 'and')}`
      : s === 'no'
        ? p.categories.length === 2
          ? `Counts as neither ${labelled(en.labels.category, p.categories).join(' nor ')}`
          : `Counts as none of ${joined(labelled(en.labels.category, p.categories), 'or')}`
        : `Not yet known whether the elder counts as ${joined(labelled(en.labels.category, p.categories), 'or')}`,
  risk_and_difficulty: (p, s) => {
    const words = { safetyRisk: 'a safety risk', livingDifficulty: 'difficulties in daily life' };
    const facts = factsWith({ safetyRisk: p.safetyRisk, livingDifficulty: p.livingDifficulty }, s);
    const named = facts.map((fact) => words[fact]);
    return s === 'yes'
      ? `Has ${joined(named, 'and')}`
      : s === 'no'
        ? named.length > 1
          ? `Has neither ${named.join(' nor ')}`
          : `Has no ${named.join('').replace(/^a /, '')}`
        : `Not recorded whether the elder has ${joined(named, 'or')}`;
  },
  illness_or_lost_self_care: (p, s) => {
    const words = {
      yes: {
        seriousIllness: 'has a serious illness',
        lostSelfCare: 'has lost self-care (disabled)',
      },
      no: { seriousIllness: 'has no serious illness', lostSelfCare: 'has not lost self-care' },
      unknown: {
        seriousIllness: 'has a serious illness',
        lostSelfCare: 'has lost self-care (disabled)',
      },
    }[s];
    const facts = factsWith({ seriousIllness: p.seriousIllness, lostSelfCare: p.lostSelfCare }, s);
    const named = facts.map((fact) => words[fact]);
    return s === 'unknown'
      ? `Not yet known whether the elder ${joined(named, 'or')}`
      : capitalised(joined(named, 'and'));
  },
  report_trigger: (p, s) =>
    s === 'yes'
      ? `Report promptly to ${joined(
          labelled(en.labels.reportRecipient, p.reportTo).map((body) => `the ${body}`),
          'or',
        )}: ${labelled(en.labels.incident, p.triggers).join(', ')}`
      : s === 'no'
        ? 'No situation that must be reported at once'
        : 'Not recorded whether the elder has a severe mental illness (no other situation to report)',
  has_obligors: (p, s) =>
    s === 'yes'
      ? `Has ${p.count} children or other support obligors`
      : s === 'no'
        ? 'Has no children and no other support obligor'
        : 'Children and other support obligors not recorded',
  empty_nest_household: (_p, s) =>
    s === 'yes'
      ? 'Meets the household definition of an empty nest (the children have left; the elder lives alone or only with the spouse)'
      : s === 'no'
        ? 'Does not meet the household definition of an empty nest'
        : 'Whether the household definition of an empty nest is met is still to be checked',
  child_age_range: (p, s) =>
    s === 'unknown' || p.age === null
      ? 'Birth date unknown: age cannot be told'
      : `Aged ${p.age}, ${s === 'yes' ? '' : 'not '}between ${p.minimum} and ${p.maximum}`,
  parents_away: (p, s) =>
    s === 'yes'
      ? p.rule === 'both'
        ? 'Both parents work away'
        : 'One or both parents work away'
      : s === 'no'
        ? p.rule === 'both'
          ? 'Not both parents work away'
          : 'Neither parent works away'
        : "The parents' work away is not recorded",
  parents_away_long_enough: (p, s) =>
    s === 'yes'
      ? `The parents have worked away all year or at least ${p.months} consecutive months`
      : s === 'no'
        ? `The parents have not yet worked away ${p.months} consecutive months${p.since ? ` (since ${p.since})` : ''}`
        : 'When the parents left is not recorded',
  lives_at_home: (_p, s) =>
    s === 'yes'
      ? 'Lives at home'
      : s === 'no'
        ? 'Does not live at home (boarding, or with the parents)'
        : 'Whether the child lives at home is not recorded',
  cared_by_others: (p, s) =>
    s === 'yes'
      ? `Looked after by ${p.carer ?? 'others'}`
      : s === 'no'
        ? 'Looked after by a parent'
        : 'Daily carer not recorded',
  special_child_group: (p, s) => {
    const words = {
      orphan: 'an orphan',
      abandoned: 'an abandoned child',
      singleParentFamily: 'a child of a single-parent family',
    };
    return s === 'yes'
      ? `Is ${p.groups.map((g) => words[g]).join(', ')}`
      : s === 'no'
        ? 'Not an orphan, abandoned child or child of a single-parent family'
        : 'Whether an orphan, abandoned child or child of a single-parent family is not recorded';
  },
  no_entrusted_carer: (_p, s) =>
    s === 'yes'
      ? 'The children have entrusted no carer'
      : s === 'no'
        ? 'A carer has been entrusted'
        : 'Not recorded whether a carer has been entrusted',
  mutual_aid_member: (p, s) =>
    s === 'yes'
      ? `A member of mutual-aid group "${p.groupId ?? ''}"`
      : s === 'no'
        ? 'Not a member of a mutual-aid group in force'
        : 'Not known whether a member of a mutual-aid group',
  major_event: (p, s) =>
    s === 'yes'
      ? `A major event (${labelled(en.labels.majorEvent, p.events).join(', ')}): report to the village (community) and group (组) cadres`
      : s === 'no'
        ? 'No major event reported'
        : 'Not known whether a major event happened',
};

// api-sources
const SOURCE_KINDS_EN = {
  newsRelease: 'news release',
  activityPlan: 'activity plan',
  activitySummary: 'activity summary',
  volunteerPlan: 'volunteer action plan',
  workMechanism: 'work mechanism plan',
  implementationPlan: 'implementation plan',
} as const;

/**
 * English: the sentence of every classification reason and the words of explanations. Kept
 * apart from `en` so that an app that only formats issues does not bundle them.
 *
 * @example
 * ```ts
 * enExplanations.reasons.age_minimum({ minimum: 60, age: 72 }, 'yes');
 * ```
 * @category Locales
 */
export const enExplanations: ExplanationLocale = {
  locale: 'en',
  reasons,
  explanation: {
    headline: (category, status, source) =>
      `${category ? `${capitalised(category)}: ${status}` : capitalised(status)} (source: ${source})`,
    missing: (facts) => `Still needed: ${facts.join('; ')}`,
    // api-sources
    document: ({ ref, title, kind, issuer, date, collection, published }) =>
      `Source: ${ref}, 《${title}》 (${SOURCE_KINDS_EN[kind]}; issued by ${issuer}; ${date}; in 《${collection}》, ${published})`,
    undated: 'date not stated',
    dateInText: (words) => `dated “${words}” in the text (no year)`,
    sourceKind: SOURCE_KINDS_EN,
    quote: (text) => `Text: 「${text}」`,
    facts: {
      birthDate: 'date of birth',
      'residence.setting': 'residence (rural or urban)',
      'residence.institution': 'whether living in an institution',
      parents: 'the parents',
      livesAtHome: 'whether the child lives at home',
      dailyCarer: 'daily carer',
      orphan: 'whether an orphan',
      abandoned: 'whether abandoned',
      singleParentFamily: 'whether of a single-parent family',
      'residence.hukou': 'household registration (hukou) type',
      'household.children': 'children',
      'household.otherSupportObligors': 'other support obligors',
      'household.livingArrangement': 'living arrangement',
      'household.entrustedCarer': 'entrusted carer',
      'household.solitary': 'solitary (孤寡) status',
      'health.abilityAssessments': 'ability assessment',
      'health.seriousIllness': 'serious illness',
      'health.severeMentalIllness': 'severe mental illness',
      mutualAidGroups: 'membership of a mutual-aid group (老老互助组)',
      schoolStage: 'school stage',
      'risks.safetyRisk': 'safety risk',
      'risks.livingDifficulty': 'difficulties in daily life',
      'economic.minimumLivingAllowance': 'minimum living allowance (低保)',
      'economic.extremeHardship': 'extreme hardship (特困)',
      'economic.fiveGuarantee': 'five-guarantee (五保)',
      'economic.threeNo': '"three-no" (三无)',
      'economic.povertyRegistered': 'poverty registration (建档立卡)',
      'economic.povertyMonitoring': 'poverty monitoring',
      'economic.otherHardship': 'other hardship',
      'economic.noHardshipAssessedOn': 'date of a check finding no hardship status',
      'household.spouse.birthDate': "spouse's date of birth",
      'household.spouse.capableOfCare': 'whether the spouse can look after the elder',
      'risks.otherSpecialDifficulty': 'other special difficulty',
    },
    items: {
      'household.children': (n) => `child ${n}`,
      'household.otherSupportObligors': (n) => `other support obligor ${n}`,
      'health.abilityAssessments': (n) => `ability assessment ${n}`,
      parents: (n) => `parent ${n}`,
    },
    fields: {
      alive: 'whether alive',
      kinship: 'kinship (birth, adopted or step child)',
      awayForWork: 'whether working away',
      awaySince: 'date of leaving',
      awaySinceBetween: 'month of leaving (or away for years)',
      awayReason: 'reason for being away',
      livesWithElder: 'whether living with the elder',
      capableOfSupport: 'ability to support',
      atElderSide: "whether at the elder's side",
      whereabouts: 'whereabouts',
      'whereabouts.inElderCounty': 'whether in the county',
      'whereabouts.inElderTownship': 'whether in the township',
      'whereabouts.worksInElderTownship': 'whether working in the township',
    },
    field: (item, field) => `${item}: ${field}`,
  },
};
