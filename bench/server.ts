// npm run bench:server — the reference server under an ENT's morning, on loopback: autocannon
// (in this process, on one core) against the server (a child process, on the other), on the
// embedded database and on a throwaway PostgreSQL when Debian's is installed. Scenarios: the
// home-page mix (GET /me, /news/articles revalidated with If-None-Match, two tiles,
// /announcements) as many different pupils; the médiacentre on a fake GAR over mutual TLS,
// cache hits (a reload: 304) and misses (every pupil a first visit); then assignment writes
// under contention, checked for over-assignment afterwards. Prints a table and writes
// bench/server-results.md. BENCH_SECONDS (default 10) per scenario.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import { makeCertificates, startFakeGar } from '../server/test/fake-gar.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const SECRET = 'bench-secret-of-at-least-32-characters!!';
const COLLEGE = '0330001A';
const ANGLAIS = 'sub-0330001A-013';

interface Row {
  engine: string;
  scenario: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  statuses: string;
  rssMb: number;
  note?: string;
}

const token = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', SEED_DEMO: '1', JWT_SECRET: SECRET, LOG_LEVEL: 'warn', RATE_LIMIT_WRITES: '10000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const found = /reference server: (http:\/\/\S+)/.exec(out)?.[1];
      if (found) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, url };
}

/** The pupils of the collège, as the server knows them (ids for tokens). */
async function pupils(url: string, as: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= 2; page++) {
    const res = await fetch(`${url}/affectation/establishments/${COLLEGE}/people?profile=eleve&pageSize=500&page=${page}`, { headers: { authorization: `Bearer ${as}` } });
    ids.push(...((await res.json()) as { items: Array<{ id: string }> }).items.map((p) => p.id));
  }
  return ids;
}

type Request = autocannon.Request;

/** Runs autocannon; each connection gets its own requests (another user) from `perConnection`. */
async function load(url: string, perConnection: (i: number) => Request[], seconds = SECONDS, connections = CONNECTIONS): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: new URL(url).origin,
    connections,
    duration: seconds,
    requests: perConnection(0),
    setupClient: (client) => client.setRequests(perConnection(next++)),
  });
}

