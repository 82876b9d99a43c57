// Routes straight from contract/openapi.yaml: an operation is registered by its operationId,
// so its method and path are the contract's, and its parameters and JSON body are validated
// by the contract's own schemas (the Ajv of scripts/contract-validator.mjs, 2020-12).
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FieldError } from '../../src/shared/api/types.js';
import { loadContract as loadSpec } from '../../conformance/contract.mjs';

export interface ContractSpec {
  paths: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

const loadContract = (): ContractSpec => loadSpec() as ContractSpec;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * The Ajv set up as the conformance kit's validator (conformance/contract.mjs: 2020-12,
 * formats, the contract under the id `openapi`), plus the options requests need.
 */
function createContractAjv(spec: ContractSpec, options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats(ajv);
  ajv.addSchema(spec, 'openapi');
  return ajv;
}

export interface OperationDef {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify form: `/affectation/establishments/:uai/people`. */
  url: string;
  template: string;
  schema: FastifySchema;
  /** Parameter names as the contract spells them, by lower-cased header name. */
  headerNames: Record<string, string>;
  /** Query parameters that are comma-separated lists (`style: form, explode: false`). */
  lists: string[];
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  explode?: boolean;
  schema?: { type?: string; default?: unknown };
}

const pointer = (...parts: Array<string | number>): string => parts.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export class Contract {
  readonly spec: ContractSpec;
  readonly operations = new Map<string, OperationDef>();

  constructor(spec: ContractSpec = loadContract()) {
    this.spec = spec;
    for (const [template, item] of Object.entries(spec.paths)) {
      const shared = (item.parameters ?? []) as Array<Parameter | { $ref: string }>;
      for (const method of ['get', 'post', 'put', 'delete'] as const) {
        const op = item[method] as { operationId: string; parameters?: Array<Parameter | { $ref: string }>; requestBody?: { content: Record<string, unknown> } } | undefined;
        if (!op) continue;
        this.operations.set(op.operationId, this.build(template, method, op, shared));
      }
    }
  }

  private resolve(ref: { $ref: string } | Parameter): { param: Parameter; path: string } | undefined {
    if (!('$ref' in ref)) return undefined;
    const parts = ref.$ref.replace(/^#\//, '').split('/');
    let node: unknown = this.spec;
    for (const part of parts) node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    return { param: node as Parameter, path: parts.join('/') };
  }

  private build(
    template: string,
    method: 'get' | 'post' | 'put' | 'delete',
    op: { operationId: string; parameters?: Array<Parameter | { $ref: string }>; requestBody?: { content: Record<string, unknown> } },
    shared: Array<Parameter | { $ref: string }>,
  ): OperationDef {
    const groups: Record<'path' | 'query' | 'header', { properties: Record<string, unknown>; required: string[] }> = {
      path: { properties: {}, required: [] },
      query: { properties: {}, required: [] },
      header: { properties: {}, required: [] },
    };
    const headerNames: Record<string, string> = {};
    const lists: string[] = [];
    const all = [
      ...shared.map((p, i) => ({ p, at: pointer('paths', template, 'parameters', i) })),
      ...(op.parameters ?? []).map((p, i) => ({ p, at: pointer('paths', template, method, 'parameters', i) })),
    ];
    for (const { p, at } of all) {
      const resolved = this.resolve(p);
      const param = resolved?.param ?? (p as Parameter);
      const where = resolved?.path ?? at;
      if (param.in === 'cookie') continue;
      // If-None-Match is read by the ETag hook; any string is acceptable there.
      if (param.in === 'header' && param.name.toLowerCase() === 'if-none-match') continue;
      const name = param.in === 'header' ? param.name.toLowerCase() : param.name;
      if (param.in === 'header') headerNames[name] = param.name;
      if (param.in === 'query' && param.schema?.type === 'array' && param.explode === false) lists.push(name);
      // Ajv applies no default found behind a $ref: the default is repeated next to it.
      const fallback = (param.schema as { default?: unknown } | undefined)?.default;
      groups[param.in].properties[name] = { $ref: `openapi#/${where}/schema`, ...(fallback !== undefined ? { default: fallback } : {}) };
      if (param.required) groups[param.in].required.push(name);
    }
    const object = (g: { properties: Record<string, unknown>; required: string[] }): Record<string, unknown> => ({ type: 'object', properties: g.properties, required: g.required });
    const schema: FastifySchema = {};
    if (Object.keys(groups.path.properties).length) schema.params = object(groups.path);
    if (Object.keys(groups.query.properties).length) schema.querystring = object(groups.query);
    if (Object.keys(groups.header.properties).length) schema.headers = object(groups.header);
    if (op.requestBody?.content['application/json']) {
      schema.body = { $ref: `openapi#/${pointer('paths', template, method, 'requestBody', 'content', 'application/json', 'schema')}` };
    }
    return {
      operationId: op.operationId,
      method: method.toUpperCase() as OperationDef['method'],
      url: template.replace(/\{(\w+)\}/g, ':$1'),
      template,
      schema,
      headerNames,
      lists,
    };
  }

  /** The `$ref`s of a root `oneOf` behind this schema, if it is one. */
  private oneOfBranches(schema: { $ref?: string }): object[] | undefined {
    if (!schema.$ref?.startsWith('openapi#/')) return undefined;
    let node: unknown = this.spec;
    for (const part of schema.$ref.slice('openapi#/'.length).split('/')) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    const oneOf = (node as { oneOf?: Array<{ $ref?: string }> } | undefined)?.oneOf;
    if (!oneOf?.every((b) => b.$ref?.startsWith('#/'))) return undefined;
    return oneOf.map((b) => ({ $ref: `openapi${b.$ref}` }));
  }

  get(operationId: string): OperationDef {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`${operationId} is not an operation of the contract`);
    return op;
  }

  /** Fastify's validator compiler: query, path and headers coerced from strings; bodies as sent. */
  validatorCompiler(): FastifySchemaCompiler<unknown> {
    const coercing = createContractAjv(this.spec, { coerceTypes: 'array', useDefaults: true });
    const strict = createContractAjv(this.spec);
    const cache = new Map<string, ValidateFunction>();
    return ({ schema, httpPart, url, method }) => {
      const ajv = httpPart === 'body' ? strict : coercing;
      const compile = (target: object): ValidateFunction => {
        const key = `${httpPart} ${JSON.stringify(target)}`;
        let fn = cache.get(key);
        if (!fn) cache.set(key, (fn = ajv.compile(target)));
        return fn;
      };
      // A body that is one of several shapes (one assignment request or a batch) is judged by
      // the shape it is closest to: the errors of the other shape would only confuse.
      const branches = httpPart === 'body' ? this.oneOfBranches(schema as { $ref?: string }) : undefined;
      if (branches) {
        const fns = branches.map(compile);
        const pick = (data: unknown): boolean => {
          let best: ValidateFunction | undefined;
          for (const fn of fns) {
            if (fn(data)) return true;
            if (!best || (fn.errors?.length ?? 0) < (best.errors?.length ?? 0)) best = fn;
          }
          (pick as unknown as { errors: unknown }).errors = best?.errors;
          return false;
        };
        return pick;
      }
      const validate = compile(schema as object);
      // The route's url carries the API base: the operation is the longest contract path it ends with.
      const op = [...this.operations.values()].filter((o) => o.method === method && url.endsWith(o.url)).sort((a, b) => b.url.length - a.url.length)[0];
      const lists = httpPart === 'querystring' ? (op?.lists ?? []) : [];
      const run = validate;
      const check = (data: unknown): boolean => {
        if (lists.length && data && typeof data === 'object') {
          const query = data as Record<string, unknown>;
          for (const name of lists) if (typeof query[name] === 'string') query[name] = (query[name] as string).split(',').map((s) => s.trim()).filter(Boolean);
        }
        const ok = run(data);
        (check as unknown as { errors: unknown }).errors = run.errors;
        return ok;
      };
      return check;
    };
  }
}

