// 1,000 resources (the demo's `?scenario=many`): incremental rendering with a correct set size
// and position, and the time of the first render and of a search keystroke (median of runs).
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { worker } from '../support/msw.js';
import { buildCatalog, filterCatalog, EMPTY_FILTERS } from '../../src/mediacentre/model.js';
import { PAGE_SIZE, type GarMediacentre } from '../../src/mediacentre/mediacentre.js';
import { byLabel, buttonNamed, cards, clearStorage, COLLEGE, mockApi, mount, record, root, settled, typeInto } from './fixtures.js';

const DISCIPLINES = ['mathématiques', 'français', 'histoire-géographie', 'anglais', 'espagnol', 'SVT', 'physique-chimie', 'technologie', 'arts plastiques', 'éducation musicale', 'EPS', 'allemand'];
const LEVELS = ['6e', '5e', '4e', '3e', '2nde', '1re', 'Tle'];
const TYPES = [
  { code: 'MAN', nom: 'manuel numérique' },
  { code: 'DIC', nom: 'dictionnaire' },
  { code: 'MUL', nom: 'multimédia' },
  { code: 'PRO', nom: 'production pédagogique' },
  { code: 'ACC', nom: 'entraînement' },
  { code: 'DOC', nom: 'documentaire' },
];

function manyRecords(n = 1000): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) =>
    record(`many-${String(i).padStart(4, '0')}`, {
      nomRessource: `${DISCIPLINES[i % DISCIPLINES.length]} ${LEVELS[i % LEVELS.length]} — ressource n° ${i + 1}`,
      nomEditeur: `Éditions ${String.fromCharCode(65 + (i % 26))}${i % 3}`,
      typePresentation: TYPES[i % TYPES.length],
      niveauEducatif: [{ nom: LEVELS[i % LEVELS.length] }, { nom: LEVELS[(i + 1) % LEVELS.length] }],
      domaineEnseignement: [{ nom: DISCIPLINES[i % DISCIPLINES.length] }],
    }),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Mounts and resolves with the time until the first cards are laid out. */
async function timedMount(): Promise<{ el: GarMediacentre; ms: number }> {
  const start = performance.now();
  const elPromise = mount();
  const el = await elPromise;
  const ms = await new Promise<number>((resolve) => {
    const check = () => {
      const list = root(el).querySelector('.cards');
      if (list) {
        list.getBoundingClientRect(); // style and layout included
        resolve(performance.now() - start);
        return true;
      }
      return false;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(root(el), { childList: true, subtree: true });
  });
  return { el, ms };
}

describe('<gar-mediacentre> with 1,000 resources', () => {
  beforeEach(() => clearStorage());
  afterEach(() => worker.resetHandlers());

  it('renders the first page with aria-setsize/aria-posinset, then more on demand with focus kept', async () => {
    mockApi({ resources: { [COLLEGE]: manyRecords() } });
    const el = await mount();
    await settled(el);
    expect(cards(el)).to.have.length(PAGE_SIZE);
    expect(cards(el)[0]!.getAttribute('aria-setsize')).to.equal('1000');
    expect(cards(el)[59]!.getAttribute('aria-posinset')).to.equal('60');
    const more = buttonNamed(root(el), /^Afficher plus de ressources/);
    expect(more.textContent!.replace(/\s+/g, ' ')).to.contain('60 affichées sur 1 000');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(cards(el)).to.have.length(PAGE_SIZE * 2);
    expect(cards(el)[60]!.getAttribute('aria-posinset')).to.equal('61');
    expect(root(el).activeElement).to.equal(cards(el)[60]!.querySelector('a'));
    // Filtering starts from the first page again, with the filtered set size.
    await typeInto(el, byLabel<HTMLInputElement>(el, 'Rechercher une ressource'), 'espagnol 2nde');
    const size = cards(el)[0]!.getAttribute('aria-setsize');
    expect(Number(size)).to.be.greaterThan(0).and.lessThan(1000);
    expect(cards(el).length).to.equal(Math.min(PAGE_SIZE, Number(size)));
    // One shadow root for the whole list.
    expect(root(el).querySelectorAll('*').length).to.be.greaterThan(0);
    expect([...root(el).querySelectorAll('*')].some((node) => node.shadowRoot)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('measures the first render and a search keystroke (median of runs)', async function () {
    this.timeout(60_000);
    const records = manyRecords();
    const firstRenders: number[] = [];
    const keystrokes: number[] = [];
    const catalogs: number[] = [];
    for (let run = 0; run < 7; run++) {
      clearStorage();
      worker.resetHandlers();
      mockApi({ resources: { [COLLEGE]: records } });
      const { el, ms } = await timedMount();
      firstRenders.push(ms);
      await settled(el);
      const input = byLabel<HTMLInputElement>(el, 'Rechercher une ressource');
      for (const value of ['m', 'ma', 'mat', 'math', 'maths']) {
        const start = performance.now();
        await typeInto(el, input, value);
        root(el).querySelector('.cards, [part="empty"]')?.getBoundingClientRect();
        keystrokes.push(performance.now() - start);
      }
      const start = performance.now();
      filterCatalog(buildCatalog([{ uai: COLLEGE, records }]), EMPTY_FILTERS, new Set(), 'fr');
      catalogs.push(performance.now() - start);
      el.remove();
    }
    const report = {
      firstRenderMs: Math.round(median(firstRenders)),
      keystrokeMs: Math.round(median(keystrokes) * 10) / 10,
      keystrokeMaxMs: Math.round(Math.max(...keystrokes) * 10) / 10,
      catalogBuildMs: Math.round(median(catalogs) * 10) / 10,
    };
    console.log(`[perf] 1,000 resources: ${JSON.stringify(report)} keystrokes=${keystrokes.map((k) => k.toFixed(1)).join(",")} first=${firstRenders.map((k) => k.toFixed(0)).join(",")}`);
    // Generous bounds: a regression guard, not a benchmark.
    expect(report.keystrokeMs).to.be.lessThan(50);
    expect(report.firstRenderMs).to.be.lessThan(1500);
  });
});
