import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  buildRegistry,
  defaultDataDir,
  registryPath,
  textsPath,
  indexModulePath,
  serialiseRegistry,
  serialiseTexts,
  serialiseIndexModule,
} from '../scripts/build-registry.js';
import { lawBySfs, lookupProvision, correspondingProvisions, provisionsOf } from '../src/index.js';

describe('registry', () => {
  describe('is up to date with the build script', () => {
    const dataDir = defaultDataDir();
    before(function () {
      if (!existsSync(dataDir)) {
        console.log(`      (hoppar över: lagdata saknas i ${dataDir}; sätt ARENDE_LAGAR_DIR)`);
        this.skip();
      }
    });
    it('regenerates byte for byte (run `pnpm --filter @arende/lagrum build-registry` if this fails)', () => {
      const { registry, texts } = buildRegistry(dataDir);
      assert.equal(serialiseRegistry(registry), readFileSync(registryPath, 'utf8'), 'registry.json is stale');
      assert.equal(serialiseTexts(texts), readFileSync(textsPath, 'utf8'), 'texts.json is stale');
      assert.equal(serialiseIndexModule(serialiseRegistry(registry)), readFileSync(indexModulePath, 'utf8'), 'index.generated.ts is stale');
    });
  });

  it('holds the fourteen laws with their dates', () => {
    const expect: [string, string, string | null][] = [
      ['2001:453', '2002-01-01', '2025-07-01'],
      ['2025:400', '2025-07-01', null],
      ['2017:725', '2018-01-01', null],
      ['1993:387', '1994-01-01', null],
      ['2017:30', '2017-04-01', null],
      ['2009:400', '2009-06-30', null],
      ['2018:218', '2018-05-25', null],
      ['2017:612', '2018-01-01', null],
      ['2003:1210', '2004-01-01', null],
      ['1990:52', '1990-07-01', null],
      ['1988:870', '1989-01-01', null],
      ['2017:900', '2018-07-01', null],
      ['1949:381', '1950-01-01', null],
      ['2018:1197', '2020-01-01', null],
    ];
    for (const [sfs, ikraft, upphavd] of expect) {
      const law = lawBySfs(sfs);
      assert.ok(law, sfs);
      assert.equal(law.ikraft, ikraft, sfs);
      assert.equal(law.upphavd, upphavd, sfs);
    }
  });

  it('strips the false chapters of LSS and Finsam', () => {
    assert.equal(lawBySfs('1993:387')!.hasChapters, false);
    assert.equal(lawBySfs('2003:1210')!.hasChapters, false);
    assert.ok(lookupProvision('1993:387', null, '10'));
    assert.ok(lookupProvision('2003:1210', null, '15'));
    assert.equal(lookupProvision('2003:1210', '4', '15'), null);
    assert.ok(lawBySfs('2003:1210')!.refs.every((r) => !r.includes(':')));
  });

  it('registers the 30 known-missing 2025:400 paragraphs and chapters 1–35', () => {
    const missing = [
      '9:9',
      '9:10',
      '9:11',
      '9:12',
      '9:13',
      '18:7',
      '18:8',
      '18:9',
      '18:10',
      '18:11',
      '23:3',
      '23:4',
      '23:5',
      '23:6',
      '30:7',
      '30:8',
      '30:9',
      '30:10',
      '30:11',
      '30:12',
      '31:2',
      '31:3',
      '31:4',
      '32:6',
      '32:7',
      '32:8',
      '32:9',
      '32:10',
      '35:2',
      '35:3',
    ];
    for (const ref of missing) {
      const [k, p] = ref.split(':');
      assert.ok(lookupProvision('2025:400', k!, p!), ref);
    }
    assert.equal(lawBySfs('2025:400')!.chapters.length, 35);
    // Recovered from the text the source had merged into 9 kap. 8 §.
    assert.match(lookupProvision('2025:400', '9', '9')!.text!, /^Statens institutionsstyrelse leder/);
    assert.equal(lookupProvision('2025:400', '30', '12')!.text, null);
  });

  it('drops the parsing artefacts ("8:29", "9:23") and mends the cut texts', () => {
    assert.equal(lookupProvision('2001:453', '8', '29'), null);
    assert.equal(lookupProvision('2025:400', '9', '23'), null);
    assert.equal(lookupProvision('2025:400', '32', '29'), null);
    assert.match(lookupProvision('2025:400', '9', '8')!.text!, /avses i 22 och 23 §§ lagen \(1988:870\)/);
    assert.match(lookupProvision('2001:453', '8', '4')!.text!, /102 kap\. 29 § 4 balken/);
  });

  it('splits 2 a kap. of old SoL out of 2 kap. 7 §', () => {
    assert.match(lookupProvision('2001:453', '2', '7')!.text!, /Lag \(2019:909\)\.$/);
    assert.match(lookupProvision('2001:453', '2 a', '1')!.text!, /^Den kommun där den enskilde vistas/);
    assert.ok(lookupProvision('2001:453', '2 a', '12'));
    assert.equal(lookupProvision('2001:453', '2', '12'), null);
  });

  it('moves glued subheadings to the provision they head', () => {
    assert.equal(lookupProvision('2025:400', '1', '1')!.text, 'Denna lag innehåller bestämmelser om samhällets socialtjänst.');
    assert.equal(lookupProvision('2025:400', '1', '2')!.rubrik, 'Definition av socialtjänst');
  });

  it('corrects the reversed last edges of the correspondence', () => {
    assert.ok(!correspondingProvisions('6:4').some((e) => e.ref === '22:10'), '6:4 → 22:10 is the reversed edge');
    assert.deepEqual(
      correspondingProvisions('6:4').map((e) => e.ref),
      ['9:11'],
    );
    assert.ok(correspondingProvisions('16:11').some((e) => e.ref === '28:15'));
    assert.deepEqual(correspondingProvisions('2:6'), [{ ref: '7:3', scope: 'helt', part: '' }]);
    assert.deepEqual(correspondingProvisions('1:2'), [{ ref: '3:1', scope: 'delvis', part: '' }]);
  });

  it('prefers selex for kommunallagen (7 kap. 18–25 §§ are there)', () => {
    for (let p = 18; p <= 25; p++) assert.ok(lookupProvision('2017:725', '7', String(p))?.text, `7:${p}`);
    assert.equal(
      provisionsOf('2017:725', '4').some((p) => p.paragraf === '20'),
      true,
    );
  });
});
