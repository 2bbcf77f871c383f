/**
 * Every command of `arende` and every flag it takes, in one table: `arende --help` is generated from it,
 * and each command parses its arguments with its entry's `flags` (node:util parseArgs reads `type`,
 * `short`, `multiple` and `default`; `value` and `help` are for people). Adding a command or a flag is
 * one entry here (and the code that uses it); a test checks that every flag is in `arende --help` and
 * in the command's own `--help`.
 *
 * The table is data only: it imports no command, so the commands read their flags from it without an
 * import cycle. Which module runs a command is the dispatcher's business (COMMAND_MODULES in main.ts).
 */
export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[];
  /** What to write after the flag ("FIL", "ÅÅÅÅ-MM-DD"), for the help. */
  value?: string;
  /** One Swedish line for `arende --help`. */
  help: string;
  /** This flag is another spelling of that one (without å/ä/ö): not listed on its own. */
  spellingOf?: string;
}

export interface CommandSpec {
  name: string;
  /** Other names the command answers to. */
  aliases?: readonly string[];
  /** What follows the flags: "SÖKVÄG…", "TYP". */
  args: string;
  /** One Swedish line for `arende --help`. */
  summary: string;
  flags: Readonly<Record<string, FlagSpec>>;
}

/** Shared flags, spelled once. */
const CONFIG = { type: 'string', value: 'FIL', help: 'inställningsfil (standard: närmaste arende.config.json uppåt)' } as const;
const FORCE = { type: 'boolean', default: false } as const;
const PDF = { type: 'boolean', default: false, help: 'gör också en PDF (PDF/A-2) bredvid Word-filen; kräver LibreOffice' } as const;
const MALL = { type: 'string', value: 'MALL.dotx', help: 'kommunens Word-mall (standard: "mall" i arende.config.json)' } as const;

function defineCommand<const F extends Readonly<Record<string, FlagSpec>>>(
  spec: Omit<CommandSpec, 'flags'> & { flags: F },
): Omit<CommandSpec, 'flags'> & { flags: F } {
  return spec;
}