const CODES: Record<string, string> = {
  required: 'required',
  maxLength: 'too-long',
  minLength: 'too-short',
  enum: 'enum',
  const: 'enum',
  type: 'type',
  pattern: 'pattern',
  format: 'format',
  minimum: 'out-of-range',
  maximum: 'out-of-range',
  maxItems: 'too-many',
  minItems: 'too-few',
  additionalProperties: 'unknown-field',
  unevaluatedProperties: 'unknown-field',
};

const MESSAGES: Record<string, string> = {
  required: 'Ce champ est obligatoire.',
  'too-long': 'Ce texte est trop long.',
  'too-short': 'Ce texte est trop court.',
  enum: 'Valeur non acceptée.',
  type: 'Type de valeur inattendu.',
  pattern: 'Format inattendu.',
  format: 'Format inattendu.',
  'out-of-range': 'Valeur hors des bornes.',
  'too-many': 'Trop d’éléments.',
  'too-few': 'Pas assez d’éléments.',
  'unknown-field': 'Champ inconnu.',
};

/** Ajv's errors as the contract's per-field errors (`audience.profiles`, `answers[0].text`). */
export function fieldErrors(errors: ErrorObject[], context: string, headerNames: Record<string, string> = {}): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if' || e.keyword === '$ref') continue;
    const segments = e.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    const extra = (e.params as Record<string, string>).missingProperty ?? (e.params as Record<string, string>).additionalProperty ?? (e.params as Record<string, string>).unevaluatedProperty;
    if (extra) segments.push(extra);
    let field = segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '');
    if (context === 'headers') field = headerNames[field] ?? field;
    const code = CODES[e.keyword] ?? e.keyword;
    const id = `${field} ${code}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({ field: field || '(body)', code, message: MESSAGES[code] ?? e.message ?? 'Valeur invalide.' });
  }
  return result;
}
