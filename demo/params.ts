// The demo's query parameters (?as=, ?lang=, ?scenario=, ?theme=), kept across the portal's
// pages: in the links, and for the browser session (a link without them, such as an
// article's, keeps the chosen user).
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

const KEY = 'ent-widgets-demo:params';

function saved(): Record<string, string> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function demoParams(search = location.search): DemoParams {
  const query = new URLSearchParams(search);
  const kept = saved();
  const get = (name: string): string | null => query.get(name) ?? kept[name] ?? null;
  const as = get('as');
  const scenario = get('scenario');
  const params: DemoParams = {
    as: as && as in mockUsers ? (as as DemoUser) : 'eleve',
    lang: get('lang') === 'en' ? 'en' : 'fr',
    scenario: scenarios.includes(scenario as Scenario) ? (scenario as Scenario) : 'default',
    theme: get('theme') === 'nuit' ? 'nuit' : 'clair',
  };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(params));
  } catch {
    // Storage refused (private mode): the links still carry the parameters.
  }
  return params;
}

/** A link to another page of the portal (with its own query, if any) that keeps the demo's parameters. */
export function pageLink(target: string): string {
  const { as, lang, scenario, theme } = demoParams();
  const [path, own] = target.split('?');
  const query = new URLSearchParams(own);
  query.set('as', as);
  if (lang !== 'fr') query.set('lang', lang);
  if (scenario !== 'default') query.set('scenario', scenario);
  if (theme !== 'clair') query.set('theme', theme);
  return `${path}?${query}`;
}
