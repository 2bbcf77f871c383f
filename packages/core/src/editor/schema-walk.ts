/**
 * The kinds' JSON schemas walked by key path, for the editor's hover and completion: what a key is
 * called, what it is for and the provision it rests on. Typed as the small part of JSON Schema the
 * kind schemas use (properties, items, `$ref` into common.schema.json), not as `any`.
 */
import type { Draft, DraftKind } from '../model/types.js';
import { isDraftKind } from '../kinds/index.js';
import { SCHEMA_FILES } from '../schema/validate.js';
import common from '../../schemas/common.schema.json';
import type { SchemaNode } from '../schema/schema-node.js';

export type { SchemaNode };

const COMMON_PREFIX = 'common.schema.json#/$defs/';
const COMMON_DEFS = (common as { $defs: Record<string, SchemaNode> }).$defs;

/** The top-level schema of a kind (or of a draft whose kind is not known yet). */
export function kindSchema(kind: DraftKind | undefined): SchemaNode & { properties: Record<string, SchemaNode> } {
  return SCHEMA_FILES[kind ?? 'utkast'] as SchemaNode & { properties: Record<string, SchemaNode> };
}

/** A node with its `$ref` into common.schema.json followed (a kind's own words over the shared ones). */
function refTarget(node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  if (!node || !ref?.startsWith(COMMON_PREFIX)) return node;
  const target = COMMON_DEFS[ref.slice(COMMON_PREFIX.length)];
  if (!target?.properties || !node.properties) return { ...target, ...node };
  // A kind narrows a shared definition (a sender's `parti` described for this kind): the keys of both,
  // each with the kind's words over the shared ones.
  const properties: Record<string, SchemaNode> = { ...target.properties };
  for (const [k, v] of Object.entries(node.properties)) properties[k] = { ...(properties[k] ?? {}), ...v };
  return { ...target, ...node, properties };
}

/** The keys a schema node (a mapping, or a list of mappings) allows, with their `$ref`s followed. */
export function propertiesOf(def: SchemaNode | undefined): Record<string, SchemaNode> {
  return { ...(def?.properties ?? {}), ...(refTarget(def?.items)?.properties ?? {}) };
}

/** The schema of the key at `key` (list indices left out) in the kind: as written, and with its `$ref` followed. */
export function schemaAt(kind: DraftKind | undefined, key: readonly string[]): { node: SchemaNode | undefined; def: SchemaNode | undefined } {
  let node: SchemaNode | undefined = kindSchema(kind).properties[key[0]!];
  let def = refTarget(node);
  for (const k of key.slice(1)) {
    node = propertiesOf(def)[k];
    def = refTarget(node);
  }
  return { node, def };
}

/**
 * The kind for completion: a key half typed is seldom valid YAML, and then the draft has no kind. The
 * frontmatter's own `typ:` line says which keys belong.
 */
export function kindWhileTyping(draft: Draft): DraftKind | undefined {
  const typ = draft.frontmatter && /^typ:[ \t]*["']?([^\s"']+)["']?[ \t]*$/m.exec(draft.frontmatter.source)?.[1];
  return typ && isDraftKind(typ) ? typ : undefined;
}
