// Every request a widget sends and every response msw answers under an API base is checked
// against contract/openapi.yaml after each test: importing this module is enough.
import { executeServerCommand } from '@web/test-runner-commands';
import { worker, OFF_CONTRACT } from './msw.js';

interface Exchange {
  method: string;
  path: string;
  request: Request;
  response: Response;
}

const exchanges: Exchange[] = [];

/** `/api/me` → `/me`; any first path segment ending in "api" is an API base in the tests. */
function contractPath(url: string): string | undefined {
  const { pathname } = new URL(url);
  const match = /^\/[\w-]*api(\/.*)$/.exec(pathname);
  return match ? match[1] : undefined;
}

// msw reports a mocked response after the page may already have read it: remember what is in
// flight so that a check right after a request still sees its response.
const inFlight = new Set<string>();
worker.events.on('request:start', ({ request, requestId }) => {
  if (contractPath(request.url)) inFlight.add(requestId);
});
for (const settled of ['response:bypass', 'request:unhandled'] as const) {
  worker.events.on(settled, ({ requestId }) => inFlight.delete(requestId));
}

worker.events.on('response:mocked', ({ request, requestId, response }) => {
  inFlight.delete(requestId);
  const path = contractPath(request.url);
  if (!path || response.headers.has(OFF_CONTRACT)) return;
  exchanges.push({ method: request.method, path, request: request.clone(), response: response.clone() });
});

async function readJson(message: Request | Response): Promise<unknown> {
  const text = await message.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Validates what was exchanged since the last call; throws with every problem found. */
export async function assertContractTraffic(): Promise<number> {
  // Requests still running after 1 s (e.g. aborted by a removed element) are left for later.
  for (let waited = 0; inFlight.size > 0 && waited < 1000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const batch = exchanges.splice(0);
  const problems: string[] = [];
  for (const { method, path, request, response } of batch) {
    const contentType = request.headers.get('content-type') ?? '';
    if (contentType.startsWith('application/json')) {
      const body = await readJson(request);
      const errors = await executeServerCommand<string[], unknown>('validate-contract-request', { method, path, body });
      for (const error of errors ?? []) problems.push(`request ${method} ${path}: ${error}`);
    }
    const body = await readJson(response);
    const errors = await executeServerCommand<string[], unknown>('validate-contract-response', {
      method,
      path: path.split('?')[0],
      status: response.status,
      contentType: response.headers.get('content-type'),
      body,
    });
    for (const error of errors ?? []) problems.push(`response ${method} ${path} ${response.status}: ${error}`);
  }
  if (problems.length > 0) throw new Error(`Off the contract:\n${problems.join('\n')}`);
  return batch.length;
}

afterEach(async () => {
  await assertContractTraffic();
});
