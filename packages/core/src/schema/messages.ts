import type { ErrorObject } from 'ajv';
import { DRAFT_KINDS, kindByName, type DraftKind } from '../kinds/index.js';

/** Example lines to suggest for a missing key (what the user can type). */
const KEY_EXAMPLE: Record<string, string> = {
  typ: `typ: ${DRAFT_KINDS[0]}`,
  rubrik: 'rubrik: Bättre samordning för personer med psykisk ohälsa',
  datum: 'datum: 2026-03-02',
  mottagare: 'mottagare: Socialnämnden',
  kommun: 'kommun: Exempelby kommun',
  diarienummer: 'diarienummer: SN 2026/123',
  avsändare: 'avsändare:\n  - namn: Kim Exempel',
  lagrum: 'lagrum:\n  - 10 kap. 8 § socialtjänstlagen (2025:400)',
  uppdrag: 'uppdrag:\n  beslut: SN 2026-02-12 § 14\n  datum: 2026-02-12',
  namn: 'namn: Kim Exempel',
  parti: 'parti: Exempelpartiet',
  beslut: 'beslut: SN 2026-02-12 § 14',
};

export function missingKeyMessage(key: string, path: (string | number)[], kind: DraftKind | undefined, lagrum?: string): string {
  const where = path.length === 0 ? 'i huvudet' : `för ${placeName(path).replace(/^'(.*)'$/, '$1')}`;
  const who = kind
    ? `${kindByName(kind)!.subject} måste ha ${key === 'namn' || key === 'parti' ? 'det' : 'den'}`
    : `${key === 'namn' ? 'Det' : 'Den'} krävs i alla utkast`;
  const basis = lagrum ? ` (${lagrum})` : '';
  const lines = KEY_EXAMPLE[key]?.split('\n');
  const example = !lines
    ? ''
    : lines.length === 1
      ? ` Lägg till t.ex. '${lines[0]}'.`
      : ` Lägg till t.ex. '${lines[0]}' och under den ${lines
          .slice(1)
          .map((l) => `'${l}'`)
          .join(', ')}.`;
  return `Nyckeln '${key}' saknas ${where}. ${who}${basis}.${example}`;
}

/** What kind of value the user wrote, in words. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'tomt';
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'object') return 'en samling nycklar';
  if (typeof value === 'number') return `talet ${value}`;
  if (typeof value === 'boolean') return value ? 'sant (true)' : 'falskt (false)';
  return `'${String(value)}'`;
}

const TYPE_WORD: Record<string, string> = {
  string: 'text',
  array: 'en lista (rader som börjar med "- ")',
  object: 'en samling nycklar på egna, indragna rader',
  integer: 'ett heltal',
  number: 'ett tal',
  boolean: 'ja eller nej (true/false)',
};

/** A Swedish message for a wrong type or value (never ajv's English text). */
export function typeMessage(error: ErrorObject, path: (string | number)[], value: unknown, parentSchema: Record<string, any>): string {
  const name = placeName(path);
  const got = describeValue(value);
  switch (error.keyword) {
    case 'type': {
      const want = ([] as string[]).concat((error.params as { type: string | string[] }).type);
      if (value === null)
        return `${name.startsWith("'") ? `Nyckeln ${name}` : capital(name)} saknar värde. Skriv ${want.map((t) => TYPE_WORD[t] ?? t).join(' eller ')} efter kolonet.`;
      return `${capital(name)} ska vara ${want.map((t) => TYPE_WORD[t] ?? t).join(' eller ')}, men är ${got}.`;
    }
    case 'format': {
      const format = (error.params as { format: string }).format;
      if (format === 'date') {
        return /^\d{4}-\d{2}-\d{2}$/.test(String(value))
          ? `${capital(name)}: ${got} är inte ett giltigt datum (den dagen finns inte). Skriv ett riktigt datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-02.`
          : `${capital(name)}: ${got} är inte ett datum på formen ÅÅÅÅ-MM-DD. Skriv t.ex. 2026-03-02.`;
      }
      if (format === 'email') return `${capital(name)}: ${got} är inte en e-postadress. Skriv t.ex. namn@example.se.`;
      return `${capital(name)}: ${got} har fel form.`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      if (path[0] === 'typ' && path.length === 1) {
        return `Okänd typ ${got}. Välj en av ${allowed.join(', ').replace(/, ([^,]*)$/, ' eller $1')}.`;
      }
      return `${capital(name)}: ${got} är inte tillåtet. Välj en av ${allowed.join(', ')}.`;
    }
    case 'const':
      return `${capital(name)} ska vara '${String((error.params as { allowedValue: unknown }).allowedValue)}', men är ${got}.`;
    case 'minLength':
      return `${capital(name)} är tom. Skriv en text efter kolonet.`;
    case 'minItems':
      return path[0] === 'avsändare' && path.length === 1
        ? `'avsändare' måste ha minst en person, med 'namn'.`
        : `Listan ${name} är tom. Skriv minst en rad som börjar med '- '.`;
    case 'pattern':
      return `${capital(name)}: ${got} ${parentSchema['x-meddelande'] ?? 'har fel form'}.`;
    case 'minimum':
      return `${capital(name)} ska vara minst ${(error.params as { limit: number }).limit}, men är ${got}.`;
    default:
      return `${capital(name)} har ett värde som inte är tillåtet (${got}).`;
  }
}

/** The subject of a sentence about a place: "Värdet för 'datum'", "Avsändare 2". */
function capital(name: string): string {
  if (name.startsWith("'")) return `Värdet för ${name}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Human name of a place in the frontmatter: 'datum', 'parti' för avsändare 2 … */
export function placeName(path: (string | number)[]): string {
  const named = path.filter((p): p is string => typeof p === 'string');
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = named[named.length - 1] ?? 'listan';
    return parent === 'avsändare' ? `avsändare ${last + 1}` : `rad ${last + 1} i '${parent}'`;
  }
  const key = `'${last ?? ''}'`;
  const idx = path.findIndex((p) => typeof p === 'number');
  if (idx > 0 && idx < path.length - 1) {
    const owner = path[idx - 1] === 'avsändare' ? `avsändare ${(path[idx] as number) + 1}` : `rad ${(path[idx] as number) + 1} i '${String(path[idx - 1])}'`;
    return `${key} för ${owner}`;
  }
  if (path.length === 2 && typeof path[0] === 'string') return `${key} under '${path[0]}'`;
  return key;
}
