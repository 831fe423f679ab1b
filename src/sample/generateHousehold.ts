/**
 * The household of a fictional elder: spouse, children and where each lives, other
 * supporters, the entrusted carer and the living arrangement that follows from them, so that
 * the {@link Household} facts never contradict each other.
 * @module
 */
import type {
  Child,
  EntrustedCarer,
  Household,
  LivingArrangement,
  Sex,
  Spouse,
  SupportObligor,
  Whereabouts,
} from '../models/index.js';
import { type ElderContext, MARRIED_SHARE_BY_AGE_BAND } from './elderContext.js';
import { daysBeforeAsOf, mobileNumber, personName } from './people.js';
import type { Random, WeightedTable } from './random.js';

/** Where a living child is relative to the elder. */
type Placement = 'home' | 'local' | 'away';

/**
 * Facts about a generated household that the rest of the elder record depends on.
 *
 * @example
 * ```ts
 * const { facts } = generateHousehold(context, { age: 81, sex: 'male', familySurname: '李' });
 * if (facts.noLivingChild && !facts.married) console.log('no one to support him');
 * ```
 * @category Sample data
 */
export interface HouseholdFacts {
  readonly married: boolean;
  /** No child, or none alive. */
  readonly noLivingChild: boolean;
  /** Lives in a nursing home (敬老院). */
  readonly institution: boolean;
  readonly alone: boolean;
  readonly raisingGrandchildren: boolean;
}

/**
 * Generate an elder's household. Married shares fall with age; about 5% have no children;
 * most families have every child away for work (the left-behind case), some a child at home
 * or nearby; the living arrangement, the entrusted carer and the recorded 孤寡 status follow
 * from those facts.
 *
 * @param context - the county's shared tables and random stream
 * @param elder - age, sex and the children's surname
 * @returns the household and the facts the rest of the record needs
 * @example
 * ```ts
 * const { household, facts } = generateHousehold(context, { age: 72, sex: 'female', familySurname: '王' });
 * ```
 * @category Sample data
 */
export function generateHousehold(
  context: ElderContext,
  elder: { readonly age: number; readonly sex: Sex; readonly familySurname: string },
): { household: Household; facts: HouseholdFacts } {
  const { random, tables } = context;
  const { age } = elder;
  const spouse = drawSpouse(context, elder);
  const married = spouse.status === 'married';
  const spouseAtHome = married && spouse.livesWithElder === true;

  const band = age < 70 ? 0 : age < 80 ? 1 : 2;
  const childless = random.chance(spouse.status === 'neverMarried' ? 0.9 : 0.03);
  const childCount = childless
    ? 0
    : random.weighted(tables.childrenByAgeBand[band] as WeightedTable<number>);
  const alive: boolean[] = [];
  for (let i = 0; i < childCount; i++) alive.push(random.chance(age >= 85 ? 0.95 : 0.98));
  const noLivingChild = !alive.includes(true);

  // Nursing homes (敬老院) mostly take in elders with no one to look after them.
  const institution = !married && random.chance(noLivingChild ? 0.3 : 0.01);
  const placements = placeChildren(random, alive, { married, age, institution });
  const children: Child[] = placements.map((placement, i) =>
    alive[i]
      ? livingChild(context, placement, elder.familySurname)
      : deceasedChild(context, elder.familySurname),
  );
  const childAtHome = placements.includes('home');
  const childElsewhere = placements.some((p, i) => alive[i] && p !== 'home');
  const allAway = !noLivingChild && placements.every((p, i) => !alive[i] || p === 'away');

  // Who the elder lives with follows from the facts above.
  const raisingGrandchildren =
    !institution &&
    !childAtHome &&
    childElsewhere &&
    random.chance(age < 70 ? 0.32 : age < 80 ? 0.2 : 0.06);
  let livingArrangement: LivingArrangement;
  if (institution) livingArrangement = 'institution';
  else if (childAtHome) livingArrangement = 'withChildren';
  else if (raisingGrandchildren) livingArrangement = 'withGrandchildren';
  else if (spouseAtHome) livingArrangement = 'spouseOnly';
  else if (random.chance(0.07)) livingArrangement = 'withOthers';
  else livingArrangement = 'alone';
  const alone = livingArrangement === 'alone';

  const household: Household = {
    livingArrangement,
    spouse,
    children,
    otherSupportObligors:
      age >= 75 && childElsewhere && random.chance(0.15) ? [grandchild(context)] : [],
    // Absent children ask a relative or neighbour to look in (spec §2 R6 · S14 L367).
    entrustedCarer: allAway && !institution && random.chance(0.3) ? entrusted(context) : null,
    // 孤寡: no living child and no spouse, living alone or in a home for such elders.
    solitary: noLivingChild && !married && (alone || institution),
  };
  return { household, facts: { married, noLivingChild, institution, alone, raisingGrandchildren } };
}

