// A stand-in for the GAR's listing web service, for the tests: real TLS with a CA, a server
// certificate and client certificates made by Debian's openssl at test time; the client's
// certificate is required. Each UAI can be made to answer normally, slowly, with a 500, with a
// GAR `Erreur` body, or with something that is not JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Pem {
  cert: Buffer;
  key: Buffer;
}

export interface Certificates {
  ca: Buffer;
  server: Pem;
  /** The ENT's client certificate, signed by the GAR's CA. */
  client: Pem;
  /** A client certificate from another CA: the GAR must refuse it. */
  rogue: Pem;
}

function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** A CA, a server certificate for localhost/127.0.0.1 and two client certificates (EC P-256, 2 days). */
export function makeCertificates(): Certificates {
  const dir = mkdtempSync(join(tmpdir(), 'ent-widgets-gar-'));
  try {
    for (const ca of ['ca', 'rogue-ca']) openssl(dir, 'req', '-x509', ...EC, '-keyout', `${ca}.key`, '-out', `${ca}.crt`, '-days', '2', '-subj', `/CN=${ca} for tests`);
    writeFileSync(join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
    const sign = (name: string, ca: string, subject: string, ext?: string) => {
      openssl(dir, 'req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
      openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', ...(ext ? ['-extfile', ext] : []));
    };
    sign('server', 'ca', '/CN=localhost', 'server.ext');
    sign('client', 'ca', '/CN=ENT de test');
    sign('rogue', 'rogue-ca', '/CN=Intrus');
    const pem = (name: string): Pem => ({ cert: readFileSync(join(dir, `${name}.crt`)), key: readFileSync(join(dir, `${name}.key`)) });
    return { ca: readFileSync(join(dir, 'ca.crt')), server: pem('server'), client: pem('client'), rogue: pem('rogue') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Behaviour = 'ok' | 'slow' | 'server-error' | 'erreur' | 'garbage';

export interface FakeGar {
  url: string;
  /** How a UAI answers (default: ok). */
  behaviour: Map<string, Behaviour>;
  /** Requests received, by path. */
  calls: string[];
  /** The listing it serves for a UAI (an unknown field included: it must pass through). */
  listingOf(uai: string, user: string): unknown;
  close(): Promise<void>;
}

export async function startFakeGar(certs: Certificates, slowMs = 1000): Promise<FakeGar> {
  const behaviour = new Map<string, Behaviour>();
  const calls: string[] = [];
  const listingOf = (uai: string, user: string) => ({
    listeRessources: {
      ressource: [
        { idRessource: `ark:/99999/r.${uai}-1`, idType: 'ark', nomRessource: `Manuel de ${uai}`, urlAccesRessource: `https://gar.test/sso?uai=${uai}`, champInconnu: { garde: 'tel quel' } },
        { idRessource: `ark:/99999/r.${uai}-2`, idType: 'ark', nomRessource: `Dictionnaire (${user.length} car.)`, urlAccesRessource: `https://gar.test/sso?uai=${uai}&r=2` },
      ],
      extension: 'conservée',
    },
  });
  const server: Server = createServer({ key: certs.server.key, cert: certs.server.cert, ca: certs.ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    calls.push(req.url ?? '');
    const [, , idEnt, uai = '', user = ''] = (req.url ?? '').split('/').map(decodeURIComponent);
    const kind = behaviour.get(uai) ?? 'ok';
    const send = (status: number, body: string) => {
      const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(gzip ? gzipSync(body) : body);
    };
    if (kind === 'slow') setTimeout(() => send(200, JSON.stringify(listingOf(uai, user))), slowMs);
    else if (kind === 'server-error') send(500, JSON.stringify({ Erreur: { Code: '500', Message: 'Erreur lors de la récupération des ressources', Resource: `/ressources/${idEnt}/${uai}` } }));
    else if (kind === 'erreur') send(404, JSON.stringify({ Erreur: { Code: '404', Message: 'Établissement inconnu du GAR', Resource: `/ressources/${idEnt}/${uai}` } }));
    else if (kind === 'garbage') send(502, '<html>Bad Gateway</html>');
    else send(200, JSON.stringify(listingOf(uai, user)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    behaviour,
    calls,
    listingOf,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
