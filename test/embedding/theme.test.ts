// The demo's second theme ("nuit"), made only of documented custom properties and parts:
// it reaches every element, and every element stays accessible in it (contrast included).
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { withEverythingLaidOut } from '../support/axe.js';
import '../../src/index.js';
import { allSettled, mountAll, resetMock, shadow, TAGS, useMock } from './page.js';

async function useTheme(): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/demo.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  document.documentElement.dataset.theme = 'nuit';
  return () => {
    link.remove();
    delete document.documentElement.dataset.theme;
  };
}

describe('the second theme', () => {
  let removeTheme: (() => void) | undefined;
  afterEach(async () => {
    removeTheme?.();
    await resetMock();
  });

  for (const user of ['responsable', 'admin'] as const) {
    it(`reaches every element through custom properties and parts, and stays accessible (as ${user})`, async function () {
      this.timeout(40_000);
      removeTheme = await useTheme();
      useMock(user);
      const stage = await mountAll();
      await allSettled(stage);
      const news = shadow(stage, 'ent-tile-news');
      // A custom property (text colour) and a ::part rule (article corners) from the theme.
      expect(getComputedStyle(stage.querySelector('ent-tile-news')!).color).to.equal('rgb(232, 234, 237)');
      const article = news.querySelector<HTMLElement>('[part~="article"]')!;
      expect(getComputedStyle(article).borderTopLeftRadius).to.equal('12px');
      for (const tag of TAGS) {
        const el = stage.querySelector(tag)!;
        await withEverythingLaidOut(el, () => expect(el, tag).to.be.accessible());
      }
    });
  }
});
