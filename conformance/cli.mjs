#!/usr/bin/env node
// ent-widgets-conformance: judges a back end against contract/openapi.yaml.
//   npx ent-widgets-conformance --base-url URL --accounts accounts.json [--only tag,…]
//                               [--junit out.xml] [--json out.json] [--timeout ms]
// Exit code: 0 when nothing failed, 1 on any failure, 2 on a usage error.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runConformance } from './kit.mjs';
import { json, junit, summarize, table } from './report.mjs';

const USAGE = 'usage: ent-widgets-conformance --base-url URL --accounts accounts.json [--only tag,…] [--junit out.xml] [--json out.json] [--timeout ms]\n' +
  'tags: authorization, schema, caching, validation, mediacentre, news, announcements, uploads, affectation, idempotency, concurrency (or case ids)';

function fail(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      accounts: { type: 'string' },
      only: { type: 'string' },
      junit: { type: 'string' },
      json: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\nSee docs/conformance.md.\n`);
  process.exit(0);
}
if (!values['base-url']) fail('--base-url is required (the widgets\' api-base on your server, e.g. https://staging.example/api).');
if (!values.accounts) fail('--accounts is required (how the kit signs in as each profile; see docs/conformance.md).');
let accounts;
try {
  accounts = JSON.parse(readFileSync(values.accounts, 'utf8'));
} catch (error) {
  fail(`cannot read ${values.accounts}: ${error.message}`);
}
try {
  await fetch(new URL(`${values['base-url'].replace(/\/+$/, '')}/news/articles`), { signal: AbortSignal.timeout(10_000) });
} catch (error) {
  process.stderr.write(`Cannot reach ${values['base-url']}: ${error.cause?.code ?? error.message}. Is the server running, and is this its api-base?\n`);
  process.exit(2);
}
const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : undefined;

const { results, durationMs } = await runConformance({
  baseUrl: values['base-url'],
  accounts,
  only,
  timeoutMs: values.timeout ? Number(values.timeout) : undefined,
  onResult: (r) => process.stderr.write(r.verdict === 'failed' ? 'F' : r.verdict === 'skipped' ? 's' : '.'),
});
process.stderr.write('\n');
process.stdout.write(`${table(results, durationMs)}\n`);
if (values.junit) writeFileSync(values.junit, junit(results, durationMs, values['base-url']));
if (values.json) writeFileSync(values.json, json(results, durationMs, values['base-url']));
process.exit(summarize(results).failed > 0 ? 1 : 0);