export const COMMAND_TABLE = {
  check: defineCommand({
    name: 'check',
    args: 'SÖKVÄG…',
    summary: 'kontrollera utkast (filer eller mappar)',
    flags: {
      fix: { type: 'boolean', default: false, help: 'rätta det som går att rätta mekaniskt och skriv tillbaka filen' },
      format: { type: 'string', default: 'text', value: 'text|json', help: 'utskrift för människor eller JSON' },
      config: CONFIG,
    },
  }),
  new: defineCommand({
    name: 'new',
    args: '[TYP]',
    summary: 'skapa ett nytt utkast från en mall (utan TYP: svara på frågor)',
    flags: {
      output: { type: 'string', short: 'o', value: 'FIL', help: 'filen att skriva (skrivs aldrig över)' },
    },
  }),
  export: defineCommand({
    name: 'export',
    args: 'UTKAST|MAPP…',
    summary: 'exportera utkast till Word',
    flags: {
      output: { type: 'string', short: 'o', value: 'FIL.docx', help: 'målfil (ett utkast; standard: bredvid utkastet)' },
      pdf: PDF,
      mall: MALL,
      'med-kontaktuppgifter': { type: 'boolean', default: false, help: 'avsändarens exemplar, med adress, e-post och telefon' },
      radnummer: { type: 'boolean', default: false, help: 'numrera raderna i marginalen (löpande, inte om per sida); att-satserna behåller sina nummer' },
      force: { ...FORCE, help: 'exportera även ett utkast med fel' },
      config: CONFIG,
    },
  }),
  agenda: defineCommand({
    name: 'agenda',
    args: 'MÖTE.md | SÖKVÄG…',
    summary: 'sammanställ kallelse och föredragningslista, från en mötesfil eller från utkast med sammanträdet som flaggor',
    flags: {
      nämnd: { type: 'string', value: 'NAMN', help: 'nämnden (krävs)' },
      namnd: { type: 'string', spellingOf: 'nämnd', help: '' },
      datum: { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'sammanträdets datum (krävs)' },
      tid: { type: 'string', value: 'TID', help: 'sammanträdets tid' },
      plats: { type: 'string', value: 'PLATS', help: 'sammanträdets plats' },
      ordförande: { type: 'string', value: 'NAMN', help: 'ordförande' },
      ordforande: { type: 'string', spellingOf: 'ordförande', help: '' },
      sekreterare: { type: 'string', value: 'NAMN', help: 'sekreterare' },
      kommun: { type: 'string', value: 'NAMN', help: 'kommunen i huvudet (standard: utkastens, om alla anger samma)' },
      förhinder: { type: 'string', value: 'TEXT', help: 'vart förhinder anmäls (standard: till sekreteraren)' },
      forhinder: { type: 'string', spellingOf: 'förhinder', help: '' },
      'stående-punkter': { type: 'boolean', default: false, help: 'ta med Anmälningar, Delegationsbeslut och Information' },
      'staende-punkter': { type: 'boolean', default: false, spellingOf: 'stående-punkter', help: '' },
      'stående-punkt': { type: 'string', multiple: true, value: 'TEXT', help: 'en egen stående punkt (kan anges flera gånger)' },
      'staende-punkt': { type: 'string', multiple: true, spellingOf: 'stående-punkt', help: '' },
      'med-handlingar': { type: 'boolean', default: false, help: 'lägg varje utkasts text efter listan' },
      output: { type: 'string', short: 'o', value: 'FIL.docx', help: 'målfil (standard: kallelse-ÅÅÅÅ-MM-DD.docx)' },
      pdf: PDF,
      mall: MALL,
      force: { ...FORCE, help: 'sammanställ även om något utkast eller mötesfilen har fel' },
      config: CONFIG,
    },
  }),
  protokoll: defineCommand({
    name: 'protokoll',
    args: 'MÖTE.md',
    summary: 'skriv protokollet från en mötesfil med besluten ifyllda (eller ett protokollsutdrag)',
    flags: {
      utdrag: { type: 'string', value: 'N', help: 'bara paragraf N, som protokollsutdrag med utdragsbestyrkande' },
      publicering: {
        type: 'string',
        value: 'MAPP',
        help: 'skriv justeringsexemplar, webbversion (maskad), maskningar.csv och anslaget till MAPP',
      },
      output: { type: 'string', short: 'o', value: 'FIL.docx', help: 'målfil (standard: protokoll-ÅÅÅÅ-MM-DD.docx)' },
      pdf: PDF,
      mall: MALL,
      force: { ...FORCE, help: 'skriv även om något har fel eller ett ärende saknar beslut' },
      config: CONFIG,
    },
  }),
  ändringar: defineCommand({
    name: 'ändringar',
    aliases: ['andringar'],
    args: 'MÖTE.md N',
    summary: 'förslaget i paragraf N med bifallna yrkanden som spårade ändringar i Word, och en yrkandetabell',
    flags: {
      output: { type: 'string', short: 'o', value: 'FIL.docx', help: 'målfil (standard: andringar-ÅÅÅÅ-MM-DD-paragraf-N.docx)' },
      pdf: PDF,
      mall: MALL,
      force: { ...FORCE, help: 'skriv även om mötesfilen eller en handling har fel' },
      config: CONFIG,
    },
  }),
  frister: defineCommand({
    name: 'frister',
    args: 'SÖKVÄG…',
    summary: 'motioners och medborgarförslags frister (ett år från väckt, 5 kap. 35 § KL)',
    flags: {
      per: { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'dagen statusen gäller (standard: i dag)' },
      format: { type: 'string', default: 'text', value: 'text|json', help: 'listan för fullmäktige eller JSON' },
    },
  }),
  publicera: defineCommand({
    name: 'publicera',
    args: 'SÖKVÄG…',
    summary: 'gör en webbplats om ärendenas gång (index.html, en sida per ärende, Atom-flödet flode.xml) utan personuppgifter',
    flags: {
      output: { type: 'string', short: 'o', value: 'MAPP', help: 'mappen att skriva webbplatsen till (krävs)' },
      per: { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'dagen statusen gäller (standard: i dag)' },
    },
  }),
  cite: defineCommand({
    name: 'cite',
    args: 'TEXT…',
    summary: 'tolka och kontrollera lagrumshänvisningar',
    flags: {
      datum: { type: 'string', value: 'ÅÅÅÅ-MM-DD', help: 'datumet hänvisningen läses på (standard: i dag)' },
      format: { type: 'string', default: 'text', value: 'text|json', help: 'utskrift för människor eller JSON' },
    },
  }),
  webb: defineCommand({
    name: 'webb',
    args: '',
    summary: 'skriv medborgarsidan som en enda fil (arende.html) att öppna, skicka eller lägga på en webbserver',
    flags: {
      output: { type: 'string', short: 'o', value: 'FIL', help: 'filen att skriva (standard: arende.html)' },
    },
  }),
  läsbarhet: defineCommand({
    name: 'läsbarhet',
    aliases: ['lasbarhet'],
    args: 'FIL…',
    summary: 'visa ord, meningar, LIX och OVIX för varje avsnitt',
    flags: {
      format: { type: 'string', default: 'text', value: 'text|json', help: 'utskrift för människor eller JSON' },
      config: CONFIG,
    },
  }),
  regler: defineCommand({
    name: 'regler',
    aliases: ['rules'],
    args: '',
    summary: 'lista reglerna och deras id',
    flags: {},
  }),
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_TABLE;

/** The command a name or alias means. */
export function commandByName(name: string): CommandSpec | undefined {
  return Object.values(COMMAND_TABLE).find((c: CommandSpec) => c.name === name || c.aliases?.includes(name));
}

/** "-o, --output FIL.docx" */
function flagLabel(name: string, flag: FlagSpec): string {
  return `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`;
}

/** The flags people see (other spellings folded into the flag they spell). */
function listedFlags(spec: CommandSpec): [string, FlagSpec][] {
  return Object.entries(spec.flags).filter(([, f]) => !f.spellingOf);
}

/** `arende --help`: every command with its flags, from the table. */
export function generalHelp(heading: string): string {
  const lines = [heading, '', 'Användning: arende KOMMANDO [flaggor]', '', 'Kommandon:'];
  for (const spec of Object.values(COMMAND_TABLE) as CommandSpec[]) {
    const names = [spec.name, ...(spec.aliases ?? [])].join(', ');
    lines.push('', `  ${names}${spec.args ? ` ${spec.args}` : ''}`, `      ${spec.summary}`);
    const flags = listedFlags(spec);
    const width = Math.max(0, ...flags.map(([n, f]) => flagLabel(n, f).length));
    for (const [name, flag] of flags) {
      const spellings = Object.entries(spec.flags)
        .filter(([, f]) => f.spellingOf === name)
        .map(([n]) => `--${n}`);
      lines.push(`      ${flagLabel(name, flag).padEnd(width)}  ${flag.help}${spellings.length ? ` (även ${spellings.join(', ')})` : ''}`);
    }
  }
  lines.push('', '  --help, -h      visa denna hjälp (arende KOMMANDO --help för ett kommando)', '  --version, -v   visa versionen', '');
  return lines.join('\n');
}
