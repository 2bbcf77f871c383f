/**
 * numbering.xml: one abstract definition for bullets and one for numbered lists (decimal, then
 * a., then i., indented 8 mm + 7 mm per level), and one w:num per list instance, so each numbered
 * list counts from its own start (w:lvlOverride/w:startOverride).
 */
import type { ListInstance } from './document-state.js';
import { mm } from './layout.js';
import { WML_NAMESPACES } from './wml.js';
import { XML_DECLARATION } from './xml.js';

export type ListKind = 'bullet' | 'ordered';

const ABSTRACT_NUM = { bullet: 1, ordered: 2 } as const;

const BULLETS = ['•', '–', '▪'];
const ORDERED_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'];
const LEVELS = 9;

/** Indentation of list level `level` (0–8): the text at 8 mm + 7 mm per level, the number hanging 6 mm. */
export function listIndent(level: number): { left: number; hanging: number } {
  return { left: mm(8 + level * 7), hanging: mm(6) };
}

function abstractNum(kind: ListKind): string {
  let out = `<w:abstractNum w:abstractNumId="${ABSTRACT_NUM[kind]}"><w:multiLevelType w:val="hybridMultilevel"/>`;
  for (let level = 0; level < LEVELS; level++) {
    const { left, hanging } = listIndent(level);
    const format = kind === 'bullet' ? 'bullet' : ORDERED_FORMATS[level % 3]!;
    const text = kind === 'bullet' ? BULLETS[level % BULLETS.length]! : `%${level + 1}.`;
    // CT_Lvl order: start, numFmt, lvlText, lvlJc, pPr.
    out +=
      `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr></w:lvl>`;
  }
  return `${out}</w:abstractNum>`;
}

/** One list instance: numbered lists restart at their start number, nested levels at 1. */
function num(list: ListInstance): string {
  let out = `<w:num w:numId="${list.numId}"><w:abstractNumId w:val="${ABSTRACT_NUM[list.kind]}"/>`;
  if (list.kind === 'ordered') {
    for (let level = 0; level < LEVELS; level++) {
      out += `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${level === 0 ? list.start : 1}"/></w:lvlOverride>`;
    }
  }
  return `${out}</w:num>`;
}

/** The numbering part for the list instances a document used (abstract definitions first, as the schema wants). */
export function numberingXml(lists: readonly ListInstance[]): string {
  let out = `${XML_DECLARATION}<w:numbering ${WML_NAMESPACES}>${abstractNum('bullet')}${abstractNum('ordered')}`;
  for (const list of lists) out += num(list);
  return `${out}</w:numbering>`;
}
