import {
  arrayIssue,
  countIssue,
  diagnosed,
  elementsIssue,
  functionIssue,
  integerIssue,
  numberIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { seededUniform } from '../_lib/seededUniform.js';
import type {
  NotDoneReason,
  ServiceTask,
  VisitRecord,
  VisitRecordId,
} from '../compliance/index.js';
import {
  addDays,
  type CaregiverId,
  daysBetween,
  type ElderId,
  type PlainDate,
} from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';

/** Options of {@link simulateVisitRecords}. @category Sample data */
export interface SimulateVisitRecordsOptions {
  readonly seed: number;
  /** Records are made only for days up to this one. */
  readonly asOf: PlainDate;
  /** Who made each visit (a visit with no one is not simulated). */
  readonly caregiverOf: (occurrence: Occurrence) => CaregiverId | undefined;
  /** Share of visits never recorded (default 0.06). */
  readonly missRate?: number;
  /** Share recorded as not done, with a reason (default 0.05). */
  readonly notDoneRate?: number;
  /** Share of completed visits made after they fell overdue (default 0.08). */
  readonly lateRate?: number;
  /** Share of in-person visits that find an incident of spec §2 R4 (default 0). */
  readonly incidentRate?: number;
  /** The first record's number (ids are `R-<n>`; default 1). */
  readonly firstNumber?: number;
}

const IN_PERSON_TASKS: readonly ServiceTask[] = [
  'cleaning',
  'laundry',
  'cooking',
  'haircut',
  'bloodPressureGlucoseCheck',
  'medicineDelivery',
  'chat',
  'proxyShopping',
];
const NOT_DONE_IN_PERSON: readonly NotDoneReason[] = [
  'notAtHome',
  'notAtHome',
  'notAtHome',
  'awayForTreatment',
  'awayForTreatment',
  'refused',
  'other',
];
const INCIDENTS = ['criticalIllness', 'majorDifficulty', 'wanderingOrBegging'] as const;
/** The fields of a visit the simulation reads: diagnosed only when the work trips on one. */
const OCCURRENCE_FIELDS = {
  key: 'string',
  subject: 'string',
  subjectKind: 'string',
  kind: 'string',
  channel: 'string',
  openFrom: 'string',
  overdueFrom: 'string',
  expiresAt: 'string',
} as const;

/**
 * Visit records as a programme might log them for planned visits — most made inside their
 * window, some late, some not done with a reason, some never logged — deterministic for a
 * seed. For demos, tests and load tests of the tracking functions; never a substitute for the
 * real log.
 *
 * @example
 * ```ts
 * const records = simulateVisitRecords(occurrences, {
 *   seed: 1, asOf: plainDate('2026-03-31'), caregiverOf: () => caregiverId, incidentRate: 0.001,
 * });
 * ```
 * @category Sample data
 */
export function simulateVisitRecords(
  occurrences: readonly Occurrence[],
  options: SimulateVisitRecordsOptions,
): VisitRecord[] {
  throwIssues([arrayIssue(occurrences, 'occurrences'), objectIssue(options, 'options')]);
  throwIssues([plainDateIssue(options.asOf, 'asOf')]);
  const share = { optional: true, minimum: 0, maximum: 1 } as const;
  throwIssues([
    integerIssue(options.seed, 'seed'),
    functionIssue(options.caregiverOf, 'caregiverOf'),
    numberIssue(options.missRate, 'missRate', share),
    numberIssue(options.notDoneRate, 'notDoneRate', share),
    numberIssue(options.lateRate, 'lateRate', share),
    numberIssue(options.incidentRate, 'incidentRate', share),
    countIssue(options.firstNumber, 'firstNumber', { optional: true }),
  ]);
  return diagnosed(
    'simulateVisitRecords',
    () => simulateChecked(occurrences, options),
    () => elementsIssue(occurrences, 'occurrences', OCCURRENCE_FIELDS),
  );
}

function simulateChecked(
  occurrences: readonly Occurrence[],
  options: SimulateVisitRecordsOptions,
): VisitRecord[] {
  const random = seededUniform(options.seed, 7);
  const { asOf } = options;
  const missRate = options.missRate ?? 0.06;
  const notDoneRate = options.notDoneRate ?? 0.05;
  const lateRate = options.lateRate ?? 0.08;
  const incidentRate = options.incidentRate ?? 0;
  let number = options.firstNumber ?? 1;
  const dayIn = (from: PlainDate, to: PlainDate) =>
    addDays(from, Math.floor(random() * (daysBetween(from, to) + 1)));
  const records: VisitRecord[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.subjectKind !== 'elder' || occurrence.openFrom > asOf) continue;
    const caregiver = options.caregiverOf(occurrence);
    if (caregiver === undefined) continue;
    const draw = random();
    if (draw < missRate) continue;
    const notDone = draw < missRate + notDoneRate;
    const late = !notDone && random() < lateRate && occurrence.overdueFrom <= occurrence.expiresAt;
    const on = late
      ? dayIn(occurrence.overdueFrom, occurrence.expiresAt)
      : dayIn(occurrence.openFrom, addDays(occurrence.overdueFrom, -1));
    if (on > asOf) continue;
    const inPerson = occurrence.channel === 'inPerson';
    const hour = 8 + Math.floor(random() * 9);
    const record: VisitRecord = {
      id: `R-${number++}` as VisitRecordId,
      occurrenceKey: occurrence.key,
      elderId: occurrence.subject as ElderId,
      caregiverIds: [caregiver],
      on,
      time: `${String(hour).padStart(2, '0')}:${random() < 0.5 ? '00' : '30'}` as VisitRecord['time'],
      kind: occurrence.kind,
      channel: occurrence.channel,
      outcome: notDone ? 'notDone' : 'completed',
      recordedOn: random() < 0.8 ? on : later(addDays(on, 1), on, asOf),
      ...(notDone
        ? {
            notDoneReason: inPerson
              ? (NOT_DONE_IN_PERSON[
                  Math.floor(random() * NOT_DONE_IN_PERSON.length)
                ] as NotDoneReason)
              : occurrence.channel === 'phone'
                ? 'callNotConnected'
                : 'other',
          }
        : {
            durationMinutes: inPerson
              ? 20 + Math.floor(random() * 60)
              : 5 + Math.floor(random() * 15),
            ...(inPerson
              ? {
                  tasks: [
                    IN_PERSON_TASKS[Math.floor(random() * IN_PERSON_TASKS.length)] as ServiceTask,
                  ],
                  ...(random() < 0.3
                    ? {
                        observations: {
                          bloodPressure: {
                            systolic: 110 + Math.floor(random() * 60),
                            diastolic: 65 + Math.floor(random() * 30),
                          },
                        },
                      }
                    : {}),
                  ...(random() < incidentRate
                    ? {
                        incident: {
                          kind: INCIDENTS[
                            Math.floor(random() * INCIDENTS.length)
                          ] as (typeof INCIDENTS)[number],
                        },
                      }
                    : {}),
                }
              : {}),
          }),
    };
    records.push(record);
  }
  return records;
}

/** `day`, unless it passes `limit`: a record is never written after the as-of day. */
function later(day: PlainDate, fallback: PlainDate, limit: PlainDate): PlainDate {
  return day <= limit ? day : fallback;
}
