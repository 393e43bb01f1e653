import { LANGUAGES, type Language } from '../../copy';

/** Longer Accept-Language headers are cut: the first entries are the ones that matter. */
const MAX_HEADER = 256;

/**
 * The page's language: `?lang=de` if given and spoken, else the browser's first preference we
 * speak (Accept-Language, by q-value), else English.
 */
export function pageLanguage(query: unknown, acceptLanguage: unknown): Language {
  const asked = typeof query === 'string' ? query.slice(0, 2).toLowerCase() : '';
  if ((LANGUAGES as readonly string[]).includes(asked)) return asked as Language;
  const header = typeof acceptLanguage === 'string' ? acceptLanguage.slice(0, MAX_HEADER) : '';
  const wanted = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { code: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (wanted.find((x) => (LANGUAGES as readonly string[]).includes(x.code))?.code as Language) ?? 'en';
}
