// The demo's query parameters (?as=, ?lang=, ?scenario=), kept across the portal's pages.
import type { DemoUser, Scenario } from '../src/mocks/index.js';
import { mockUsers } from '../src/mocks/index.js';

export type DemoTheme = 'clair' | 'nuit';

export interface DemoParams {
  as: DemoUser;
  lang: 'fr' | 'en';
  scenario: Scenario;
  /** `nuit`: the second theme, made only of the documented custom properties and parts (demo.css). */
  theme: DemoTheme;
}

const scenarios: readonly Scenario[] = ['default', 'empty', 'error', 'slow', 'many'];

export function demoParams(search = location.search): DemoParams {
  const query = new URLSearchParams(search);
  const as = query.get('as');
  const scenario = query.get('scenario');
  return {
    as: as && as in mockUsers ? (as as DemoUser) : 'eleve',
    lang: query.get('lang') === 'en' ? 'en' : 'fr',
    scenario: scenarios.includes(scenario as Scenario) ? (scenario as Scenario) : 'default',
    theme: query.get('theme') === 'nuit' ? 'nuit' : 'clair',
  };
}

/** A link to another page of the portal that keeps the demo's parameters. */
export function pageLink(path: string): string {
  const { as, lang, scenario, theme } = demoParams();
  const query = new URLSearchParams({ as });
  if (lang !== 'fr') query.set('lang', lang);
  if (scenario !== 'default') query.set('scenario', scenario);
  if (theme !== 'clair') query.set('theme', theme);
  return `${path}?${query}`;
}
