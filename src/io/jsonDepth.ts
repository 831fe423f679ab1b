/** How deeply a ledger's JSON cell may nest: no ledger field nests anywhere near this deep. @internal */
export const MAX_JSON_DEPTH = 32;
