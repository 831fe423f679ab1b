/**
 * The text of a file's bytes: UTF-8 (with or without a byte-order mark), else GB18030 — the
 * encoding Excel on a Chinese Windows saves CSV files in.
 * @internal
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
