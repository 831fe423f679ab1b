import { deepFreeze } from '../_lib/deepFreeze.js';

/**
 * Each policy object known to be checked, mapped to its checked form: every policy the `Policy`
 * schema gave out, and every input object a boundary (`selectPolicy`) checked. The classifiers
 * trust these (and `DEFAULT_POLICY`) and nothing else, so they need no schema (and no zod). A
 * map rather than a set: an input written with the names before 1.0 or without the defaults is
 * classified under what the schema made of it. Untyped here, so that the schema can call it.
 */
const checkedForms = /* @__PURE__ */ new WeakMap<object, object>();

/**
 * Remember `checked` (a policy the schema gave out) as checked, and `input` as standing for it.
 * The checked form is frozen through: trusted without a second check, it must not change (an
 * input object changed later is not seen; check it again).
 * @internal
 */
export function rememberCheckedPolicy<P extends object>(checked: P, input: object = checked): P {
  deepFreeze(checked);
  checkedForms.set(checked, checked);
  checkedForms.set(input, checked);
  return checked;
}

/** The checked form of a policy object, if it is known to be checked. @internal */
export function checkedFormOf(policy: object): object | undefined {
  return checkedForms.get(policy);
}