function row(engine: string, scenario: string, result: autocannon.Result, pid: number, note?: string): Row {
  const statuses = Object.entries({ '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] })
    .filter(([, n]) => n)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return {
    engine,
    scenario,
    requests: result.requests.total,
    // Requests over the run's own duration (a short run by amount has no whole seconds to average).
    rps: Math.round(result.requests.total / Math.max((result.finish.getTime() - result.start.getTime()) / 1000, 0.001)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result['5xx'],
    statuses,
    rssMb: rssMb(pid),
    ...(note ? { note } : {}),
  };
}

async function scenarios(engine: string, env: Record<string, string>, gar: { url: string; files: Record<string, string> }): Promise<Row[]> {
  const { child, url } = await startServer({ ...env, GAR_URL: gar.url, GAR_ID_ENT: 'ENT-BENCH', GAR_CERT: gar.files.cert!, GAR_KEY: gar.files.key!, GAR_CA: gar.files.ca! });
  const rows: Row[] = [];
  try {
    const path = new URL(url).pathname;
    const responsable = await token('u-0330001A-doc-1');
    const ids = await pupils(url, responsable);
    const tokens = await Promise.all(ids.map(token));
    const auth = (i: number) => ({ authorization: `Bearer ${tokens[i % tokens.length]!}` });
    // The news list as a tile revalidates it: with the ETag of the copy it holds.
    const news = await fetch(`${url}/news/articles?rubriques=rub-vie-scolaire,rub-cdi&limit=5`, { headers: auth(0) });
    const newsEtag = news.headers.get('etag') ?? '';
    const home = (i: number): Request[] => [
      { path: `${path}/me`, headers: auth(i) },
      { path: `${path}/news/articles?rubriques=rub-vie-scolaire,rub-cdi&limit=5`, headers: { ...auth(i), 'if-none-match': newsEtag } },
      { path: `${path}/home/tiles/news-1`, headers: auth(i) },
      { path: `${path}/home/tiles/banner-1`, headers: auth(i) },
      { path: `${path}/announcements`, headers: auth(i) },
    ];
    await load(url, home, 3); // warm-up: JIT, pool, caches
    rows.push(row(engine, 'home-page mix (5 GETs per visit, 50 pupils at once)', await load(url, home), child.pid!));

    // Médiacentre, cache hits: the same pupils reload (their listing is cached; If-None-Match → 304).
    const etags: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) etags.push((await fetch(`${url}/mediacentre/resources?uai=${COLLEGE}`, { headers: auth(i) })).headers.get('etag') ?? '');
    rows.push(row(engine, 'médiacentre reload (cache hit, 304)', await load(url, (i) => [{ path: `${path}/mediacentre/resources?uai=${COLLEGE}`, headers: { ...auth(i), 'if-none-match': etags[i % CONNECTIONS]! } }]), child.pid!));

    // Cache misses: every request another pupil's first visit (the GAR called over mTLS), as
    // many requests as pupils not seen yet (then every listing would be cached).
    let visitor = CONNECTIONS;
    const miss = await autocannon({
      url: new URL(url).origin,
      connections: 20,
      amount: tokens.length - CONNECTIONS,
      requests: [
        {
          path: `${path}/mediacentre/resources?uai=${COLLEGE}`,
          setupRequest: (req) => ({ ...req, headers: { ...req.headers, ...auth(visitor++) } }),
        },
      ],
    });
    rows.push(row(engine, 'médiacentre first visit (cache miss, GAR over mTLS)', miss, child.pid!, `${tokens.length - CONNECTIONS} pupils' first visits, each a GAR call`));

    // Writes under contention: 20 responsables' requests at once on one subscription's last licences.
    const before = await counts(url, responsable);
    const writes = await load(
      url,
      (i) => [{ method: 'POST', path: `${path}/affectation/establishments/${COLLEGE}/assignments`, headers: { authorization: `Bearer ${responsable}`, 'content-type': 'application/json' }, body: JSON.stringify({ subscriptionIds: [ANGLAIS], public: 'eleve', targets: [{ type: 'personne', id: ids[i % ids.length] }] }) }],
      Math.min(SECONDS, 5),
      20,
    );
    const after = await counts(url, responsable);
    const over = after.assigned > (after.total ?? Infinity);
    rows.push(row(engine, 'assignments on the last licences (20 writers)', writes, child.pid!, `licences ${before.assigned}→${after.assigned} of ${after.total}: ${over ? 'OVER-ASSIGNED' : 'never over-assigned'}; refusals are 409`));
  } finally {
    child.kill();
  }
  return rows;
}

async function counts(url: string, as: string): Promise<{ assigned: number; total: number | null }> {
  const res = await fetch(`${url}/affectation/establishments/${COLLEGE}/subscriptions`, { headers: { authorization: `Bearer ${as}` } });
  const sub = ((await res.json()) as { subscriptions: Array<{ id: string; counts: Array<{ public: string; assigned: number; total: number | null }> }> }).subscriptions.find((s) => s.id === ANGLAIS)!;
  return sub.counts.find((c) => c.public === 'eleve')!;
}

/** A throwaway PostgreSQL cluster (Debian's), as server/test/with-postgres.sh makes one. */
function postgres(): { url: string; stop(): void } | undefined {
  let bin: string;
  try {
    bin = execFileSync('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1']).toString().trim();
    if (!bin) return undefined;
  } catch {
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ent-widgets-bench-pg-'));
  const port = 45000 + (process.pid % 10000);
  const asPostgres = (cmd: string) => execFileSync('sh', ['-c', process.getuid?.() === 0 ? `su postgres -s /bin/sh -c "${cmd.replaceAll('"', '\\"')}"` : cmd], { stdio: 'pipe' });
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  asPostgres(`${bin}/initdb -D ${dir}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8`);
  asPostgres(`${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200" start`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        asPostgres(`${bin}/pg_ctl -D ${dir}/data -m fast stop`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const certs = makeCertificates();
const certDir = mkdtempSync(join(tmpdir(), 'ent-widgets-bench-gar-'));
const files = { cert: join(certDir, 'client.crt'), key: join(certDir, 'client.key'), ca: join(certDir, 'ca.crt') };
writeFileSync(files.cert, certs.client.cert);
writeFileSync(files.key, certs.client.key);
writeFileSync(files.ca, certs.ca);
const gar = await startFakeGar(certs);
const rows: Row[] = [];
const pglite = mkdtempSync(join(tmpdir(), 'ent-widgets-bench-pglite-'));
try {
  rows.push(...(await scenarios('PGlite (embedded)', { DATA_DIR: pglite }, { url: gar.url, files })));
  const pg = postgres();
  if (pg) {
    try {
      rows.push(...(await scenarios('PostgreSQL', { DATABASE_URL: pg.url }, { url: gar.url, files })));
    } finally {
      pg.stop();
    }
  } else {
    console.log('No PostgreSQL server binaries (Debian: apt-get install postgresql): PGlite only.');
  }
} finally {
  await gar.close();
  rmSync(pglite, { recursive: true, force: true });
  rmSync(certDir, { recursive: true, force: true });
}

const header = ['engine', 'scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'answers', 'server RSS MB', 'note'];
const lines = rows.map((r) => [r.engine, r.scenario, String(r.requests), String(r.rps), String(r.p50), String(r.p99), String(r.errors), r.statuses, String(r.rssMb), r.note ?? '']);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}, Node ${process.version}`;
const table = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
console.log(`\n${table}\n`);
writeFileSync(
  new URL('./server-results.md', import.meta.url),
  `# Reference server under load (npm run bench:server)\n\n${new Date().toISOString()} — ${machine}; ${SECONDS} s per scenario, ${CONNECTIONS} connections (20 for cache misses and writes), autocannon and the server on the same 2-core machine, loopback.\n\n${table}\n`,
);
