import {
  type CaregiverRole,
  ChildRecord,
  COMPULSORY_SCHOOL_STAGES,
  SchoolStage,
} from '../models/index.js';
import type { Citation } from './reason.js';
import { diagnosed } from './schemaDiagnosis.js';

/**
 * Who holds the responsibility contract (包保) for a left-behind child, by school stage (spec
 * §1.3, §3.1, §3.4 · S18 L515): `cadres` — township and village cadres, for a pre-school child
 * (学龄前); `teacher` — a teacher, for a child in compulsory education (义务教育阶段: primary and
 * junior secondary); `notStated` — the text names nobody (senior secondary, not in school);
 * `unknown` — the school stage is not recorded.
 *
 * @example
 * ```ts
 * const party: ResponsibleParty = 'teacher';
 * ```
 * @category Children
 */
export type ResponsibleParty = 'cadres' | 'teacher' | 'notStated' | 'unknown';

/**
 * The answer of {@link responsiblePartyOf}: the party, the caregiver roles that hold the contract
 * (empty when none is stated or the stage is unknown), the stage it was decided on, the facts
 * that would decide an `unknown`, and the citation.
 *
 * @example
 * ```ts
 * const { party, roles }: ResponsiblePartyResult = responsiblePartyOf(child);
 * ```
 * @category Children
 */
export interface ResponsiblePartyResult {
  readonly party: ResponsibleParty;
  readonly roles: readonly CaregiverRole[];
  readonly schoolStage: SchoolStage | null;
  /** `['schoolStage']` while the stage is not recorded; else empty. */
  readonly missing: readonly string[];
  readonly citation: Citation;
}

const CITATION: Citation = {
  spec: '§1.3, §3.1, §3.4',
  source: 'S18 L515',
  text: '空巢老人和学龄前留守儿童由乡、村干部包保……义务教育阶段留守儿童由教师包保',
};

const STAGES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(SchoolStage.options);
const CADRES: readonly CaregiverRole[] = ['townshipResponsibleCadre', 'villageResponsibleCadre'];
const TEACHER: readonly CaregiverRole[] = ['teacher'];

/**
 * Who must hold the 包保 contract for a child, by the school stage on record (spec §1.3 · S18
 * L515 「空巢老人和学龄前留守儿童由乡、村干部包保」「义务教育阶段留守儿童由教师包保」): a pre-school
 * child → the township and village responsible cadres (`townshipResponsibleCadre`,
 * `villageResponsibleCadre`); primary or junior secondary ({@link models!COMPULSORY_SCHOOL_STAGES})
 * → a `teacher`; senior secondary or not in school → `notStated`, for the text assigns them to
 * nobody (a host app decides). The stage is read as recorded, not guessed from the age.
 *
 * It answers for any child: whether the child is a 留守儿童 at all is {@link classifyChild}'s
 * question. The child must be validated; one that was not and makes the answer fail (or has a
 * stage outside {@link models!SchoolStage}) throws {@link errors!GuanaiError} with its issues
 * against the `ChildRecord` schema.
 *
 * @example
 * ```ts
 * const child = parse(ChildRecord, row);
 * responsiblePartyOf(child).party; // 'cadres' | 'teacher' | 'notStated' | 'unknown'
 * responsiblePartyOf(child).roles; // e.g. ['teacher']
 * ```
 * @category Children
 */
export function responsiblePartyOf(child: ChildRecord): ResponsiblePartyResult {
  try {
    const stage = child.schoolStage;
    // A stage the schema does not know would otherwise read as "not stated".
    if (stage !== undefined && !STAGES.has(stage)) throw new TypeError('unknown school stage');
    return resultFor(stage);
  } catch (error) {
    throw diagnosed(error, ChildRecord, child, 'child');
  }
}

function resultFor(stage: SchoolStage | undefined): ResponsiblePartyResult {
  const of = (party: ResponsibleParty, roles: readonly CaregiverRole[]) => ({
    party,
    roles,
    schoolStage: stage ?? null,
    missing: stage === undefined ? ['schoolStage'] : [],
    citation: CITATION,
  });
  if (stage === undefined) return of('unknown', []);
  if (stage === 'preschool') return of('cadres', CADRES);
  return COMPULSORY_SCHOOL_STAGES.includes(stage) ? of('teacher', TEACHER) : of('notStated', []);
}
