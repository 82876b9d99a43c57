// Validates requests and responses against contract/openapi.yaml (JSON Schema 2020-12 through
// Ajv), in Node. Used by the conformance kit on every exchange, and by the browser tests through
// a web-test-runner command, so no mock can drift from the contract.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

export function loadContract() {
  return parseYaml(readFileSync(new URL('../contract/openapi.yaml', import.meta.url), 'utf8'));
}

export function createContractValidator(spec = loadContract()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
  ajv.addSchema(spec, 'openapi');
  const compiled = new Map();

  const pointer = (...parts) => parts.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
  const deref = (node, path) => {
    // A response/requestBody may be a $ref to components: follow it and report where it lives.
    if (node && node.$ref) {
      const parts = node.$ref.replace(/^#\//, '').split('/');
      let target = spec;
      for (const part of parts) target = target[part.replaceAll('~1', '/').replaceAll('~0', '~')];
      return { node: target, path: parts.join('/') };
    }
    return { node, path };
  };

  /** Finds the template of `paths` matching a concrete path (`/affectation/establishments/0330001A/people`). */
  function matchPath(concrete) {
    const wanted = concrete.split('/');
    for (const template of Object.keys(spec.paths)) {
      const parts = template.split('/');
      if (parts.length !== wanted.length) continue;
      if (parts.every((p, i) => (p.startsWith('{') && p.endsWith('}') ? wanted[i] !== '' : p === wanted[i]))) return template;
    }
    return undefined;
  }

  function check(schemaRef, body) {
    let validate = compiled.get(schemaRef);
    if (!validate) {
      validate = ajv.compile({ $ref: schemaRef });
      compiled.set(schemaRef, validate);
    }
    const ok = validate(body);
    return ok ? [] : validate.errors.map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
  }

  /** Where a response is described in the contract: `paths./x.get.responses.200` (the rule a check refers to). */
  function responseRule(method, template, status) {
    const operation = spec.paths[template]?.[method.toLowerCase()];
    const key = operation?.responses[String(status)] ? String(status) : 'default';
    return `paths.${template}.${method.toLowerCase()}.responses.${key}`;
  }

  /** Every operation: method, path template, operationId and its description. */
  function operations() {
    const list = [];
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
        if (item[method]) list.push({ method: method.toUpperCase(), template, operationId: item[method].operationId, operation: item[method], parameters: [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map((p) => deref(p).node) });
      }
    }
    return list;
  }

  /** The JSON schema of an operation's JSON request body, dereferenced one level (or undefined). */
  function requestSchema(method, template) {
    const operation = spec.paths[template]?.[method.toLowerCase()];
    if (!operation?.requestBody) return undefined;
    return deref(operation.requestBody).node.content?.['application/json']?.schema;
  }

  /** Resolves a `$ref` inside the contract (`#/components/schemas/X`). */
  function resolve(node) {
    return deref(node).node;
  }

  /** Validates a response; returns a list of problems (empty when valid). `headers`, when given, are checked too. */
  function validateResponse({ method, path, status, contentType, body, headers }) {
    const template = matchPath(path);
    if (!template) return [`no path of the contract matches ${path}`];
    const operation = spec.paths[template][method.toLowerCase()];
    if (!operation) return [`${method} ${template} is not in the contract`];
    const key = operation.responses[String(status)] ? String(status) : 'default';
    if (!operation.responses[key]) return [`${method} ${template} has no response ${status}`];
    const { node: response, path: responsePath0 } = deref(
      operation.responses[key],
      pointer('paths', template, method.toLowerCase(), 'responses', key),
    );
    if (headers) {
      for (const [name, header] of Object.entries(response.headers ?? {})) {
        if (deref(header).node.required !== false && headers[name.toLowerCase()] === undefined) return [`${status} must carry the ${name} header`];
      }
    }
    if (!response.content) return body === null || body === undefined || body === '' ? [] : [`${status} must have no body`];
    const type = (contentType ?? '').split(';')[0].trim();
    if (!response.content[type]) return [`${method} ${template} ${status} does not answer ${type || 'no content type'}`];
    return check(`openapi#/${responsePath0}/${pointer('content', type, 'schema')}`, body);
  }

  /** Validates a JSON request body. */
  function validateRequest({ method, path, body }) {
    const template = matchPath(path);
    if (!template) return [`no path of the contract matches ${path}`];
    const operation = spec.paths[template][method.toLowerCase()];
    if (!operation) return [`${method} ${template} is not in the contract`];
    if (!operation.requestBody) return body === undefined || body === null ? [] : [`${method} ${template} takes no body`];
    const { node, path: bodyPath } = deref(operation.requestBody, pointer('paths', template, method.toLowerCase(), 'requestBody'));
    if (!node.content['application/json']) return [`${method} ${template} takes no JSON body`];
    return check(`openapi#/${bodyPath}/${pointer('content', 'application/json', 'schema')}`, body);
  }

  return { spec, matchPath, validateResponse, validateRequest, responseRule, operations, requestSchema, resolve };
}
