import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCivil, parseCivil } from '../_lib/civilDate.js';
import { toHalfWidth } from '../_lib/halfWidth.js';
import { type ArgumentRule, GuanaiError } from '../errors/index.js';
import { maskResidentId } from './maskResidentId.js';
import { fromDayNumber } from './plainDateOps.js';
import { ResidentIdNumber, residentIdCheckCharacter } from './residentId.js';
import { residentIdFacts } from './residentIdFacts.js';
import { safeParse } from './validate.js';

const id = (text: string) => ResidentIdNumber.parse(text);

/** Build a valid 18-character number from its parts. */
function build(area: string, birth: string, sequence: string): string {
  const first17 = `${area}${birth.replaceAll('-', '')}${sequence}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

/** Arbitrary valid resident ID numbers born 1900-01-01 … 2025-12-31. */
const validId = fc
  .record({
    area: fc.integer({ min: 110_000, max: 659_999 }).map(String),
    dayNumber: fc.integer({ min: -25_567, max: 20_453 }),
    sequence: fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
  })
  .map(({ area, dayNumber, sequence }) => build(area, fromDayNumber(dayNumber), sequence));

describe('residentIdCheckCharacter', () => {
  it('computes GB 11643-1999 check characters', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
    expect(residentIdCheckCharacter('51310119820113001')).toBe('4');
  });

  it('matches a straightforward weighted sum (property)', () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }),
        (digits) => {
          const sum = digits.reduce((acc, digit, i) => acc + digit * (weights[i] ?? 0), 0);
          expect(residentIdCheckCharacter(digits.join(''))).toBe('10X98765432'[sum % 11]);
        },
      ),
    );
  });
});

describe('ResidentIdNumber', () => {
  it('accepts the reference examples unchanged', () => {
    expect(id('11010519491231002X')).toBe('11010519491231002X');
    expect(id('440524188001010014')).toBe('440524188001010014');
    expect(id('513101198201130014')).toBe('513101198201130014');
  });

  it('reports a wrong check character with the expected and actual characters', () => {
    expect(safeParse(ResidentIdNumber, '110105194912310021')).toEqual({
      ok: false,
      issues: [{ code: 'resident_id_checksum', path: [], params: { expected: 'X', actual: '1' } }],
    });
    expect(safeParse(ResidentIdNumber, '44052418800101001X')).toEqual({
      ok: false,
      issues: [{ code: 'resident_id_checksum', path: [], params: { expected: '4', actual: 'X' } }],
    });
  });

  it('normalises a lower-case x, full-width characters and spaces', () => {
    expect(id('11010519491231002x')).toBe('11010519491231002X');
    expect(id('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(id('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(id('110105 19491231 002X')).toBe('11010519491231002X');
    expect(id('110105\u300019491231002X')).toBe('11010519491231002X');
  });

  it('upgrades a 15-digit first-generation number', () => {
    expect(id('110105491231002')).toBe('11010519491231002X');
    expect(id('440524800101001')).toBe(build('440524', '1980-01-01', '001'));
    expect(build('440524', '1980-01-01', '001')).toBe('440524198001010013');
    expect(id('１１０１０５４９１２３１００２')).toBe('11010519491231002X');
  });

  it('rejects birth dates that do not exist, with the eight birth digits', () => {
    expect(
      safeParse(
        ResidentIdNumber,
        build('110105', '1950-02-30', '002').slice(0, 17).padEnd(18, '0'),
      ),
    ).toEqual({
      ok: false,
      issues: [{ code: 'resident_id_birth_date', path: [], params: { digits: '19500230' } }],
    });
    expect(safeParse(ResidentIdNumber, '110105490230002')).toEqual({
      ok: false,
      issues: [{ code: 'resident_id_birth_date', path: [], params: { digits: '19490230' } }],
    });
    expect(safeParse(ResidentIdNumber, '110105190002290015')).toEqual({
      ok: false,
      issues: [{ code: 'resident_id_birth_date', path: [], params: { digits: '19000229' } }],
    });
    expect(safeParse(ResidentIdNumber, '110105194913010010')).toMatchObject({
      ok: false,
      issues: [{ code: 'resident_id_birth_date', params: { digits: '19491301' } }],
    });
  });

  it('accepts a leap-day birth', () => {
    const leap = build('110105', '2000-02-29', '123');
    expect(id(leap)).toBe(leap);
    expect(residentIdFacts(id(leap)).birthDate).toBe('2000-02-29');
  });

  it('rejects the wrong length or characters with resident_id_format and the normalised length', () => {
    for (const [text, length] of [
      ['', 0],
      ['1101051949123100', 16],
      ['11010519491231002XX', 19],
      ['1101051949123100X', 17],
      ['11010519491231X02X', 18],
      ['11010519491231002Y', 18],
      ['11010549123100X', 15],
    ] as const) {
      expect(safeParse(ResidentIdNumber, text), text).toEqual({
        ok: false,
        issues: [{ code: 'resident_id_format', path: [], params: { length } }],
      });
    }
  });

  it('rejects non-strings with invalid_type', () => {
    expect(safeParse(ResidentIdNumber, 110105194912310020)).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_type', path: [], params: { expected: 'string', received: 'number' } },
      ],
    });
  });

  it('accepts every generated valid number (property)', () => {
    fc.assert(
      fc.property(validId, (text) => {
        expect(safeParse(ResidentIdNumber, text)).toEqual({ ok: true, value: text });
        expect(ResidentIdNumber.parse(text.toLowerCase())).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every number with one of its first 17 digits changed (property)', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (text, position, shift) => {
          const digit = (Number(text[position]) + shift) % 10;
          const changed = `${text.slice(0, position)}${digit}${text.slice(position + 1)}`;
          const result = safeParse(ResidentIdNumber, changed);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.issues).toHaveLength(1);
          const [only] = result.issues;
          if (only?.code === 'resident_id_checksum') {
            expect(only.params).toEqual({
              expected: residentIdCheckCharacter(changed.slice(0, 17)),
              actual: text[17],
            });
          } else {
            expect(only?.code).toBe('resident_id_birth_date');
            expect(position >= 6 && position < 14).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('residentIdFacts', () => {
  it('reads area, birth date and sex', () => {
    expect(residentIdFacts(id('11010519491231002X'))).toEqual({
      areaCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(residentIdFacts(id('440524188001010014'))).toEqual({
      areaCode: '440524',
      birthDate: '1880-01-01',
      sex: 'male',
    });
    expect(residentIdFacts(id('513101198201130014'))).toEqual({
      areaCode: '513101',
      birthDate: '1982-01-13',
      sex: 'male',
    });
  });

  it('takes the sex from the parity of the sequence code (property)', () => {
    fc.assert(
      fc.property(validId, (text) => {
        const facts = residentIdFacts(id(text));
        expect(facts.sex).toBe(Number(text[16]) % 2 === 1 ? 'male' : 'female');
        expect(facts.areaCode).toBe(text.slice(0, 6));
        expect(facts.birthDate.replaceAll('-', '')).toBe(text.slice(6, 14));
      }),
      { numRuns: 200 },
    );
  });
});

describe('maskResidentId', () => {
  const sample = id('11010519491231002X');

  it('keeps the area code and the last four by default', () => {
    expect(maskResidentId(sample)).toBe('110105********002X');
  });

  it('honours keepStart, keepEnd and maskCharacter', () => {
    expect(maskResidentId(sample, { keepStart: 3, keepEnd: 1 })).toBe('110**************X');
    expect(maskResidentId(sample, { keepStart: 0, keepEnd: 0 })).toBe('*'.repeat(18));
    expect(maskResidentId(sample, { keepStart: 17, keepEnd: 0 })).toBe('11010519491231002*');
    expect(maskResidentId(sample, { maskCharacter: '●' })).toBe('110105●●●●●●●●002X');
  });

  it('throws GuanaiError invalid_argument for bad counts', () => {
    const cases: [{ keepStart?: number; keepEnd?: number }, ArgumentRule][] = [
      [{ keepStart: -1 }, 'nonNegativeInteger'],
      [{ keepEnd: -1 }, 'nonNegativeInteger'],
      [{ keepStart: 1.5 }, 'nonNegativeInteger'],
      [{ keepEnd: Number.NaN }, 'nonNegativeInteger'],
      [{ keepStart: 10, keepEnd: 8 }, 'maskHidesSomething'],
      [{ keepStart: 18, keepEnd: 0 }, 'maskHidesSomething'],
    ];
    for (const [options, rule] of cases) {
      let caught: unknown;
      try {
        maskResidentId(sample, options);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(options)).toBeInstanceOf(GuanaiError);
      expect((caught as GuanaiError).issues).toEqual([
        { code: 'invalid_argument', path: [], params: { name: 'keepStart/keepEnd', rule } },
      ]);
    }
  });
});

describe('ResidentIdNumber and residentIdFacts, the short ways for formed numbers', () => {
  /** The straightforward reading: normalise every text, rebuild the number and the date. */
  function straightforward(raw: string): unknown {
    const text = toHalfWidth(raw).replace(/\s/g, '').toUpperCase();
    const firstGeneration = /^\d{15}$/.test(text);
    if (!firstGeneration && !/^\d{17}[\dX]$/.test(text)) return 'resident_id_format';
    const first17 = firstGeneration ? `${text.slice(0, 6)}19${text.slice(6)}` : text.slice(0, 17);
    const birth = parseCivil(
      `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`,
    );
    if (!birth || birth.year < 1850) return 'resident_id_birth_date';
    const expected = residentIdCheckCharacter(first17);
    if (!firstGeneration && text.charAt(17) !== expected) return 'resident_id_checksum';
    const id = `${first17}${expected}`;
    const sex = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
    return { id, areaCode: id.slice(0, 6), birthDate: formatCivil(birth), sex };
  }

  function ours(raw: string): unknown {
    const read = ResidentIdNumber.safeParse(raw);
    // A refused text: its issue's code (the message is the code).
    if (!read.success) return read.error.issues[0]?.message;
    return { id: read.data, ...residentIdFacts(read.data) };
  }

  it('reads any text as the straightforward reading does (property)', () => {
    const unit = fc.constantFrom(...'0123456789Xx １２ '.split(''), '0', '1', '9');
    const text = fc.oneof(
      validId,
      validId.map((id) => id.toLowerCase()),
      validId.map((id) => `${id.slice(0, 6)}${id.slice(8, 17)}`),
      fc.string({ unit, minLength: 14, maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, (raw) => {
        expect(ours(raw)).toEqual(straightforward(raw));
      }),
    );
  });
});
