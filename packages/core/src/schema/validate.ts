import { isMap } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { SchemaNode } from './schema-node.js';
// Precompiled by scripts/gen-validators.ts (ajv standalone): no schema compilation at start-up.
import * as generated from './validators.generated.js';
import utkast from '../../schemas/utkast.schema.json';
import { DRAFT_KINDS, KINDS, type DraftKind } from '../kinds/index.js';
import type { Draft, Range } from '../model/types.js';
import { nearest } from '../nearest.js';
import { missingKeyMessage, placeName, typeMessage } from './messages.js';

/** A frontmatter problem found by the schema, already in Swedish and positioned. */
export interface SchemaProblem {
  ruleId: 'frontmatter-required' | 'frontmatter-type' | 'frontmatter-unknown-key';
  message: string;
  messageEn: string;
  range: Range;
  lagrum?: string;
  basis?: string;
  basisEn?: string;
  actual?: string;
  expected?: string[];
}

export const SCHEMA_FILES = {
  ...Object.fromEntries(KINDS.map((k) => [k.name, k.schema])),
  utkast,
} as Record<DraftKind | 'utkast', object>;

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

// The generated module exports one validator per kind, named by the kind's ascii spelling.
const byAscii = generated as unknown as Record<string, Validate>;
const validators = {
  ...Object.fromEntries(KINDS.map((k) => [k.name, byAscii[k.ascii]])),
  utkast: byAscii.utkast,
} as Record<DraftKind | 'utkast', Validate>;

const cache = new WeakMap<Draft, SchemaProblem[]>();

/**
 * Validates the frontmatter against the schema of its kind (or, when `typ` is missing or unknown,
 * the common schema) and turns every ajv error into a Swedish message at the YAML node's own range.
 * Three rules share the result, so it is computed once per draft.
 */
export function schemaProblems(draft: Draft): SchemaProblem[] {
  const cached = cache.get(draft);
  if (cached) return cached;
  const problems = computeProblems(draft);
  cache.set(draft, problems);
  return problems;
}

