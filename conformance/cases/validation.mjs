// Bad input, generated from the contract's schemas: for every operation with a JSON body, a
// valid body is broken one way at a time (malformed JSON, another content type, a required
// field missing, a wrong type, an unknown enum value, an over-long string, an unknown field);
// for every query parameter with a schema, values it refuses. Each must be a 4xx problem —
// never a 5xx — and must change nothing (the state is read back before and after).
import { newKey } from '../kit.mjs';
import { assignable, people } from './common.mjs';

const WRONG = { string: 12345, integer: 'douze', number: 'douze', boolean: 'oui', array: 'pas une liste', object: 'pas un objet' };

/** The schema with $refs resolved and allOf merged (enough for the contract's bodies). */
function flatten(contract, node) {
  node = contract.resolve(node);
  if (node.oneOf) return flatten(contract, node.oneOf[0]);
  if (!node.allOf) return node;
  const merged = { type: 'object', properties: {}, required: [], additionalProperties: node.unevaluatedProperties };
  for (const part of node.allOf) {
    const flat = flatten(contract, part);
    Object.assign(merged.properties, flat.properties ?? {});
    merged.required.push(...(flat.required ?? []));
    if (flat.additionalProperties === false) merged.additionalProperties = false;
  }
  return merged;
}

function typeOf(schema) {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return type ?? (schema.properties ? 'object' : undefined);
}

/** [label, body] pairs, each breaking the valid body one way. */
function mutations(contract, schema, valid) {
  const flat = flatten(contract, schema);
  const out = [];
  if (typeOf(flat) !== 'object') return out;
  for (const name of flat.required ?? []) {
    const { [name]: _gone, ...rest } = valid;
    out.push([`without the required "${name}"`, rest]);
  }
  for (const [name, raw] of Object.entries(flat.properties ?? {})) {
    const prop = flatten(contract, raw);
    if (prop.readOnly) continue;
    const type = typeOf(prop);
    if (type && WRONG[type] !== undefined) out.push([`"${name}" of the wrong type (${type} expected)`, { ...valid, [name]: WRONG[type] }]);
    if (prop.enum) out.push([`"${name}" outside its enum`, { ...valid, [name]: 'conformance-inconnu' }]);
    if (prop.maxLength) out.push([`"${name}" over its ${prop.maxLength} characters`, { ...valid, [name]: 'x'.repeat(prop.maxLength + 1) }]);
    if (type === 'array' && prop.maxItems && prop.maxItems <= 500 && valid[name]?.length) out.push([`"${name}" over its ${prop.maxItems} items`, { ...valid, [name]: Array.from({ length: prop.maxItems + 1 }, () => valid[name][0]) }]);
    const items = type === 'array' && prop.items ? flatten(contract, prop.items) : undefined;
    const first = valid[name]?.[0];
    if (items && typeOf(items) === 'object' && first && typeof first === 'object') {
      out.push([`an item of "${name}" that is not an object`, { ...valid, [name]: [42] }]);
      // One level down: each field of the first item broken in turn.
      for (const [field, rawField] of Object.entries(items.properties ?? {})) {
        if (flatten(contract, rawField).readOnly) continue;
        const fieldType = typeOf(flatten(contract, rawField));
        if (fieldType && WRONG[fieldType] !== undefined) out.push([`"${name}[0].${field}" of the wrong type`, { ...valid, [name]: [{ ...first, [field]: WRONG[fieldType] }] }]);
      }
      if (items.additionalProperties === false) out.push([`an unknown field in "${name}[0]"`, { ...valid, [name]: [{ ...first, conformanceUnknown: true }] }]);
    }
    if (type === 'object' && valid[name] && typeof valid[name] === 'object') {
      for (const [field, rawField] of Object.entries(prop.properties ?? {})) {
        const fieldType = typeOf(flatten(contract, rawField));
        if (fieldType && WRONG[fieldType] !== undefined) out.push([`"${name}.${field}" of the wrong type`, { ...valid, [name]: { ...valid[name], [field]: WRONG[fieldType] } }]);
      }
    }
  }
  if (flat.additionalProperties === false) out.push(['with an unknown field', { ...valid, conformanceUnknown: true }]);
  out.push(['null instead of the object', null]);
  return out;
}

/**
 * For each operation with a body: account, method, path, path values, a valid body, and a read
 * of the state it could change. Built on demand (some create what they need, undone after).
 */
