const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

/**
 * The zip's bytes with every entry's modification time set to midnight of `day` (`YYYY-MM-DD`;
 * before 1980, the first day a zip can say): the zip library stamps each entry with the clock,
 * which would make the same workbook differ from one second to the next. The time is not in any
 * checksum, so only those bytes change. Entries are found from the central directory: O(entries).
 * @internal
 */
export function fixedZipDates(bytes: Uint8Array, day: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return bytes;
  const dosDate = dosDateOf(day);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) break;
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= view.byteLength && view.getUint32(local, true) === LOCAL_HEADER) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    const names = view.getUint16(at + 28, true);
    const extras = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    at += 46 + names + extras + comment;
  }
  return bytes;
}

/** Where the end-of-directory record starts, searching back over a comment; -1 if none. */
function endOfDirectory(view: DataView): number {
  const last = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= last; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

/** A civil date as a zip (MS-DOS) date: years from 1980, month, day. */
function dosDateOf(day: string): number {
  const [year = 1980, month = 1, date = 1] = day.split('-').map(Number);
  if (year < 1980) return (1 << 5) | 1;
  return ((Math.min(year, 2107) - 1980) << 9) | (month << 5) | date;
}
