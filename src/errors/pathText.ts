import type { IssuePath } from './issue.js';

/**
 * A path as people read it: `elders[3].birthDate`. Kept here, below every module, so that an
 * error's own message can say where without `guanai/i18n`; `formatPath` there is this function.
 * @internal
 */
export function pathText(path: IssuePath): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
}
