// The conformance kit's engine: runs named cases against a back end, acting as the accounts of
// accounts.json, and judges every exchange against contract/openapi.yaml. A case passes, fails
// (with the evidence: the request, the response and the rule of the contract) or is skipped
// (with why). Cases of one tag run one after the other; no case depends on another's result.
import { createContractValidator } from './contract.mjs';
import { allCases } from './cases/index.mjs';

/** The profiles accounts.json describes (see docs/conformance.md). */
export const PROFILES = ['eleve4e', 'eleve3e', 'enseignant', 'documentaliste', 'responsableA', 'responsableB', 'admin', 'anonymous'];

const EVIDENCE_BODY = 600;

/** A failed check: stops its case. */
export class CaseFailure extends Error {
  constructor(message, rule) {
    super(message);
    this.rule = rule;
  }
}

class CaseSkipped extends Error {}

function excerpt(text) {
  if (text === undefined || text === null || text === '') return undefined;
  return text.length > EVIDENCE_BODY ? `${text.slice(0, EVIDENCE_BODY)}… (${text.length} characters)` : text;
}

/**
 * What a case works with: requests as an account (every answer validated against the
 * contract), checks, skips, and the account's data from accounts.json.
 */
class CaseContext {
  constructor(kit, caseId) {
    this.kit = kit;
    this.caseId = caseId;
    this.exchanges = [];
    /** The exchanges that show a failure best (the last ones when none is marked). */
    this.marked = [];
    this.data = kit.data;
    this.cleanups = [];
  }

  /**
   * Sends a request as `account` to `template` (a path of the contract, `{name}` filled from
   * `options.path`). Options: query, body (JSON), raw (a string body sent as is), contentType,
   * headers, form (FormData), offContract (the request itself breaks the contract: the path
   * may not match, e.g. a negative case). Returns { status, headers, body, text }.
   */
  async request(account, method, template, options = {}) {
    const { kit } = this;
    const credentials = kit.accounts[account];
    if (!credentials) throw new CaseSkipped(`accounts.json has no "${account}" account`);
    let path = template.replace(/\{(\w+)\}/g, (_, name) => {
      const value = options.path?.[name];
      if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
      return encodeURIComponent(String(value));
    });
    const url = new URL(kit.baseUrl.replace(/\/+$/, '') + path);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const headers = new Headers(credentials.headers ?? {});
    if (credentials.cookies) headers.set('Cookie', Object.entries(credentials.cookies).map(([k, v]) => `${k}=${v}`).join('; '));
    headers.set('Accept', 'application/json, application/problem+json');
    let body;
    if (options.form) body = options.form;
    else if (options.raw !== undefined) {
      body = options.raw;
      headers.set('Content-Type', options.contentType ?? 'application/json');
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set('Content-Type', options.contentType ?? 'application/json');
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    const started = performance.now();
    let response;
    try {
      response = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(kit.timeoutMs) });
    } catch (error) {
      this.exchanges.push({ request: `${method} ${url.pathname}${url.search} as ${account}`, response: `no answer: ${error.message}` });
      throw new CaseFailure(`${method} ${path} as ${account}: no answer (${error.cause?.code ?? error.name}: ${error.message})`, 'the server answers every request');
    }
    const text = await response.text();
    const ms = performance.now() - started;
    const responseHeaders = Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v]));
    const contentType = responseHeaders['content-type'];
    let parsed;
    if (text !== '' && /json/i.test(contentType ?? '')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    const exchange = {
      request: `${method} ${url.pathname}${url.search} as ${account}${body !== undefined && !options.form ? ` — ${excerpt(String(body))}` : ''}`,
      response: `${response.status} ${contentType ?? ''}${text ? ` — ${excerpt(text)}` : ''}`,
      ms: Math.round(ms),
    };
    this.exchanges.push(exchange);
    const result = { status: response.status, headers: responseHeaders, body: parsed, text, ms };
    if (!options.offContract) this.judge(method, url.pathname.slice(new URL(kit.baseUrl).pathname.replace(/\/+$/, '').length), result);
    return result;
  }

  /** Every answer must be one the contract describes, with a body of the right shape. */
  judge(method, path, result) {
    const { contract } = this.kit;
    const template = contract.matchPath(path);
    const rule = template ? contract.responseRule(method, template, result.status) : 'paths';
    if (result.status >= 500) throw new CaseFailure(`${method} ${path}: ${result.status} — a server error where the contract expects an answer`, rule);
    if (result.status !== 304 && result.text !== '' && /json/i.test(result.headers['content-type'] ?? '') && result.body === undefined) {
      throw new CaseFailure(`${method} ${path}: ${result.status} with a body that is not JSON`, rule);
    }
    const problems = contract.validateResponse({
      method,
      path,
      status: result.status,
      contentType: result.headers['content-type'],
      body: result.status === 304 ? undefined : result.body ?? (result.text === '' ? undefined : result.text),
    });
    this.rule = rule;
    if (problems.length > 0) throw new CaseFailure(`${method} ${path} ${result.status} is off the contract: ${problems.slice(0, 3).join('; ')}`, rule);
    if (result.status >= 400) {
      const type = (result.headers['content-type'] ?? '').split(';')[0].trim();
      const garError = type === 'application/json' && result.body?.Erreur;
      if (!garError && type !== 'application/problem+json') throw new CaseFailure(`${method} ${path}: ${result.status} answered as ${type || 'no content type'}, not application/problem+json`, 'info.description: Conventions (errors)');
      if (!garError && result.body?.status !== undefined && result.body.status !== result.status) {
        throw new CaseFailure(`${method} ${path}: problem.status ${result.body.status} differs from the HTTP status ${result.status}`, 'components.schemas.Problem');
      }
    }
  }

  /** Fails the case unless `condition` holds. */
  check(condition, message, rule) {
    if (!condition) throw new CaseFailure(message, rule);
  }

  /** Expects one of the statuses; `code`, when given, is the problem's expected code. */
  expectStatus(result, statuses, what, code) {
    const wanted = Array.isArray(statuses) ? statuses : [statuses];
    this.check(wanted.includes(result.status), `${what}: expected ${wanted.join(' or ')}, got ${result.status}`, this.lastRule());
    if (code && result.status >= 400) this.check(result.body?.code === code, `${what}: expected the problem code "${code}", got ${JSON.stringify(result.body?.code)}`, 'components.schemas.Problem.code');
  }

  /** The contract's description of the last answer, for a failed check's evidence. */
  lastRule() {
    return this.rule ?? 'the operation\'s responses';
  }

  /** Keeps the last exchange as evidence of the failure to come. */
  markEvidence() {
    const last = this.exchanges[this.exchanges.length - 1];
    if (last && !this.marked.includes(last)) this.marked.push(last);
  }

  skip(reason) {
    throw new CaseSkipped(reason);
  }

  /** Registers an undo that runs after the case, whatever its verdict. */
  cleanup(fn) {
    this.cleanups.push(fn);
  }
}

