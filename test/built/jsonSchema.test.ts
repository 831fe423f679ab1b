/**
 * The JSON Schema files the build publishes (dist/schemas/): one per public zod schema, valid
 * draft 2020-12, accepting what guanai itself produces and rejecting what it rejects, reachable
 * through the package's exports, and the same bytes when generated again.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import {
  publicSchemas,
  type SchemaIndex,
  schemaFile,
  schemaId,
  writeJsonSchemas,
} from '../generate/jsonSchemas.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(root, 'dist', 'schemas');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, unknown>;
};
const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as SchemaIndex;
const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as object;

// ajv-formats is CommonJS: its function is the module's default export.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const file of Object.values(index.schemas)) ajv.addSchema(read(file));

function validator(name: string) {
  const validate = ajv.getSchema(schemaId(name));
  if (validate === undefined) throw new Error(`no schema ${name}`);
  return (value: unknown) => {
    const ok = validate(value) as boolean;
    return { ok, errors: ajv.errorsText(validate.errors) };
  };
}

/** Each subpath the package exports, imported by its public name (`guanai`, `guanai/models` …). */
async function publicModules(): Promise<Record<string, unknown>[]> {
  const subpaths = Object.keys(pkg.exports).filter((key) => !/package\.json|\*/.test(key));
  return Promise.all(subpaths.map((key) => import(`guanai${key.slice(1)}`)));
}

