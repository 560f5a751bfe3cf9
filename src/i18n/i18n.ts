/**
 * The library's i18next instances. Every element gets its strings from an instance made here and never from
 * the global i18next, so two wizards in different languages can share a page and a host's own i18next stays
 * untouched.
 */
import i18next from 'i18next';
import type { i18n as I18n, TOptions } from 'i18next';
import { vi } from './locales/vi/index.js';
import { en } from './locales/en/index.js';

/**
 * Strings of a bundle loaded when first needed: a Vietnamese phone never downloads the English wording, and the
 * Vietnamese words of the steps after the first arrive while the citizen reads that step. The first step's
 * Vietnamese words ship with the main module (locales/vi/index.ts).
 */
const lazyBundleStrings: Record<string, Partial<Record<Lang, () => Promise<Record<string, unknown>>>>> = {
  birth: {
    vi: () => import('./locales/vi/birth-later.js').then((m) => m.birthLater),
    en: () => import('./locales/en/birth.js').then((m) => m.birth),
  },
  death: {
    vi: () => import('./locales/vi/death.js').then((m) => m.death),
    en: () => import('./locales/en/death.js').then((m) => m.death),
  },
};

/** Whether the main module already holds the words of `bundle`'s first step in `lang` (the birth bundle's, in Vietnamese). */
export function firstStepWordsShipped(bundle: string, lang: Lang): boolean {
  return bundle === 'birth' && lang === 'vi';
}

/** Languages the library ships strings for. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Strings a host adds or overrides, per language, in the same nested shape as the shipped resources. */
export type ResourceOverrides = Partial<Record<Lang, Record<string, unknown>>>;

/** The reading side of an i18n instance, which is all an element needs. */
export interface Localizer {
  readonly lang: Lang;
  /** The string for `key`; with `params` interpolated. Missing keys fall back to Vietnamese, then the key. */
  t(key: string, params?: TOptions): string;
  /** Whether a string exists for `key` (used for optional hints). */
  has(key: string): boolean;
}

/** Turns any `lang` value (`vi-VN`, `EN`, `fr`, empty) into a supported language; Vietnamese by default. */
export function toLang(value: string | null | undefined): Lang {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' ? 'en' : 'vi';
}

/** Creates an independent i18next instance with the shipped strings and the host's overrides. */
export function createI18n(lang: Lang, overrides: ResourceOverrides = {}): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'vi',
    supportedLngs: LANGS as Lang[],
    initAsync: false,
    // Lit escapes everything it renders, so i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
    resources: {},
  });
  // Each area ships its own module; deep-merging lets several of them add keys below the same branch.
  for (const module of vi) instance.addResourceBundle('vi', 'translation', module, true, true);
  for (const module of en) instance.addResourceBundle('en', 'translation', module, true, true);
  applyOverrides(instance, overrides);
  return instance;
}

/** Adds a host's strings over the shipped ones (again after lazily loaded strings, so the host wins). */
export function applyOverrides(instance: I18n, overrides: ResourceOverrides): void {
  for (const code of LANGS) {
    const extra = overrides[code];
    if (extra && typeof extra === 'object') instance.addResourceBundle(code, 'translation', extra, true, true);
  }
}

/**
 * Adds the strings of `bundle` in `lang` to `instance`, loading them if they are not shipped in the main
 * module: undefined when there is nothing to load, else a promise that resolves once they are there.
 */
export function loadBundleStrings(instance: I18n, bundle: string, lang: Lang): Promise<void> | undefined {
  const load = lazyBundleStrings[bundle]?.[lang];
  if (!load) return undefined;
  return load().then(
    // Not overwriting: a host's overrides, added at creation, keep precedence.
    (strings) => void instance.addResourceBundle(lang, 'translation', strings, true, false),
    // Offline or blocked: keys fall back to Vietnamese, which is better than no words at all, so another
    // language brings the Vietnamese words in its place.
    () => (lang === 'vi' ? undefined : loadBundleStrings(instance, bundle, 'vi')),
  );
}

/** The strings not needed for a first step, fetched once per page (the module system caches the import). */
const laterStrings = () => import('./locales/later.js').then((m) => m.later);

/**
 * Adds the later strings (error messages, English wording, ethnic groups) to `instance`. Resolves when they are
 * there; a failed load (offline) resolves too, leaving keys to fall back. Host overrides keep precedence.
 */
export function loadLaterStrings(instance: I18n): Promise<void> {
  return laterStrings().then(
    (later) => {
      for (const lang of LANGS) for (const module of later[lang]) instance.addResourceBundle(lang, 'translation', module, true, false);
    },
    () => undefined,
  );
}

/** Wraps an i18next instance as a {@link Localizer} for one language. */
export function localizerFor(instance: I18n, lang: Lang): Localizer {
  const t = instance.getFixedT(lang);
  return {
    lang,
    t: (key, params) => String(t(key, params ?? {})),
    has: (key) => instance.exists(key, { lng: lang, fallbackLng: false }),
  };
}

/** One instance for every element used on its own, outside a wizard. */
let standalone: { instance: I18n; ready: Promise<void>; loaded: boolean; localizers: Map<Lang, Localizer> } | undefined;

function standaloneStrings() {
  if (!standalone) {
    const instance = createI18n('vi');
    const state = { instance, ready: Promise.resolve(), loaded: false, localizers: new Map<Lang, Localizer>() };
    state.ready = loadLaterStrings(instance).then(() => void (state.loaded = true));
    standalone = state;
  }
  return standalone;
}

/** A localizer with the shipped strings only, for elements used on their own outside a wizard. */
export function defaultLocalizer(lang: Lang): Localizer {
  const strings = standaloneStrings();
  let localizer = strings.localizers.get(lang);
  if (!localizer) {
    localizer = localizerFor(strings.instance, lang);
    strings.localizers.set(lang, localizer);
  }
  return localizer;
}

/**
 * For elements on their own: undefined once every string is there, else a promise that resolves when the
 * later strings arrive, so the element can render again with them.
 */
export function defaultStringsPending(): Promise<void> | undefined {
  const strings = standaloneStrings();
  return strings.loaded ? undefined : strings.ready;
}
