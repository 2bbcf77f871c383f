import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatorsSource } from '../scripts/gen-validators.js';
import { SCHEMA_FILES, kindByName } from '../src/index.js';
import * as generated from '../src/schema/validators.generated.js';

interface TopSchema {
  $schema: string;
  title?: string;
  description?: string;
  required: string[];
  additionalProperties: boolean;
}

describe('JSON Schemas', () => {
  it('the precompiled validators are generated from the schemas as they are now', () => {
    const committed = readFileSync(new URL('../src/schema/validators.generated.js', import.meta.url), 'utf8');
    assert.equal(committed, validatorsSource(), 'run: node --import tsx packages/core/scripts/gen-validators.ts');
  });

  it('each kind schema is 2020-12 with a Swedish title and description, and requires typ, rubrik, datum, mottagare, avsändare (a meeting file: typ, nämnd, kommun, datum, ärenden)', () => {
    for (const [kind, schema] of Object.entries(SCHEMA_FILES) as [string, TopSchema][]) {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', kind);
      assert.ok(schema.title && schema.description, kind);
      const meeting = kindByName(kind)?.workflow.role === 'möte';
      // utkast (any kind) requires what every kind does.
      for (const key of kind === 'utkast'
        ? ['typ', 'datum']
        : meeting
          ? ['typ', 'nämnd', 'kommun', 'datum', 'ärenden']
          : ['typ', 'rubrik', 'datum', 'mottagare', 'avsändare'])
        assert.ok(schema.required.includes(key), `${kind} requires ${key}`);
      assert.equal(schema.additionalProperties, false, kind);
    }
  });

  it("the examples in the schemas are valid drafts' frontmatter for their kind", () => {
    const base = { rubrik: 'R', datum: '2026-03-02', mottagare: 'Socialnämnden', avsändare: [{ namn: 'Kim Exempel', parti: 'Exempelpartiet' }] };
    const cases: [keyof typeof generated, object][] = [
      ['politikerinitiativ', { ...base, typ: 'politikerinitiativ', lagrum: ['10 kap. 8 § socialtjänstlagen (2025:400)'] }],
      ['medborgarforslag', { ...base, typ: 'medborgarförslag', kommun: 'Exempelby kommun' }],
      [
        'namnduppdrag',
        { ...base, typ: 'nämnduppdrag', diarienummer: 'SN 2019/123', lagrum: ['9 § LSS'], uppdrag: { beslut: 'ÄON 2025-02-12 § 14', datum: '2025-02-12' } },
      ],
      ['motion', { ...base, typ: 'motion', mottagare: 'Kommunfullmäktige', väckt: '2026-03-23' }],
      [
        'tjansteskrivelse',
        {
          ...base,
          typ: 'tjänsteskrivelse',
          diarienummer: 'SN 2026/41',
          förvaltning: 'Socialförvaltningen',
          avsändare: [{ namn: 'Alex Chef', roll: 'förvaltningschef' }],
          avser: { typ: 'medborgarförslag', diarienummer: 'SN 2026/41' },
        },
      ],
      [
        'sammantrade',
        {
          typ: 'sammanträde',
          nämnd: 'Socialnämnden',
          kommun: 'Exempelby kommun',
          datum: '2026-05-20',
          tid: 13,
          justerare: ['Robin Exempel'],
          ärenden: [
            { handlingar: ['a.md'], beslut: 'enligt förslag' },
            { rubrik: 'R', beslut: ['Informationen läggs till handlingarna.'], reservationer: [{ namn: 'Kim' }] },
          ],
        },
      ],
    ];
    for (const [name, data] of cases) {
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the validators are looked up by kind
      const validate = generated[name];
      assert.equal(validate(data), true, `${name}: ${JSON.stringify(validate.errors)}`);
      assert.equal(generated.utkast(data), true, `utkast picks the ${name} schema`);
    }
    assert.equal(generated.namnduppdrag({ ...cases[2]![1], diarienummer: 'KS § 58' }), false);
    assert.equal(generated.politikerinitiativ({ ...cases[0]![1], datum: '2026-02-30' }), false);
    // A tjänsteskrivelse is signed with roles; a motion's sender needs no party (5 kap. 22 § KL: "en ledamot", issue 21).
    assert.equal(generated.tjansteskrivelse({ ...cases[4]![1], avsändare: [{ namn: 'Alex Chef' }] }), false);
    assert.equal(generated.motion({ ...cases[3]![1], avsändare: [{ namn: 'Kim' }] }), true);
    assert.equal(generated.sammantrade({ ...cases[5]![1], ärenden: [{ beslut: [] }] }), false);
  });
});
