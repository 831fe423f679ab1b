import { fromZodIssues, GuanaiError, prefixIssues } from '../errors/index.js';
import { fromDayNumber, type PlainDate, PlainDateTime, toDayNumber } from '../models/index.js';

/** China's one zone: UTC+8 all year, no daylight saving since 1991. @internal */
export const ZONE_OFFSET_MINUTES = 8 * 60;
/** @internal */
export const MINUTES_PER_DAY = 24 * 60;
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * The lines of a calendar as RFC 5545 wants them on the wire: each folded, each (the last one
 * too) ending with CRLF (§3.1).
 * @internal
 */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${fold(line)}${CRLF}`).join('');
}

/** A TEXT value escaped as RFC 5545 §3.3.11 asks: backslash, semicolon, comma and line breaks (CRLF, CR or LF). @internal */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1 line folding: no physical line longer than 75 octets of UTF-8, a fold being
 * CRLF and one space, never inside a character: cut before the character that would pass 75.
 */
function fold(line: string): string {
  // A line of at most 25 UTF-16 units is at most 75 octets: nothing to count.
  if (line.length <= MAX_LINE_OCTETS / 3) return line;
  let folded = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${line.slice(start, i)}${CRLF} `;
      start = i;
      octets = 1; // the space that starts the continuation line
    }
    octets += size;
    i += code > 0xffff ? 2 : 1;
  }
  return folded + line.slice(start);
}

/** The stamp as UTC `YYYYMMDDTHHMMSSZ`: the local China time less 8 hours. @internal */
export function utcStamp(stamp: PlainDateTime): string {
  const parsed = PlainDateTime.safeParse(stamp, { reportInput: true });
  if (!parsed.success)
    throw new GuanaiError(prefixIssues(fromZodIssues(parsed.error.issues), ['stamp']));
  const day = toDayNumber(stamp.slice(0, 10) as PlainDate);
  const [hours = 0, minutes = 0, seconds = 0] = stamp.slice(11).split(':').map(Number);
  const minute = day * MINUTES_PER_DAY + hours * 60 + minutes - ZONE_OFFSET_MINUTES;
  return `${dateTimeText(minute)}${String(seconds).padStart(2, '0')}Z`;
}

/** `YYYYMMDDTHHMM` of a minute counted from 1970-01-01 00:00 (seconds to be appended). @internal */
export function dateTimeText(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  const ofDay = minute - day * MINUTES_PER_DAY;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${fromDayNumber(day).replace(/-/g, '')}T${pad(Math.floor(ofDay / 60))}${pad(ofDay % 60)}`;
}
