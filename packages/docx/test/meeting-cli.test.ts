/**
 * The meeting workflow through the CLI commands, in process: `arende agenda MÖTE.md`, `arende protokoll`
 * (and `--utdrag`), `arende frister`, and the flag form of `arende agenda` refusing drafts for another
 * nämnd or kommun. The examples' two meeting files and their handlingar are copied to a temporary folder.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { agendaCommand } from '../../cli/src/commands/agenda.js';
import { protokollCommand } from '../../cli/src/commands/protokoll.js';
import { fristerCommand } from '../../cli/src/commands/frister.js';
import { exportCommand } from '../../cli/src/commands/export.js';
import { fakeIo, paragraphs, parts, tableRows } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const SN = 'sammantrade-socialnamnden-2026-04-22.md';
const KF = 'sammantrade-kommunfullmaktige-2026-06-15.md';

function texts(file: string): string[] {
  return paragraphs(parts(readFileSync(file))['word/document.xml']!).map((p) => p.text);
}

/** The label rows of the first page and the anslagsbevis ("Paragrafer\t§§ 41–47"). */
function rows(file: string): string[] {
  return tableRows(parts(readFileSync(file))['word/document.xml']!);
}

function headings(file: string): string[] {
  return paragraphs(parts(readFileSync(file))['word/document.xml']!)
    .filter((p) => p.style === 'Heading2' || p.style === 'Heading3')
    .map((p) => p.text);
}

