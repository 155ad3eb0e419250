import { useSyncExternalStore } from 'react'
import { LANGUAGES, type Language } from '@/domain/preferences'
import type callback from './locales/en/callback.json'
import type callIn from './locales/en/callIn.json'
import type callbackDialogs from './locales/en/callbackDialogs.json'
import type capacity from './locales/en/capacity.json'
import type clickToCall from './locales/en/clickToCall.json'
import type common from './locales/en/common.json'
import type credentials from './locales/en/credentials.json'
import type developer from './locales/en/developer.json'
import type numberRules from './locales/en/numberRules.json'
import type regionAffinity from './locales/en/regionAffinity.json'
import type tools from './locales/en/tools.json'
import type toolsQueues from './locales/en/toolsQueues.json'

/**
 * The i18n layer: namespaces of JSON messages loaded on demand (one per tab, so a tab's words travel
 * with its code), {{name}} interpolation, plurals by `_one` / `_other` suffixes chosen with
 * Intl.PluralRules, and keys checked by the compiler against the English files. The file format is
 * i18next's, so a full library can replace this one without touching a translation; this one
 * exists because i18next would be 9% of the sign-in page's JavaScript budget.
 */
interface Resources {
  common: typeof common
  callback: typeof callback
  callbackDialogs: typeof callbackDialogs
  developer: typeof developer
  credentials: typeof credentials
  callIn: typeof callIn
  tools: typeof tools
  toolsQueues: typeof toolsQueues
  numberRules: typeof numberRules
  capacity: typeof capacity
  regionAffinity: typeof regionAffinity
  clickToCall: typeof clickToCall
}
export type Namespace = keyof Resources
type Dict = { [key: string]: string | Dict }
type Vars = Record<string, string | number>

/** Dot paths to every message, with plural suffixes folded into one key. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
      ? Base
      : K
    : `${K}.${Paths<T[K]>}`
}[keyof T & string]
export type MessageKey<N extends Namespace> = Paths<Resources[N]>

const loaders = import.meta.glob<{ default: Dict }>('./locales/*/*.json')
const bundles = new Map<string, Dict>()
const pending = new Map<string, Promise<void>>()
const listeners = new Set<() => void>()
let language: Language = 'en'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

function load(lang: Language, ns: Namespace): Promise<void> {
  const id = `${lang}/${ns}`
  if (bundles.has(id)) return Promise.resolve()
  let promise = pending.get(id)
  if (!promise) {
    const loader = loaders[`./locales/${id}.json`]
    promise = loader
      ? loader().then((module) => {
          bundles.set(id, module.default)
          pending.delete(id)
        })
      : Promise.reject(new Error(`No ${ns} messages for ${lang}`))
    pending.set(id, promise)
  }
  return promise
}

function lookup(dict: Dict | undefined, path: string): string | undefined {
  let node: string | Dict | undefined = dict
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

const pluralRules = new Map<string, Intl.PluralRules>()

export function translate(lang: Language, ns: Namespace, key: string, vars?: Vars): string {
  const dict = bundles.get(`${lang}/${ns}`) ?? bundles.get(`en/${ns}`)
  let message: string | undefined
  if (typeof vars?.count === 'number') {
    let rules = pluralRules.get(lang)
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)))
    message = lookup(dict, `${key}_${rules.select(vars.count)}`) ?? lookup(dict, `${key}_other`)
  }
  message ??= lookup(dict, key)
  // A missing message shows its key: visible in review, never a crash.
  if (message === undefined) return key
  return vars
    ? message.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => String(vars[name] ?? whole))
    : message
}

const LAST_LANGUAGE_KEY = 'callback-admin.language'

function initialLanguage(): Language {
  const remembered = localStorage.getItem(LAST_LANGUAGE_KEY)
  if (isLanguage(remembered)) return remembered
  const browser = navigator.language.slice(0, 2)
  return isLanguage(browser) ? browser : 'en'
}

function setLanguage(next: Language) {
  language = next
  document.documentElement.lang = next
  listeners.forEach((listener) => listener())
}

export async function startI18n(lang: Language = initialLanguage()): Promise<void> {
  await Promise.all([load(lang, 'common'), load('en', 'common')])
  setLanguage(lang)
}

/** Switch language once every namespace already in use is available in it. */
export async function changeLanguage(next: Language): Promise<void> {
  if (next === language) return
  const inUse = [...bundles.keys()]
    .filter((id) => id.startsWith(`${language}/`))
    .map((id) => id.split('/')[1] as Namespace)
  await Promise.all(inUse.map((ns) => load(next, ns)))
  localStorage.setItem(LAST_LANGUAGE_KEY, next)
  setLanguage(next)
}

export function currentLanguage(): Language {
  return language
}

const readiness = new Map<string, Readiness>()

type Readiness = PromiseLike<void> & { status?: 'fulfilled' }

/**
 * One promise per language and namespace, marked fulfilled once loaded (the status/value convention
 * React's use() reads), so a render never suspends for messages already there.
 */
function ready(lang: Language, ns: Namespace): Readiness {
  const id = `${lang}/${ns}`
  let promise = readiness.get(id)
  if (!promise) {
    const loading = Promise.all([load(lang, ns), load('en', ns)]).then(() => undefined)
    const markFulfilled = () => {
      void Object.assign(loading, { status: 'fulfilled', value: undefined })
    }
    if (bundles.has(id) && bundles.has(`en/${ns}`)) markFulfilled()
    else loading.then(markFulfilled, () => undefined)
    readiness.set(id, (promise = loading))
  }
  return promise
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export type Translate<N extends Namespace> = (key: MessageKey<N>, vars?: Vars) => string
/** Untyped inside: each entry is only ever handed out for its own namespace. */
const translators = new Map<string, (key: string, vars?: Vars) => string>()

/** One translate function per language and namespace: memoised components see a stable prop. */
function translator<N extends Namespace>(lang: Language, ns: N): Translate<N> {
  const id = `${lang}/${ns}`
  let t = translators.get(id)
  if (!t) translators.set(id, (t = (key: string, vars?: Vars) => translate(lang, ns, key, vars)))
  return t
}

/**
 * Messages of one namespace in the current language. Suspends while the namespace loads, so a tab
 * never flashes keys.
 */
export function useTranslation<N extends Namespace = 'common'>(ns: N = 'common' as N) {
  const lang = useSyncExternalStore(subscribe, currentLanguage)
  const messages = ready(lang, ns)
  // Suspends by throwing, not use(): React counts every use() as pending work inside act(), even of
  // a settled promise, and a conditional use() breaks when the render resumes.
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Suspense's protocol is a thrown thenable
  if (messages.status !== 'fulfilled') throw messages
  return { t: translator(lang, ns), language: lang }
}
