/** Type tests of the tracking API: records in, matches, counts, escalations and reports out. */
import { expectTypeOf, test } from 'vitest';
import { assertNever } from '../_lib/assertNever.js';
import type { ElderId, PlainDate } from '../models/index.js';
import type { OccurrenceOutcome } from '../recurrence/index.js';
import {
  type CoverageGrouping,
  type CoverageOptions,
  type CoverageRow,
  coverage,
  type Escalation,
  type EscalationTrigger,
  escalations,
  type LedgerReportRow,
  ledgerReport,
  matchRecords,
  type NotDoneReason,
  parseVisitRecords,
  type RecordMatch,
  type SupervisionRow,
  supervisionSummary,
  type Target,
  VisitRecord,
  type VisitRecordId,
} from './index.js';

test('records: parsed in, ids branded, outcomes typed', () => {
  expectTypeOf(VisitRecord.parse({})).toEqualTypeOf<VisitRecord>();
  expectTypeOf<VisitRecord['id']>().toEqualTypeOf<VisitRecordId>();
  expectTypeOf<VisitRecord['elderId']>().toEqualTypeOf<ElderId>();
  expectTypeOf<VisitRecord['outcome']>().toEqualTypeOf<'completed' | 'notDone'>();
  expectTypeOf<VisitRecord['notDoneReason']>().toEqualTypeOf<NotDoneReason | undefined>();
  expectTypeOf(parseVisitRecords).returns.toHaveProperty('records');
  // @ts-expect-error an as-of day is required
  parseVisitRecords([], {});
});

test('matching, coverage and escalations', () => {
  expectTypeOf(matchRecords).returns.toEqualTypeOf<RecordMatch>();
  expectTypeOf<RecordMatch['outcomes']>().toEqualTypeOf<readonly OccurrenceOutcome[]>();
  // Per record and per visit: lists aligned with the records and the occurrences given.
  expectTypeOf<RecordMatch['matched']>().toEqualTypeOf<readonly number[]>();
  expectTypeOf<RecordMatch['outcomesOf']>().toEqualTypeOf<
    readonly (readonly OccurrenceOutcome[])[]
  >();
  expectTypeOf<
    RecordMatch['notDoneReasons'][number][number]['reason']
  >().toEqualTypeOf<NotDoneReason>();
  expectTypeOf(coverage).returns.toEqualTypeOf<CoverageRow[]>();
  expectTypeOf<CoverageRow['notDoneByReason']['refused']>().toEqualTypeOf<number | undefined>();
  expectTypeOf(escalations).returns.toEqualTypeOf<Escalation[]>();
  expectTypeOf<Escalation['since']>().toEqualTypeOf<PlainDate>();
  expectTypeOf<Target['passesIf']>().toEqualTypeOf<'atLeast' | 'atMost'>();
  // @ts-expect-error coverage groups by a known grouping
  const street: CoverageOptions['by'] = 'street';
  expectTypeOf(street).toEqualTypeOf<CoverageGrouping>();
});

test('reports are typed rows', () => {
  expectTypeOf(ledgerReport).returns.toEqualTypeOf<LedgerReportRow[]>();
  expectTypeOf<LedgerReportRow['ageBands']['90plus']>().toEqualTypeOf<number>();
  expectTypeOf(supervisionSummary).returns.toEqualTypeOf<SupervisionRow[]>();
  expectTypeOf<SupervisionRow['level']>().toEqualTypeOf<'county' | 'township' | 'village'>();
});

test('a trigger a switch over EscalationTrigger forgets is a compile error (assertNever)', () => {
  const known = (when: EscalationTrigger) => {
    switch (when.on) {
      case 'overdue':
      case 'expired':
      case 'incident':
      case 'majorEvent':
        return when.on;
      default:
        return assertNever(when);
    }
  };
  const withNew = (when: EscalationTrigger | { readonly on: 'silence' }) => {
    switch (when.on) {
      case 'overdue':
      case 'expired':
      case 'incident':
      case 'majorEvent':
        return when.on;
      default:
        // @ts-expect-error `silence` reaches assertNever: the new variant fails to compile
        return assertNever(when);
    }
  };
  expectTypeOf(known).returns.toEqualTypeOf<EscalationTrigger['on']>();
  expectTypeOf(withNew).toBeFunction();
});
