/**
 * The 空巢老人 (empty-nest elder) definitions a policy may choose, named after the source text
 * and what it counts (spec §1.2, §11.1):
 * - `childrenLeftHomeS18`: definition A of S18 L487 (= S10 L201), 「子女……离家后的中老年夫妇或
 *   独居老人」 — a couple or an elder alone whose children have left home;
 * - `closedListS17`: definition B of S17 L457, a closed list — 孤寡, 五保户, 「三无」, or 高龄 with
 *   no child working in this town and nobody at the side;
 * - `eitherS18OrS17`: either one.
 *
 * @example
 * ```ts
 * EMPTY_NEST_DEFINITIONS[0]; // 'childrenLeftHomeS18'
 * ```
 * @category Policies
 */
export const EMPTY_NEST_DEFINITIONS = [
  'childrenLeftHomeS18',
  'closedListS17',
  'eitherS18OrS17',
] as const;
/** A value of `emptyNestDefinition`, see `EMPTY_NEST_DEFINITIONS`. @category Policies */
export type EmptyNestDefinition = (typeof EMPTY_NEST_DEFINITIONS)[number];

/**
 * The 留守儿童 (left-behind child) definitions a policy may choose, named after the source text
 * and what it counts (spec §1.3, §11.5):
 * - `caredByOthersS18`: definition A of S18 L489 (= S10 L203), 「父母在外打工……由爷爷、奶奶或
 *   亲戚朋友等照料」 — parents away, the child at home in others' care, no age range;
 * - `ageRangeOrGroupS17`: definition B of S17 L457 — aged 6–14 with parents away all year or
 *   three months, or an orphan, abandoned child or child of a single-parent family;
 * - `eitherS18OrS17`: either one.
 *
 * @example
 * ```ts
 * CHILD_DEFINITIONS[1]; // 'ageRangeOrGroupS17'
 * ```
 * @category Policies
 */
export const CHILD_DEFINITIONS = [
  'caredByOthersS18',
  'ageRangeOrGroupS17',
  'eitherS18OrS17',
] as const;
/** A value of `childDefinition`, see `CHILD_DEFINITIONS`. @category Policies */
export type ChildDefinition = (typeof CHILD_DEFINITIONS)[number];

/**
 * The values `emptyNestDefinition` had before 1.0, still read from stored policy files and
 * mapped to the names that say which text they pick.
 * @deprecated Write `childrenLeftHomeS18`, `closedListS17` or `eitherS18OrS17`.
 * @internal
 */
export const EMPTY_NEST_DEFINITION_ALIASES = {
  household: 'childrenLeftHomeS18',
  closedList: 'closedListS17',
  either: 'eitherS18OrS17',
} as const satisfies Record<string, EmptyNestDefinition>;

/**
 * The values `childDefinition` had before 1.0, still read from stored policy files and mapped to
 * the names that say which text they pick.
 * @deprecated Write `caredByOthersS18`, `ageRangeOrGroupS17` or `eitherS18OrS17`.
 * @internal
 */
export const CHILD_DEFINITION_ALIASES = {
  familyCare: 'caredByOthersS18',
  townScope: 'ageRangeOrGroupS17',
  either: 'eitherS18OrS17',
} as const satisfies Record<string, ChildDefinition>;
