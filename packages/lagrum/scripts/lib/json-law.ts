/**
 * Reads a law from the statute data folder (DATA/*.json, scripts/lib/data-dir.ts) and repairs the faults the data is known to have:
 * false chapters on chapterless laws, provisions cut at a cross-reference ("… som avses i 22 och") whose
 * rest was filed as a bogus provision numbered after that reference ("9:23": "§ lagen (1988:870) …",
 * "8:29": "4 balken …"), provisions merged into the previous one ("2 a kap." inside 2 kap. 7 §),
 * glued subheadings, glued transitional provisions, and version markers.
 */
import type { ProvisionDraft } from './provision-draft.js';
import { numberKey, normaliseLabel } from './section-order.js';
import { splitWordings, stripVersionMarkers, amendingAct } from './version-markers.js';
import { splitTrailingHeading } from './subheadings.js';

export interface JsonLawFile {
  id: string;
  title: string;
  status?: string;
  issued_date?: string;
  in_force_date?: string;
  url: string;
  description?: string;
  provisions: { provision_ref: string; chapter?: string; section: string; title?: string; content: string }[];
}

export interface JsonLaw {
  hasChapters: boolean;
  provisions: ProvisionDraft[];
  /** The transitional provisions cut off the last provisions' texts (used to find the in-force date). */
  transitional: string;
  /** What was repaired, for the build log and the README. */
  repairs: string[];
}

interface Working {
  kapitel: string | null;
  paragraf: string;
  content: string;
  title: string;
}

const TRANSITIONAL = /\s*Övergångsbestämmelser(?:\s+med anledning av[^.]*)?\s+\d{4}:\d+\s/u;

export function readJsonLaw(file: JsonLawFile): JsonLaw {
  const repairs: string[] = [];
  // A chapterless law's first provision is "1"; LSS and Finsam label some later ones with a false chapter.
  const hasChapters = file.provisions[0]!.provision_ref.includes(':');
  let transitional = '';
  const items: Working[] = file.provisions.map((p) => {
    let content = p.content;
    const t = TRANSITIONAL.exec(content);
    if (t) {
      transitional += ` ${content.slice(t.index)}`;
      content = content.slice(0, t.index);
    }
    const kapitel = hasChapters ? normaliseLabel((p.chapter ?? p.provision_ref.split(':')[0])!) : null;
    if (!hasChapters && p.provision_ref.includes(':')) {
      repairs.push(`${p.provision_ref}: falskt kapitel borttaget`);
    }
    return { kapitel, paragraf: normaliseLabel(p.section), content: content.trim(), title: p.title ?? '' };
  });

  const merged = mergeFragments(items, repairs);
  const split = splitMergedProvisions(merged, repairs);
  return { hasChapters, provisions: toDrafts(split), transitional, repairs };
}

/** A provision that starts mid-sentence is the rest of the previous one: the cross-reference
 * "N §" between them was taken for a provision heading. Put the text back together, number included. */
function isFragment(prev: Working | undefined, cur: Working): boolean {
  if (!prev) return false;
  const c = cur.content;
  if (/^[§,.;:)\p{Ll}]/u.test(c)) return true;
  if (/^\d/.test(c)) {
    const endsSentence = /[.!?:;)]$/.test(prev.content) && !/kap\.$/.test(prev.content);
    return !endsSentence;
  }
  return false;
}

function mergeFragments(items: Working[], repairs: string[]): Working[] {
  const out: Working[] = [];
  for (const cur of items) {
    const prev = out[out.length - 1]!;
    if (isFragment(prev, cur)) {
      const glue = /^[§,.;:)]/.test(cur.content) ? '' : ' ';
      prev.content = `${prev.content} ${cur.paragraf} §${glue}${cur.content}`;
      repairs.push(`${ref(cur)}: fragment av ${ref(prev)} (avbruten hänvisning) återfört`);
      continue;
    }
    out.push({ ...cur });
  }
  return out;
}

function ref(w: { kapitel: string | null; paragraf: string }): string {
  return w.kapitel === null ? w.paragraf : `${w.kapitel}:${w.paragraf}`;
}

/** Splits provisions (and whole chapters) merged into one text back out, at "N §" / "N a kap." headings
 * that continue the numbering: greater than the current number and less than the next provision the
 * data does have. Cross-references inside the text fail those tests or are followed by lower case. */
