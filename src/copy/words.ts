import { loadCatalogs, type CopyKey, type Language } from './catalog';

export type Vars = Record<string, string | number>;

/** What comes before a colon that joins a label to its value: French sets a narrow no-break space ("Compte : Oui"). */
const BEFORE_COLON: Partial<Record<Language, string>> = { fr: '\u202f' };

/**
 * The words of one language for one brand: what dialogs and renderers ask for. The brand
 * fills {brand} everywhere, so BRAND_NAME reaches every line the person reads.
 */
export class Words {
  private readonly lists: Intl.ListFormat;
  private readonly dates: Intl.DateTimeFormat;
  /** Formatted dates by ISO date: the cutoff is formatted on most turns, and Intl's format is not cheap. */
  private readonly formatted = new Map<string, string>();

  constructor(
    readonly language: Language,
    private readonly brand: string,
  ) {
    const locale = language === 'en' ? 'en-GB' : language; // "6 August 2015" in English
    this.lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    this.dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  t(key: CopyKey, vars?: Vars): string {
    const message = loadCatalogs().get(this.language)?.messages.get(key);
    if (!message) throw new Error(`no copy for "${key}"`);
    return String(message.format({ brand: this.brand, ...vars }));
  }

  /** "Where you read email: On one computer only", with the language's spacing before the colon. */
  labelled(label: string, value: string): string {
    return `${label}${BEFORE_COLON[this.language] ?? ''}: ${value}`;
  }

  /** "a, b and c" in this language. */
  list(items: string[]): string {
    return this.lists.format(items);
  }

  /** "6 August 2015" for an ISO date (YYYY-MM-DD) in this language. */
  date(iso: string): string {
    let text = this.formatted.get(iso);
    if (text === undefined) {
      const [y, m, d] = iso.split('-').map(Number);
      text = Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? this.dates.format(Date.UTC(y, m - 1, d)) : iso;
      if (this.formatted.size < 16) this.formatted.set(iso, text); // the configured dates, not every date anyone types
    }
    return text;
  }
}

const cache = new Map<string, Words>();

/** One Words per language and brand, made once: there are only a handful. */
export function wordsFor(language: Language, brand: string): Words {
  const key = `${language}\n${brand}`;
  let w = cache.get(key);
  if (!w) cache.set(key, (w = new Words(language, brand)));
  return w;
}