describe('dist/schemas', () => {
  it('has a file for every public zod schema, and index.json lists exactly those', async () => {
    const names = [...publicSchemas(await publicModules()).keys()];
    expect(names.length).toBeGreaterThan(60);
    expect(Object.keys(index.schemas)).toEqual(names);
    expect(index.version).toBe(pkg.version);
    expect(index.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const [name, file] of Object.entries(index.schemas)) {
      expect(file).toBe(schemaFile(name));
      expect(existsSync(join(folder, file))).toBe(true);
    }
    expect(readdirSync(folder).sort()).toEqual(
      [...Object.values(index.schemas), 'index.json'].sort(),
    );
  });

  it('gives each file an $id, a title, a description and the note on what only guanai checks', () => {
    for (const [name, file] of Object.entries(index.schemas)) {
      const schema = read(file) as Record<string, string>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`urn:guanai:schema:${name}`);
      expect(schema.title).toBe(name);
      expect(schema.description).toContain(name);
      expect(schema.$comment).toContain('Those checks are done only by guanai itself.');
    }
  });

  it('compiles every schema with ajv in strict mode', () => {
    for (const name of Object.keys(index.schemas)) expect(() => validator(name)).not.toThrow();
  });

  it('accepts a generated county, its pairings, plans and visit records', async () => {
    const { generateSampleCounty, simulateVisitRecords } = await import('guanai/sample');
    const { pairElders } = await import('guanai/scheduling');
    const { expandPlans, planFromPreset } = await import('guanai/recurrence');
    const { DEFAULT_POLICY } = await import('guanai/eligibility');
    const { plainDate } = await import('guanai/models');

    const asOf = plainDate('2026-03-31');
    const sample = generateSampleCounty({ seed: 11, elders: 400, asOf });
    const { elders, caregivers } = sample;
    const { pairings } = pairElders({ elders, caregivers }, { asOf });
    const elderIds = sample.elders.map((elder) => elder.id);
    const plan = planFromPreset('townshipCadreWeeklyVisit', {
      id: 'weekly',
      whom: { elders: elderIds },
      validFrom: plainDate('2026-03-01'),
    });
    const occurrences = [
      ...expandPlans([plan], { from: plainDate('2026-03-01'), to: plainDate('2026-03-31') }),
    ];
    const caregiverOf = new Map(pairings.map((p) => [p.elderId, p.members[0]?.caregiverId]));
    const records = simulateVisitRecords(occurrences, {
      seed: 4,
      asOf,
      caregiverOf: (occurrence) => caregiverOf.get(occurrence.subject as (typeof elderIds)[0]),
      incidentRate: 0.02,
    });
    expect(pairings.length).toBeGreaterThan(100);
    expect(records.length).toBeGreaterThan(100);

    const cases: [string, readonly unknown[]][] = [
      ['Elder', sample.elders],
      ['Caregiver', sample.caregivers],
      ['CountyArea', [sample.county]],
      ['Pairing', pairings],
      ['VisitPlan', [plan]],
      ['VisitRecord', records],
      ['Policy', [DEFAULT_POLICY]],
    ];
    for (const [name, values] of cases) {
      const validate = validator(name);
      for (const value of values) {
        // A JSON round trip: what an app in another language would send.
        const { ok, errors } = validate(JSON.parse(JSON.stringify(value)));
        expect(ok, `${name}: ${errors}`).toBe(true);
      }
    }
  });

  it('rejects what guanai rejects where a schema can say so', async () => {
    const { Elder, PlainDate, RegionCode, TimeOfDay, VillageCode } = await import('guanai/models');
    const { VisitRecord } = await import('guanai/compliance');
    const { generateSampleCounty } = await import('guanai/sample');
    const elder = JSON.parse(JSON.stringify(generateSampleCounty({ elders: 1 }).elders[0]));
    const record = {
      id: 'R-1',
      elderId: 'E-1',
      caregiverIds: ['C-1'],
      on: '2026-03-02',
      channel: 'phone',
      outcome: 'completed',
      recordedOn: '2026-03-02',
    };
    expect(VisitRecord.safeParse(record).success).toBe(true);
    expect(validator('VisitRecord')(record).ok).toBe(true);

    const bad: [string, { safeParse(value: unknown): { success: boolean } }, unknown][] = [
      ['PlainDate', PlainDate, '2024-13-01'],
      ['PlainDate', PlainDate, '2023-02-29'], // format "date" knows the days of each month
      ['PlainDate', PlainDate, '2024-1-01'],
      ['TimeOfDay', TimeOfDay, '24:00'],
      ['RegionCode', RegionCode, '001234'],
      ['VillageCode', VillageCode, '530325101000'],
      ['Elder', Elder, { ...elder, name: undefined }],
      ['Elder', Elder, { ...elder, birthDate: '1950-02-30' }],
      ['Elder', Elder, { ...elder, residence: { ...elder.residence, floor: 3 } }],
      ['VisitRecord', VisitRecord, { ...record, mood: 'good' }],
      ['VisitRecord', VisitRecord, { ...record, channel: 'telegram' }],
    ];
    for (const [name, schema, value] of bad) {
      const json = JSON.parse(JSON.stringify(value));
      expect(schema.safeParse(json).success, `guanai ${name} ${JSON.stringify(value)}`).toBe(false);
      expect(validator(name)(json).ok, `schema ${name} ${JSON.stringify(value)}`).toBe(false);
    }
  });

  it('is reachable as guanai/schemas/<file> through the package exports', async () => {
    const require = createRequire(import.meta.url);
    expect(require.resolve('guanai/schemas/Elder.schema.json')).toBe(
      join(folder, 'Elder.schema.json'),
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--no-warnings',
        '--input-type=module',
        '--eval',
        "import s from 'guanai/schemas/Elder.schema.json' with { type: 'json' }; console.log(s.$id)",
      ],
      { cwd: root },
    );
    expect(stdout.trim()).toBe('urn:guanai:schema:Elder');
  });

  describe('generated again, in another time zone', () => {
    const again = mkdtempSync(join(tmpdir(), 'guanai-schemas-'));
    const zone = process.env.TZ;
    afterAll(() => {
      rmSync(again, { recursive: true, force: true });
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('writes the same bytes', async () => {
      process.env.TZ = 'America/New_York';
      const { files } = await writeJsonSchemas(root, again);
      expect(files).toBe(Object.keys(index.schemas).length + 1);
      for (const file of readdirSync(folder)) {
        expect(readFileSync(join(again, file), 'utf8'), file).toBe(
          readFileSync(join(folder, file), 'utf8'),
        );
      }
    });
  });
});
