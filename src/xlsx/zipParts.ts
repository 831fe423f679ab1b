import { GuanaiError, issue } from '../errors/index.js';
import type { ZipEntry } from './zipEntries.js';

const LOCAL_HEADER = 0x04034b50;
const unreadable = () => new GuanaiError([issue('unreadable_file', [], { format: 'xlsx' })]);

/**
 * Every entry of a zip unpacked once, each checked against the size the zip's directory
 * declares: an entry that gives one byte more than it declared (to pass a size check) or
 * fewer, or that does not inflate, is `unreadable_file` after at most its declared bytes.
 * Returns the bytes of the entries `keep` names (the workbook's XML parts) and drops the rest
 * once counted. Needs the web-standard DecompressionStream (Node 20, browsers).
 * @internal
 */
export async function unpackParts(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  keep: (name: string) => boolean,
): Promise<Map<string, Uint8Array>> {
  if (typeof DecompressionStream === 'undefined') throw unreadable();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw unreadable();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    let unpacked: Uint8Array;
    if (entry.method === 0) {
      if (data.byteLength !== entry.size) throw unreadable();
      unpacked = data;
    } else if (entry.method === 8) {
      unpacked = await inflated(data, entry.size);
    } else throw unreadable();
    if (keep(entry.name)) parts.set(entry.name, unpacked);
  }
  return parts;
}

/** `data` inflated into exactly `size` bytes; more or fewer is `unreadable_file`. */
async function inflated(data: Uint8Array, size: number): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const out = new Uint8Array(size);
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (total + value.byteLength > size) throw unreadable();
      out.set(value, total);
      total += value.byteLength;
    }
  } catch {
    throw unreadable();
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (total !== size) throw unreadable();
  return out;
}
