/**
 * A tiny localisation layer. Our widgets land in portals that may already run other Lit apps
 * (or another copy of this library) using @lit/localize, which can be configured only once
 * per page (lit#1661). So: no global state. Each family defines its own catalog, and the
 * locale is read from `lang` where the widget sits.
 */

export type Locale = 'fr' | 'en';

export const DEFAULT_LOCALE: Locale = 'fr';

/** A message chosen by the `count` param; `zero` (when present) wins for exactly 0. */
export interface PluralMessage {
  zero?: string;
  one: string;
  other: string;
}

/** A string with `{name}` placeholders, or a plural message. */
export type Message = string | PluralMessage;

export type MessageParams = Record<string, string | number>;

/**
 * Maps a BCP 47 tag to a supported locale by its language subtag:
 * 'en-GB' → 'en', 'FR-fr' → 'fr', 'de' / '' / null → undefined.
 */
export function normalizeLocale(value: string | null | undefined): Locale | undefined {
  const language = value?.trim().split(/[-_]/)[0]?.toLowerCase();
  return language === 'fr' || language === 'en' ? language : undefined;
}

/**
 * The locale of an element: the `lang` of the element or its closest ancestor, crossing
 * shadow roots to their host, then `<html lang>`, else French.
 *
 * An unsupported `lang` on the way (say `de`) is skipped rather than forcing the default:
 * the nearest language we do speak is the best guess for that reader.
 */
export function resolveLocale(el: Element): Locale {
  let node: Element | null = el;
  while (node) {
    const locale = normalizeLocale(node.getAttribute('lang'));
    if (locale) return locale;
    node = node.parentElement ?? hostOf(node);
  }
  return normalizeLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** What `en` must look like for a given `fr`: same keys, same kind (string or plural). */
type Counterpart<F> = { [K in keyof F]: F[K] extends string ? string : PluralMessage };

/** No key beyond those of `F`. */
type NoExtraKeys<F, E> = E & Record<Exclude<keyof E, keyof F>, never>;

/** Plural messages need their `count`; plain strings take optional params. */
type ParamsFor<M> = M extends PluralMessage
  ? [params: MessageParams & { count: number }]
  : [params?: MessageParams];

export type Translate<F extends Record<string, Message>> = <K extends keyof F & string>(
  locale: Locale,
  key: K,
  ...params: ParamsFor<F[K]>
) => string;

/**
 * Declares a catalog and returns its translate function `t(locale, key, params?)`.
 * French is the reference: `en` must have exactly its keys (a compile error otherwise).
 * A key missing at run time falls back to French, then to the key itself.
 */
export function defineMessages<F extends Record<string, Message>, E extends Counterpart<F>>(catalog: {
  fr: F;
  en: NoExtraKeys<F, E>;
}): Translate<F> {
  const catalogs: Record<Locale, Record<string, Message | undefined>> = catalog;
  return (locale, key, ...rest) => {
    const params: MessageParams | undefined = rest[0];
    const message = catalogs[locale]?.[key] ?? catalogs.fr[key] ?? key;
    const lang = catalogs[locale] ? locale : DEFAULT_LOCALE;
    return interpolate(lang, pick(lang, message, params?.['count']), params);
  };
}

/** What a lazily loaded English catalog must look like for a given French one. */
export type EnglishOf<F> = Counterpart<F>;

// English catalogs loaded on demand: French pages never download them. A translate function
// asked for English before its catalog is in answers in French and starts the load; once a
// catalog arrives, `catalogEvents` says so and every widget renders again.
export const catalogEvents = new EventTarget();
const pendingCatalogs = new Set<Promise<unknown>>();
const englishLoaders = new Set<() => void>();

/**
 * Starts loading every English catalog of the page's widgets (a widget in English calls it
 * before its first render, so its copy is usually in before its data).
 */
export function loadEnglish(): void {
  for (const load of englishLoaders) load();
}

/** Whether an English catalog is on its way. */
export function catalogsPending(): boolean {
  return pendingCatalogs.size > 0;
}

/** Resolves once every English catalog asked for so far has arrived (or failed). */
export async function catalogsSettled(): Promise<void> {
  while (pendingCatalogs.size) await Promise.allSettled([...pendingCatalogs]);
}

/**
 * Like `defineMessages`, with the English catalog in its own module, loaded the first time
 * English is asked for: `defineLazyMessages(fr, () => import('./messages.en.js'))`, the module
 * exporting by default an `EnglishOf<typeof fr>`.
 */
export function defineLazyMessages<F extends Record<string, Message>>(
  fr: F,
  loadEnglish: () => Promise<{ default: EnglishOf<F> }>,
): Translate<F> {
  const catalogs: Partial<Record<Locale, Record<string, Message | undefined>>> = { fr };
  let loading: Promise<unknown> | undefined;
  const load = (): void => {
    if (loading) return;
    const request = loadEnglish().then(
      (module) => {
        catalogs.en = module.default;
        catalogEvents.dispatchEvent(new Event('load'));
      },
      (error: unknown) => console.error('[ent-widgets] the English messages could not be loaded', error),
    );
    loading = request;
    pendingCatalogs.add(request);
    void request.finally(() => pendingCatalogs.delete(request));
  };
  englishLoaders.add(load);
  return (locale, key, ...rest) => {
    if (locale === 'en' && !catalogs.en) load();
    const params: MessageParams | undefined = rest[0];
    const message = catalogs[locale]?.[key] ?? fr[key] ?? key;
    const lang = catalogs[locale] ? locale : DEFAULT_LOCALE;
    return interpolate(lang, pick(lang, message, params?.['count']), params);
  };
}

function pick(locale: Locale, message: Message, count: unknown): string {
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  // French puts 0 and 1 in "one", English only 1: Intl.PluralRules knows the rules.
  return pluralRules(locale).select(count) === 'one' ? message.one : message.other;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function interpolate(locale: Locale, text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole; // visible, never throws
    const value = params[name];
    return typeof value === 'number' ? numberFormat(locale).format(value) : String(value);
  });
}

// Formatters are costly to create and used per row: one per locale, kept for the page's life.
const pluralCache = new Map<Locale, Intl.PluralRules>();
const numberCache = new Map<Locale, Intl.NumberFormat>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralCache.get(locale);
  if (!rules) pluralCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberCache.get(locale);
  if (!format) numberCache.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}