describe('the meeting workflow (arende agenda MÖTE.md, protokoll, frister)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-mote-'));
    cpSync(EXAMPLES, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('agenda MÖTE.md: kommun and nämnd from the meeting, the proposal from the tjänsteskrivelse, the initiator’s att-satser as theirs, förhinder and signatures', async () => {
    const t = fakeIo(dir);
    assert.equal(await agendaCommand([SN, '-o', 'kallelse.docx'], t.io), 0, t.err());
    assert.match(t.out(), /Sammanställde kallelse med 3 ärenden från 'sammantrade-socialnamnden-2026-04-22\.md' till 'kallelse\.docx'/);
    const file = path.join(dir, 'kallelse.docx');
    assert.deepEqual(headings(file), [
      '1. Val av justerare',
      '2. Godkännande av dagordningen',
      '3. Anmälningar',
      '4. Delegationsbeslut',
      '5. Redovisning av nämnduppdrag – samordnade individuella planer inom socialpsykiatrin',
      '6. Svar på medborgarförslag om ett brukarråd inom socialpsykiatrin',
      '7. Svar på politikerinitiativ om samordnade individuella planer inom socialpsykiatrin',
    ]);
    const p = texts(file);
    assert.equal(p[0], 'Sjöviks kommun\tKallelse');
    const item6 = p.indexOf('6. Svar på medborgarförslag om ett brukarråd inom socialpsykiatrin');
    const section = p.slice(item6, p.indexOf('7. Svar på politikerinitiativ om samordnade individuella planer inom socialpsykiatrin'));
    assert.deepEqual(section.slice(0, 8), [
      '6. Svar på medborgarförslag om ett brukarråd inom socialpsykiatrin',
      'Dnr: SN 2026/31',
      'Handlingar',
      'Medborgarförslag från Mattias Rönnqvist, 2026-01-20',
      'Tjänsteskrivelse från Socialförvaltningen, 2026-03-30',
      'Förslag till beslut',
      'Socialnämnden föreslår kommunfullmäktige att bifalla medborgarförslaget i den del som gäller att inrätta ett brukarråd för socialpsykiatrin.',
      'Förvaltningen får i uppdrag att ta fram ett reglemente för brukarrådet och lägga fram det för nämnden senast i november 2026.',
    ]);
    // The medborgarförslag's own proposals come after, under the proposer's label.
    const own = section.indexOf('Förslagsställarens förslag');
    assert.ok(own > section.indexOf('Förslag till beslut'));
    assert.equal(section[own + 1], 'kommunen inrättar ett brukarråd för socialpsykiatrin');
    assert.ok(p.some((x) => x.startsWith('Förhinder anmäls till sekreteraren Petra Nordin')));
    assert.ok(p.includes('Karin Åberg (Sjöviks framtid)\nOrdförande') || p.includes('Karin Åberg (Sjöviks framtid)Ordförande'), 'ordförande signs');
    const xml = parts(readFileSync(file))['word/document.xml']!;
    assert.ok(!xml.includes('m.ronnqvist@example.se') && !xml.includes('073-987'), 'no contact details');
  });

  it('agenda MÖTE.md --med-handlingar: a handling’s image, read next to the handling, is in the kallelse with its alt text', async () => {
    // The handling lives in a folder of its own, so its image is found next to it and not next to the meeting file.
    const sub = path.join(dir, 'uppdrag');
    mkdirSync(path.join(sub, 'bilder'), { recursive: true });
    const handling = readFileSync(path.join(dir, 'namnduppdrag-sip-uppfoljning.md'), 'utf8');
    writeFileSync(path.join(sub, 'namnduppdrag-sip-uppfoljning.md'), `${handling.trimEnd()}\n\n![Antal planer per månad](bilder/planer.png)\n`);
    cpSync(fileURLToPath(new URL('./fixtures/bild.png', import.meta.url)), path.join(sub, 'bilder/planer.png'));
    const meeting = readFileSync(path.join(dir, SN), 'utf8').replace(
      '      - namnduppdrag-sip-uppfoljning.md',
      '      - uppdrag/namnduppdrag-sip-uppfoljning.md',
    );
    writeFileSync(path.join(dir, SN), meeting);
    const t = fakeIo(dir);
    assert.equal(await agendaCommand([SN, '--med-handlingar', '-o', 'kallelse.docx'], t.io), 0, t.err());
    const files = parts(readFileSync(path.join(dir, 'kallelse.docx')));
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    assert.equal(media.length, 1, `one image in the kallelse: ${media.join(', ')}`);
    assert.match(files['word/document.xml']!, /<wp:docPr [^>]*descr="Antal planer per månad"/);
  });

  it('agenda MÖTE.md: a newly raised motion is listed under Motioner och politikerinitiativ; a förslag in the meeting file is the proposal', async () => {
    const t = fakeIo(dir);
    assert.equal(await agendaCommand([KF, '--med-handlingar'], t.io), 0, t.err());
    const file = path.join(dir, 'kallelse-2026-06-15.docx');
    assert.deepEqual(headings(file).slice(0, 5), [
      '1. Val av justerare',
      '2. Godkännande av dagordningen',
      '3. Ett lokalt handlingsprogram för suicidprevention',
      'Motioner och politikerinitiativ',
      '4. Anmälan av motion om Bostad först för personer med psykisk ohälsa och hemlöshet',
    ]);
    const p = texts(file);
    const at = p.indexOf('3. Ett lokalt handlingsprogram för suicidprevention');
    assert.deepEqual(p.slice(at + 4, at + 6), [
      'Förslag till beslut',
      'Kommunstyrelsen får i uppdrag att ta fram ett lokalt handlingsprogram för suicidprevention tillsammans med regionen.',
    ]);
    const four = p.indexOf('4. Anmälan av motion om Bostad först för personer med psykisk ohälsa och hemlöshet');
    assert.deepEqual(p.slice(four + 4, four + 7), [
      'Förslag till beslut',
      'Motionen anmäls. Förslag till beslut lämnas vid sammanträdet.',
      'Motionärernas yrkanden',
    ]);
    assert.ok(p.includes('Handling till punkt 4, Kommunfullmäktige 2026-06-15'), 'the motion follows with --med-handlingar');
  });

  it('agenda and protokoll place an interpellation and a fråga by the kind table: own groups, answered by the chair, no Förslag till beslut, not in frister', async () => {
    let t = fakeIo(dir);
    assert.equal(await agendaCommand([KF, '-o', 'k.docx'], t.io), 0, t.err());
    const k = path.join(dir, 'k.docx');
    assert.deepEqual(headings(k).slice(3), [
      'Motioner och politikerinitiativ',
      '4. Anmälan av motion om Bostad först för personer med psykisk ohälsa och hemlöshet',
      'Interpellationer',
      '5. Interpellation om väntetiden till boendestöd',
      'Frågor',
      '6. Fråga om väntetiden till personligt ombud',
    ]);
    const p = texts(k);
    const five = p.indexOf('5. Interpellation om väntetiden till boendestöd');
    const six = p.indexOf('6. Fråga om väntetiden till personligt ombud');
    assert.ok(p.slice(five, six).includes('Interpellationen besvaras av Socialnämndens ordförande Anna Berg.'), p.slice(five, six).join(' | '));
    assert.ok(!p.slice(five).includes('Förslag till beslut'), 'no Förslag till beslut after the decisions');
    assert.ok(p.slice(six).includes('Frågan besvaras av Socialnämndens ordförande Anna Berg.'));

    t = fakeIo(dir);
    assert.equal(await protokollCommand([KF, '--force', '-o', 'p.docx'], t.io), 0, t.err());
    // Only the two ärenden for decision lack a beslut: an answered item needs none.
    assert.doesNotMatch(t.err(), /§ 81|§ 82/);
    const q = texts(path.join(dir, 'p.docx'));
    const s79 = q.indexOf('§ 81 Interpellation om väntetiden till boendestöd');
    const s80 = q.indexOf('§ 82 Fråga om väntetiden till personligt ombud');
    assert.ok(s79 > 0 && s80 > s79, 'the §§ follow the kallelse');
    const par79 = q.slice(s79, s80);
    assert.ok(par79.includes('Interpellationen besvaras av Socialnämndens ordförande Anna Berg.'));
    assert.equal(par79.at(-1), 'Överläggningen förklaras avslutad.');
    assert.ok(!par79.includes('Beslut'));

    t = fakeIo(dir);
    assert.equal(await fristerCommand(['--per', '2026-06-01', '--format', 'json', '.'], t.io), 0, t.err());
    const typer = (JSON.parse(t.out()) as { ärenden: { typ: string }[] }).ärenden.map((e) => e.typ);
    assert.ok(typer.length > 0 && !typer.some((x) => /interpellation|fråga/.test(x)), typer.join(', '));
  });

  it('agenda MÖTE.md refuses a handling for another nämnd or kommun, naming it at its line in the meeting file, unless --force', async () => {
    const meeting = readFileSync(path.join(dir, SN), 'utf8').replace(
      '      - namnduppdrag-sip-uppfoljning.md',
      '      - politikerinitiativ-traffpunkt-oppettider.md',
    );
    writeFileSync(path.join(dir, 'mote.md'), meeting);
    let t = fakeIo(dir);
    assert.equal(await agendaCommand(['mote.md', '-o', 'k.docx'], t.io), 1);
    assert.match(
      t.err(),
      /Handlingen 'politikerinitiativ-traffpunkt-oppettider\.md' är ställd till Vård- och omsorgsnämnden, men sammanträdet är Socialnämndens/,
    );
    assert.match(t.err(), /Handlingen 'politikerinitiativ-traffpunkt-oppettider\.md' gäller Exempelby kommun, men sammanträdet är i Sjöviks kommun/);
    assert.match(t.err(), /38:\d+-38:\d+/, 'positioned at the path in the meeting file');
    assert.ok(!existsSync(path.join(dir, 'k.docx')));
    t = fakeIo(dir);
    assert.equal(await agendaCommand(['mote.md', '-o', 'k.docx', '--force'], t.io), 0, t.err());
    assert.ok(existsSync(path.join(dir, 'k.docx')));
  });

  it('agenda MÖTE.md refuses a tjänsteskrivelse whose diarienummer differs from its initiative’s, and a missing handling', async () => {
    const meeting = readFileSync(path.join(dir, SN), 'utf8')
      .replace('      - tjansteskrivelse-brukarrad-socialpsykiatri.md', '      - tjansteskrivelse-sip-samordning.md')
      .replace('      - namnduppdrag-sip-uppfoljning.md', '      - saknas.md');
    writeFileSync(path.join(dir, 'mote.md'), meeting);
    const t = fakeIo(dir);
    assert.equal(await agendaCommand(['mote.md'], t.io), 1);
    assert.match(t.err(), /Tjänsteskrivelsen 'tjansteskrivelse-sip-samordning\.md' har diarienummer SN 2026\/22, men initiativet den besvarar har SN 2026\/31/);
    assert.match(t.err(), /Handlingen 'saknas\.md' i ärende 1 finns inte/);
  });

  it('the flag form refuses drafts for another nämnd or from another kommun (named), and needs --kommun when the drafts disagree', async () => {
    let t = fakeIo(dir);
    assert.equal(
      await agendaCommand(
        ['--nämnd', 'Socialnämnden', '--datum', '2026-04-22', 'politikerinitiativ-sip-samordning.md', 'politikerinitiativ-traffpunkt-oppettider.md'],
        t.io,
      ),
      1,
    );
    assert.match(t.err(), /'politikerinitiativ-traffpunkt-oppettider\.md' är ställt till Vård- och omsorgsnämnden, inte till Socialnämnden/);
    assert.match(t.err(), /utkasten gäller olika kommuner \(Sjöviks kommun, Exempelby kommun\); ange sammanträdets kommun med --kommun/);
    t = fakeIo(dir);
    assert.equal(
      await agendaCommand(
        [
          '--nämnd',
          'Socialnämnden',
          '--datum',
          '2026-04-22',
          '--kommun',
          'Sjöviks kommun',
          'politikerinitiativ-sip-samordning.md',
          'medborgarforslag-brukarrad-socialpsykiatri.md',
          '-o',
          'k.docx',
        ],
        t.io,
      ),
      0,
      t.err(),
    );
    const p = texts(path.join(dir, 'k.docx'));
    assert.equal(p[0], 'Sjöviks kommun\tKallelse');
    // Neither draft proposes for the nämnd: their att-satser are the initiators', not "Förslag till beslut".
    assert.equal(
      p.filter((x) => x === 'Förslag till beslut lämnas vid sammanträdet.' || x === 'Initiativet anmäls. Förslag till beslut lämnas vid sammanträdet.').length,
      2,
    );
    assert.ok(p.includes('Initiativtagarnas yrkanden') && p.includes('Förslagsställarens förslag'));
  });

  it('protokoll: header, §§ from paragrafer_från, beslut enligt förslag from the tjänsteskrivelse, reservationer, signatures, anslagsbevis', async () => {
    const t = fakeIo(dir);
    assert.equal(await protokollCommand([SN, '-o', 'protokoll.docx'], t.io), 0, t.err());
    assert.match(t.out(), /Skrev protokollet \(§§ 41–47\)/);
    const file = path.join(dir, 'protokoll.docx');
    const p = texts(file);
    assert.equal(p[0], 'Sjöviks kommun\tSammanträdesprotokoll');
    assert.deepEqual(
      headings(file).filter((h) => h.startsWith('§')),
      [
        '§ 41 Val av justerare',
        '§ 42 Godkännande av dagordningen',
        '§ 43 Anmälningar',
        '§ 44 Delegationsbeslut',
        '§ 45 Redovisning av nämnduppdrag – samordnade individuella planer inom socialpsykiatrin',
        '§ 46 Svar på medborgarförslag om ett brukarråd inom socialpsykiatrin',
        '§ 47 Svar på politikerinitiativ om samordnade individuella planer inom socialpsykiatrin',
      ],
    );
    // The formalities: the justerare from the meeting file, a stående punkt's own text or the standard one.
    const s41 = p.indexOf('§ 41 Val av justerare');
    assert.equal(
      p[s41 + 1],
      'Socialnämnden utser Tobias Hedenlund (Gröna Sjövik) att jämte ordföranden justera protokollet. Protokollet justeras 2026-04-29, Socialförvaltningen, stadshuset.',
    );
    assert.equal(p[p.indexOf('§ 43 Anmälningar') + 1], 'Anmäls och läggs till handlingarna.');
    assert.equal(p[p.indexOf('§ 44 Delegationsbeslut') + 1], 'Delegationsbesluten för mars 2026 anmäls och läggs till handlingarna.');
    // Jäv: noted in the §, and the jävig member left out of those serving in it.
    const s45 = p.indexOf('§ 45 Redovisning av nämnduppdrag – samordnade individuella planer inom socialpsykiatrin');
    const s46 = p.indexOf('§ 46 Svar på medborgarförslag om ett brukarråd inom socialpsykiatrin');
    const in45 = p.slice(s45, s46);
    assert.ok(in45.includes('Tobias Hedenlund anmäler jäv och deltar inte i handläggningen.'));
    assert.ok(in45.includes('Tjänstgörande i ärendet') && !in45.some((x) => x.startsWith('Tobias Hedenlund (')));
    // A nämnd's beslut on a medborgarförslag is a proposal to fullmäktige (5 kap. 23 § KL); the § is justerad omedelbart.
    assert.deepEqual(p.slice(s46 + 1, s46 + 5), [
      'Dnr: SN 2026/31',
      'Beslut',
      'Socialnämnden beslutar enligt förslaget:',
      'Socialnämnden föreslår kommunfullmäktige att bifalla medborgarförslaget i den del som gäller att inrätta ett brukarråd för socialpsykiatrin.',
    ]);
    assert.ok(p.includes('Medborgarförslaget avgörs av kommunfullmäktige (5 kap. 23 § kommunallagen); nämndens beslut är ett förslag till fullmäktige.'));
    assert.ok(p.includes('Paragrafen justeras omedelbart.'));
    // Page 1 is one label table: plats och tid, who took part, the justering, the §§ and the signatures.
    const r = rows(file);
    assert.ok(r.includes('Plats och tid\tSessionssalen, stadshuset, 2026-04-22 kl.\u00a013.00–16.10'), r.join('\n'));
    assert.ok(r.some((x) => x.startsWith('Beslutande\tKarin Åberg (Sjöviks framtid), ordförande\nBengt Olausson')));
    assert.ok(r.includes('Justeringens plats och tid\tSocialförvaltningen, stadshuset, 2026-04-29'));
    assert.ok(r.includes('Paragrafer\t§§ 41–47'));
    for (const who of ['Sekreterare\tPetra Nordin', 'Ordförande\tKarin Åberg (Sjöviks framtid)', 'Justerare\tTobias Hedenlund (Gröna Sjövik)']) {
      assert.ok(r.includes(who), who);
    }
    // The anslagsbevis: three weeks from the anslag (2026-04-30), a vardag; it may come down the day after.
    assert.ok(p.includes('Anslagsbevis') && r.includes('Anslaget sätts upp\t2026-04-30'));
    assert.ok(r.includes('Sista dag att överklaga\t2026-05-21 (tre veckor från anslaget, 13 kap. 5 § kommunallagen)'));
    assert.ok(r.includes('Anslaget tas ned\ttidigast 2026-05-22'));
    assert.ok(p.includes('Bengt Olausson (Sjöviks moderater) reserverar sig mot beslutet: till förmån för eget yrkande.'));
  });

  it('protokoll --utdrag N: that § alone with the header and an utdragsbestyrkande; an unknown § is exit 2', async () => {
    let t = fakeIo(dir);
    assert.equal(await protokollCommand([SN, '--utdrag', '47'], t.io), 0, t.err());
    const file = path.join(dir, 'protokollsutdrag-2026-04-22-paragraf-47.docx');
    const p = texts(file);
    assert.equal(p[0], 'Sjöviks kommun\tProtokollsutdrag');
    assert.deepEqual(headings(file), ['§ 47 Svar på politikerinitiativ om samordnade individuella planer inom socialpsykiatrin', 'Utdragsbestyrkande']);
    assert.ok(p.includes('Utdraget ur Socialnämndens protokoll 2026-04-22, § 47, stämmer med originalet. Protokollet justerades 2026-04-29.'));
    t = fakeIo(dir);
    assert.equal(await protokollCommand([SN, '--utdrag', '99'], t.io), 2);
    assert.match(t.err(), /protokollet har §§ 41–47; § 99 finns inte/);
    t = fakeIo(dir);
    assert.equal(await protokollCommand([SN, '--utdrag', 'fyra'], t.io), 2);
    assert.match(t.err(), /'fyra' är inget paragrafnummer/);
  });

  it('protokoll --utdrag before the justering: refused unless the § is omedelbart justerad, or --force (and then it says so)', async () => {
    let t = fakeIo(dir, '2026-04-23');
    assert.equal(await protokollCommand([SN, '--utdrag', '47', '-o', 'u47.docx'], t.io), 1);
    assert.match(t.err(), /protokollet justeras 2026-04-29, och § 47 är inte omedelbart justerad/);
    assert.ok(!existsSync(path.join(dir, 'u47.docx')));
    t = fakeIo(dir, '2026-04-22');
    assert.equal(await protokollCommand([SN, '--utdrag', '46', '-o', 'u46.docx'], t.io), 0, t.err());
    assert.ok(texts(path.join(dir, 'u46.docx')).some((x) => x.endsWith('Paragrafen justerades omedelbart vid sammanträdet 2026-04-22.')));
    t = fakeIo(dir, '2026-04-23');
    assert.equal(await protokollCommand([SN, '--utdrag', '47', '-o', 'u47.docx', '--force'], t.io), 0, t.err());
    const p = texts(path.join(dir, 'u47.docx'));
    assert.ok(p.some((x) => x.endsWith('Protokollet justeras 2026-04-29; utdraget är gjort före justeringen.')));
    assert.ok(!p.some((x) => x.includes('Protokollet justerades')));
  });

  it('protokoll refuses a meeting whose items have no beslut yet (unless --force), and a file that is no meeting file', async () => {
    writeFileSync(path.join(dir, 'kf-utan-beslut.md'), readFileSync(path.join(dir, KF), 'utf8').replace(/ {4}beslut:.*\n( {6}- .*\n)*/g, ''));
    let t = fakeIo(dir);
    assert.equal(await protokollCommand(['kf-utan-beslut.md'], t.io), 1);
    assert.match(t.err(), /ärendena saknar beslut i mötesfilen .*§ 79 Ett lokalt handlingsprogram för suicidprevention; § 80 Anmälan av motion[^;]*\. Fyll/);
    t = fakeIo(dir);
    assert.equal(await protokollCommand(['kf-utan-beslut.md', '--force', '-o', 'p.docx'], t.io), 0, t.err());
    assert.ok(texts(path.join(dir, 'p.docx')).includes('Ärendet har ännu inte beslutats (mötesfilen saknar beslut).'));
    t = fakeIo(dir);
    assert.equal(await protokollCommand(['motion-bostad-forst.md'], t.io), 2);
    assert.match(t.err(), /'motion-bostad-forst\.md' är ingen mötesfil/);
  });

  it('frister --format json: exactly {"ärenden":[{fil,typ,rubrik,diarienummer,väckt,frist,status}]}, avgjord by a meeting file held by --per', async () => {
    const t = fakeIo(dir);
    assert.equal(await fristerCommand(['--per', '2026-06-01', '--format', 'json', '.'], t.io), 0, t.err());
    const json = JSON.parse(t.out()) as { ärenden: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(json), ['ärenden']);
    for (const e of json.ärenden) assert.deepEqual(Object.keys(e), ['fil', 'typ', 'rubrik', 'diarienummer', 'väckt', 'frist', 'status']);
    const by = Object.fromEntries(json.ärenden.map((e) => [e.fil, e]));
    assert.deepEqual(by['motion-suicidprevention.md'], {
      fil: 'motion-suicidprevention.md',
      typ: 'motion',
      rubrik: 'Ett lokalt handlingsprogram för suicidprevention',
      diarienummer: 'KS 2025/58',
      väckt: '2025-03-24',
      frist: '2026-03-24',
      status: 'försenad',
    });
    // Socialnämnden proposed a decision on 2026-04-22; fullmäktige decides a medborgarförslag (5 kap. 23 § KL).
    assert.equal(by['medborgarforslag-brukarrad-socialpsykiatri.md']!.status, 'beredd', 'proposed to fullmäktige at the meeting of 2026-04-22');
    assert.equal(by['medborgarforslag-sysselsattning-samordningsforbund.md']!.status, 'öppen');
    assert.equal(by['medborgarforslag-sysselsattning-samordningsforbund.md']!.diarienummer, null);
    assert.equal(by['motion-bostad-forst.md']!.frist, '2027-05-25');
    assert.ok(!json.ärenden.some((e) => e.typ === 'politikerinitiativ' || e.typ === 'tjänsteskrivelse'), 'only motioner and medborgarförslag');
    // Before the meeting was held, the medborgarförslag was still open.
    const before = fakeIo(dir);
    await fristerCommand(['--per', '2026-04-21', '--format', 'json', '.'], before.io);
    const early = (JSON.parse(before.out()) as { ärenden: { fil: string; status: string }[] }).ärenden.find(
      (e) => e.fil === 'medborgarforslag-brukarrad-socialpsykiatri.md',
    );
    assert.equal(early?.status, 'öppen');
  });

  it('frister as text: the list for fullmäktige, grouped by status; snart within 60 days; bad input is exit 2', async () => {
    let t = fakeIo(dir);
    assert.equal(
      await fristerCommand(
        ['--per', '2026-07-01', 'motion-suicidprevention.md', 'medborgarforslag-sysselsattning-samordningsforbund.md', 'politikerinitiativ-sip-samordning.md'],
        t.io,
      ),
      0,
    );
    assert.match(t.out(), /^Motioner och medborgarförslag per 2026-07-01\n/);
    assert.match(
      t.out(),
      /Försenade \(1\)\n {2}Motion: Ett lokalt handlingsprogram för suicidprevention\n {4}dnr KS 2025\/58, väckt 2025-03-24, frist 2026-03-24/,
    );
    assert.match(
      t.out(),
      /Frist inom 60 dagar \(1\)\n {2}Medborgarförslag: Arbetsinriktad sysselsättning genom samordningsförbundet\n {4}utan diarienummer, väckt 2025-08-25, frist 2026-08-25/,
    );
    assert.match(t.out(), /2 ej avgjorda, varav 1 försenad; 0 avgjorda\./);
    assert.match(t.err(), /'politikerinitiativ-sip-samordning\.md' är av typen politikerinitiativ; frister gäller motioner och medborgarförslag/);
    t = fakeIo(dir);
    assert.equal(await fristerCommand(['--per', '2026-13-01', '.'], t.io), 2);
    assert.match(t.err(), /'2026-13-01' är inget datum/);
    t = fakeIo(dir);
    assert.equal(await fristerCommand(['--format', 'xml', '.'], t.io), 2);
    t = fakeIo(dir);
    assert.equal(await fristerCommand([], t.io), 2);
  });

  it('export refuses a meeting file with a word, and exports the drafts of a folder next to it', async () => {
    let t = fakeIo(dir);
    assert.equal(await exportCommand([SN], t.io), 2);
    assert.match(t.err(), /är en mötesfil och exporteras inte; gör kallelsen med 'arende agenda sammantrade-socialnamnden-2026-04-22\.md'/);
    t = fakeIo(dir);
    await exportCommand(['.'], t.io);
    assert.ok(existsSync(path.join(dir, 'tjansteskrivelse-brukarrad-socialpsykiatri.docx')));
    assert.ok(!existsSync(path.join(dir, 'sammantrade-socialnamnden-2026-04-22.docx')));
  });
});
