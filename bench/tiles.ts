// Bench page: <ent-tile-news> with 20 articles and <ent-targeted-announcement> with 10
// announcements, on the real mock back end (msw). The demo data holds fewer current
// announcements for one user: the missing ones are published first through the admin API.
import { configureMock } from '../src/mocks/index.js';
import { startMockApi } from '../src/mocks/browser.js';
import type { Announcement, AnnouncementInput } from '../src/shared/api/types.js';
import { arrivalOf, clearWidgetStorage, installFetchProbe, nextPaint, pause, until } from './harness.js';

const USER = 'eleve';
const ANNOUNCEMENTS = 10;
const ARTICLES = 20;

configureMock({ user: USER, scenario: 'default' });
await startMockApi({ quiet: true });
installFetchProbe();
await import('../src/tiles/define-news.js');
await import('../src/announcements/define-announcement.js');

const stage = document.getElementById('stage')!;
let current: HTMLElement | undefined;

/** Announcements the pupil's element shows now: started (the list also holds those starting within 24 h) and not dismissed. */
async function visibleAnnouncements(): Promise<number> {
  const body = (await (await fetch('/api/announcements')).json()) as { announcements: Announcement[] };
  const now = Date.now();
  return body.announcements.filter((a) => !a.read && Date.parse(a.startsAt) <= now).length;
}

/** Publishes announcements (as the ENT admin) until the pupil has 10 to read. */
async function seedAnnouncements(): Promise<number> {
  let missing = ANNOUNCEMENTS - (await visibleAnnouncements());
  configureMock({ user: 'admin' });
  const now = Date.now();
  for (let i = 0; missing > 0; i++, missing--) {
    const response = await fetch('/api/admin/announcements', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${now}-${i}` },
      body: JSON.stringify(<AnnouncementInput>{
        kind: i % 3 === 0 ? 'avertissement' : 'information',
        title: `Information n° ${i + 1} du banc d’essai`,
        body: `<p>Texte de l’annonce n° ${i + 1} : <strong>rappel</strong> pour toute la communauté éducative.</p>`,
        startsAt: new Date(now - 3_600_000 * (i + 1)).toISOString(),
        endsAt: new Date(now + 86_400_000 * 7).toISOString(),
        dismissible: true,
        audience: { profiles: [], levels: [], divisions: [] },
        channel: 'home',
        state: 'published',
      }),
    });
    if (!response.ok) throw new Error(`bench: announcement not created (${response.status}) ${await response.text()}`);
  }
  configureMock({ user: USER });
  return visibleAnnouncements();
}

async function rubriqueIds(): Promise<string> {
  const body = (await (await fetch('/api/news/rubriques')).json()) as { rubriques: Array<{ id: string; blogEnabled?: boolean }> };
  return body.rubriques.filter((r) => r.blogEnabled).map((r) => r.id).join(',');
}

let rubriques = '';

async function mount(tag: string, attrs: Record<string, string>): Promise<{ el: HTMLElement & { updateComplete: Promise<unknown> }; start: number }> {
  current?.remove();
  clearWidgetStorage();
  await pause(50);
  const start = performance.now();
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  stage.append(el);
  current = el;
  await el.updateComplete;
  return { el, start };
}

/** News tile, 20 articles: data arrival → first render painted. */
async function news(): Promise<{ dataToPaint: number; mountToPaint: number; items: number }> {
  const { el, start } = await mount('ent-tile-news', { rubriques, limit: String(ARTICLES), 'tile-title': 'Actualités', 'heading-level': '2' });
  const root = el.shadowRoot!;
  await until(root, () => root.querySelector('[part="tile"][aria-busy="false"] [part="article"]'));
  const painted = await nextPaint();
  return { dataToPaint: painted - arrivalOf('/news/articles', start), mountToPaint: painted - start, items: root.querySelectorAll('[part="article"]').length };
}

/** Announcements, 10 items: data arrival → first render painted. */
async function announcements(): Promise<{ dataToPaint: number; mountToPaint: number; items: number }> {
  const { el, start } = await mount('ent-targeted-announcement', { 'heading-level': '2' });
  const root = el.shadowRoot!;
  await until(root, () => root.querySelectorAll('[part~="announcement"]').length >= ANNOUNCEMENTS);
  const painted = await nextPaint();
  return { dataToPaint: painted - arrivalOf('/announcements', start), mountToPaint: painted - start, items: root.querySelectorAll('[part~="announcement"]').length };
}

/** Both widgets on the page, loaded (for the heap measure). */
async function both(): Promise<void> {
  await news();
  const tile = current!;
  current = undefined;
  await announcements();
  stage.prepend(tile);
}

window.bench = {
  news,
  announcements,
  both,
  unmount: () => {
    stage.replaceChildren();
    current = undefined;
  },
  warm: async () => {
    rubriques = await rubriqueIds();
    const body = (await (await fetch(`/api/news/articles?rubriques=${rubriques}&limit=${ARTICLES}`)).json()) as { articles: unknown[] };
    const seeded = await seedAnnouncements();
    return { articles: body.articles.length, announcements: seeded };
  },
  ready: true,
};
