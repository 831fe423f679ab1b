import type { PlainDate } from '../models/index.js';
import { DEFAULT_PARAMETERS } from './defaultParameters.js';
import type { Policy } from './policy.js';

/**
 * guanai's default policy: the seed documents' rules with the recommended reading of every
 * open point, in force nationally from 2000 on. It is equal to what `parsePolicy` gives for its
 * id, name, jurisdiction and start alone, and every classifier trusts it as checked.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.parameters.elderMinimumAge; // 60
 * ```
 * @category Policies
 */
export const DEFAULT_POLICY: Policy = {
  id: 'guanai-default',
  name: 'guanai default (seed documents, recommended readings)',
  jurisdiction: 'national',
  validFrom: '2000-01-01' as PlainDate,
  // A deep copy, so that changing the default policy leaves the schema's defaults alone; the
  // schema's `.default(DEFAULT_PARAMETERS.x)` checks each value's type, the tests its equality.
  parameters: /* @__PURE__ */ structuredClone(
    DEFAULT_PARAMETERS,
  ) as unknown as Policy['parameters'],
};
