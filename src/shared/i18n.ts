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
