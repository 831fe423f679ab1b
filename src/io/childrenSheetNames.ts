/**
 * The names of a children sheet that `readLedgerXlsx` joins to an elders' sheet of the same
 * workbook by itself (`childrenSheet` names another): one row per child, keyed by the elder's id
 * (老人编号) or resident ID number (老人身份证号).
 * @example
 * ```ts
 * CHILDREN_SHEET_NAMES.includes('子女情况'); // true
 * ```
 * @category Ledger files
 */
export const CHILDREN_SHEET_NAMES: readonly string[] = ['子女情况', '子女信息', '子女', 'Children'];
