/**
 * Just enough of a Bicep reader for the deployment tests: no Bicep compiler can be installed
 * here (see deploy/azure/README.md), so tests read the template text. It tokenizes (strings,
 * interpolation, comments), finds declarations, object literals and undeclared names.
 */

export type Token = { kind: 'ident' | 'number' | 'string' | 'strend' | 'punct' | 'newline'; value: string; start: number; end: number };

const PUNCT = ['::', '=>', '==', '!=', '>=', '<=', '&&', '||', '??', '?.'];

/** Strings come out as a `string` token (literal text, `${}` parts removed), their
 * interpolated tokens, then `strend`; so every identifier in the file is a token. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const lex = (insideInterpolation: boolean): void => {
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '\n') { out.push({ kind: 'newline', value: '\n', start: i, end: ++i }); continue; }
      if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
      if (src.startsWith('//', i)) { while (i < src.length && src[i] !== '\n') i++; continue; }
      if (src.startsWith('/*', i)) { const e = src.indexOf('*/', i + 2); i = e < 0 ? src.length : e + 2; continue; }
      if (src.startsWith("'''", i)) {
        const e = src.indexOf("'''", i + 3);
        const end = e < 0 ? src.length : e + 3;
        out.push({ kind: 'string', value: src.slice(i + 3, end - 3), start: i, end });
        out.push({ kind: 'strend', value: '', start: end, end });
        i = end;
        continue;
      }
      if (c === "'") { lexString(); continue; }
      if (insideInterpolation && c === '{') depth++;
      if (insideInterpolation && c === '}') { if (depth === 0) { i++; return; } depth--; }
      const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
      if (ident) { out.push({ kind: 'ident', value: ident[0], start: i, end: (i += ident[0].length) }); continue; }
      const num = /^\d+/.exec(src.slice(i, i + 40));
      if (num) { out.push({ kind: 'number', value: num[0], start: i, end: (i += num[0].length) }); continue; }
      const p = PUNCT.find((x) => src.startsWith(x, i)) ?? c;
      out.push({ kind: 'punct', value: p, start: i, end: (i += p.length) });
    }
  };
  const lexString = (): void => {
    const token: Token = { kind: 'string', value: '', start: i, end: i };
    out.push(token);
    i++;
    while (i < src.length && src[i] !== "'") {
      if (src[i] === '\\') { token.value += src[i + 1]; i += 2; continue; }
      if (src.startsWith('${', i)) { i += 2; lex(true); token.value += '\u0000'; continue; }
      token.value += src[i++];
    }
    i++;
    token.end = i;
    out.push({ kind: 'strend', value: '', start: i, end: i });
  };
  lex(false);
  return out;
}

/** Index of the bracket closing the one at `open`. */
export function matchBracket(tokens: Token[], open: number): number {
  const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
  const stack: string[] = [];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    if (pairs[t.value]) stack.push(pairs[t.value]);
    else if (t.value === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  throw new Error(`unclosed ${tokens[open].value} at offset ${tokens[open].start}`);
}

/** Index of the `strend` closing the string token at `i` (interpolations may nest strings). */
function stringEnd(tokens: Token[], i: number): number {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    if (tokens[j].kind === 'string') depth++;
    if (tokens[j].kind === 'strend' && --depth === 0) return j;
  }
  throw new Error(`unterminated string at offset ${tokens[i].start}`);
}

export type Entry = { key: string; from: number; to: number };

/** Top-level `key: value` entries of the object literal opening at token `open`;
 * `from..to` is the value's token range (inclusive). */
export function objectEntries(tokens: Token[], open: number): Entry[] {
  const close = matchBracket(tokens, open);
  const entries: Entry[] = [];
  let i = open + 1;
  while (i < close) {
    const t = tokens[i];
    if (t.kind === 'newline' || (t.kind === 'punct' && t.value === ',')) { i++; continue; }
    const keyEnd = t.kind === 'string' ? stringEnd(tokens, i) : i;
    if (!(t.kind === 'ident' || t.kind === 'string') || tokens[keyEnd + 1]?.value !== ':') {
      throw new Error(`expected a key at offset ${t.start}, found "${t.value}"`);
    }
    let j = keyEnd + 2;
    const from = j;
    for (; j < close; j++) {
      const v = tokens[j];
      if (v.kind === 'punct' && '{[('.includes(v.value)) j = matchBracket(tokens, j);
      else if (v.kind === 'newline' || (v.kind === 'punct' && v.value === ',')) break;
    }
    entries.push({ key: t.value, from, to: j - 1 });
    i = j;
  }
  return entries;
}

export type Param = { name: string; type: string; defaultText?: string; allowed?: string[]; secure: boolean; minValue?: number; maxValue?: number };

export class BicepFile {
  readonly tokens: Token[];
  readonly params = new Map<string, Param>();

  constructor(readonly src: string) {
    this.tokens = tokenize(src);
    let decorators: string[] = [];
    for (const line of src.split('\n').map((l) => l.trim())) {
      if (line.startsWith('@')) { decorators.push(line); continue; }
      const m = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/.exec(line);
      if (m) {
        const allowed = decorators.find((d) => d.startsWith('@allowed('));
        const bound = (name: string) => {
          const d = decorators.map((x) => new RegExp(`^@${name}\\((-?\\d+)\\)$`).exec(x)).find(Boolean);
          return d ? Number(d[1]) : undefined;
        };
        this.params.set(m[1], {
          name: m[1], type: m[2], defaultText: m[3],
          allowed: allowed ? [...allowed.matchAll(/'([^']*)'/g)].map((x) => x[1]) : undefined,
          secure: decorators.some((d) => d.startsWith('@secure(')),
          minValue: bound('minValue'),
          maxValue: bound('maxValue'),
        });
      }
      if (line !== '') decorators = [];
    }
  }