function splitMergedProvisions(items: Working[], repairs: string[]): Working[] {
  const out: Working[] = [];
  // After "2 a kap." is found inside 2 kap. 7 §, the JSON's following "2:8"… are really 2 a kap. 8 §….
  let relabel: { from: string; to: string } | null = null;
  const relabelled = (w: Working | undefined): Working | undefined => {
    if (!w || !relabel) return w;
    if (w.kapitel !== relabel.from) {
      relabel = null;
      return w;
    }
    return { ...w, kapitel: relabel.to };
  };
  for (let i = 0; i < items.length; i++) {
    const cur = relabelled(items[i])!;
    if (cur !== items[i]) repairs.push(`${ref(items[i]!)}: hör till ${cur.kapitel} kap., omnumrerad`);
    const following = items[i + 1];
    const next: Working | undefined = relabel && following ? { ...following, kapitel: (relabel as { to: string }).to } : following;
    const current: Working = { ...cur };
    const marker = /(?<!kap\.\s|och\s|,\s|eller\s|samt\s|-|–|till\s|i\s|enligt\s)\b(\d{1,3}(?: [a-z])?) (§|kap\.) (?=[A-ZÅÄÖ/])/gu;
    const text = cur.content;
    const bodies: { kapitel: string | null; paragraf: string; start: number; headStart: number }[] = [];
    let m: RegExpExecArray | null;
    let curKapitel = cur.kapitel;
    let curKey = numberKey(cur.paragraf);
    while ((m = marker.exec(text)) !== null) {
      const label = m[1]!;
      if (m[2] === 'kap.') {
        if (curKapitel === null) continue;
        const k = numberKey(label);
        const upper = next && next.kapitel !== null && next.kapitel !== curKapitel ? numberKey(next.kapitel) : Infinity;
        if (k > numberKey(curKapitel) && k < upper && /\s[a-z]$/.test(label)) {
          // Only lettered chapters ("2 a kap.") are ever merged whole in this data.
          if (next && next.kapitel === curKapitel) relabel = { from: curKapitel, to: label };
          curKapitel = label;
          curKey = 0;
          bodies.push({ kapitel: curKapitel, paragraf: '', start: m.index + m[0].length, headStart: m.index });
        }
        continue;
      }
      const k = numberKey(label);
      const nextKapitel = next && relabel && next.kapitel === relabel.from ? relabel.to : next?.kapitel;
      const sameChapterNext = next && nextKapitel === curKapitel ? numberKey(next.paragraf) : Infinity;
      if (k > curKey && k < sameChapterNext) {
        bodies.push({ kapitel: curKapitel, paragraf: label, start: m.index + m[0].length, headStart: m.index });
        curKey = k;
      }
    }
    if (bodies.length === 0) {
      out.push(current);
      continue;
    }
    // Cut the text: each piece runs to the next marker; a chapter marker's text is that chapter's title.
    let pos = text.length;
    const cuts: Working[] = [];
    for (let b = bodies.length - 1; b >= 0; b--) {
      const body = bodies[b]!;
      const slice = text.slice(body.start, pos).trim();
      pos = body.headStart;
      if (body.paragraf === '') {
        // The chapter title and the first subheading are both here; give them to the chapter's 1 §.
        const first = cuts[0];
        if (first) first.title = [slice, first.title].filter(Boolean).join(' ');
        continue;
      }
      cuts.unshift({ kapitel: body.kapitel, paragraf: body.paragraf, content: slice, title: '' });
    }
    current.content = text.slice(0, pos).trim();
    repairs.push(`${ref(cur)}: sammanslagen text delad i ${cuts.map((c) => ref(c)).join(', ')}`);
    out.push(current, ...cuts);
  }
  return out;
}

/** Moves glued subheadings to the provision they stand above, reads version markers, and gives each
 * wording of an amended provision its own draft (same ref, consecutive, dated). */
function toDrafts(items: Working[]): ProvisionDraft[] {
  const drafts: ProvisionDraft[] = [];
  let carried = '';
  for (const w of items) {
    const wordings = splitWordings(w.content);
    const parts = w.title === carried ? [w.title] : [w.title, carried];
    const rubrik = stripVersionMarkers(parts.filter(Boolean).join(' ').trim());
    let heading = '';
    wordings.forEach((v, i) => {
      const last = i === wordings.length - 1;
      // The subheading glued to the end belongs to the next provision: it follows the last wording.
      const split = splitTrailingHeading(v.text);
      if (last) heading = split.heading;
      drafts.push({
        kapitel: w.kapitel,
        paragraf: w.paragraf,
        text: split.body,
        rubrik: v.rubrik || rubrik,
        from: v.from,
        until: v.until,
        ...(wordings.length > 1 || v.from || v.until ? { lag: amendingAct(split.body) } : {}),
        ...(v.renumberedTo ? { renumberedTo: v.renumberedTo } : {}),
      });
    });
    carried = heading;
  }
  return drafts;
}
