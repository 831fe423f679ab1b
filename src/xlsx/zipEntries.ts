import { GuanaiError, issue } from '../errors/index.js';

/** Entry names are UTF-8 (one decoder serves every entry). */
const UTF8 = new TextDecoder();
/** One file inside a zip, as its central directory describes it. @internal */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const MAX_32 = 0xffffffff;
/** The end record sits within its 22 bytes and a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

const unreadable = () => new GuanaiError([issue('unreadable_file', [], { format: 'xlsx' })]);

/**
 * The entries a zip file (a workbook is one) declares in its central directory, read without
 * unpacking anything: O(size of the directory). A file that is no zip is `unreadable_file`.
 * @internal
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset === MAX_32 || count === 0xffff) {
    const zip64 = zip64End(view, end);
    count = zip64.count;
    directoryOffset = zip64.offset;
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw unreadable();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > view.byteLength) throw unreadable();
    const sizes = [
      view.getUint32(at + 24, true),
      view.getUint32(at + 20, true),
      view.getUint32(at + 42, true),
    ];
    readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
    const [size = 0, compressedSize = 0, localHeaderOffset = 0] = sizes;
    entries.push({
      name: UTF8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      localHeaderOffset,
    });
    at = next;
  }
  return entries;
}

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - END_SEARCH; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw unreadable();
}

function zip64End(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw unreadable();
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END)
    throw unreadable();
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

/** Replace, in `sizes` (size, compressed size, offset), each 0xFFFFFFFF by its ZIP64 value. */
function readZip64Sizes(view: DataView, from: number, length: number, sizes: number[]): void {
  if (!sizes.includes(MAX_32)) return;
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      for (let i = 0; i < sizes.length; i++) {
        if (sizes[i] !== MAX_32) continue;
        if (field + 8 > at + 4 + size) throw unreadable();
        sizes[i] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
  throw unreadable();
}
