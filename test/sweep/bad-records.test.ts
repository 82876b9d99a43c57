// The bad records the penetration test found (issue 20), each among good ones: the bad record
// is dropped and logged for the vendor (operation, id, field — never its content), the others
// are shown, nothing throws, and "undefined" is never on screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { NOW, resetMock, useMock } from '../support/mock.js';
import { worker } from '../support/msw.js';
import '../../src/index.js';
import { renderAnnouncementList } from '../../src/announcements/view.js';
import type { Announcement } from '../../src/shared/api/types.js';
import { badAnswer, userText } from './bad-answers.js';
import { SubscriptionsSection } from '../../src/affectation/sections/subscriptions.js';

type Json = Record<string, unknown>;
type Host = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void; now?: unknown };

/** The answer's list under `key` with its first records replaced by `bad` (copies of a good one, changed). */
function spoil(key: string, bad: Array<(good: Json) => Json>) {
  return (body: unknown) => {
    const list = (body as Record<string, Json[]>)[key];
    return { ...(body as Json), [key]: [...bad.map((change) => change(structuredClone(list[0]))), ...list] };
  };
}

async function mount(tag: string, attrs: Record<string, string> = {}): Promise<Host> {
  const el = document.createElement(tag) as Host;
  for (const [name, value] of Object.entries({ 'api-base': '/api', ...attrs })) el.setAttribute(name, value);
  if (tag === 'ent-targeted-announcement') el.now = () => NOW.getTime();
  if (tag === 'gar-affectation-console') el.now = () => NOW;
  await fixture(html`<div style="width: 760px">${el}</div>`);
  return el;
}

