import type { ErrorObject } from 'ajv';
import { DRAFT_KINDS, kindByName, kindSubjectEn, type DraftKind } from '../kinds/index.js';
import type { SchemaNode } from './schema-node.js';
import type { Language } from '../diagnostic.js';

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

export function missingKeyMessage(key: string, path: (string | number)[], kind: DraftKind | undefined, lagrum?: string, language: Language = 'sv'): string {
  const basis = lagrum ? ` (${lagrum})` : '';
  const lines = KEY_EXAMPLE[key]?.split('\n');
  if (language === 'en') {
    const where = path.length === 0 ? 'in the header' : `for ${placeName(path, 'en').replace(/^'(.*)'$/, '$1')}`;
    const who = kind ? `${kindSubjectEn(kindByName(kind)!)} must have it` : 'It is required in every draft';
    const example = !lines
      ? ''
      : lines.length === 1
        ? ` Add e.g. '${lines[0]}'.`
        : ` Add e.g. '${lines[0]}' and under it ${lines
            .slice(1)
            .map((l) => `'${l}'`)
            .join(', ')}.`;
    return `The key '${key}' is missing ${where}. ${who}${basis}.${example}`;
  }
  const where = path.length === 0 ? 'i huvudet' : `för ${placeName(path).replace(/^'(.*)'$/, '$1')}`;
  const who = kind
    ? `${kindByName(kind)!.subject} måste ha ${key === 'namn' || key === 'parti' ? 'det' : 'den'}`
    : `${key === 'namn' ? 'Det' : 'Den'} krävs i alla utkast`;
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
function describeValue(value: unknown, language: Language = 'sv'): string {
  const en = language === 'en';
  if (value === null || value === undefined) return en ? 'empty' : 'tomt';
  if (Array.isArray(value)) return en ? 'a list' : 'en lista';
  if (typeof value === 'object') return en ? 'a mapping of keys' : 'en samling nycklar';
  if (typeof value === 'number') return en ? `the number ${value}` : `talet ${value}`;
  if (typeof value === 'boolean') return en ? String(value) : value ? 'sant (true)' : 'falskt (false)';
  return `'${String(value)}'`;
}

/** The words for a JSON Schema type (a function, so that nothing is built before a message is). */
function typeWord(type: string, language: Language): string {
  if (language === 'en') {
    switch (type) {
      case 'string':
        return 'text';
      case 'array':
        return 'a list (lines that start with "- ")';
      case 'object':
        return 'a mapping of keys on their own, indented lines';
      case 'integer':
        return 'a whole number';
      case 'number':
        return 'a number';
      case 'boolean':
        return 'yes or no (true/false)';
    }
    return type;
  }
  switch (type) {
    case 'string':
      return 'text';
    case 'array':
      return 'en lista (rader som börjar med "- ")';
    case 'object':
      return 'en samling nycklar på egna, indragna rader';
    case 'integer':
      return 'ett heltal';
    case 'number':
      return 'ett tal';
    case 'boolean':
      return 'ja eller nej (true/false)';
  }
  return type;
}

/** A message for a wrong type or value (never ajv's English text), in Swedish or English. */
export function typeMessage(error: ErrorObject, path: (string | number)[], value: unknown, parentSchema: SchemaNode, language: Language = 'sv'): string {
  if (language === 'en') return typeMessageEn(error, path, value, parentSchema);
  const name = placeName(path);
  const got = describeValue(value);
  switch (error.keyword) {
    case 'type': {
      const want = ([] as string[]).concat((error.params as { type: string | string[] }).type);
      if (value === null)
        return `${name.startsWith("'") ? `Nyckeln ${name}` : capital(name)} saknar värde. Skriv ${want.map((t) => typeWord(t, 'sv')).join(' eller ')} efter kolonet.`;
      return `${capital(name)} ska vara ${want.map((t) => typeWord(t, 'sv')).join(' eller ')}, men är ${got}.`;
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

function typeMessageEn(error: ErrorObject, path: (string | number)[], value: unknown, parentSchema: SchemaNode): string {
  const name = placeName(path, 'en');
  const got = describeValue(value, 'en');
  const subject = name.startsWith("'") ? `The value of ${name}` : name.charAt(0).toUpperCase() + name.slice(1);
  switch (error.keyword) {
    case 'type': {
      const want = ([] as string[]).concat((error.params as { type: string | string[] }).type).map((t) => typeWord(t, 'en'));
      if (value === null) return `${name.startsWith("'") ? `The key ${name}` : subject} has no value. Write ${want.join(' or ')} after the colon.`;
      return `${subject} should be ${want.join(' or ')}, but is ${got}.`;
    }
    case 'format': {
      const format = (error.params as { format: string }).format;
      if (format === 'date') {
        return /^\d{4}-\d{2}-\d{2}$/.test(String(value))
          ? `${subject}: ${got} is not a valid date (that day does not exist). Write a real date as YYYY-MM-DD, e.g. 2026-03-02.`
          : `${subject}: ${got} is not a date in the form YYYY-MM-DD. Write e.g. 2026-03-02.`;
      }
      if (format === 'email') return `${subject}: ${got} is not an e-mail address. Write e.g. namn@example.se.`;
      return `${subject}: ${got} has the wrong form.`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      if (path[0] === 'typ' && path.length === 1) {
        return `Unknown typ ${got}. Choose one of ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}.`;
      }
      return `${subject}: ${got} is not allowed. Choose one of ${allowed.join(', ')}.`;
    }
    case 'const':
      return `${subject} should be '${String((error.params as { allowedValue: unknown }).allowedValue)}', but is ${got}.`;
    case 'minLength':
      return `${subject} is empty. Write a text after the colon.`;
    case 'minItems':
      return path[0] === 'avsändare' && path.length === 1
        ? `'avsändare' must have at least one person, with 'namn'.`
        : `The list ${name} is empty. Write at least one line that starts with '- '.`;
    case 'pattern':
      return `${subject}: ${got} ${parentSchema['x-message-en'] ?? 'has the wrong form'}.`;
    case 'minimum':
      return `${subject} should be at least ${(error.params as { limit: number }).limit}, but is ${got}.`;
    default:
      return `${subject} has a value that is not allowed (${got}).`;
  }
}

/** Human name of a place in the frontmatter: 'datum', 'parti' för avsändare 2 … (English: 'parti' of sender 2). */
export function placeName(path: (string | number)[], language: Language = 'sv'): string {
  const en = language === 'en';
  const named = path.filter((p): p is string => typeof p === 'string');
  const last = path[path.length - 1];
  const item = (parent: string, n: number) =>
    parent === 'avsändare' ? (en ? `sender ${n}` : `avsändare ${n}`) : en ? `line ${n} of '${parent}'` : `rad ${n} i '${parent}'`;
  if (typeof last === 'number') return item(named[named.length - 1] ?? (en ? 'the list' : 'listan'), last + 1);
  const key = `'${last ?? ''}'`;
  const idx = path.findIndex((p) => typeof p === 'number');
  if (idx > 0 && idx < path.length - 1) return `${key} ${en ? 'of' : 'för'} ${item(String(path[idx - 1]), (path[idx] as number) + 1)}`;
  if (path.length === 2 && typeof path[0] === 'string') return `${key} under '${path[0]}'`;
  return key;
}
