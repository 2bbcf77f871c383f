/**
 * Which capitalised words the web version of an item marked `personuppgifter: true` masks as a person's name
 * (name-candidates.ts, used by publicering.ts): every real name, in every form a protokoll writes one, is
 * masked, also after a word that starts a sentence; organisations, authorities and sentence openings are not.
 */
import assert from 'node:assert/strict';
import { parseDraft, resolveMeeting, type HandlingLoader } from '@arende/core';
import { meetingDocument, webVersion } from '../src/index.js';
import { personNameCandidates } from '../src/name-candidates.js';

/** Names a protokoll may hold, each in a sentence that starts another way. */
const NAMES = [
  'Kim Exempel',
  'Anna-Karin Öberg-Stål',
  'Anna Maria Lisa Svensson',
  'Karl von Essen',
  'Ana de la Cruz',
  "Sean O'Brien",
  'Ronald McDonald',
  'Leila Al-Hassan',
  'Hans Berg',
  'Per Holm',
  'Inga Lind',
  'Mina Karimi',
  'Anna De Luca',
  'Åsa Ek',
];
const OPENINGS = ['', 'Enligt ', 'Om ', 'Även ', 'Därför har ', 'Familjen ', 'Klagande är ', 'Brukaren '];

/** Organisations, authorities, places and sentence openings: no person. */
const NOT_NAMES = [
  'Även Polisen',
  'Enligt Socialstyrelsen',
  'Eftersom Försäkringskassan',
  'Sveriges Kommuner',
  'Stockholms Stadsmission',
  'Röda Korset',
  'Svenska Kyrkan',
  'Nationellt Kompetenscentrum',
  'Därför Socialnämnden',
  'Både Regionen',
  'Ordföranden Karin',
  'Kommunens Träffpunkten',
  'Sjöviks Kommun',
];

describe('personNameCandidates: the names an item marked personuppgifter: true masks', () => {
  it('finds every name, whole, also after a word that starts a sentence', () => {
    for (const name of NAMES) {
      for (const opening of OPENINGS) {
        const text = `${opening}${name} har lämnat en synpunkt.`;
        const found = personNameCandidates(text);
        assert.ok(
          found.some((f) => f.endsWith(name) || (f.includes(name.split(' ')[0]!) && f.includes(name.split(' ').at(-1)!))),
          `${JSON.stringify(text)} → ${JSON.stringify(found)}`,
        );
      }
    }
  });

  it('finds a name written with no-break spaces, and a name next to an organisation', () => {
    assert.deepEqual(personNameCandidates('Kim\u00a0Exempel ringde.'), ['Kim Exempel']);
    assert.deepEqual(personNameCandidates('Handläggare Försäkringskassan Kim Exempel svarade.'), ['Kim Exempel']);
  });

  it('leaves organisations, authorities and sentence openings alone', () => {
    for (const text of NOT_NAMES) assert.deepEqual(personNameCandidates(`${text} har yttrat sig.`), [], text);
  });
});

describe('webVersion with personuppgifter: true', () => {
  const MEETING = `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
ordförande: Karin Åberg (Sjöviks framtid)
sekreterare: Petra Nordin
justerare:
  - Tobias Hedenlund (Gröna Sjövik)
justering:
  datum: 2026-04-29
närvarande:
  beslutande:
    - Karin Åberg (Sjöviks framtid), ordförande
    - Tobias Hedenlund (Gröna Sjövik)
ärenden:
  - rubrik: Synpunkt på boendestödet
    diarienummer: SN 2026/80
    personuppgifter: true
    redogörelse: >-
      Enligt Lisa Grannberg har Försäkringskassan och Även Polisen inte svarat. Ordföranden Karin Åberg
      redogör. Karl von Essen och Sean O'Brien instämmer. Stockholms Stadsmission har yttrat sig.
    beslut:
      - lägga synpunkten till handlingarna
---
`;

  it('masks every private person and no official, authority or organisation', () => {
    const load: HandlingLoader = () => ({ exists: false });
    const resolved = resolveMeeting(parseDraft(MEETING, { path: 'mote.md', incremental: false }), load);
    const web = webVersion(resolved, meetingDocument(resolved));
    const text = web.doc.entries[0]!.redogörelse ?? '';
    for (const hidden of ['Lisa', 'Grannberg', 'Karl', 'Essen', 'Sean', 'Brien']) assert.ok(!text.includes(hidden), `${hidden} in ${text}`);
    for (const kept of ['Enligt [namn]', 'Försäkringskassan', 'Även Polisen', 'Karin Åberg', 'Stockholms Stadsmission'])
      assert.ok(text.includes(kept), `${kept} not in ${text}`);
    assert.deepEqual(
      web.maskningar.map((m) => m.början),
      ['Li…', 'Ka…', 'Se…'],
    );
  });
});
