import { describe, expect, it } from 'vitest';
import { Coordinates, PhoneNumber, Sex } from './contact.js';
import { safeParse } from './validate.js';

describe('PhoneNumber', () => {
  it('normalises mobile numbers', () => {
    expect(PhoneNumber.parse('138 0013 8000')).toBe('13800138000');
    expect(PhoneNumber.parse('+86 138-0013-8000')).toBe('13800138000');
    expect(PhoneNumber.parse('008613800138000')).toBe('13800138000');
    expect(PhoneNumber.parse('+8619912345678')).toBe('19912345678');
    expect(PhoneNumber.parse('(138)00138000')).toBe('13800138000');
  });

  it('normalises landlines with their area code', () => {
    expect(PhoneNumber.parse('0871-6512 3456')).toBe('087165123456');
    expect(PhoneNumber.parse('(0871) 65123456')).toBe('087165123456');
    expect(PhoneNumber.parse('010-12345678')).toBe('01012345678');
    expect(PhoneNumber.parse('010-1234567')).toBe('0101234567');
    expect(PhoneNumber.parse('+86 0871 6512 3456')).toBe('087165123456');
  });

  it('rejects anything else with phone_format and no value in the params', () => {
    for (const text of [
      '12800138000',
      '1380013800',
      '138001380001',
      '23800138000',
      '0871-123',
      '0871-651234567',
      '+1 415 555 0100',
      '138-0013-800a',
      '',
    ]) {
      expect(safeParse(PhoneNumber, text), text).toEqual({
        ok: false,
        issues: [{ code: 'phone_format', path: [], params: {} }],
      });
    }
    expect(safeParse(PhoneNumber, 13800138000)).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_type', path: [], params: { expected: 'string', received: 'number' } },
      ],
    });
  });
});

describe('Coordinates', () => {
  it('accepts the bounds themselves', () => {
    expect(Coordinates.parse({ latitude: 25.03, longitude: 102.71 })).toEqual({
      latitude: 25.03,
      longitude: 102.71,
    });
    expect(Coordinates.parse({ latitude: -90, longitude: 180 })).toEqual({
      latitude: -90,
      longitude: 180,
    });
    expect(Coordinates.parse({ latitude: 90, longitude: -180 })).toEqual({
      latitude: 90,
      longitude: -180,
    });
  });

  it('rejects values outside the bounds', () => {
    expect(safeParse(Coordinates, { latitude: 90.0001, longitude: 0 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_big',
          path: ['latitude'],
          params: { origin: 'number', maximum: 90, inclusive: true },
        },
      ],
    });
    expect(safeParse(Coordinates, { latitude: 0, longitude: -180.5 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_small',
          path: ['longitude'],
          params: { origin: 'number', minimum: -180, inclusive: true },
        },
      ],
    });
    expect(safeParse(Coordinates, { latitude: -91, longitude: 181 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_small',
          path: ['latitude'],
          params: { origin: 'number', minimum: -90, inclusive: true },
        },
        {
          code: 'too_big',
          path: ['longitude'],
          params: { origin: 'number', maximum: 180, inclusive: true },
        },
      ],
    });
  });

  it('rejects missing, extra and non-numeric fields', () => {
    expect(safeParse(Coordinates, { latitude: 25 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: ['longitude'],
          params: { expected: 'number', received: 'undefined' },
        },
      ],
    });
    expect(safeParse(Coordinates, { latitude: 25, longitude: 102, altitude: 1800 })).toEqual({
      ok: false,
      issues: [{ code: 'unrecognized_keys', path: [], params: { keys: ['altitude'] } }],
    });
    expect(safeParse(Coordinates, { latitude: '25', longitude: 102 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: ['latitude'],
          params: { expected: 'number', received: 'string' },
        },
      ],
    });
  });
});

describe('Sex', () => {
  it('is male or female', () => {
    expect(Sex.parse('female')).toBe('female');
    expect(safeParse(Sex, 'F')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_value', path: [], params: { allowed: ['male', 'female'] } }],
    });
  });
});