const TARGETS = {
  async createAssignments(t) {
    const spec = assignable(t);
    const [person] = (await people(t, spec.public, 50)).filter((p) => !p.departureDate);
    const valid = { subscriptionIds: [spec.subscriptionId], public: spec.public, targets: [{ type: 'personne', id: person.id }] };
    return ['responsableA', 'POST', '/affectation/establishments/{uai}/assignments', { uai: t.data.uaiA }, valid, () => stateOfA(t)];
  },
  async previewAssignments(t) {
    const [, method, , path, valid, read] = await TARGETS.createAssignments(t);
    return ['responsableA', method, '/affectation/establishments/{uai}/assignments/preview', path, valid, read];
  },
  async removeAssignments(t) {
    return ['responsableA', 'POST', '/affectation/establishments/{uai}/assignments/remove', { uai: t.data.uaiA }, { assignmentIds: ['conformance-none'] }, () => stateOfA(t)];
  },
  async recoverLicences(t) {
    return ['responsableA', 'POST', '/affectation/establishments/{uai}/licences/recover', { uai: t.data.uaiA }, { personIds: [] }, () => stateOfA(t)];
  },
  async createAdminAnnouncement(t) {
    return ['admin', 'POST', '/admin/announcements', {}, announcementInput(t), () => adminList(t)];
  },
  async putAdminAnnouncement(t) {
    const created = await createOne(t, announcementInput(t));
    return ['admin', 'PUT', '/admin/announcements/{id}', { id: created.id }, announcementInput(t), () => adminList(t)];
  },
  async answerAnnouncementForm(t) {
    if (!t.data.audience4e) t.skip('accounts.json data.audience4e is needed (an announcement with a form for the 4e pupil)');
    const question = { id: 'q1', type: 'text', label: 'Une remarque ?', required: true, maxLength: 200 };
    const created = await createOne(t, { ...announcementInput(t), state: 'published', startsAt: new Date(Date.now() - 60_000).toISOString(), form: { questions: [question] } });
    const results = async () => JSON.stringify((await t.request('admin', 'GET', '/admin/announcements/{id}', { path: { id: created.id } })).body.results);
    return ['eleve4e', 'POST', '/announcements/{id}/form-responses', { id: created.id }, { answers: [{ questionId: 'q1', text: 'Rien.' }] }, results];
  },
  async countAudience(t) {
    return ['admin', 'POST', '/admin/audience/count', {}, announcementInput(t).audience, () => adminList(t)];
  },
  async putTile(t) {
    const tileId = t.data.tiles?.news;
    if (!tileId) t.skip('accounts.json data.tiles.news is needed');
    const read = async () => JSON.stringify((await t.request('admin', 'GET', '/home/tiles/{tileId}', { path: { tileId } })).body);
    const { id: _i, updatedAt: _u, linkedArticle: _l, ...settings } = JSON.parse(await read());
    return ['admin', 'PUT', '/home/tiles/{tileId}', { tileId }, settings, read];
  },
};

async function stateOfA(t) {
  const list = await t.request('responsableA', 'GET', '/affectation/establishments/{uai}/subscriptions', { path: { uai: t.data.uaiA } });
  return JSON.stringify(list.body.subscriptions.map((s) => [s.id, s.counts]));
}

async function adminList(t) {
  return JSON.stringify((await t.request('admin', 'GET', '/admin/announcements')).body.announcements.map((a) => [a.id, a.updatedAt]));
}

function announcementInput(t) {
  const audience = t.data.audience4e ?? { profiles: ['eleve'], levels: [], divisions: [] };
  return { kind: 'information', title: 'Conformité', body: 'Texte.', startsAt: new Date().toISOString(), audience, channel: 'home', state: 'draft' };
}

async function createOne(t, input) {
  const created = await t.request('admin', 'POST', '/admin/announcements', { body: input, headers: { 'Idempotency-Key': newKey() } });
  t.expectStatus(created, 201, 'creating the announcement the case works on');
  t.cleanup(() => t.request('admin', 'DELETE', '/admin/announcements/{id}', { path: { id: created.body.id } }));
  return created.body;
}

const QUERY_BAD = [
  ['listArticles', 'anonymous', '/news/articles', {}, [['limit', '0'], ['limit', '51'], ['limit', 'cinq']]],
  ['searchPeople', 'responsableA', '/affectation/establishments/{uai}/people', 'A', [['status', 'partis'], ['profile', 'directeur'], ['page', '0'], ['pageSize', '501'], ['unassigned', 'peut-etre'], ['q', 'x'.repeat(101)]]],
  ['listAssignments', 'responsableA', '/affectation/establishments/{uai}/assignments', 'A', [['targetType', 'classe'], ['pageSize', '0']]],
  ['getStatistics', 'responsableA', '/affectation/establishments/{uai}/statistics', 'A', [['from', '2026-13'], ['to', 'hier']]],
  ['listMediacentreResources', 'eleve4e', '/mediacentre/resources', {}, [['uai', 'abc']]],
];

export function validationCases() {
  const cases = [];
  for (const operationId of Object.keys(TARGETS)) {
    cases.push({
      id: `validation/${operationId}`,
      title: `${operationId}: bad bodies are 4xx problems and change nothing`,
      tags: ['validation'],
      async run(t) {
        const [account, method, template, path, valid, readState] = await TARGETS[operationId](t);
        const before = await readState();
        const wrong = [];
        const send = async (label, options) => {
          const result = await t.request(account, method, template, { path, headers: { 'Idempotency-Key': newKey() }, ...options });
          if (result.status < 400 || result.status >= 500) {
            wrong.push(`${label}: ${result.status}`);
            t.markEvidence();
          }
        };
        await send('malformed JSON', { raw: '{"conformance": ' });
        await send('a text/plain body', { raw: JSON.stringify(valid), contentType: 'text/plain' });
        for (const [label, body] of mutations(t.kit.contract, t.kit.contract.requestSchema(method, template), valid)) await send(label, { body });
        const after = await readState();
        t.check(wrong.length === 0, `accepted or failed on bad input: ${wrong.join('; ')}`, `paths.${template}.${method.toLowerCase()}.requestBody`);
        t.check(before === after, 'bad input changed the state read back', 'info.description: bad input never changes anything');
      },
    });
  }
  cases.push({
    id: 'validation/query-parameters',
    title: 'query parameters outside their schema are 4xx problems',
    tags: ['validation'],
    async run(t) {
      const wrong = [];
      for (const [operationId, account, template, path, values] of QUERY_BAD) {
        for (const [name, value] of values) {
          const result = await t.request(account, 'GET', template, { path: path === 'A' ? { uai: t.data.uaiA } : path, query: { [name]: value } });
          if (result.status < 400 || result.status >= 500) t.markEvidence();
          if (result.status < 400 || result.status >= 500) wrong.push(`${operationId} ${name}=${value.length > 20 ? `${value.slice(0, 8)}…` : value}: ${result.status}`);
        }
      }
      t.check(wrong.length === 0, wrong.join('; '), 'the parameters\' schemas');
    },
  });
  return cases;
}
