import * as z from 'zod';
import { CATEGORY_KEYS, type CategoryKey, CitationSchema } from '../eligibility/index.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import { CaregiverRole, DutyKey, SchoolStage, safeParse } from '../models/index.js';
import { PROGRAMME_PRESETS, type PresetKey } from '../recurrence/index.js';

// Built inside pure functions, so that a bundle that imports no duty code drops them whole.
const CategoryKeySchema = /* @__PURE__ */ (() =>
  z.enum(CATEGORY_KEYS as [CategoryKey, ...CategoryKey[]]))();
const PresetKeySchema = /* @__PURE__ */ (() =>
  z.enum(Object.keys(PROGRAMME_PRESETS) as [PresetKey, ...PresetKey[]]))();

/**
 * A duty (包保 and the other responsibilities of spec §3–§5) as policy data: which roles may hold
 * it, for whom (elders in any of the categories, children at any of the school stages), the
 * programme plans it obliges its holder to make, the area a holder serves, how many subjects one
 * holder takes at most, whether a colleague may stand in, and the text it comes from.
 *
 * @example
 * ```ts
 * Duty.parse({
 *   key: 'townshipContract', roles: ['townshipResponsibleCadre'],
 *   subjects: { elderCategories: ['emptyNestElder'], childStages: ['preschool'] },
 *   plans: ['townshipCadreWeeklyVisit'], serviceArea: 'township',
 *   citation: { spec: '§5.1 K01', source: 'S18 L515' },
 * });
 * ```
 * @category Duties
 */
export const Duty = /* @__PURE__ */ z.strictObject({
  key: DutyKey,
  roles: z.array(CaregiverRole).min(1),
  subjects: z.strictObject({
    /** Elders with `yes` in any of these categories. */
    elderCategories: z.array(CategoryKeySchema).optional(),
    /** Left-behind children (留守儿童) at any of these stages. */
    childStages: z.array(SchoolStage).optional(),
  }),
  /** Programme presets the holder must carry out (each preset's role must be one of `roles`). */
  plans: z.array(PresetKeySchema),
  serviceArea: z.enum(['group', 'village', 'township', 'county', 'any']),
  /**
   * Pupils of the holder's own school only: a caregiver with a `schoolId` holds the duty only
   * for children whose `school.id` is that school; where either is not recorded, the service
   * area alone decides. For 「教师包保」 (spec §3.4 · S18 L515), a teacher's own pupils.
   */
  sameSchool: z.boolean().optional(),
  /** Most subjects one holder takes for this duty (default: the caregiver's `capacity.elders`). */
  caseload: z.int().positive().optional(),
  /**
   * Who may make a visit the holder cannot make in its window: `none`, or a caregiver of the
   * same role serving the same area (`sameRoleSameArea`). Never a role the duty does not list.
   */
  deputies: z.enum(['none', 'sameRoleSameArea']),
  /** Where the duty comes from; `citation.seed` of older files is read as `source`. */
  citation: CitationSchema,
});
/** @category Duties */
export type Duty = z.infer<typeof Duty>;
/** A duty as written by hand, before validation. @category Duties */
export type DutyInput = z.input<typeof Duty>;

/**
 * The groups of people the programme text puts under someone's responsibility (spec §1.3 · S18
 * L515): a duty table should leave none of them without a duty.
 * @category Duties
 */
export type SubjectGroup =
  | 'emptyNestElder'
  | 'leftBehindElder'
  | 'preschoolChild'
  | 'compulsoryChild';

const GROUP_COVERED: Readonly<Record<SubjectGroup, (duty: Duty) => boolean>> = {
  emptyNestElder: (duty) => duty.subjects.elderCategories?.includes('emptyNestElder') ?? false,
  leftBehindElder: (duty) => duty.subjects.elderCategories?.includes('leftBehindElder') ?? false,
  preschoolChild: (duty) => duty.subjects.childStages?.includes('preschool') ?? false,
  compulsoryChild: (duty) =>
    (duty.subjects.childStages?.includes('primary') ?? false) &&
    (duty.subjects.childStages?.includes('juniorSecondary') ?? false),
};

/**
 * Options of {@link parseDuties}.
 * @category Duties
 */
export interface ParseDutiesOptions {
  /** The subject groups the table must cover (default: all four of {@link SubjectGroup}). */
  readonly covers?: readonly SubjectGroup[];
}

/**
 * Check a duty table: each duty's shape (an unknown role, preset or category is `invalid_value`
 * at its path), keys unique (`duplicate_id`), each obliged preset made by a role the duty allows
 * (`duty_plan_role`), and every subject group of `covers` under some duty
 * (`duty_group_uncovered`). Throws one {@link GuanaiError} with every issue.
 *
 * @example
 * ```ts
 * const duties = parseDuties([...DEFAULT_DUTIES, myCountysExtraDuty]);
 * parseDuties([{ ...DEFAULT_DUTIES[0], roles: ['teacher'] }], { covers: [] }); // throws duty_plan_role
 * ```
 * @category Duties
 */
export function parseDuties(input: unknown, options: ParseDutiesOptions = {}): Duty[] {
  if (!Array.isArray(input)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'duties', rule: 'array' })]);
  }
  const issues: Issue[] = [];
  const duties: Duty[] = [];
  const firstIndex = new Map<string, number>();
  input.forEach((raw, index) => {
    const result = safeParse(Duty, raw);
    if (!result.ok) {
      for (const found of result.issues) issues.push({ ...found, path: [index, ...found.path] });
      return;
    }
    const duty = result.value;
    const first = firstIndex.get(duty.key);
    if (first !== undefined) {
      issues.push(
        issue('duplicate_id', [index, 'key'], { id: duty.key, firstPath: [first, 'key'] }),
      );
    } else firstIndex.set(duty.key, index);
    issues.push(...planRoleIssues(duty, index));
    duties.push(duty);
  });
  if (issues.length === 0) issues.push(...coverageIssues(duties, options.covers));
  if (issues.length > 0) throw new GuanaiError(issues);
  return duties;
}

function planRoleIssues(duty: Duty, index: number): Issue[] {
  return duty.plans.flatMap((preset, at) => {
    const role = PROGRAMME_PRESETS[preset].who.role;
    return duty.roles.includes(role)
      ? []
      : [issue('duty_plan_role', [index, 'plans', at], { duty: duty.key, preset, role })];
  });
}

function coverageIssues(duties: readonly Duty[], covers?: readonly SubjectGroup[]): Issue[] {
  const groups = covers ?? (Object.keys(GROUP_COVERED) as SubjectGroup[]);
  return groups
    .filter((group) => !duties.some(GROUP_COVERED[group]))
    .map((group) => issue('duty_group_uncovered', [], { group }));
}