describe('bad records among good ones', () => {
  let warnings: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(async () => {
    console.warn = warn;
    await resetMock();
  });

  it('<ent-announcement-admin>: an audience of null and a string for questions drop those two rows only', async () => {
    useMock('admin');
    worker.use(
      badAnswer('/admin/announcements', spoil('announcements', [
        (a) => ({ ...a, id: 'bad-audience', title: 'Audience nulle', audience: null }),
        (a) => ({ ...a, id: 'bad-form', title: 'Questions en texte', form: { questions: 'Êtes-vous là ?' } }),
      ])),
    );
    const el = await mount('ent-announcement-admin');
    await waitUntil(() => el.shadowRoot!.querySelector('li.row'), 'rows listed');
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')];
    expect(rows.map((r) => r.dataset.id)).not.to.include.members(['bad-audience']);
    expect(rows.map((r) => r.dataset.id)).not.to.include('bad-form');
    expect(rows.length).to.be.greaterThan(2);
    const log = JSON.stringify(warnings);
    expect(log).to.contain('GET /admin/announcements').and.to.contain('bad-audience: audience').and.to.contain('bad-form: form');
    expect(log).not.to.contain('Audience nulle');
    expect(userText(el.shadowRoot!)).not.to.match(/\bundefined\b/);
  });

  it('<gar-affectation-console>: a string for counts and a null resource hide only those two subscriptions', async () => {
    useMock('responsable');
    worker.use(
      badAnswer('/affectation/establishments/:uai/subscriptions', spoil('subscriptions', [
        (s) => ({ ...s, id: 'bad-counts', counts: 'beaucoup' }),
        (s) => ({ ...s, id: 'bad-resource', resource: null }),
      ])),
    );
    const el = await mount('gar-affectation-console', { section: 'subscriptions' });
    await waitUntil(() => el.shadowRoot!.querySelector('.panel[aria-busy="false"] tr[data-id]'), 'table shown');
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-id]')].map((r) => r.dataset.id);
    expect(ids).not.to.include('bad-counts');
    expect(ids).not.to.include('bad-resource');
    expect(ids.length).to.be.greaterThan(2);
    expect(JSON.stringify(warnings)).to.contain('bad-counts: counts').and.to.contain('bad-resource: resource');
    expect(userText(el.shadowRoot!)).not.to.match(/\bundefined\b/);
  });

  it('<ent-targeted-announcement>: a string for questions and a missing title drop those two only; the dismiss buttons name real titles', async () => {
    useMock('eleve');
    worker.use(
      badAnswer('/announcements', spoil('announcements', [
        (a) => ({ ...a, id: 'bad-form', title: 'Questions en texte', form: { questions: 'Êtes-vous là ?' } }),
        (a) => {
          delete a.title;
          return { ...a, id: 'no-title' };
        },
      ])),
    );
    const el = await mount('ent-targeted-announcement', { 'refresh-interval': '0' });
    await waitUntil(() => el.shadowRoot!.querySelector('article'), 'announcements drawn');
    await el.updateComplete;
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('article[data-id]')].map((a) => a.dataset.id);
    expect(ids).not.to.include('bad-form');
    expect(ids).not.to.include('no-title');
    expect(ids.length).to.be.greaterThan(0);
    expect(el.hidden).to.equal(false);
    for (const button of el.shadowRoot!.querySelectorAll('[part~="dismiss-button"]')) expect(button.textContent).not.to.contain('undefined');
    expect(userText(el.shadowRoot!)).not.to.match(/\bundefined\b/);
    expect(JSON.stringify(warnings)).to.contain('no-title: title').and.to.contain('bad-form: form');
  });

  it('a title longer than the contract allows (2 MB) is cut to 120 characters, in the region and in the admin', async () => {
    const long = 'Titre sans fin '.repeat(140_000);
    useMock('eleve');
    worker.use(badAnswer('/announcements', spoil('announcements', [(a) => ({ ...a, id: 'long', title: long, kind: 'alerte' })])));
    const region = await mount('ent-targeted-announcement', { 'refresh-interval': '0' });
    await waitUntil(() => region.shadowRoot!.querySelector('article[data-id="long"]'), 'long one drawn');
    await region.updateComplete;
    const title = region.shadowRoot!.querySelector('article[data-id="long"] [part~="title"]')!.textContent!.trim();
    expect(title).to.have.length(120);
    expect(title.endsWith('…')).to.equal(true);
    expect(long.startsWith(title.slice(0, 119))).to.equal(true);
    await resetMock();

    useMock('admin');
    worker.use(badAnswer('/admin/announcements', spoil('announcements', [(a) => ({ ...a, id: 'long', title: long })])));
    const admin = await mount('ent-announcement-admin');
    await waitUntil(() => admin.shadowRoot!.querySelector('li.row[data-id="long"]'), 'long row listed');
    expect(admin.shadowRoot!.querySelector('li.row[data-id="long"] .title')!.textContent!.trim()).to.have.length(120);
  });

  it('<ent-announcement-admin>: a row that throws while drawn is replaced by a short notice, the others stay', async () => {
    useMock('admin');
    const el = await mount('ent-announcement-admin');
    await waitUntil(() => el.shadowRoot!.querySelector('li.row[data-id]'), 'rows listed');
    const before = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row[data-id]')].map((r) => r.dataset.id!);
    // Fault injection: the drawing of one row throws (as a record the reader let through might).
    const draw = Object.getPrototypeOf(el).renderRow as (item: { id: string }, level: number) => unknown;
    Object.assign(el, {
      renderRow(item: { id: string }, level: number) {
        if (item.id === before[0]) throw new TypeError('n.map is not a function');
        return draw.call(this, item, level);
      },
    });
    el.requestUpdate();
    await el.updateComplete;
    const after = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row[data-id]')].map((r) => r.dataset.id!);
    expect(after).to.deep.equal(before.slice(1));
    expect(el.shadowRoot!.querySelector('li.unreadable')!.textContent).to.equal('Cette annonce ne peut pas être affichée.');
    await expect(el).to.be.accessible();
  });

  it('an announcement that throws while drawn is replaced by a short notice, the others stay', async () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, title: `Annonce ${id}` }) as Announcement);
    const stage = document.createElement('div');
    document.body.append(stage);
    try {
      render(
        renderAnnouncementList(
          items,
          (a) => {
            if (a.id === 'b') throw new TypeError('n.map is not a function');
            return html`<article data-id=${a.id}>${a.title}</article>`;
          },
          { locale: 'fr', onMore: () => undefined },
        ),
        stage,
      );
      expect([...stage.querySelectorAll('article')].map((a) => a.dataset.id)).to.deep.equal(['a', 'c']);
      expect(stage.querySelector('.unreadable')!.textContent).to.equal('Cette annonce ne peut pas être affichée.');
      expect(stage.querySelectorAll('li')).to.have.length(3);
    } finally {
      stage.remove();
    }
  });

  it('<gar-affectation-console>: a subscription row that throws while drawn is replaced by a short notice, the others stay', async () => {
    useMock('responsable');
    const draw = Object.getOwnPropertyDescriptor(SubscriptionsSection.prototype, 'rowTemplate')!.value as (...args: unknown[]) => unknown;
    // Fault injection: the drawing of one row throws (as a record the reader let through might).
    Object.defineProperty(SubscriptionsSection.prototype, 'rowTemplate', {
      configurable: true,
      value(this: unknown, locale: unknown, row: { sub: { id: string } }, index: number) {
        if (row.sub.id === 'sub-0330001A-015') throw new TypeError('e.counts.reduce is not a function');
        return draw.call(this, locale, row, index);
      },
    });
    try {
      const el = await mount('gar-affectation-console', { section: 'subscriptions' });
      await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'rows listed');
      const broken = el.shadowRoot!.querySelector<HTMLElement>('tr[data-id="sub-0330001A-015"]')!;
      expect(broken.classList.contains('unreadable')).to.equal(true);
      expect(broken.textContent!.trim()).to.equal('Cet abonnement ne peut pas être affiché.');
      expect(el.shadowRoot!.querySelectorAll('tbody tr:not(.unreadable) td .button').length).to.be.greaterThan(20);
      expect(JSON.stringify(warnings)).to.contain('a record could not be drawn').and.not.to.contain('Physique');
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(SubscriptionsSection.prototype, 'rowTemplate', { configurable: true, value: draw });
    }
  });

  it('<gar-mediacentre>: a card that throws while drawn is replaced by a short notice, the others stay', async () => {
    useMock('eleve');
    const el = await mount('gar-mediacentre');
    // Listed, and the favourites in (they reorder the list).
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"][aria-busy="false"] [part~="card-title"]'), 'cards listed');
    const titles = () => [...el.shadowRoot!.querySelectorAll('[part~="card-title"]')].map((title) => title.textContent!.trim());
    const before = titles();
    // Fault injection: drawing the first card throws (as a record the reader let through might).
    Object.assign(el, {
      isFamilyOpen(entry: { resource: { title: string } }) {
        if (before[0]!.startsWith(entry.resource.title)) throw new TypeError('Cannot read properties of null');
        return false;
      },
    });
    el.requestUpdate();
    await el.updateComplete;
    expect(titles()).to.deep.equal(before.slice(1));
    const notice = el.shadowRoot!.querySelector('[part="list"] > li.unavailable')!;
    expect(notice.textContent!.trim()).to.equal('Cette ressource ne peut pas être affichée.');
    expect(JSON.stringify(warnings)).to.contain('a record could not be drawn');
    await expect(el).to.be.accessible();
  });
});