  text(from: number, to: number): string {
    return this.src.slice(this.tokens[from].start, this.tokens[to].end).trim();
  }

  /** Token index of the first `{` after the token starting at `offset`. */
  private braceAfter(offset: number): number {
    const i = this.tokens.findIndex((t) => t.start >= offset && t.value === '{');
    if (i < 0) throw new Error(`no object after offset ${offset}`);
    return i;
  }

  /** Resources whose type starts with `type@`, with their body's entries. */
  resources(type: string): { name: string; open: number; entries: Entry[] }[] {
    const re = /^resource\s+(\w+)\s+'([^'@]+)@[^']+'/gm;
    return [...this.src.matchAll(re)]
      .filter((m) => m[2] === type)
      .map((m) => {
        const open = this.braceAfter(m.index!);
        return { name: m[1], open, entries: objectEntries(this.tokens, open) };
      });
  }

  /** Entries of the object literal whose `{` is token `open`. */
  objectAt(open: number): Entry[] {
    if (this.tokens[open]?.value !== '{') throw new Error(`not an object literal at offset ${this.tokens[open]?.start}`);
    return objectEntries(this.tokens, open);
  }

  /** The value text of `var name = ...` (to the end of its statement). */
  variableText(name: string): string | undefined {
    const i = this.tokens.findIndex((t, k) => t.value === 'var' && this.tokens[k + 1]?.value === name && this.atLineStart(k));
    if (i < 0) return undefined;
    let j = i + 3;
    for (; j < this.tokens.length && this.tokens[j].kind !== 'newline'; j++) {
      if ('{[('.includes(this.tokens[j].value) && this.tokens[j].kind === 'punct') j = matchBracket(this.tokens, j);
    }
    return this.text(i + 3, j - 1);
  }

  /** Entries of the last object literal in `var name = ...` (the non-empty branch of a ternary). */
  variableObject(name: string): Entry[] {
    const i = this.tokens.findIndex((t, k) => t.value === 'var' && this.tokens[k + 1]?.value === name && this.atLineStart(k));
    if (i < 0) throw new Error(`no var ${name}`);
    let last: Entry[] = [];
    for (let j = i + 3; j < this.tokens.length && this.tokens[j].kind !== 'newline'; j++) {
      if (this.tokens[j].value === '{' && this.tokens[j].kind === 'punct') {
        last = objectEntries(this.tokens, j);
        j = matchBracket(this.tokens, j);
      }
    }
    return last;
  }

  private atLineStart(k: number): boolean {
    return k === 0 || this.tokens[k - 1].kind === 'newline';
  }

  /** Names declared by param, var, resource, module and for-loops. */
  declared(): Set<string> {
    const names = new Set<string>();
    this.tokens.forEach((t, k) => {
      const next = this.tokens[k + 1];
      if (['param', 'var', 'resource', 'module'].includes(t.value) && this.atLineStart(k) && next?.kind === 'ident') names.add(next.value);
      if (t.value === 'for' && t.kind === 'ident') {
        for (let j = k + 1; j < this.tokens.length && this.tokens[j].value !== 'in'; j++) {
          if (this.tokens[j].kind === 'ident') names.add(this.tokens[j].value);
        }
      }
    });
    return names;
  }

  /** Identifiers used as values that nothing declares and that are not Bicep functions. */
  undeclaredReferences(): string[] {
    const declared = this.declared();
    const bad = new Set<string>();
    const skipNext = new Set<number>();
    this.tokens.forEach((t, k) => {
      const prev = this.tokens[k - 1];
      const next = this.tokens[k + 1];
      const lineStart = this.atLineStart(k);
      if (t.kind !== 'ident' || skipNext.has(k)) return;
      if (lineStart && ['param', 'output'].includes(t.value)) { skipNext.add(k + 1); skipNext.add(k + 2); return; } // name and type
      if (lineStart && ['var', 'resource', 'module', 'metadata'].includes(t.value)) { skipNext.add(k + 1); return; }
      if (lineStart && t.value === 'targetScope') return;
      if (KEYWORDS.has(t.value) || BUILTINS.has(t.value)) return;
      if (prev && prev.kind === 'punct' && ['.', '::', '?.', '@'].includes(prev.value)) return;
      const keyPosition = !prev || prev.kind === 'newline' || prev.value === '{' || prev.value === ',';
      if (keyPosition && next?.value === ':') return;
      if (!declared.has(t.value)) bad.add(t.value);
    });
    return [...bad];
  }
}

const KEYWORDS = new Set(['true', 'false', 'null', 'if', 'for', 'in', 'existing', 'string', 'int', 'bool', 'object', 'array']);

// Bicep's own functions and namespaces this project may reasonably use.
const BUILTINS = new Set([
  'sys', 'az', 'resourceGroup', 'subscription', 'tenant', 'managementGroup', 'environment', 'deployment',
  'uniqueString', 'guid', 'newGuid', 'utcNow', 'toLower', 'toUpper', 'union', 'intersection', 'concat',
  'string', 'int', 'bool', 'json', 'any', 'empty', 'contains', 'length', 'format', 'replace', 'split',
  'join', 'substring', 'take', 'skip', 'first', 'last', 'min', 'max', 'range', 'startsWith', 'endsWith',
  'trim', 'indexOf', 'lastIndexOf', 'resourceId', 'subscriptionResourceId', 'tenantResourceId',
  'extensionResourceId', 'reference', 'list', 'listKeys', 'base64', 'uri', 'items', 'filter', 'map',
  'reduce', 'sort', 'flatten', 'objectKeys', 'loadTextContent', 'loadJsonContent',
]);