function computeProblems(draft: Draft): SchemaProblem[] {
  const fm = draft.frontmatter;
  if (!fm || fm.document.errors.length > 0 || fm.shapeProblem) return [];
  const contents = fm.document.contents;
  const data = draft.metadata.raw;
  const isMapping = contents !== null && isMap(contents);
  if (contents !== null && !isMapping) {
    return [
      {
        ruleId: 'frontmatter-type',
        message: `Huvudet (frontmatter) ska bestå av nycklar med värden, t.ex. 'typ: ${DRAFT_KINDS[0]}', en per rad.`,
        messageEn: `The header (frontmatter) should consist of keys with values, e.g. 'typ: ${DRAFT_KINDS[0]}', one per line.`,
        range: draft.rangeOf([]) ?? fm.range,
      },
    ];
  }
  const kind = draft.kind;
  const validate = validators[kind ?? 'utkast'];
  validate(data);
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && !(kind === undefined && e.keyword === 'then'));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const p = toProblem(error, draft, data);
    if (!p) continue;
    const key = `${p.ruleId}|${p.range.start.offset}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems;
}

/** Whether the text at `range` is `value` as written plainly or in quotes (so a fix replaces exactly it). */
function writtenAs(draft: Draft, range: Range, value: string): boolean {
  const written = draft.text.slice(range.start.offset, range.end.offset);
  return written === value || written === `'${value}'` || written === `"${value}"`;
}

function decodePath(instancePath: string, data: unknown): (string | number)[] {
  if (!instancePath) return [];
  const out: (string | number)[] = [];
  let node = data;
  for (const seg of instancePath.slice(1).split('/')) {
    const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    out.push(step);
    node = child(node, step);
  }
  return out;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let node = data;
  for (const step of path) node = child(node, step);
  return node;
}

/** The value under a key or index of parsed YAML/JSON, or undefined. */
function child(node: unknown, step: string | number): unknown {
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[step] : undefined;
}

/** What a requirement of the format (not of a law) rests on. */
const FORMAT_BASIS = 'ärendes format för handlingen (behövs för att diarieföra, datera och adressera den), inte ett lagkrav';
const FORMAT_BASIS_EN = "ärende's format for the paper (needed to register, date and address it), not a legal requirement";

function toProblem(error: ErrorObject, draft: Draft, data: Record<string, unknown>): SchemaProblem | undefined {
  const path = decodePath(error.instancePath, data);
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  const fm = draft.frontmatter!;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const propSchema = parentSchema.properties?.[missing] ?? {};
      const lagrum = propSchema['x-lagrum'];
      const range = path.length === 0 ? fm.closingRange : (draft.rangeOf(path, 'value') ?? fm.closingRange);
      return {
        ruleId: 'frontmatter-required',
        message: missingKeyMessage(missing, path, draft.kind, lagrum),
        messageEn: missingKeyMessage(missing, path, draft.kind, lagrum, 'en'),
        range,
        lagrum,
        // A key no provision requires is required by ärende's format (to file, date and address the paper).
        ...(lagrum ? {} : { basis: FORMAT_BASIS, basisEn: FORMAT_BASIS_EN }),
      };
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(parentSchema.properties ?? {});
      const suggestion = nearest(key, known);
      // A key written as nothing (`: värde`) has no range of its own: report at its value, or its map.
      const range = draft.rangeOf([...path, key], 'key') ?? draft.rangeOf(path, 'value') ?? fm.openingRange;
      const where = path.length === 0 ? 'i huvudet' : `i ${placeName(path)}`;
      const whereEn = path.length === 0 ? 'in the header' : `in ${placeName(path, 'en')}`;
      const knownList = known.map((k) => `'${k}'`).join(', ');
      const siblings = Object.keys((valueAt(data, path) ?? {}) as object);
      // A rename must not make a duplicate key (YAML refuses it, and one of the values would be lost):
      // not when the key exists already, nor when two misspelt keys would both become it.
      const exists = suggestion !== undefined && siblings.includes(suggestion);
      const rivals = siblings.filter((k) => k !== key && !known.includes(k) && nearest(k, known) === suggestion);
      return {
        ruleId: 'frontmatter-unknown-key',
        message:
          key === ''
            ? `En nyckel saknas före ':' ${where}. Skriv nyckeln före kolonet, t.ex. 'namn: Kim Exempel'. Kända nycklar: ${known.map((k) => `'${k}'`).join(', ')}.`
            : !suggestion
              ? `Okänd nyckel '${key}' ${where}. Kända nycklar: ${known.map((k) => `'${k}'`).join(', ')}.`
              : exists
                ? `Okänd nyckel '${key}' ${where}, menade du '${suggestion}'? '${suggestion}' finns redan: flytta det som står under '${key}' dit och ta bort '${key}'.`
                : `Okänd nyckel '${key}' ${where}, menade du '${suggestion}'?`,
        messageEn:
          key === ''
            ? `A key is missing before ':' ${whereEn}. Write the key before the colon, e.g. 'namn: Kim Exempel'. Known keys: ${knownList}.`
            : !suggestion
              ? `Unknown key '${key}' ${whereEn}. Known keys: ${knownList}.`
              : exists
                ? `Unknown key '${key}' ${whereEn}, did you mean '${suggestion}'? '${suggestion}' is there already: move what is under '${key}' there and remove '${key}'.`
                : `Unknown key '${key}' ${whereEn}, did you mean '${suggestion}'?`,
        range,
        expected: suggestion && !exists && rivals.length === 0 && writtenAs(draft, range, key) ? [suggestion] : undefined,
      };
    }
    default: {
      const value = valueAt(data, path);
      const range = draft.rangeOf(path, 'value') ?? fm.openingRange;
      const problem: SchemaProblem = {
        ruleId: 'frontmatter-type',
        message: typeMessage(error, path, value, parentSchema),
        messageEn: typeMessage(error, path, value, parentSchema, 'en'),
        range,
        lagrum: parentSchema['x-lagrum'],
      };
      if (path.length === 1 && path[0] === 'typ' && typeof value === 'string') {
        const suggestion = nearest(value, DRAFT_KINDS);
        if (suggestion && writtenAs(draft, range, value)) {
          problem.expected = [suggestion];
        }
      }
      return problem;
    }
  }
}
