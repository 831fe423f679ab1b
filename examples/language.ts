/**
 * The language an example prints in, from its command line: `--lang en` or `--lang zh-CN`
 * (`npm run example:quick-start -- --lang en`). Shared by the examples; not part of guanai.
 */

/** The languages guanai's messages come in (`guanai/i18n`). */
export type Language = 'zh-CN' | 'en';

/**
 * The `--lang` value in `argv` (`--lang en` or `--lang=en`), else `fallback`. A value the
 * example does not print in stops it (exit code 2) with a message rather than being ignored.
 */
export function languageOf(
  argv: readonly string[],
  fallback: Language,
  offered: readonly Language[] = ['zh-CN', 'en'],
): Language {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at < 0) return fallback;
  const arg = argv[at] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  const found = offered.find((language) => language === value);
  if (found) return found;
  console.error(`--lang ${value ?? ''}: this example prints ${offered.join(' or ')}`);
  process.exit(2);
}

/** The command line's arguments other than `--lang` and its value: `npm run x -- out --lang en`. */
export function positional(argv: readonly string[]): string[] {
  return argv.filter(
    (arg, at) => !arg.startsWith('--lang') && !(argv[at - 1] === '--lang' && !arg.startsWith('--')),
  );
}

/** The words of one example in the chosen language: `t('统计日', 'as of')`. */
export function translator(language: Language): (zh: string, en: string) => string {
  return (zh, en) => (language === 'en' ? en : zh);
}
