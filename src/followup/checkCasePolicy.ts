import { arrayIssue, countIssue, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import { REPORT_RECIPIENTS, type ReportRecipient } from '../eligibility/index.js';
import { type Issue, issue } from '../errors/index.js';
import { CaseOrigin } from './caseEvent.js';
import {
  CASE_STEPS,
  type CaseInformPolicy,
  type CaseStepRule,
  type CaseStepToTake,
  DEFAULT_CASE_INFORM,
  DEFAULT_CASE_STEPS,
  INFORMING_STEP,
} from './casePolicy.js';
import { FollowUpBody } from './party.js';

/** The case policy a replay runs with: a rule per step, and the steps that tell each body. @internal */
export interface CheckedCasePolicy {
  readonly rules: ReadonlyMap<CaseStepToTake, CaseStepRule>;
  readonly mustTell: {
    readonly incident: readonly CaseStepToTake[];
    readonly majorEvent: readonly CaseStepToTake[];
  };
}

const STEPS_TO_TAKE = CASE_STEPS.filter((step) => step !== 'reported');
const OWNERS: readonly string[] = [...FollowUpBody.options, 'caregiver'];

/**
 * The policy of `steps` (rules by step; a step left out keeps its default) and `inform`,
 * checked whole: each rule's step known and given once, its owners known, its days a whole
 * number from 0, its source text; each list of bodies known bodies, none twice, at least one.
 * Rules are few, so every one is read.
 * @internal
 */
export function checkCasePolicy(
  steps: readonly CaseStepRule[] | undefined,
  inform: CaseInformPolicy | undefined,
): CheckedCasePolicy {
  throwIssues([
    arrayIssue(steps, 'steps', { optional: true }),
    objectIssue(inform, 'inform', { optional: true }),
  ]);
  const rules = new Map(DEFAULT_CASE_STEPS.map((rule) => [rule.step, rule]));
  const issues: Issue[] = [];
  const given = new Set<string>();
  (steps ?? []).forEach((rule, index) => {
    const found = ruleIssues(rule, index, given);
    issues.push(...found);
    if (found.length === 0) rules.set(rule.step, rule);
    if (typeof rule === 'object' && rule !== null) given.add(rule.step);
  });
  const policy = inform ?? DEFAULT_CASE_INFORM;
  for (const key of ['incident', 'majorEvent'] as const)
    issues.push(...bodiesIssues(policy[key], ['inform', key]));
  throwIssues(issues);
  const tell = (bodies: readonly ReportRecipient[]) => bodies.map((body) => INFORMING_STEP[body]);
  return {
    rules,
    mustTell: { incident: tell(policy.incident), majorEvent: tell(policy.majorEvent) },
  };
}

function ruleIssues(rule: CaseStepRule, index: number, given: ReadonlySet<string>): Issue[] {
  const at = (...path: (string | number)[]) => ['steps', index, ...path];
  const bad = objectIssue(rule, 'steps', { path: at() });
  if (bad) return [bad];
  const issues: (Issue | undefined)[] = [
    STEPS_TO_TAKE.includes(rule.step)
      ? given.has(rule.step)
        ? issue('duplicate_value', at('step'), { value: rule.step })
        : undefined
      : issue('invalid_value', at('step'), { allowed: STEPS_TO_TAKE }),
    ownerIssue(rule.owner, at('owner')),
    countIssue(rule.days, 'days', { path: at('days') }),
    typeof rule.source === 'string'
      ? undefined
      : issue('invalid_argument', at('source'), { name: 'source', rule: 'string' }),
    objectIssue(rule.byOrigin, 'byOrigin', { optional: true, path: at('byOrigin') }),
  ];
  if (typeof rule.byOrigin === 'object' && rule.byOrigin !== null)
    for (const [origin, owner] of Object.entries(rule.byOrigin)) {
      issues.push(
        CaseOrigin.options.includes(origin as CaseOrigin)
          ? ownerIssue(owner, at('byOrigin', origin))
          : issue('invalid_value', at('byOrigin', origin), { allowed: CaseOrigin.options }),
      );
    }
  return issues.filter((found): found is Issue => found !== undefined);
}

function ownerIssue(owner: unknown, path: (string | number)[]): Issue | undefined {
  return OWNERS.includes(owner as string)
    ? undefined
    : issue('invalid_value', path, { allowed: OWNERS });
}

function bodiesIssues(bodies: unknown, path: (string | number)[]): Issue[] {
  const notList = arrayIssue(bodies, path.join('.'), { path });
  if (notList) return [notList];
  const list = bodies as readonly unknown[];
  if (list.length === 0)
    return [issue('too_small', path, { origin: 'array', minimum: 1, inclusive: true })];
  const seen = new Set<unknown>();
  return list.flatMap((body, index): Issue[] => {
    const where = [...path, index];
    if (!(REPORT_RECIPIENTS as readonly unknown[]).includes(body))
      return [issue('invalid_value', where, { allowed: REPORT_RECIPIENTS })];
    if (seen.has(body)) return [issue('duplicate_value', where, { value: String(body) })];
    seen.add(body);
    return [];
  });
}
