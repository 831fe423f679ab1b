/**
 * The mutual-aid groups (老老互助组织, 「十人一联」) of a sample county: the elders of each villager
 * group (组) at home split into groups of about ten, each with a leader.
 * @module
 */
import type { Elder, MutualAidGroup, MutualAidGroupId } from '../models/index.js';
import type { CountyLayout } from './generateCountyArea.js';
import { daysBeforeAsOf, type PeopleTables } from './people.js';
import type { Random } from './random.js';

/** The usual size (「一般采取“十人一联”」, spec §4). */
const USUAL_SIZE = 10;

/**
 * Groups of about ten elders per 组, in ledger order (neighbours by number), for elders living
 * at home; a 组 with a single such elder has no group. @internal
 */
export function generateMutualAidGroups(
  random: Random,
  layout: CountyLayout,
  people: PeopleTables,
  elders: readonly Elder[],
): MutualAidGroup[] {
  const byGroup = new Map<string, Elder[]>();
  for (const elder of elders) {
    const { villageCode, group, institution } = elder.residence;
    if (group === undefined || institution) continue;
    const key = `${villageCode}/${group}`;
    const list = byGroup.get(key);
    if (list) list.push(elder);
    else byGroup.set(key, [elder]);
  }
  const villages = new Map(layout.villages.map((v) => [v.code as string, v]));
  const groups: MutualAidGroup[] = [];
  for (const members of byGroup.values()) {
    if (members.length < 2) continue;
    const first = members[0] as Elder;
    const village = villages.get(first.residence.villageCode);
    const number = first.residence.group as number;
    const parts = Math.max(1, Math.round(members.length / USUAL_SIZE));
    for (let p = 0; p < parts; p++) {
      const part = members.slice(
        Math.floor((p * members.length) / parts),
        Math.floor(((p + 1) * members.length) / parts),
      );
      const ids = part.map((e) => e.id);
      const suffix = parts > 1 ? `（${p + 1}）` : '';
      groups.push({
        id: `MAG-${String(groups.length + 1).padStart(5, '0')}` as MutualAidGroupId,
        villageCode: first.residence.villageCode,
        group: number,
        name: `${village?.name ?? ''}${village?.groupNames[number - 1] ?? `${number}组`}老老互助组${suffix}`,
        members: ids,
        leaderId: random.pick(ids),
        validFrom: daysBeforeAsOf(random, people, 30, 720),
      });
    }
  }
  return groups;
}
