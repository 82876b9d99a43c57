// The directory file read by `npm run server:import FILE` (documented in docs/server.md):
// establishments with their divisions, groups and people, and the accounts that sign in.
import { Ajv2020 } from 'ajv/dist/2020.js';

export interface DirectoryFile {
  establishments: Array<{
    uai: string;
    name: string;
    entId?: string;
    divisions: Array<{ id: string; code: string; name: string; level: { code: string; name: string } }>;
    groups: Array<{ id: string; name: string; discipline?: string; divisionIds: string[] }>;
    people: Array<{
      id: string;
      lastName: string;
      firstName: string;
      profile: 'eleve' | 'enseignant' | 'documentaliste' | 'personnel';
      divisionIds: string[];
      groupIds: string[];
      arrivalDate: string;
      departureDate?: string | null;
      function?: string;
      discipline?: string;
      parents?: number;
    }>;
  }>;
  accounts?: Array<{ id: string; displayName: string; profile: string; roles: string[]; establishments: string[]; demoKey?: string }>;
}

const id = { type: 'string', minLength: 1, maxLength: 200 };
const ids = { type: 'array', items: id };
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

export const DIRECTORY_SCHEMA = {
  type: 'object',
  required: ['establishments'],
  additionalProperties: false,
  properties: {
    establishments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['uai', 'name', 'divisions', 'groups', 'people'],
        additionalProperties: false,
        properties: {
          uai: { type: 'string', pattern: '^[0-9]{7}[A-Z]$' },
          name: { type: 'string', minLength: 1 },
          entId: { type: 'string' },
          divisions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'code', 'name', 'level'],
              additionalProperties: false,
              properties: { id, code: id, name: id, level: { type: 'object', required: ['code', 'name'], properties: { code: id, name: id } } },
            },
          },
          groups: {
            type: 'array',
            items: { type: 'object', required: ['id', 'name', 'divisionIds'], additionalProperties: false, properties: { id, name: id, discipline: { type: 'string' }, divisionIds: ids } },
          },
          people: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'lastName', 'firstName', 'profile', 'divisionIds', 'groupIds', 'arrivalDate'],
              additionalProperties: false,
              properties: {
                id,
                lastName: { type: 'string' },
                firstName: { type: 'string' },
                profile: { enum: ['eleve', 'enseignant', 'documentaliste', 'personnel'] },
                divisionIds: ids,
                groupIds: ids,
                arrivalDate: day,
                departureDate: { anyOf: [day, { type: 'null' }] },
                function: { type: 'string' },
                discipline: { type: 'string' },
                parents: { type: 'integer', minimum: 0 },
              },
            },
          },
        },
      },
    },
    accounts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'displayName', 'profile', 'roles', 'establishments'],
        additionalProperties: false,
        properties: {
          id,
          displayName: { type: 'string', minLength: 1 },
          profile: { enum: ['eleve', 'enseignant', 'documentaliste', 'personnel', 'parent', 'admin'] },
          roles: ids,
          establishments: { type: 'array', items: { type: 'string', pattern: '^[0-9]{7}[A-Z]$' } },
          demoKey: { type: 'string' },
        },
      },
    },
  },
} as const;

const validate = new Ajv2020({ allErrors: true }).compile(DIRECTORY_SCHEMA);

/** The file's problems (empty when it can be imported): schema first, then references. */
export function checkDirectory(data: unknown): string[] {
  if (!validate(data)) return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
  const file = data as DirectoryFile;
  const problems: string[] = [];
  for (const est of file.establishments) {
    const divisions = new Set(est.divisions.map((d) => d.id));
    const groups = new Set(est.groups.map((g) => g.id));
    for (const person of est.people) {
      for (const d of person.divisionIds) if (!divisions.has(d)) problems.push(`${est.uai}: ${person.id} is in an unknown division ${d}`);
      for (const g of person.groupIds) if (!groups.has(g)) problems.push(`${est.uai}: ${person.id} is in an unknown group ${g}`);
    }
  }
  return problems.slice(0, 20);
}
