const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/**
 * Full-width ASCII (０–９, Ｘ, ｘ, －, ＋ … as typed with a Chinese IME) becomes half-width, and
 * the ideographic space a plain one, so that numbers typed either way compare equal.
 * @internal
 */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