/** A unique Idempotency-Key. */
export function newKey(prefix = 'conformance') {
  return `${prefix}-${crypto.randomUUID()}`;
}

/**
 * Runs the cases. `only`: tags (or case ids) to run. Returns { results, durationMs }, each
 * result { id, title, tags, verdict: passed|failed|skipped, message?, rule?, evidence[], ms }.
 */
export async function runConformance({ baseUrl, accounts, only, timeoutMs = 10_000, onResult, cases = allCases() }) {
  const kit = {
    baseUrl,
    accounts: accounts.accounts ?? {},
    data: accounts.data ?? {},
    contract: createContractValidator(),
    timeoutMs,
  };
  const wanted = only && only.length > 0 ? new Set(only) : undefined;
  const chosen = cases.filter((c) => !wanted || c.tags.some((tag) => wanted.has(tag)) || wanted.has(c.id));
  const started = performance.now();
  const results = [];
  for (const c of chosen) {
    const t = new CaseContext(kit, c.id);
    const caseStart = performance.now();
    const result = { id: c.id, title: c.title, tags: c.tags, verdict: 'passed', evidence: t.exchanges };
    try {
      await c.run(t);
    } catch (error) {
      if (error instanceof CaseSkipped) {
        result.verdict = 'skipped';
        result.message = error.message;
      } else {
        result.verdict = 'failed';
        result.message = error.message;
        result.rule = error instanceof CaseFailure ? error.rule : 'the kit (unexpected error)';
      }
    }
    for (const undo of t.cleanups.reverse()) {
      try {
        await undo();
      } catch (error) {
        result.cleanup = `cleanup failed: ${error.message}`;
      }
    }
    if (t.marked.length > 0) result.evidence = t.marked;
    result.ms = Math.round(performance.now() - caseStart);
    results.push(result);
    onResult?.(result);
  }
  return { results, durationMs: Math.round(performance.now() - started) };
}
