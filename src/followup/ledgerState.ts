import { GuanaiError, type Issue, type IssuePath, issue } from '../errors/index.js';
import type { Elder } from '../models/index.js';
import type { IndexedUpdate } from './compareFactUpdates.js';
import type { FactChange } from './factUpdate.js';
import { updateElder } from './updateElder.js';

type PathChange = Exclude<FactChange, { op: 'register' }>;

/**
 * The elders of a ledger as updates are applied to it one by one, in their order: a map by
 * id, and where each elder came from (a ledger row, a registration), for the issues that
 * point there. Each update touches its own elder only.
 * @internal
 */
export class LedgerState {
  private readonly byId = new Map<string, Elder>();
  private readonly origin = new Map<string, IssuePath>();
  private readonly ids: string[] = [];

  /** Throws `duplicate_id` at `['elders', i]` for an id the ledger lists twice. */
  constructor(elders: readonly Elder[]) {
    elders.forEach((elder, index) => {
      const first = this.origin.get(elder.id);
      if (first)
        throw new GuanaiError([
          issue('duplicate_id', ['elders', index, 'id'], { id: elder.id, firstPath: first }),
        ]);
      this.add(elder, ['elders', index]);
    });
  }

  get(id: string): Elder | undefined {
    return this.byId.get(id);
  }

  /** The elders: the ledger's in its order, then those registered, in the order they were. */
  elders(): Elder[] {
    return this.ids.map((id) => this.byId.get(id) as Elder);
  }

  /** Apply one update: nothing when it applies, else every reason it does not. */
  apply({ update, index }: IndexedUpdate): readonly Issue[] | undefined {
    const [first] = update.changes;
    if (first?.op === 'register' && update.changes.length === 1) {
      if (first.elder.id !== update.elderId)
        return [
          issue('fact_register_conflict', ['changes', 0, 'elder', 'id'], {
            problem: 'otherElderId',
          }),
        ];
      return this.register(first.elder, index);
    }
    const register = update.changes.findIndex((change) => change.op === 'register');
    if (register >= 0)
      return [
        issue('fact_register_conflict', ['changes', register], { problem: 'withOtherChanges' }),
      ];
    const elder = this.byId.get(update.elderId);
    if (!elder)
      return [issue('unknown_reference', ['elderId'], { kind: 'elder', id: update.elderId })];
    const result = updateElder(elder, update.changes as readonly PathChange[]);
    if (!result.ok) return result.issues;
    this.byId.set(elder.id, result.elder);
    return undefined;
  }

  private register(elder: Elder, index: number): readonly Issue[] | undefined {
    const path = ['changes', 0, 'elder', 'id'];
    const first = this.origin.get(elder.id);
    if (first) return [issue('duplicate_id', path, { id: elder.id, firstPath: first })];
    this.add(elder, [index, 'changes', 0, 'elder']);
    return undefined;
  }

  private add(elder: Elder, origin: IssuePath): void {
    this.byId.set(elder.id, elder);
    this.origin.set(elder.id, origin);
    this.ids.push(elder.id);
  }
}
