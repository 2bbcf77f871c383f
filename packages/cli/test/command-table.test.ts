import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMAND_TABLE, type CommandSpec } from '../src/command-table.js';
import { arende } from './helpers.js';

const specs = Object.values(COMMAND_TABLE) as CommandSpec[];

describe('the command table', () => {
  it('is data the commands read: it imports no command module (no import cycle)', () => {
    const source = readFileSync(new URL('../src/command-table.ts', import.meta.url), 'utf8');
    assert.deepEqual(source.match(/from '[^']*'|import\('[^']*'\)/g) ?? [], []);
  });

  it('arende --help lists every command, its aliases and every flag', async () => {
    const { code, stdout } = await arende(['--help'], process.cwd());
    assert.equal(code, 0);
    for (const spec of specs) {
      assert.match(stdout, new RegExp(`^  ${spec.name}\\b`, 'm'), spec.name);
      for (const alias of spec.aliases ?? []) assert.ok(stdout.includes(alias), alias);
      for (const name of Object.keys(spec.flags)) assert.ok(stdout.includes(`--${name}`), `${spec.name} --${name}`);
    }
  });

  it("each command's own --help names every flag it takes", async () => {
    for (const spec of specs) {
      const { code, stdout } = await arende([spec.name, '--help'], process.cwd());
      if (Object.keys(spec.flags).length === 0) continue; // regler prints its list
      assert.equal(code, 0, spec.name);
      for (const name of Object.keys(spec.flags)) assert.ok(stdout.includes(`--${name}`), `arende ${spec.name} --help does not mention --${name}`);
    }
  });

  it('every command and alias runs through the table, and an unknown one is a usage error in one line', async () => {
    for (const spec of specs)
      for (const name of [spec.name, ...(spec.aliases ?? [])]) assert.ok((await arende([name, '--help'], process.cwd())).code === 0, name);
    const bad = await arende(['exprot'], process.cwd());
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, "arende: okänt kommando 'exprot'. Kör 'arende --help' för en lista.\n");
  });
});
