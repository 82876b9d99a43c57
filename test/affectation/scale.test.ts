// ?scenario=many: 3,000 people, 200 subscriptions. Loading the console and filtering its
// table stay quick (median of several runs, printed for the closing note).
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { mount, resetMock, root, settled, useMock } from './helpers.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('<gar-affectation-console> at scale (scenario many)', () => {
  afterEach(() => resetMock());

  it('loads 200 subscriptions and filters them quickly', async function () {
    this.timeout(60_000);
    const loads: number[] = [];
    const filters: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      useMock('responsable', 'many');
      const start = performance.now();
      const el = await mount();
      await settled(el);
      loads.push(performance.now() - start);
      const r = root(el);
      // 200 subscriptions, the first 50 in the DOM; the table tells assistive tech the real size.
      expect(r.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('201');
      expect(r.querySelectorAll('tbody tr').length).to.equal(50);
      const search = r.querySelector<HTMLInputElement>('#search')!;
      for (const query of ['math', 'physique chimie', '']) {
        const t0 = performance.now();
        search.value = query;
        search.dispatchEvent(new Event('input'));
        await el.updateComplete;
        filters.push(performance.now() - t0);
      }
      const t1 = performance.now();
      r.querySelector<HTMLInputElement>('#attention')!.click();
      await el.updateComplete;
      filters.push(performance.now() - t1);
      await resetMock();
    }
    console.log(`[scale] load median ${median(loads).toFixed(0)} ms (${loads.map((v) => v.toFixed(0)).join(', ')}); filter median ${median(filters).toFixed(1)} ms, max ${Math.max(...filters).toFixed(1)} ms`);
    expect(median(loads)).to.be.below(3000);
    expect(median(filters)).to.be.below(200);
  });

  it('shows the table 50 rows at a time, focus going to the first new row', async function () {
    this.timeout(20_000);
    useMock('responsable', 'many');
    const el = await mount();
    await settled(el);
    const r = root(el);
    for (const expected of [100, 150, 200]) {
      const more = r.querySelector<HTMLButtonElement>('#more-subscriptions')!;
      expect(more.textContent).to.match(new RegExp(`${expected - 50} affichés sur 200`));
      more.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      const rows = r.querySelectorAll('tbody tr');
      expect(rows.length).to.equal(expected);
      expect(r.activeElement).to.equal(rows[expected - 50]!.querySelector('th'));
      expect(rows[expected - 50]!.getAttribute('aria-rowindex')).to.equal(String(expected - 50 + 2));
    }
    expect(r.querySelector('#more-subscriptions')).to.equal(null);
    // A new search starts again from the first page.
    const search = r.querySelector<HTMLInputElement>('#search')!;
    search.value = 'a';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(r.querySelectorAll('tbody tr').length).to.be.at.most(50);
  });
});
