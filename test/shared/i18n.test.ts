import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_LOCALE, defineMessages, normalizeLocale, resolveLocale } from '../../src/shared/i18n.js';
import type { Locale } from '../../src/shared/i18n.js';

/** Matches any space a formatter may use as a thousands separator (space, NBSP, narrow NBSP). */
const SP = '[\\s\\u00a0\\u202f]';

describe('normalizeLocale', () => {
  it('maps language tags to supported locales', () => {
    expect(normalizeLocale('fr')).to.equal('fr');
    expect(normalizeLocale('fr-FR')).to.equal('fr');
    expect(normalizeLocale('fr-CA')).to.equal('fr');
    expect(normalizeLocale('FR')).to.equal('fr');
    expect(normalizeLocale('en')).to.equal('en');
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('en_US')).to.equal('en');
    expect(normalizeLocale(' En-gb ')).to.equal('en');
  });

  it('returns undefined for unknown or empty values', () => {
    for (const value of ['de', 'de-DE', 'oc', 'english', 'f', 'fra', 'x-fr', '', ' ', null, undefined]) {
      expect(normalizeLocale(value), String(value)).to.equal(undefined);
    }
  });
});

describe('resolveLocale', () => {
  let htmlLang: string;
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('reads lang on the element itself', async () => {
    const el = await fixture(html`<div lang="en-GB"></div>`);
    expect(resolveLocale(el)).to.equal('en');
  });

  it('reads lang on the closest ancestor', async () => {
    const el = await fixture(html`<div lang="fr"><section lang="en"><p><span></span></p></section></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
    expect(resolveLocale(el)).to.equal('fr');
  });

  it('crosses shadow roots up to the host and beyond', async () => {
    const outer = await fixture(html`<div lang="en"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="inner-host"></div>';
    const innerShadow = shadow.querySelector('.inner-host')!.attachShadow({ mode: 'closed' });
    innerShadow.innerHTML = '<p><b></b></p>';
    const deep = innerShadow.querySelector('b')!;
    expect(resolveLocale(deep)).to.equal('en');

    shadow.querySelector('.inner-host')!.setAttribute('lang', 'fr-FR');
    expect(resolveLocale(deep)).to.equal('fr');
  });

  it('lang directly on a shadow root child wins over the host', async () => {
    const host = await fixture(html`<div lang="fr"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div lang="en"><span></span></div>';
    expect(resolveLocale(shadow.querySelector('span')!)).to.equal('en');
  });

  it('skips unsupported languages up to a supported one', async () => {
    const el = await fixture(html`<div lang="en"><div lang="de"><span></span></div></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });

  it('falls back to <html lang> then to French', async () => {
    // The test page is <html lang="fr">: switch it to check the fallback is really read.
    document.documentElement.lang = 'en-US';
    const attached = await fixture(html`<div><span></span></div>`);
    expect(resolveLocale(attached.querySelector('span')!)).to.equal('en');
    const detached = document.createElement('span');
    expect(resolveLocale(detached)).to.equal('en');

    document.documentElement.lang = 'de';
    expect(resolveLocale(detached)).to.equal('fr');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(detached)).to.equal('fr');
    expect(DEFAULT_LOCALE).to.equal('fr');
  });

  it('ignores an empty lang attribute', async () => {
    const el = await fixture(html`<div lang="en"><p lang=""><span></span></p></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });
});

describe('defineMessages', () => {
  const t = defineMessages({
    fr: {
      hello: 'Bonjour {name} !',
      plain: 'Texte simple',
      twice: '{a} puis {a} et {b}',
      resources: { zero: 'Aucune ressource', one: '{count} ressource', other: '{count} ressources' },
      pupils: { one: '{count} élève', other: '{count} élèves' },
      total: 'Total : {n}',
    },
    en: {
      hello: 'Hello {name}!',
      plain: 'Plain text',
      twice: '{a} then {a} and {b}',
      resources: { zero: 'No resources', one: '{count} resource', other: '{count} resources' },
      pupils: { one: '{count} pupil', other: '{count} pupils' },
      total: 'Total: {n}',
    },
  });

  it('returns the message in the requested locale', () => {
    expect(t('fr', 'plain')).to.equal('Texte simple');
    expect(t('en', 'plain')).to.equal('Plain text');
  });

  it('interpolates string and number params, every occurrence', () => {
    expect(t('fr', 'hello', { name: 'Camille' })).to.equal('Bonjour Camille !');
    expect(t('en', 'hello', { name: 'Camille' })).to.equal('Hello Camille!');
    expect(t('fr', 'twice', { a: 'x', b: 2 })).to.equal('x puis x et 2');
  });

  it('does not interpret replacement patterns or placeholders inside values', () => {
    expect(t('en', 'hello', { name: '$& $1 $$' })).to.equal('Hello $& $1 $$!');
    expect(t('en', 'twice', { a: '{b}', b: 'B' })).to.equal('{b} then {b} and B');
  });

  it('formats numbers for the locale', () => {
    expect(t('fr', 'total', { n: 1000 })).to.match(new RegExp(`^Total : 1${SP}000$`));
    expect(t('en', 'total', { n: 1000 })).to.equal('Total: 1,000');
    expect(t('fr', 'total', { n: 3.5 })).to.equal('Total : 3,5');
    expect(t('en', 'total', { n: 3.5 })).to.equal('Total: 3.5');
    expect(t('fr', 'total', { n: '1000' })).to.equal('Total : 1000');
  });

  it('leaves a missing placeholder visible instead of throwing', () => {
    expect(t('fr', 'hello')).to.equal('Bonjour {name} !');
    expect(t('fr', 'hello', {})).to.equal('Bonjour {name} !');
    expect(t('fr', 'twice', { a: 'x' })).to.equal('x puis x et {b}');
  });

  it('chooses French plural forms (0 and 1 are singular, zero wins when given)', () => {
    expect(t('fr', 'resources', { count: 0 })).to.equal('Aucune ressource');
    expect(t('fr', 'resources', { count: 1 })).to.equal('1 ressource');
    expect(t('fr', 'resources', { count: 2 })).to.equal('2 ressources');
    expect(t('fr', 'resources', { count: 1000 })).to.match(new RegExp(`^1${SP}000 ressources$`));
    expect(t('fr', 'pupils', { count: 0 })).to.equal('0 élève');
    expect(t('fr', 'pupils', { count: 1 })).to.equal('1 élève');
    expect(t('fr', 'pupils', { count: 1.5 })).to.equal('1,5 élève');
    expect(t('fr', 'pupils', { count: 25 })).to.equal('25 élèves');
  });

  it('chooses English plural forms (0 is plural)', () => {
    expect(t('en', 'resources', { count: 0 })).to.equal('No resources');
    expect(t('en', 'resources', { count: 1 })).to.equal('1 resource');
    expect(t('en', 'resources', { count: 2 })).to.equal('2 resources');
    expect(t('en', 'pupils', { count: 0 })).to.equal('0 pupils');
    expect(t('en', 'pupils', { count: 1 })).to.equal('1 pupil');
    expect(t('en', 'pupils', { count: 1.5 })).to.equal('1.5 pupils');
    expect(t('en', 'pupils', { count: 1234 })).to.equal('1,234 pupils');
  });

  it('uses "other" when count is not a number (untyped callers)', () => {
    const loose = t as unknown as (locale: Locale, key: string, params?: Record<string, unknown>) => string;
    expect(loose('en', 'pupils')).to.equal('{count} pupils');
    expect(loose('en', 'pupils', { count: '1' })).to.equal('1 pupils');
  });

  it('falls back to French, then to the key, for untyped callers', () => {
    const loose = t as unknown as (locale: string, key: string) => string;
    expect(loose('de', 'plain')).to.equal('Texte simple');
    expect(loose('fr', 'unknown.key')).to.equal('unknown.key');

    // Simulates a catalog edited in JS with an English string missing.
    const raw = { fr: { a: 'A fr', b: 'B fr {n}' }, en: { a: 'A en' } } as unknown as Parameters<typeof defineMessages>[0];
    const broken = defineMessages(raw) as unknown as (locale: Locale, key: string, params?: Record<string, number>) => string;
    expect(broken('en', 'b', { n: 1000 })).to.equal('B fr 1,000');
  });

  it('keeps two catalogs independent', () => {
    const a = defineMessages({ fr: { title: 'Médiacentre' }, en: { title: 'Media centre' } });
    const b = defineMessages({ fr: { title: 'Actualités' }, en: { title: 'News' } });
    expect(a('fr', 'title')).to.equal('Médiacentre');
    expect(b('fr', 'title')).to.equal('Actualités');
    expect(a('en', 'title')).to.equal('Media centre');
    expect(b('en', 'title')).to.equal('News');
  });

  it('is checked at compile time', () => {
    // Each line below must fail to type-check (tsc reports an unused @ts-expect-error otherwise).
    // @ts-expect-error en is missing a key of fr
    defineMessages({ fr: { a: 'A', b: 'B' }, en: { a: 'A' } });
    // @ts-expect-error en has a key that fr does not have
    defineMessages({ fr: { a: 'A' }, en: { a: 'A', extra: 'E' } });
    // @ts-expect-error en must be plural where fr is plural
    defineMessages({ fr: { n: { one: 'un', other: 'des' } }, en: { n: 'some' } });
    // @ts-expect-error a plural message needs `one` and `other`
    defineMessages({ fr: { n: { one: 'un' } }, en: { n: { one: 'one' } } });

    // @ts-expect-error unknown key
    expect(t('fr', 'nope')).to.equal('nope');
    // @ts-expect-error plural messages require a count
    expect(t('fr', 'pupils')).to.equal('{count} élèves');
    // @ts-expect-error params are strings or numbers
    expect(t('fr', 'hello', { name: true })).to.equal('Bonjour true !');
    // @ts-expect-error locales are fr | en
    expect(t('de', 'plain')).to.equal('Texte simple');
  });
});
