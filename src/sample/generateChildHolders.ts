/**
 * The holders of the children's 包保 duties in a sample county (spec §3.1, §3.4 · S18 L515):
 * teachers at each school for its 义务教育阶段 留守儿童, and extra township and village cadres
 * for the 学龄前 and all 留守儿童 — sized from the children, so that the default duties can be
 * held for them.
 * @module
 */
import type { Caregiver, ChildRecord } from '../models/index.js';
import {
  generateCaregiver,
  type Slot,
  TOWNSHIP_CASELOAD,
  VILLAGE_CASELOAD,
} from './generateCaregivers.js';
import type { SampleSchool } from './generateChildren.js';
import type { CountyLayout, TownshipLayout } from './generateCountyArea.js';
import type { PeopleTables } from './people.js';
import type { Random } from './random.js';

/**
 * Children one holder takes, on average below their capacity so that the duties fit: a teacher
 * takes 5–10 pupils (the text states no number; a monthly home visit each), a village cadre
 * 10–25 and a township cadre 20–40 subjects, shared with their elders.
 */
const TEACHER_CASELOAD = 6;
/** 「教师包保」: a school with pupils to visit has at least this many teachers on it. */
const MIN_TEACHERS_PER_SCHOOL = 2;

/**
 * Whether a generated child is likely 留守 by the default definition (parents away, at home in
 * others' care): the sample cannot ask `classifyChild`, which lives above it.
 */
function likelyLeftBehind(child: ChildRecord): boolean {
  return child.livesAtHome === true && child.dailyCarer !== 'parent';
}

function countBy<K>(children: readonly ChildRecord[], keyOf: (c: ChildRecord) => K | undefined) {
  const counts = new Map<K, number>();
  for (const child of children) {
    const key = keyOf(child);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Where a school's teachers live: by the first village it serves, or at the township seat. */
function schoolSlot(school: SampleSchool, township: TownshipLayout): Slot {
  const village = township.villages.find((v) => v.code === school.villageCodes[0]);
  return school.kind === 'primarySchool' && village
    ? { role: 'teacher', village, school: school.id }
    : { role: 'teacher', township, school: school.id };
}

/** The slots to fill, in area order: each township's cadres and teachers, then its villages'. */
function planHolderSlots(
  layout: CountyLayout,
  schools: readonly SampleSchool[],
  children: readonly ChildRecord[],
): Slot[] {
  const leftBehind = children.filter(likelyLeftBehind);
  const pupils = countBy(leftBehind, (c) =>
    c.schoolStage === 'primary' || c.schoolStage === 'juniorSecondary' ? c.school?.id : undefined,
  );
  const preschool = countBy(leftBehind, (c) =>
    c.schoolStage === 'preschool' ? c.residence.villageCode.slice(0, 9) : undefined,
  );
  const byVillage = countBy(leftBehind, (c) => c.residence.villageCode);
  const slots: Slot[] = [];
  const repeat = (times: number, slot: Slot) => {
    for (let i = 0; i < times; i++) slots.push(slot);
  };
  for (const township of layout.townships) {
    const young = preschool.get(township.code.slice(0, 9)) ?? 0;
    repeat(Math.round(young / TOWNSHIP_CASELOAD), { role: 'townshipResponsibleCadre', township });
    for (const school of schools.filter((s) => s.townshipCode === township.code)) {
      const count = pupils.get(school.id) ?? 0;
      const teachers =
        count === 0 ? 0 : Math.max(MIN_TEACHERS_PER_SCHOOL, Math.ceil(count / TEACHER_CASELOAD));
      repeat(teachers, schoolSlot(school, township));
    }
    for (const village of township.villages) {
      const count = byVillage.get(village.code) ?? 0;
      repeat(Math.ceil(count / VILLAGE_CASELOAD), { role: 'villageResponsibleCadre', village });
    }
  }
  return slots;
}

/**
 * The children's holders of a county, ids going on from `firstSerial`: per township, cadres
 * for its 学龄前 留守儿童 (one per twenty), then each school's teachers (a few, one per six
 * 义务教育阶段 留守 pupils, `schoolId` the school's, homes near it, school days only), then each village's cadres
 * for its 留守儿童 (one per fifteen).
 * @internal
 */
export function generateChildHolders(
  random: Random,
  layout: CountyLayout,
  people: PeopleTables,
  schools: readonly SampleSchool[],
  children: readonly ChildRecord[],
  firstSerial: number,
): Caregiver[] {
  return planHolderSlots(layout, schools, children).map((slot, i) =>
    generateCaregiver(random, people, slot, firstSerial + i),
  );
}
