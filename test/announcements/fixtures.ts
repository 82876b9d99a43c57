// Test data for the targeted announcements: realistic French announcements of a collège, and a
// small in-test back end (msw handlers) that keeps read state and form answers.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Announcement } from '../../src/shared/api/types.js';
import { problem } from '../support/problem.js';

/** Tuesday 24 November 2026, 9:00 in Paris. */
export const T0 = Date.parse('2026-11-24T08:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const iso = (t: number) => new Date(t).toISOString();

/** The fake clock of the tests (the element's `now` and the server's `serverTime` by default). */
export const clock = { t: T0 };

let counter = 0;

export function announcement(partial: Partial<Announcement> = {}): Announcement {
  counter++;
  return {
    id: `ann-${counter}`,
    kind: 'information',
    title: `Sortie au musée d’Aquitaine (${counter})`,
    body: '<p>Les élèves de <strong>4e B</strong> visiteront le musée le jeudi 3 décembre. Prévoir un pique-nique.</p>',
    attachments: [],
    startsAt: iso(T0 - 2 * HOUR),
    endsAt: iso(T0 + 7 * 24 * HOUR),
    updatedAt: iso(T0 - 3 * HOUR),
    dismissible: true,
    read: false,
    readAt: null,
    ...partial,
  };
}

export const cantine = (more: Partial<Announcement> = {}) =>
  announcement({
    id: 'cantine',
    kind: 'information',
    title: 'Menus de la cantine de décembre',
    body: '<p>Les menus de décembre sont en ligne. Repas de Noël le <em>jeudi 17 décembre</em>.</p>',
    link: { url: '/actualites/menus-decembre', label: 'Voir les menus', external: false },
    startsAt: iso(T0 - 26 * HOUR),
    ...more,
  });

export const greve = (more: Partial<Announcement> = {}) =>
  announcement({
    id: 'greve',
    kind: 'avertissement',
    title: 'Grève des transports scolaires jeudi',
    body: '<p>Le réseau TransGironde annonce des perturbations. Le collège reste ouvert.</p>',
    link: { url: 'https://transgironde.example.fr/info-trafic', label: 'Info trafic TransGironde', external: true },
    startsAt: iso(T0 - 5 * HOUR),
    ...more,
  });

export const confinement = () =>
  announcement({
    id: 'confinement',
    kind: 'alerte',
    title: 'Exercice de confinement cet après-midi',
    body: '<p>Un exercice PPMS aura lieu à 14 h. Suivez les consignes des adultes.</p>',
    dismissible: false,
    startsAt: iso(T0 - 1 * HOUR),
  });

export const sondage = () =>
  announcement({
    id: 'sondage',
    kind: 'information',
    title: 'Sondage : voyage scolaire en Espagne',
    body: '<p>Aidez-nous à préparer le voyage des 4e.</p>',
    startsAt: iso(T0 - 30 * MINUTE),
    form: {
      answered: false,
      questions: [
        {
          id: 'q-participe',
          type: 'single',
          label: 'Votre enfant participera-t-il au voyage ?',
          required: true,
          options: [
            { id: 'oui', label: 'Oui' },
            { id: 'non', label: 'Non' },
            { id: 'nsp', label: 'Je ne sais pas encore' },
          ],
        },
        {
          id: 'q-activites',
          type: 'multiple',
          label: 'Activités souhaitées',
          required: true,
          options: [
            { id: 'musee', label: 'Musée du Prado' },
            { id: 'flamenco', label: 'Atelier flamenco' },
            { id: 'football', label: 'Visite du stade' },
          ],
        },
        { id: 'q-remarque', type: 'text', label: 'Remarque', required: false, maxLength: 200 },
      ],
    },
  });

export { problem };

export interface Exchange {
  method: string;
  path: string;
  headers: Headers;
  body?: unknown;
}

/** A small back end over a list: GET /announcements with serverTime, read state, form answers. */
export interface Backend {
  announcements: Announcement[];
  requests: Exchange[];
  fail: undefined | ((method: string, path: string) => Response | undefined);
  handlers: HttpHandler[];
}

export function backend(initial: Announcement[], options: { serverTime?: () => number } = { serverTime: () => clock.t }): Backend {
  const server: Backend = {
    announcements: initial,
    requests: [],
    /** When set, answers instead of the normal behaviour for matching requests. */
    fail: undefined,
    handlers: [
      http.get('/api/announcements', ({ request }) => {
        server.requests.push({ method: 'GET', path: '/announcements', headers: request.headers });
        const failure: Response | undefined = server.fail?.('GET', '/announcements');
        if (failure) return failure;
        const serverTime = options.serverTime?.();
        return HttpResponse.json({ announcements: server.announcements, ...(serverTime !== undefined ? { serverTime: iso(serverTime) } : {}) });
      }),
      http.post('/api/announcements/:id/read', ({ request, params }) => {
        const path = `/announcements/${String(params.id)}/read`;
        server.requests.push({ method: 'POST', path, headers: request.headers });
        const failure: Response | undefined = server.fail?.('POST', path);
        if (failure) return failure;
        const readAt = iso(options.serverTime?.() ?? Date.now());
        server.announcements = server.announcements.map((a: Announcement) => (a.id === params.id ? { ...a, read: true, readAt } : a));
        return HttpResponse.json({ id: String(params.id), read: true, readAt });
      }),
      http.delete('/api/announcements/:id/read', ({ request, params }) => {
        const path = `/announcements/${String(params.id)}/read`;
        server.requests.push({ method: 'DELETE', path, headers: request.headers });
        const failure: Response | undefined = server.fail?.('DELETE', path);
        if (failure) return failure;
        server.announcements = server.announcements.map((a: Announcement) => (a.id === params.id ? { ...a, read: false, readAt: null } : a));
        return HttpResponse.json({ id: String(params.id), read: false, readAt: null });
      }),
      http.post('/api/announcements/:id/form-responses', async ({ request, params }) => {
        const path = `/announcements/${String(params.id)}/form-responses`;
        const body = await request.clone().json();
        server.requests.push({ method: 'POST', path, headers: request.headers, body });
        const failure: Response | undefined = server.fail?.('POST', path);
        if (failure) return failure;
        return HttpResponse.json({ id: `rep-${server.requests.length}`, answeredAt: iso(Date.now()) }, { status: 201 });
      }),
    ],
  };
  return server;
}

export { until } from '../support/until.js';
