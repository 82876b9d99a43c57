// Who is signed in, which scenario runs, and the mock's clock. Plain module state: the demo
// sets it from its query string, tests set it per test.

/** The demo's mock users (the `?as=` of the demo pages). */
export type DemoUser = 'eleve' | 'eleve3e' | 'enseignant' | 'documentaliste' | 'responsable' | 'responsableCollege' | 'responsableLycee' | 'admin' | 'anonyme';

/** `default` data; `empty` (users only); `error` (500 everywhere but /me); `slow` (~1.5 s per answer); `many` (a large establishment). */
export type Scenario = 'default' | 'empty' | 'error' | 'slow' | 'many';

/** The data a scenario runs on: `error` and `slow` reuse the default data. */
export type DataSet = 'default' | 'empty' | 'many';

export interface MockConfig {
  user: DemoUser;
  scenario: Scenario;
  now: () => Date;
}

const systemClock = (): Date => new Date();

let config: MockConfig = { user: 'eleve', scenario: 'default', now: systemClock };

/** Changes who is signed in, the scenario and/or the clock; unspecified fields keep their value. */
export function configureMock(changes: { user?: DemoUser; scenario?: Scenario; now?: () => Date }): void {
  config = {
    user: changes.user ?? config.user,
    scenario: changes.scenario ?? config.scenario,
    now: changes.now ?? config.now,
  };
}

export function getMockConfig(): Readonly<MockConfig> {
  return config;
}

export function dataSetOf(scenario: Scenario): DataSet {
  return scenario === 'empty' || scenario === 'many' ? scenario : 'default';
}

/** The mock's current time (the configured clock). */
export function now(): Date {
  return config.now();
}
