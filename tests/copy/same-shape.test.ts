/**
 * Every language says the same things in the same shape: the catalog already checks keys and
 * placeholders at start-up; this checks what the renderers rely on (no code spans for Teams,
 * the same **Label:** lines that become facts, the same number of paragraphs and bullets).
 */
import { LANGUAGES, loadCatalogs } from '../../src/copy';

const english = loadCatalogs().get('en')!;
const shape = (text: string) => ({
  paragraphs: text.split('\n\n').length,
  labels: (text.match(/^\*\*[^*]+:\*\*/gm) ?? []).length,
  bullets: (text.match(/^- /gm) ?? []).length,
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s copy', (language) => {
  const catalog = loadCatalogs().get(language)!;
  it('has no code spans (Adaptive Cards show backticks literally)', () => {
    const withTicks = [...catalog.messages.keys()].filter((k) => String(catalog.messages.get(k)!.getAst().map((x) => ('value' in x ? x.value : '')).join('')).includes('`'));
    expect(withTicks).toEqual([]);
  });

  it('keeps the paragraphs, labelled lines and bullets of the English', () => {
    const differ: string[] = [];
    for (const [key, message] of english.messages) {
      const text = (m: typeof message) => m.getAst().map((x) => ('value' in x && typeof x.value === 'string' ? x.value : '{}')).join('');
      const other = catalog.messages.get(key);
      if (other && JSON.stringify(shape(text(message))) !== JSON.stringify(shape(text(other)))) differ.push(key);
    }
    expect(differ).toEqual([]);
  });
});
