// Usage statistics: chart with a text alternative, table, small counts as "< 5", CSV export.
import { expect, oneEvent } from '@open-wc/testing';
import '../support/contract.js';
import { click, mount, resetMock, resourceChoices, root, settled, text, useMock, waitFor } from './helpers.js';

describe('<gar-affectation-console> statistics', () => {
  afterEach(() => resetMock());

  it('shows a month table, an accessible chart and never a count from 1 to 4', async () => {
    useMock('responsable');
    for (const lang of ['fr', 'en']) {
      const el = await mount({ lang, section: 'statistics' });
      await settled(el);
      const r = root(el);
      const table = await waitFor(() => r.querySelector('table.statistics'), 'statistics table');
      const months = table.querySelectorAll('tbody tr');
      expect(months.length).to.be.greaterThan(0);
      const chart = r.querySelector('svg[role="img"]')!;
      // Every bar's value is drawn inside the chart, the tallest one's too (it was cut off above).
      for (const value of chart.querySelectorAll('text.bar-value')) expect(Number(value.getAttribute('y')), text(value)).to.be.at.least(12);
      expect(chart.getAttribute('aria-label')).to.match(lang === 'fr' ? /^Sessions par mois de « .+ » : / : /^Sessions per month of “.+”: /);
      for (const cell of table.querySelectorAll('tbody td')) {
        const value = text(cell);
        // 1–4 are suppressed ("< 5"); a zero describes nobody and is shown.
        if (value !== '< 5') expect(Number(value), `cell ${value}`).to.satisfy((n: number) => n === 0 || n >= 5);
      }
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('finds suppressed counts shown as "< 5" and exports them so in the CSV', async () => {
    useMock('responsable');
    const el = await mount({ section: 'statistics' });
    await settled(el);
    const r = root(el);
    await waitFor(() => r.querySelector('#stats-subscription'), 'resource picker');
    let found = false;
    for (const choice of resourceChoices(el, '#stats-subscription')) {
      await click(el, choice);
      if (text(r.querySelector('table.statistics tbody')).includes('< 5')) {
        found = true;
        expect(r.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.contain('< 5');
        break;
      }
    }
    expect(found, 'some resource has a suppressed month').to.equal(true);
    const listener = oneEvent(el, 'gar-csv-download');
    // The button says it exports every resource, and the file its period.
    expect(text(r.querySelector('#export-stats'))).to.equal('Exporter toutes les ressources (CSV)');
    await click(el, r.querySelector<HTMLButtonElement>('#export-stats')!);
    const { csv, filename } = ((await listener) as CustomEvent<{ csv: string; filename: string }>).detail;
    expect(filename).to.match(/^statistiques-0330001A-\d{4}-\d{2}_\d{4}-\d{2}\.csv$/);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('Ressource;id;Mois;Sessions;Utilisateurs');
    expect(lines.some((line) => line.endsWith(';< 5') || line.includes(';< 5;'))).to.equal(true);
    for (const line of lines.slice(1)) {
      const [sessions, users] = line.split(';').slice(-2);
      for (const v of [sessions, users]) if (v !== '< 5') expect(Number(v)).to.satisfy((n: number) => n === 0 || n >= 5);
    }
  });
});
