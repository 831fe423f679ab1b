/** `part` of `whole` in percent, to two decimals; 100 when nothing was due. @internal */
export const percent = (part: number, whole: number): number =>
  whole === 0 ? 100 : Math.round((10_000 * part) / whole) / 100;
