// Validates bodies against contract/openapi.yaml (JSON Schema 2020-12 through Ajv), in Node.
// Used by the browser tests through a web-test-runner command, so no mock can drift from the contract.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

export function loadContract() {
  return parseYaml(readFileSync(new URL('../contract/openapi.yaml', import.meta.url), 'utf8'));
}

/**
 * An Ajv (JSON Schema 2020-12, formats) holding the contract under the id `openapi`, so that
 * `{ $ref: 'openapi#/components/schemas/…' }` compiles. Shared by the tests' response
 * validator and the reference server's request validation (which adds `coerceTypes` for
 * query strings and path parameters).
 */
export function createContractAjv(spec = loadContract(), options = {}) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
  ajv.addSchema(spec, 'openapi');
  return ajv;
}

export function createContractValidator(spec = loadContract()) {
  const ajv = createContractAjv(spec);
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

  /** Validates a response; returns a list of problems (empty when valid). */
  function validateResponse({ method, path, status, contentType, body }) {
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

  return { spec, matchPath, validateResponse, validateRequest };
}
