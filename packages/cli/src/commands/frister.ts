import { compareFrister, fristFor, FRIST_KINDS, kindByName, SNART_DAGAR, type FristEntry } from '@arende/core';
import { EXIT_OK, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { loadMattersFor, perDateFor } from '../matters.js';

export const fristerHelp = `Användning: arende frister [--per ÅÅÅÅ-MM-DD] [--format text|json] SÖKVÄG…

Listar motioner och medborgarförslag med när de väcktes ('väckt', annars 'datum') och fristen ett år
senare (5 kap. 35 § kommunallagen: beslut om möjligt inom ett år; annars ska det anmälas till
fullmäktige). Status:
  öppen      fristen är mer än ${SNART_DAGAR} dagar bort
  snart      fristen går ut inom ${SNART_DAGAR} dagar
  försenad   fristen har gått ut utan beslut
  beredd     en nämnd har lämnat förslag till beslut till fullmäktige; fristen löper tills
             fullmäktige beslutar
  anmäld     det har anmälts till fullmäktige inom fristen att beredningen inte är avslutad
             (5 kap. 35 §); ärendet är fortfarande öppet
  avgjord    fullmäktige har beslutat i ärendet (eller avskrivit det), eller en nämnd som
             fullmäktige har överlåtit ett medborgarförslag till ('delegerat: true')
Mötesfiler (typ: sammanträde) daterade senast --per räknas; ett ärendes 'utfall' (avgjort,
återremitterat, bordlagt, anmält, avskrivet) avgör vad sammanträdet gjorde med det.
Mötesfilerna bland SÖKVÄG avgör vad som är avgjort; deras handlingar räknas med även om de inte anges.
Textformen är listan som rapporteras till fullmäktige två gånger om året.

  --per ÅÅÅÅ-MM-DD    dagen som statusen gäller (standard: i dag)
  --format text|json  JSON: {"ärenden":[{"fil","typ","rubrik","diarienummer","väckt","frist","status"}]}

Slutkod: 0 klar, 2 fel i kommandot eller en fil som inte går att läsa.
`;

const STATUS_ORDER = ['försenad', 'snart', 'öppen', 'beredd', 'anmäld', 'avgjord'] as const;
const STATUS_TEXT: Record<string, string> = {
  försenad: 'Försenade',
  snart: `Frist inom ${SNART_DAGAR} dagar`,
  öppen: 'Öppna',
  beredd: 'Beredda, förslag till fullmäktige finns (fristen löper)',
  anmäld: 'Anmälda till fullmäktige: beredningen är inte avslutad (5 kap. 35 § kommunallagen)',
  avgjord: 'Avgjorda',
};

export const fristerCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('frister', args, COMMAND_TABLE.frister.flags, fristerHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr(`arende frister: okänt format '${values.format}'; välj text eller json.\n`);
    return EXIT_USAGE;
  }
  const per = perDateFor('frister', values.per, io);
  if (typeof per === 'number') return per;
  if (positionals.length === 0) {
    io.stderr("arende frister: ange filer eller mappar med motioner, medborgarförslag och mötesfiler, t.ex. 'arende frister ärenden/'.\n");
    return EXIT_USAGE;
  }
  const matters = await loadMattersFor('frister', positionals, io);
  if (typeof matters === 'number') return matters;

  const entries: FristEntry[] = [];
  for (const [abs, found] of matters.drafts) {
    const typ = found.draft.metadata.raw.typ;
    if (typeof typ !== 'string' || !FRIST_KINDS.includes(typ)) {
      if (found.explicit)
        io.stderr(
          `arende frister: '${found.fil}' är ${typeof typ === 'string' ? `av typen ${typ}` : 'inget utkast'}; frister gäller motioner och medborgarförslag.\n`,
        );
      continue;
    }
    const entry = fristFor(found.fil, found.draft, per, matters.decided, abs);
    if (!entry) {
      io.stderr(`arende frister: '${found.fil}' saknar 'väckt' och 'datum' (ÅÅÅÅ-MM-DD); fristen kan inte räknas ut.\n`);
      continue;
    }
    entries.push(entry);
  }
  entries.sort(compareFrister);

  if (values.format === 'json') {
    io.stdout(`${JSON.stringify({ ärenden: entries }, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(textList(entries, per));
  return EXIT_OK;
};

/** The list a secretary reports to fullmäktige: grouped by status, oldest frist first. */
function textList(entries: readonly FristEntry[], per: string): string {
  let out = `Motioner och medborgarförslag per ${per}\n(beslut om möjligt inom ett år från att de väcktes, 5 kap. 35 § kommunallagen)\n`;
  if (entries.length === 0) return `${out}\nInga motioner eller medborgarförslag hittades.\n`;
  for (const status of STATUS_ORDER) {
    const group = entries.filter((e) => e.status === status);
    if (!group.length) continue;
    out += `\n${STATUS_TEXT[status]} (${group.length})\n`;
    for (const e of group) {
      out += `  ${kindByName(e.typ)?.label.sv ?? e.typ}: ${e.rubrik}\n`;
      out += `    ${[e.diarienummer ? `dnr ${e.diarienummer}` : 'utan diarienummer', `väckt ${e.väckt}`, `frist ${e.frist}`].join(', ')}  (${e.fil})\n`;
    }
  }
  const open = entries.filter((e) => e.status !== 'avgjord').length;
  const anmälda = entries.filter((e) => e.status === 'anmäld').length;
  const late = entries.filter((e) => e.status === 'försenad').length;
  const done = entries.length - open;
  const of = [
    late && `${late} ${late === 1 ? 'försenad' : 'försenade'}`,
    anmälda && `${anmälda} ${anmälda === 1 ? 'anmäld' : 'anmälda'} till fullmäktige`,
  ].filter(Boolean);
  out += `\n${open} ej ${open === 1 ? 'avgjord' : 'avgjorda'}${of.length ? `, varav ${of.join(' och ')}` : ''}; ${done} ${done === 1 ? 'avgjord' : 'avgjorda'}.\n`;
  return out;
}
