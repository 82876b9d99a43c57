// One change, one render: no tile schedules an update from its own updated() (what Lit's dev
// mode warns about as "scheduled an update after an update completed": a second render each
// time). The check is Lit's own: an update still pending once updated() has returned.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/tiles/define.js';
import { EntTileBanner, EntTileNews } from '../../src/tiles/define.js';
import { worker } from '../support/msw.js';
import '../support/contract.js';
import { articles, bannerTile, feedServer, images, newsTile, signedIn, tileHandler } from './fixtures.js';

type Spied = { updated(changed: Map<PropertyKey, unknown>): void; isUpdatePending: boolean; localName: string };

/** Counts the updates each tile scheduled from inside its own update cycle, while `run` runs. */
async function updatesAfterUpdate(run: () => Promise<void>): Promise<string[]> {
  const late: string[] = [];
  const restore: Array<() => void> = [];
  for (const ctor of [EntTileNews, EntTileBanner]) {
    const proto = ctor.prototype as unknown as Spied;
    const original = proto.updated;
    proto.updated = function (this: Spied, changed: Map<PropertyKey, unknown>) {
      original.call(this, changed);
      if (this.isUpdatePending) late.push(`${this.localName}: ${[...changed.keys()].map(String).join(', ')}`);
    };
    restore.push(() => (proto.updated = original));
  }
  try {
    await run();
  } finally {
    restore.forEach((undo) => undo());
  }
  return late;
}

describe('home-page tiles: one render per change', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });

  it('<ent-tile-news> loads and shows its articles without scheduling an update from updated()', async () => {
    const feed = feedServer(articles);
    worker.use(tileHandler(newsTile), feed.handler, signedIn(), images());
    const late = await updatesAfterUpdate(async () => {
      const el = await fixture<EntTileNews>(html`<ent-tile-news tile-id="actualites"></ent-tile-news>`);
      await el.loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(3);
      el.limit = 2;
      await el.updateComplete;
      await el.loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(2);
      el.public = true;
      await el.updateComplete;
      await el.loaded;
      await el.updateComplete;
    });
    expect(late).to.deep.equal([]);
  });

  it('<ent-tile-banner> loads and shows its image and article without scheduling an update from updated()', async () => {
    worker.use(tileHandler(bannerTile), signedIn(), images());
    const late = await updatesAfterUpdate(async () => {
      const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
      await el.loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.exist;
      // The portal learns the page is public once the session is known.
      el.public = true;
      await el.updateComplete;
      await el.loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.exist;
    });
    expect(late).to.deep.equal([]);
  });
});
