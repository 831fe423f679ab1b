import { solveAssignment } from '../src/scheduling/solveAssignment.js';
let seed = 7; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
// brute force: maximize placed then min cost
function brute(A: number[], cand: { a: number; j: number; c: number }[], J: number) {
  let best = { placed: -1, cost: Infinity };
  const used = A.map(() => 0);
  const rec = (j: number, placed: number, cost: number) => {
    if (j === J) { if (placed > best.placed || (placed === best.placed && cost < best.cost - 1e-9)) best = { placed, cost }; return; }
    rec(j + 1, placed, cost);
    for (const x of cand) if (x.j === j && used[x.a]! < A[x.a]!) { used[x.a]!++; rec(j + 1, placed + 1, cost + x.c); used[x.a]!--; }
  };
  rec(0, 0, 0); return best;
}
let bad = 0;
for (let t = 0; t < 3000; t++) {
  const nA = 1 + Math.floor(rnd() * 3), J = 1 + Math.floor(rnd() * 6);
  const A = Array.from({ length: nA }, () => Math.floor(rnd() * 3));
  const cand: { a: number; j: number; c: number }[] = [];
  for (let j = 0; j < J; j++) for (let a = 0; a < nA; a++) if (rnd() < 0.6) cand.push({ a, j, c: Math.round((rnd() * 20 - 8)) });
  const s = solveAssignment({ agents: A.map((c, i) => ({ id: 'a' + i, capacity: c })), jobs: Array.from({ length: J }, (_, j) => ({ id: 'j' + j })), candidates: cand.map(x => ({ agent: 'a' + x.a, job: 'j' + x.j, cost: x.c })) });
  const b = brute(A, cand, J);
  const load = new Map<string, number>(); for (const x of s.assignments) load.set(x.agent, (load.get(x.agent) ?? 0) + 1);
  const over = [...load].some(([a, n]) => n > A[Number(a.slice(1))]!);
  if (s.assignments.length !== b.placed || Math.abs(s.cost - b.cost) > 1e-6 || over) { bad++; if (bad < 3) console.log('MISMATCH', JSON.stringify({ A, cand }), s.assignments.length, s.cost, b); }
}
console.log('MCF mismatches', bad);
// GAP fallback
const g = solveAssignment({ agents: [{ id: 'A', capacity: 2 }, { id: 'B', capacity: 0 }], jobs: [{ id: 'J1' }, { id: 'J2' }],
  candidates: [{ agent: 'A', job: 'J1', cost: 1, load: 1 }, { agent: 'B', job: 'J1', cost: 1, load: 1 }, { agent: 'A', job: 'J2', cost: 1, load: 5 }] }, { timeLimitMs: Infinity });
console.log('GAP', JSON.stringify(g));
