/**
 * Frontmatter that is valid YAML but cannot become plain data: a key that is itself a list or mapping
 * (`? [a, b]`, `{a: 1}: x`), a reference (`*a`) to an anchor that is not defined before it, and anchors
 * and references that expand into more values than any draft has (the "billion laughs" alias bomb).
 * yaml throws on the last two only when the data is read, so they are found here first, at the node,
 * and the rest of ärende reads such a frontmatter as empty.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';

/** More references than this, after expansion, is an attack or a mistake; real frontmatter has none. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlShapeProblem {
  message: string;
  messageEn: string;
  /** Offsets in the frontmatter's source. */
  start: number;
  end: number;
}

const rangeOf = (node: unknown): [number, number] | undefined => {
  const r = (node as { range?: [number, number, number] | null } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
};

/** The first shape problem in document order, or undefined. Iterative: nesting depth cannot overflow. */
export function yamlShapeProblem(document: Document): YamlShapeProblem | undefined {
  const anchors = new Set<string>();
  // Depth-first, in order, with an explicit stack of [node, key of the top-level pair holding it].
  const stack: [unknown, YamlNode | null][] = [[document.contents, null]];
  while (stack.length > 0) {
    const [node, topKey] = stack.pop()!;
    if (!node) continue;
    if (isPair(node)) {
      const pair = node as Pair;
      if (isCollection(pair.key)) {
        const [start, end] = rangeOf(pair.key) ?? [0, 0];
        return {
          message:
            'Fel i huvudet (YAML): en nyckel är en lista eller en samling (t.ex. "? [a, b]" eller "{a: 1}:"). En nyckel ska vara ett ord följt av kolon, t.ex. "rubrik:".',
          messageEn:
            'Error in the header (YAML): a key is a list or a mapping (e.g. "? [a, b]" or "{a: 1}:"). A key should be a word followed by a colon, e.g. "rubrik:".',
          start,
          end,
        };
      }
      stack.push([pair.value, topKey ?? (pair.key as YamlNode)], [pair.key, topKey ?? (pair.key as YamlNode)]);
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.add(anchor);
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        const [start, end] = rangeOf(node) ?? [0, 0];
        return {
          message: `Fel i huvudet (YAML): referensen '*${node.source}' pekar på ett ankare ('&${node.source}') som inte finns ovanför den. Skriv ut värdet i stället för referensen.`,
          messageEn: `Error in the header (YAML): the reference '*${node.source}' points to an anchor ('&${node.source}') that is not defined above it. Write out the value instead of the reference.`,
          start,
          end,
        };
      }
      continue;
    }
    if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], topKey]);
    } else if (!isScalar(node)) continue;
  }
  // References that are all defined may still expand beyond reason: let yaml count them.
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!/alias/i.test((e as Error).message)) throw e;
    const at = firstNestedAliasKey(document);
    return {
      message: `Fel i huvudet (YAML): referenserna (&ankare och *referens) växer till fler än ${MAX_ALIAS_COUNT} värden. Skriv ut värdena i stället för referenserna.`,
      messageEn: `Error in the header (YAML): the references (&anchor and *reference) grow into more than ${MAX_ALIAS_COUNT} values. Write out the values instead of the references.`,
      start: at?.[0] ?? 0,
      end: at?.[1] ?? 0,
    };
  }
  return undefined;
}

/** The top-level key whose value holds a reference to something that itself holds references. */
function firstNestedAliasKey(document: Document): [number, number] | undefined {
  const holdsAlias = (node: unknown): boolean => {
    const stack: unknown[] = [node];
    while (stack.length) {
      const n = stack.pop();
      if (isAlias(n)) return true;
      if (isPair(n)) stack.push(n.key, n.value);
      else if (isMap(n) || isSeq(n)) for (const item of n.items) stack.push(item);
    }
    return false;
  };
  const contents = document.contents;
  if (!isMap(contents)) return rangeOf(contents);
  for (const pair of contents.items) {
    const stack: unknown[] = [pair.value];
    while (stack.length) {
      const n = stack.pop();
      if (isAlias(n)) {
        if (holdsAlias(n.resolve(document))) return rangeOf(pair.key);
      } else if (isPair(n)) stack.push(n.key, n.value);
      else if (isMap(n) || isSeq(n)) for (const item of n.items) stack.push(item);
    }
  }
  return rangeOf(contents.items[0]?.key);
}
