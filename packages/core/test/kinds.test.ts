import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCitations } from '@arende/lagrum';
import { AGENDA_GROUPS, KINDS, TEMPLATES, checkText, isProposalHeading, kindFromArg, SCHEMA_FILES } from '../src/index.js';
import * as generated from '../src/schema/validators.generated.js';
import { utkastSchemaSource } from '../scripts/gen-schemas.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

describe('the table of kinds', () => {
  for (const kind of KINDS) {
    describe(kind.name, () => {
      it('has its schema in schemas/<ascii>.schema.json, for its typ, and a precompiled validator', () => {
        const file = `packages/core/schemas/${kind.ascii}.schema.json`;
        assert.deepEqual(JSON.parse(read(file)), kind.schema, file);
        const schema = kind.schema as { properties: { typ: { const: string } }; required: string[] };
        assert.equal(schema.properties.typ.const, kind.name);
        assert.equal(SCHEMA_FILES[kind.name], kind.schema);
        assert.equal(typeof (generated as unknown as Record<string, unknown>)[kind.ascii], 'function');
      });

      it('has its template in templates/<ascii>.md, bundled, with its typ', () => {
        const text = read(`templates/${kind.ascii}.md`);
        assert.match(text, new RegExp(`^typ: ${kind.name}$`, 'm'));
        assert.equal(TEMPLATES[kind.name], text);
      });

      it('has at least one example in examples/ that passes the check without errors', () => {
        const examples = readdirSync(path.join(root, 'examples')).filter(
          (f) => f.endsWith('.md') && new RegExp(`^typ: ${kind.name}$`, 'm').test(read(`examples/${f}`)),
        );
        assert.ok(examples.length > 0, `no example of ${kind.name} in examples/`);
        for (const f of examples) {
          const errors = checkText(read(`examples/${f}`), { path: f }).diagnostics.filter((d) => d.severity === 'error');
          assert.deepEqual(
            errors.map((d) => d.message),
            [],
            f,
          );
        }
      });

      it('is documented in docs/FORMAT.md', () => {
        assert.ok(read('docs/FORMAT.md').includes(`\`${kind.name}\``), `docs/FORMAT.md does not name \`${kind.name}\``);
      });

      it('is consistent in itself: names, senders, proposal heading, sections, legal basis', () => {
        assert.match(kind.ascii, /^[a-z0-9-]+$/);
        assert.equal(kindFromArg(kind.ascii), kind);
        assert.equal(kindFromArg(kind.name.toUpperCase()), kind);
        assert.ok(kind.label.sv && kind.label.en && kind.description.sv && kind.description.en && kind.subject);
        assert.ok(kind.senderFields.fields.includes('namn'));
        for (const f of kind.senderFields.required) assert.ok(kind.senderFields.fields.includes(f), `${f} required but not asked for`);
        if (kind.features.attSatser) assert.ok(isProposalHeading(kind.proposalHeading), kind.proposalHeading);
        for (const s of kind.requiredSections) assert.ok(s.accepted.includes(s.name), s.name);
        if (kind.raisedBy.lagrum) assert.equal(findCitations(kind.raisedBy.lagrum).length, 1, kind.raisedBy.lagrum);
        assert.ok(kind.export.label);
      });

      it('says what it is for at the meeting: who raises it, to whom, what the meeting does, where it stands', () => {
        assert.ok(kind.raisedBy.who.length > 0);
        if (kind.addressedTo.lagrum) assert.equal(findCitations(kind.addressedTo.lagrum).length, 1, kind.addressedTo.lagrum);
        for (const s of kind.requiredSections) {
          if ('lagrum' in s.basis) assert.equal(findCitations(s.basis.lagrum).length, 1, s.basis.lagrum);
          else assert.ok(s.basis.basis && s.basis.basisEn, s.name);
        }
        if (kind.features.reasoning && 'lagrum' in kind.features.reasoning) assert.equal(findCitations(kind.features.reasoning.lagrum).length, 1);
        // A kind the meeting answers has nothing to decide: no att-satser, no Förslag till beslut among its sections.
        if (kind.meeting.act === 'besvarar') {
          assert.equal(kind.features.attSatser, false);
          assert.ok(!kind.requiredSections.some((s) => s.accepted.some((h) => isProposalHeading(h))));
        }
        // Addressed to a person, it is handled in fullmäktige (no nämnd meets as a chair).
        if ('person' in kind.addressedTo) assert.equal(kind.meeting.in, 'fullmäktige');
        assert.ok(Object.values(AGENDA_GROUPS).some((g) => g.id === kind.agenda.group.id) || kind.agenda.group.heading, 'a new group has a heading');
      });
    });
  }

  it('names and ascii spellings are unique', () => {
    const names = KINDS.flatMap((k) => (k.ascii === k.name ? [k.name] : [k.name, k.ascii]));
    assert.equal(new Set(names).size, names.length);
  });

  it('schemas/utkast.schema.json is generated from the table as it is now', () => {
    assert.equal(read('packages/core/schemas/utkast.schema.json'), utkastSchemaSource(), 'run: pnpm generate');
  });

  it('no template or schema is left without a kind', () => {
    for (const f of readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.md'))) {
      assert.ok(
        KINDS.some((k) => `${k.ascii}.md` === f),
        `templates/${f} belongs to no kind`,
      );
    }
    for (const f of readdirSync(path.join(root, 'packages/core/schemas'))) {
      if (f === 'common.schema.json' || f === 'utkast.schema.json' || f === 'arende.config.schema.json') continue;
      assert.ok(
        KINDS.some((k) => `${k.ascii}.schema.json` === f),
        `schemas/${f} belongs to no kind`,
      );
    }
  });
});

/** Source files outside tests and generated files, where a kind must not be named (the table does it). */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'test') continue;
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|mjs|js)$/.test(name) && !name.includes('.generated.')) out.push(full);
  }
  return out;
}

describe('kinds are named in one place', () => {
  it('outside packages/core/src/kinds/, no source file names a kind as a string literal', () => {
    const dirs = [
      ...readdirSync(path.join(root, 'packages')).flatMap((p) => ['src', 'scripts'].map((d) => path.join(root, 'packages', p, d))),
      path.join(root, 'extension/src'),
      path.join(root, 'scripts'),
    ].filter(existsSync);
    const kindsDir = path.join(root, 'packages/core/src/kinds');
    const spellings = KINDS.flatMap((k) => [k.name, k.ascii]);
    const literal = new RegExp(`(['"\`])(${spellings.join('|')})\\1`, 'u');
    const offenders: string[] = [];
    for (const file of dirs.flatMap(sources)) {
      if (file.startsWith(kindsDir)) continue;
      read(path.relative(root, file))
        .split('\n')
        .forEach((line, i) => {
          // A package's search keywords name kinds as words for people searching, not as logic.
          if (literal.test(line) && !/^\s*keywords:/.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(offenders, []);
  });
});
