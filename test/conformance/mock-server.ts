// The msw mock back end (the same handlers as the demo) served over HTTP in Node, so that the
// conformance kit judges it like any vendor's server. Requests say who they are for with the
// X-Demo-User header (no header: nobody signed in). `faults` plants classic mistakes, to
// prove that the kit catches them (see conformance.test.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { configureMock, createHandlers, resetMockData } from '../../src/mocks/index.js';
import { DEMO_USER_HEADER } from '../../src/mocks/http.js';

export type Fault = 'private-to-anonymous' | 'over-assignment' | 'no-etag' | 'server-error-on-bad-json' | 'wrong-error-shape' | 'ent-wide-announcements';

export interface MockServer {
  url: string;
  close(): Promise<void>;
}

const BASE = '/api';

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = chunks.length > 0 && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** What the planted faults do to one exchange (each is a mistake vendors really make). */
async function withFaults(faults: Set<Fault>, request: Request, answer: (r: Request) => Promise<Response | undefined>): Promise<Response | undefined> {
  const url = new URL(request.url);
  const anonymous = !request.headers.has(DEMO_USER_HEADER) || request.headers.get(DEMO_USER_HEADER) === 'anonyme';
  if (faults.has('private-to-anonymous') && anonymous && request.method === 'GET' && url.pathname === `${BASE}/news/articles`) {
    // The classic: the public page's list is computed as some signed-in user.
    const headers = new Headers(request.headers);
    headers.set(DEMO_USER_HEADER, 'admin');
    return answer(new Request(request, { headers }));
  }
  if (faults.has('ent-wide-announcements') && request.headers.get(DEMO_USER_HEADER) === 'responsableLycee' && url.pathname.startsWith(`${BASE}/announcements`)) {
    // Audiences matched by profile and level only, whatever the school: the lycée's
    // documentaliste is answered as the documentaliste of both schools.
    const headers = new Headers(request.headers);
    headers.set(DEMO_USER_HEADER, 'responsable');
    return answer(new Request(request, { headers }));
  }
  if (faults.has('no-etag')) {
    const headers = new Headers(request.headers);
    headers.delete('If-None-Match');
    request = new Request(request, { headers });
  }
  if (faults.has('server-error-on-bad-json') && ['POST', 'PUT'].includes(request.method) && (request.headers.get('Content-Type') ?? '').includes('json')) {
    const text = await request.clone().text();
    try {
      JSON.parse(text);
    } catch {
      return new Response(JSON.stringify({ title: 'Internal Server Error', status: 500, code: 'server-error' }), { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
    }
  }
  let response = await answer(request);
  if (!response) return response;
  if (faults.has('over-assignment') && response.status === 409 && request.method === 'POST' && url.pathname.endsWith('/assignments')) {
    // Checked before, written after without a lock: the licences ran out in between, and the
    // write "succeeds" anyway.
    const conflict = (await response.json()) as { subscriptions: unknown[] };
    response = new Response(JSON.stringify({ assignments: [], subscriptions: conflict.subscriptions }), { status: 201, headers: { 'Content-Type': 'application/json' } });
  }
  if (faults.has('no-etag') && response.headers.has('ETag')) {
    const headers = new Headers(response.headers);
    headers.delete('ETag');
    response = new Response(await response.arrayBuffer(), { status: response.status, headers });
  }
  if (faults.has('wrong-error-shape') && response.status === 403) {
    response = new Response(JSON.stringify({ error: 'Forbidden' }), { status: 403, headers: { 'Content-Type': 'application/json' } });
  }
  return response;
}

/** Starts the mock back end on 127.0.0.1 (a free port unless given), with fresh data. */
export async function startMockServer(options: { port?: number; faults?: Fault[] } = {}): Promise<MockServer> {
  resetMockData();
  configureMock({ user: 'anonyme', scenario: 'default' });
  // Any origin: the server may be reached as 127.0.0.1 or localhost.
  const handlers = createHandlers({ base: `*${BASE}` });
  const faults = new Set(options.faults ?? []);
  const server: Server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    void (async () => {
      try {
        const request = await toRequest(req, origin);
        const response = await withFaults(faults, request, (r) => getResponse(handlers, r));
        if (response) await send(res, response);
        else await send(res, new Response(JSON.stringify({ title: 'Introuvable', status: 404, code: 'not-found' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }));
      } catch (error) {
        console.error('[mock server]', error);
        res.writeHead(500, { 'Content-Type': 'application/problem+json' }).end(JSON.stringify({ title: 'Erreur du serveur', status: 500, code: 'server-error' }));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${BASE}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