function drawSpouse(
  context: ElderContext,
  elder: { readonly age: number; readonly sex: Sex; readonly familySurname: string },
): Spouse {
  const { random, people } = context;
  const band = Math.min(MARRIED_SHARE_BY_AGE_BAND.length - 1, Math.floor((elder.age - 60) / 5));
  if (random.chance(MARRIED_SHARE_BY_AGE_BAND[band] ?? 0)) {
    return {
      status: 'married',
      livesWithElder: random.chance(0.94),
      capableOfCare: random.chance(elder.age < 80 ? 0.85 : 0.6),
      name:
        elder.sex === 'male'
          ? personName(random, people, 'female', 'elder')
          : personName(random, people, 'male', 'elder', elder.familySurname),
    };
  }
  // Men more often never married (rural bachelors, 光棍).
  const neverMarried = elder.sex === 'male' ? 0.12 : 0.02;
  const u = random.next();
  return {
    status: u < neverMarried ? 'neverMarried' : u < neverMarried + 0.06 ? 'divorced' : 'widowed',
  };
}

/**
 * Where each child lives: at home with the elder, elsewhere in the county, or away from it.
 * Most families follow one pattern: everyone away for work (the left-behind case), one child
 * at home, or one child nearby.
 */
function placeChildren(
  random: Random,
  alive: readonly boolean[],
  elder: { married: boolean; age: number; institution: boolean },
): Placement[] {
  const living = alive.map((isAlive, i) => (isAlive ? i : -1)).filter((i) => i >= 0);
  const placements: Placement[] = alive.map(() => 'away');
  if (living.length === 0) return placements;
  const pHome = elder.institution ? 0 : (elder.married ? 0.1 : 0.26) + (elder.age >= 85 ? 0.12 : 0);
  const u = random.next();
  if (u < pHome) {
    placements[random.pick(living)] = 'home';
    for (const i of living) {
      if (placements[i] !== 'home') placements[i] = random.chance(0.75) ? 'away' : 'local';
    }
  } else if (u < pHome + 0.18) {
    const nearby = random.pick(living);
    for (const i of living) placements[i] = i === nearby || random.chance(0.3) ? 'local' : 'away';
  }
  return placements;
}

function livingChild(context: ElderContext, placement: Placement, surname: string): Child {
  const { random, people, tables } = context;
  const relation = random.chance(0.52) ? 'son' : 'daughter';
  const u = random.next();
  const child: Child = {
    name: personName(random, people, relation === 'son' ? 'male' : 'female', 'younger', surname),
    relation,
    kinship: u < 0.97 ? 'birth' : u < 0.99 ? 'adopted' : 'step',
    alive: true,
    livesWithElder: placement === 'home',
  };
  if (placement === 'home') {
    child.whereabouts = {
      inElderCounty: true,
      inElderTownship: true,
      worksInElderTownship: random.chance(0.7),
    };
    child.capableOfSupport = random.chance(0.85);
  } else if (placement === 'local') {
    const inTownship = random.chance(0.55);
    child.whereabouts = {
      inElderCounty: true,
      inElderTownship: inTownship,
      worksInElderTownship: inTownship && random.chance(0.7),
    };
    child.capableOfSupport = random.chance(0.85);
  } else {
    let awayReason = random.weighted(tables.awayReason);
    if (awayReason === 'marriage' && relation === 'son') awayReason = 'migrantWork';
    const forWork = awayReason === 'migrantWork' || awayReason === 'business';
    const whereabouts: Whereabouts = {
      inElderCounty: false,
      inElderTownship: false,
      worksInElderTownship: false,
    };
    if (forWork && random.chance(0.6)) whereabouts.regionCode = random.weighted(tables.destination);
    child.whereabouts = whereabouts;
    // Away from 0.2 to 15 years: some not yet half a year (the 「半年以上」 edge).
    child.awaySince = daysBeforeAsOf(random, people, 73, 5479);
    child.awayReason = awayReason;
    child.capableOfSupport = random.chance(0.8);
  }
  if (random.chance(0.8)) child.phone = mobileNumber(random, people);
  return child;
}

function deceasedChild(context: ElderContext, surname: string): Child {
  const { random, people } = context;
  const relation = random.chance(0.52) ? 'son' : 'daughter';
  return {
    name: personName(random, people, relation === 'son' ? 'male' : 'female', 'younger', surname),
    relation,
    kinship: 'birth',
    alive: false,
    livesWithElder: false,
  };
}

function entrusted(context: ElderContext): EntrustedCarer {
  const { random, people, tables } = context;
  const carer: EntrustedCarer = {
    name: personName(random, people, random.chance(0.5) ? 'male' : 'female', 'younger'),
    relation: random.weighted(tables.entrustedRelation),
    since: daysBeforeAsOf(random, people, 30, 2000),
  };
  if (random.chance(0.85)) carer.phone = mobileNumber(random, people);
  return carer;
}

function grandchild(context: ElderContext): SupportObligor {
  const { random, people, tables } = context;
  return {
    relation: 'grandchild',
    name: personName(random, people, random.chance(0.5) ? 'male' : 'female', 'younger'),
    alive: true,
    atElderSide: false,
    whereabouts: {
      inElderCounty: false,
      inElderTownship: false,
      regionCode: random.weighted(tables.destination),
    },
    awaySince: daysBeforeAsOf(random, people, 73, 3000),
    awayReason: 'migrantWork',
    capableOfSupport: random.chance(0.7),
  };
}
