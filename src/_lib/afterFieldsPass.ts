/**
 * Options for a cross-field zod refinement: run it only once every field has passed, so that
 * it may rely on well-formed values (a malformed code never reaches code that reads it).
 * @internal
 */
export const afterFieldsPass = {
  when: (payload: { readonly issues: readonly unknown[] }): boolean => payload.issues.length === 0,
};
