// The GAR's per-user listing web service, over mutual TLS: GET {url}/ressources/{idENT}/{UAI}/
// {idUser}, the ENT's client certificate and key, the GAR's CA, the server's name always
// verified (never "trust all"). Timeouts: connect (5 s) and read (2 s), as RECIA's connector.
// The body is passed on as the GAR sent it: a listing verbatim, an `Erreur` body with its status.
import { readFileSync } from 'node:fs';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { Agent, request, errors } from 'undici';
import type { GarError } from '../../src/shared/api/types.js';

const gunzipAsync = promisify(gunzip);

export interface GarClientOptions {
  /** Base URL of the GAR's web services, e.g. https://ws-listeressources.gar.education.fr. */
  url: string;
  /** The ENT's identifier at the GAR (idENT). */
  idEnt: string;
  /** PEM client certificate and key issued to the ENT, and the CA bundle of the GAR's server. */
  cert: string | Buffer;
  key: string | Buffer;
  ca: string | Buffer;
  /** Name to verify in the server's certificate, when it differs from the URL's host. */
  servername?: string;
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
}

/** What the GAR answered: the JSON body as sent, or a GAR-shaped error with a status. */
export type GarAnswer = { ok: true; body: unknown } | { ok: false; status: number; error: GarError };

export interface GarClient {
  listing(uai: string, userId: string, signal?: AbortSignal): Promise<GarAnswer>;
  close(): Promise<void>;
}

/** Reads the certificate files named by the configuration. */
export function readCredentials(files: { cert: string; key: string; ca: string }): Pick<GarClientOptions, 'cert' | 'key' | 'ca'> {
  return { cert: readFileSync(files.cert), key: readFileSync(files.key), ca: readFileSync(files.ca) };
}

function garError(status: number, message: string, resource: string): GarAnswer {
  return { ok: false, status, error: { Erreur: { Code: String(status), Message: message, Resource: resource } } };
}

function isGarError(body: unknown): body is GarError {
  return typeof body === 'object' && body !== null && typeof (body as GarError).Erreur === 'object' && (body as GarError).Erreur !== null;
}

export function createGarClient(options: GarClientOptions): GarClient {
  const base = new URL(options.url.replace(/\/?$/, '/'));
  const agent = new Agent({
    connect: {
      cert: options.cert,
      key: options.key,
      ca: options.ca,
      servername: options.servername ?? base.hostname,
      rejectUnauthorized: true,
      timeout: options.connectTimeoutMs ?? 5000,
    },
    headersTimeout: options.readTimeoutMs ?? 2000,
    bodyTimeout: options.readTimeoutMs ?? 2000,
    keepAliveTimeout: 10_000,
  });

  async function listing(uai: string, userId: string, signal?: AbortSignal): Promise<GarAnswer> {
    const path = `ressources/${encodeURIComponent(options.idEnt)}/${encodeURIComponent(uai)}/${encodeURIComponent(userId)}`;
    // The user's id stays out of anything logged or returned: the resource is named without it.
    const resource = `/ressources/${options.idEnt}/${uai}`;
    let status: number;
    let text: string;
    try {
      const response = await request(new URL(path, base), {
        method: 'GET',
        dispatcher: agent,
        headers: { accept: 'application/json', 'accept-encoding': 'gzip' },
        ...(signal ? { signal } : {}),
      });
      status = response.statusCode;
      const raw = Buffer.from(await response.body.arrayBuffer());
      const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
      text = (encoding === 'gzip' ? await gunzipAsync(raw) : raw).toString('utf8');
    } catch (error) {
      if (error instanceof errors.ConnectTimeoutError) return garError(504, 'Le GAR ne répond pas (connexion trop longue).', resource);
      if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) return garError(504, 'Le GAR ne répond pas (réponse trop longue).', resource);
      if (signal?.aborted) throw error;
      return garError(502, 'Le GAR n’a pas pu être joint (connexion sécurisée refusée ou interrompue).', resource);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return garError(502, `Réponse illisible du GAR (HTTP ${status}).`, resource);
    }
    if (isGarError(body)) return { ok: false, status: status >= 400 ? status : 502, error: body };
    if (status !== 200) return garError(status >= 400 ? status : 502, `Le GAR a répondu HTTP ${status}.`, resource);
    if (typeof body !== 'object' || body === null || !('listeRessources' in body)) return garError(502, 'Réponse du GAR sans listeRessources.', resource);
    return { ok: true, body };
  }

  return { listing, close: () => agent.close() };
}
