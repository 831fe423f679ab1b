/** A file's text, the encoding it was read in, and whether some bytes were not valid in it. @internal */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'UTF-8' | 'GB18030';
  /** Some byte sequences were invalid and became U+FFFD: rows holding one are not to be trusted. */
  readonly lossy: boolean;
}

const REPLACEMENT = /\uFFFD/g;
/** Characters a valid UTF-8 decoding must show per invalid sequence to be preferred to GB18030. */
const UTF8_EVIDENCE = 4;

/**
 * The text of a file's bytes: UTF-8 (with or without a byte-order mark) when it decodes cleanly;
 * else GB18030 — the encoding Excel on a Chinese Windows saves CSV files in — unless the bytes
 * are plainly UTF-8 with a few bad bytes (many well-formed multi-byte characters for each bad
 * sequence; GB18030 text read as UTF-8 shows the opposite). Either way a lossy decoding is said,
 * so that the rows with bad bytes are reported rather than read as mojibake.
 * @internal
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'UTF-8', lossy: false };
  } catch {
    // Not clean UTF-8: weigh the two readings below.
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const bad = countOf(utf8, REPLACEMENT);
  // Well-formed non-ASCII characters in the UTF-8 reading (U+FFFD aside).
  const good = countOf(utf8, /[\u0080-\uFFFC\uFFFE\uFFFF]/g);
  if (good >= UTF8_EVIDENCE * bad) return { text: utf8, encoding: 'UTF-8', lossy: true };
  const gb = new TextDecoder('gb18030').decode(bytes);
  return { text: gb, encoding: 'GB18030', lossy: countOf(gb, REPLACEMENT) > 0 };
}

function countOf(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}
