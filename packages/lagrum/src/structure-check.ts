/** Whether a citation's stycke and punkt exist in the provision, where the registry knows its structure. */
import type { Provision } from './registry.js';
import type { Citation, StructureProblem } from './types.js';
import { styckeLabel } from './forms.js';

const COUNT_WORDS = ['ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pointCount(n: number): string {
  return n === 1 ? 'en punkt' : `${n} punkter`;
}

function pointCountEn(n: number): string {
  return n === 1 ? 'one point' : `${n} points`;
}

/**
 * Whether the cited stycke and punkt exist in the provision, where its structure is known. A punkt cited
 * without stycke ("9 § 4 LSS") is read in the first stycke that has numbered points: that is how the short
 * form is used (the list is nearly always in the first stycke, and a paragraph with one list has no other
 * reading; in the seven laws no later list is longer than the first, so no point is lost by it). `form`
 * names the provision as the message does: the short form when the law was written with its abbreviation ("9 § LSS"), else the full form ("4 kap. 20 § kommunallagen (2017:725)").
 */
export function checkStructure(p: Provision, c: Citation, form: () => string): StructureProblem | null {
  const s = p.structure;
  if (c.stycke === null && c.punkt === null) return null;
  if (!s) return checkPointsOnly(p, c, form);
  const written = form();
  const check = 'Kontrollera hänvisningen.';
  const checkEn = 'Check the reference.';
  if (c.stycke !== null && c.stycke > s.stycken) {
    const has = s.stycken === 1 ? 'ett stycke' : `${COUNT_WORDS[s.stycken - 1] ?? s.stycken} stycken`;
    const hasEn = s.stycken === 1 ? 'one subsection (stycke)' : `${s.stycken} subsections (stycken)`;
    return {
      kind: 'stycke',
      max: s.stycken,
      stycke: null,
      message: `${written} har bara ${has}; '${styckeLabel(c.stycke)}' finns inte. ${check}`,
      messageEn: `${written} has only ${hasEn}; '${styckeLabel(c.stycke)}' does not exist. ${checkEn}`,
    };
  }
  if (c.punkt === null) return null;
  if (c.stycke !== null) {
    const max = s.punkter[c.stycke - 1] ?? 0;
    if (c.punkt <= max) return null;
    const where = `${capitalise(styckeLabel(c.stycke))} i ${written}`;
    const whereEn = `Subsection ${c.stycke} of ${written}`;
    return {
      kind: 'punkt',
      max,
      stycke: c.stycke,
      message:
        max === 0
          ? `${where} har inga numrerade punkter; punkt ${c.punkt} finns inte. ${check}`
          : `${where} har bara ${pointCount(max)}; punkt ${c.punkt} finns inte. ${check}`,
      messageEn:
        max === 0
          ? `${whereEn} has no numbered points; point ${c.punkt} does not exist. ${checkEn}`
          : `${whereEn} has only ${pointCountEn(max)}; point ${c.punkt} does not exist. ${checkEn}`,
    };
  }
  const first = s.punkter.findIndex((n) => n > 0);
  if (first < 0) {
    return {
      kind: 'punkt',
      max: 0,
      stycke: null,
      message: `${written} har inga numrerade punkter; punkt ${c.punkt} finns inte. ${check}`,
      messageEn: `${written} has no numbered points; point ${c.punkt} does not exist. ${checkEn}`,
    };
  }
  const max = s.punkter[first]!;
  if (c.punkt <= max) return null;
  // Name the stycke when the paragraph has more than one: the reader may have meant another list.
  const message =
    s.stycken === 1
      ? `${written} har bara ${pointCount(max)}; punkt ${c.punkt} finns inte. ${check}`
      : `${written} har bara ${pointCount(max)} i ${styckeLabel(first + 1)}; punkt ${c.punkt} finns inte där. ${check}`;
  const messageEn =
    s.stycken === 1
      ? `${written} has only ${pointCountEn(max)}; point ${c.punkt} does not exist. ${checkEn}`
      : `${written} has only ${pointCountEn(max)} in subsection ${first + 1}; point ${c.punkt} does not exist there. ${checkEn}`;
  return { kind: 'punkt', max: max, stycke: first + 1, message, messageEn };
}

/**
 * A law read from the JSON alone (OSL, SoL, HSL …): its numbered points are known (`Provision.points`), its
 * stycken are not. A punkt beyond the points, or in a paragraph without any, is a problem; a stycke (or a
 * punkt where nothing is known) cannot be checked, and the message says so.
 */
function checkPointsOnly(p: Provision, c: Citation, form: () => string): StructureProblem | null {
  const written = form();
  if (c.punkt !== null && p.points !== null && c.punkt > p.points) {
    const has = p.points === 0 ? 'har inga numrerade punkter' : `har bara ${pointCount(p.points)}`;
    const hasEn = p.points === 0 ? 'has no numbered points' : `has only ${pointCountEn(p.points)}`;
    return {
      kind: 'punkt',
      max: p.points,
      stycke: c.stycke,
      message: `${written} ${has}; punkt ${c.punkt} finns inte. Kontrollera hänvisningen.`,
      messageEn: `${written} ${hasEn}; point ${c.punkt} does not exist. Check the reference.`,
    };
  }
  if (c.stycke === null && p.points !== null) return null;
  const what = c.stycke !== null ? `'${styckeLabel(c.stycke)}'` : `punkt ${c.punkt}`;
  const whatEn = c.stycke !== null ? `'${styckeLabel(c.stycke)}'` : `point ${c.punkt}`;
  return {
    kind: 'okänd',
    max: 0,
    stycke: c.stycke,
    message: `Källdatan visar inte styckena i ${written}, så ${what} kan inte kontrolleras; läs paragrafen hos Riksdagen.`,
    messageEn: `The source data does not show the subsections (stycken) of ${written}, so ${whatEn} cannot be checked; read the paragraph at Riksdagen.`,
  };
}
