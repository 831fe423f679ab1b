import { deepFreeze } from '../_lib/deepFreeze.js';
import type { PlainDate } from '../models/index.js';
import { DEFAULT_PARAMETERS } from './defaultParameters.js';
import type { Policy } from './policy.js';

/**
 * guanai's default policy: the seed documents' rules with the recommended reading of every
 * open point, in force nationally from 2000 on. It is equal to what `parsePolicy` gives for its
 * id, name, jurisdiction and start alone, frozen, and every classifier trusts it as checked.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.parameters.elderMinimumAge; // 60
 * ```
 * @category Policies
 */
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ deepFreeze({
  id: 'guanai-default',
  name: 'guanai default (seed documents, recommended readings)',
  jurisdiction: 'national',
  validFrom: '2000-01-01' as PlainDate,
  // Copies of the lists, frozen with the rest: the defaults the schema fills in stay apart.
  // Spread, not structuredClone: a cloned object is slower to read on the hot path (measured).
  parameters: {
    ...DEFAULT_PARAMETERS,
    awayReasons: [...DEFAULT_PARAMETERS.awayReasons],
    childKinships: [...DEFAULT_PARAMETERS.childKinships],
    disabledLevels: [...DEFAULT_PARAMETERS.disabledLevels],
    semiDisabledLevels: [...DEFAULT_PARAMETERS.semiDisabledLevels],
    economicHardshipStatuses: [...DEFAULT_PARAMETERS.economicHardshipStatuses],
    childAgeRange: { ...DEFAULT_PARAMETERS.childAgeRange },
  },
});
