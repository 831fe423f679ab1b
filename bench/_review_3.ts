import { solveAssignment } from '../src/scheduling/solveAssignment.js';
import { nearest } from '../src/scheduling/distance.js';
let seed = 11; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
let badLB = 0, badOpt = 0, infeas = 0, missedFeas = 0;
for (let t = 0; t < 1500; t++) {
  const nA = 2 + Math.floor(rnd() * 2), J = 2 + Math.floor(rnd() * 5);
  const A = Array.from({ length: nA }, () => 1 + Math.floor(rnd() * 6));
  const cand: { a: number; j: number; c: number; l: number }[] = [];
  for (let j = 0; j < J; j++) for (let a = 0; a < nA; a++) if (rnd() < 0.8) cand.push({ a, j, c: Math.round(rnd() * 20 - 5), l: 1 + Math.floor(rnd() * 4) });
  let opt = Infinity; const used = A.map(() => 0);
  const rec = (j: number, cost: number) => { if (j === J) { opt = Math.min(opt, cost); return; }
    for (const x of cand) if (x.j === j && used[x.a]! + x.l <= A[x.a]!) { used[x.a]! += x.l; rec(j + 1, cost + x.c); used[x.a]! -= x.l; } };
  rec(0, 0);
  const s = solveAssignment({ agents: A.map((c, i) => ({ id: 'a' + i, capacity: c })), jobs: Array.from({ length: J }, (_, j) => ({ id: 'j' + j })), candidates: cand.map(x => ({ agent: 'a' + x.a, job: 'j' + x.j, cost: x.c, load: x.l === 1 ? 1.0000001 : x.l })) }, { timeLimitMs: Infinity });
  if (s.lowerBound !== undefined && Number.isFinite(opt) && s.lowerBound > opt + 1e-3) badLB++;
  if (s.optimal && Math.abs(s.cost - opt) > 1e-3) badOpt++;
  if (Number.isFinite(opt) && s.unassigned.length > 0) missedFeas++;
  const load = new Map<string, number>(); for (const x of s.assignments) { const c = cand.find(y => 'a' + y.a === x.agent && 'j' + y.j === x.job)!; load.set(x.agent, (load.get(x.agent) ?? 0) + (c.l === 1 ? 1.0000001 : c.l)); }
  if ([...load].some(([a, n]) => n > A[Number(a.slice(1))]! + 1e-9)) infeas++;
}
console.log({ badLB, badOpt, infeas, missedFeas });
const pts = [{ latitude: 30, longitude: 110 }, { latitude: 30.01, longitude: 110.01 }];
for (const q of [{ latitude: 30, longitude: 118 }, { latitude: 30, longitude: 130 }, {latitude: 0, longitude: 0}]) {
  const t0 = performance.now(); nearest(pts as any, [q] as any, 20); console.log('nearest', q, (performance.now() - t0).toFixed(0), 'ms');
}
