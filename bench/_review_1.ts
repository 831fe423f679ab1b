import { VisitPlan } from '../src/recurrence/visitPlan.js';
import { expandPlan } from '../src/recurrence/expandPlan.js';
import { expandRRule } from '../src/recurrence/expandRRule.js';
const base = { id: 'p', who: { role: 'townshipResponsibleCadre' }, whom: { elders: ['E-1'] }, kind: 'festivalVisit', channel: 'inPerson', validFrom: '2026-01-01' };
for (const [f, off] of [['newYearsDay', -7], ['springFestival', -30]] as const) {
  const plan = VisitPlan.parse({ ...base, cadence: { type: 'festival', festivals: [f], offsetDays: off } });
  const a = expandPlan(plan, { from: '2026-01-01' as any, to: '2026-12-31' as any }).map(o => o.due + ' ' + o.period);
  const b = expandPlan(plan, { from: '2026-12-01' as any, to: '2027-01-31' as any }).map(o => o.due + ' ' + o.period);
  console.log(f, off, 'range 2026:', a, ' range Dec26-Jan27:', b);
}
for (const r of ['RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=1', 'RSCALE=GREGORIAN;FREQ=MONTHLY;BYMONTHDAY=31;SKIP=BACKWARD']) {
  try { console.log(r, expandRRule('DTSTART;VALUE=DATE:20260101\nRRULE:' + r, { from: '2026-01-01', to: '2026-06-30' })); }
  catch (e: any) { console.log(r, 'THROWS', e.constructor.name, e.message.slice(0, 150)); }
}
// EXDATE DATE vs timed DTSTART
console.log(expandRRule('DTSTART:20260105T093000\nRRULE:FREQ=WEEKLY;COUNT=3\nEXDATE;VALUE=DATE:20260112', { from: '2026-01-01', to: '2026-02-01' }));
