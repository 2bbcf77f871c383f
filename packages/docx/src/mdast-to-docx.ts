/**
 * The Markdown body (mdast, as remark-parse + remark-gfm give it) → docx paragraphs and tables.
 * One handler per node type, like a unified compiler; the document around it (first-page block,
 * signature, footer) is built in draft.ts.
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type {
  AlignType,
  Definition,
  FootnoteDefinition,
  List,
  ListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Table as MdTable,
} from 'mdast';
import { CHAR_STYLE, NUMBERING, STYLE, TEXT_WIDTH, orderedReference } from './layout.js';

export type Block = Paragraph | Table;

/** Only these schemes become clickable links; anything else is kept as its plain text. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/**
 * State shared by everything compiled into one .docx: footnote ids and list instances must be
 * unique in the whole document (an agenda holds many drafts).
 */
export class DocumentState {
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  /** Start numbers of ordered lists (each needs a numbering definition). */
  readonly starts = new Set<number>([1]);
  private nextFootnote = 1;
  private nextInstance = 1;

  addFootnote(children: Paragraph[]): number {
    const id = this.nextFootnote++;
    this.footnotes[id] = { children };
    return id;
  }

  /** A new list instance: its numbering starts again from its first number. */
  listInstance(): number {
    return this.nextInstance++;
  }
}

/** Definitions of one draft (link references and footnotes are resolved within the draft). */
export class DraftScope {
  readonly definitions = new Map<string, Definition>();
  readonly footnoteDefinitions = new Map<string, FootnoteDefinition>();

  constructor(
    readonly doc: DocumentState,
    tree: Root,
  ) {
    collectDefinitions(tree, this);
  }
}

function collectDefinitions(node: Nodes, scope: DraftScope): void {
  if (node.type === 'definition') {
    if (!scope.definitions.has(node.identifier)) scope.definitions.set(node.identifier, node);
  } else if (node.type === 'footnoteDefinition') {
    if (!scope.footnoteDefinitions.has(node.identifier)) scope.footnoteDefinitions.set(node.identifier, node);
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectDefinitions(child, scope);
}

interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
}

interface BlockEnv {
  /** Paragraph style for plain paragraphs (Quote inside a blockquote). */
  style?: string;
  /** Nesting depth of lists (0 outside lists). */
  listLevel: number;
  /** Set inside footnotes: footnote calls there are dropped (Word has no nested footnotes). */
  inFootnote?: boolean;
}

/** Text as Word wants it: soft line breaks inside a paragraph are spaces. */
function clean(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

function run(text: string, marks: Marks): TextRun {
  return new TextRun({
    text,
    bold: marks.bold,
    italics: marks.italics,
    strike: marks.strike,
    style: marks.link ? CHAR_STYLE.hyperlink : marks.code ? CHAR_STYLE.code : undefined,
  });
}

/** Plain text of inline content (for alt texts and unsafe links). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return '';
}

/** Inline HTML: `<br>` is a line break, comments and tags go, their text stays. */
function inlineHtml(value: string, marks: Marks): ParagraphChild[] {
  if (/^<br\s*\/?>$/i.test(value.trim())) return [new TextRun({ break: 1 })];
  const text = value.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '');
  return text ? [run(clean(text), marks)] : [];
}

export function inlines(nodes: readonly PhrasingContent[], scope: DraftScope, marks: Marks = {}, env?: BlockEnv): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) out.push(...inline(node, scope, marks, env));
  return out;
}

function inline(node: PhrasingContent, scope: DraftScope, marks: Marks, env?: BlockEnv): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return node.value ? [run(clean(node.value), marks)] : [];
    case 'strong':
      return inlines(node.children, scope, { ...marks, bold: true }, env);
    case 'emphasis':
      return inlines(node.children, scope, { ...marks, italics: true }, env);
    case 'delete':
      return inlines(node.children, scope, { ...marks, strike: true }, env);
    case 'inlineCode':
      return [run(clean(node.value), { ...marks, code: true })];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'html':
      return inlineHtml(node.value, marks);
    case 'link':
      return link(node.url, node.children, scope, marks, env);
    case 'linkReference': {
      const def = scope.definitions.get(node.identifier);
      if (def) return link(def.url, node.children, scope, marks, env);
      return inlines(node.children, scope, marks, env);
    }
    case 'image':
    case 'imageReference':
      return node.alt ? [run(`[Bild: ${clean(node.alt)}]`, marks)] : [];
    case 'footnoteReference':
      return footnoteReference(node.identifier, scope, env);
    default:
      return [];
  }
}

function link(url: string, children: PhrasingContent[], scope: DraftScope, marks: Marks, env?: BlockEnv): ParagraphChild[] {
  if (!isSafeUrl(url)) return inlines(children, scope, marks, env);
  const runs = inlines(children, scope, { ...marks, link: true }, env);
  if (runs.length === 0) runs.push(run(url, { ...marks, link: true }));
  return [new ExternalHyperlink({ link: url.trim(), children: runs })];
}

function footnoteReference(identifier: string, scope: DraftScope, env?: BlockEnv): ParagraphChild[] {
  if (env?.inFootnote) return [];
  const def = scope.footnoteDefinitions.get(identifier);
  if (!def) return [];
  // Every call gets its own footnote: Word expects one reference per footnote.
  const paragraphs = blocks(def.children, scope, { listLevel: 0, inFootnote: true, style: STYLE.footnoteText }).filter(
    (b): b is Paragraph => b instanceof Paragraph,
  );
  const id = scope.doc.addFootnote(paragraphs.length ? paragraphs : [new Paragraph({ style: STYLE.footnoteText })]);
  return [new FootnoteReferenceRun(id)];
}

/** Compiles block content. Definitions and footnote definitions produce nothing where they stand. */
export function blocks(nodes: readonly RootContent[], scope: DraftScope, env: BlockEnv = { listLevel: 0 }): Block[] {
  const out: Block[] = [];
  for (const node of nodes) out.push(...block(node, scope, env));
  return out;
}

function block(node: RootContent, scope: DraftScope, env: BlockEnv): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [new Paragraph({ style: env.style, children: inlines(node.children, scope, {}, env) })];
    case 'heading':
      return [headingParagraph(node.depth, node.children, scope)];
    case 'list':
      return list(node, scope, env);
    case 'blockquote':
      return blocks(node.children, scope, { ...env, style: STYLE.quote });
    case 'code':
      return node.value.split(/\r?\n/).map((line) => new Paragraph({ style: STYLE.code, children: [new TextRun(line)] }));
    case 'table':
      return [table(node, scope, env)];
    case 'thematicBreak':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } },
          children: [],
        }),
      ];
    case 'html': {
      const children = inlineHtml(node.value, {});
      return children.length ? [new Paragraph({ style: env.style, children })] : [];
    }
    default:
      // definition, footnoteDefinition, yaml: nothing in the flow of text.
      return [];
  }
}

/** `##` is Heading 2: Heading 1 is the rubrik, so a pandoc round trip gives back the draft's levels. */
export function headingParagraph(depth: number, children: PhrasingContent[], scope: DraftScope): Paragraph {
  return new Paragraph({ style: STYLE.heading(depth), children: inlines(children, scope) });
}

export interface ListNumbering {
  reference: string;
  instance: number;
}

/** A list; `forceNumbering` numbers it in a given (shared) instance, as the att-satser are. */
export function list(node: List, scope: DraftScope, env: BlockEnv, forceNumbering?: ListNumbering): Block[] {
  let numbering: ListNumbering;
  if (forceNumbering) numbering = forceNumbering;
  else if (node.ordered) {
    const start = node.start ?? 1;
    scope.doc.starts.add(start);
    numbering = { reference: orderedReference(start), instance: scope.doc.listInstance() };
  } else numbering = { reference: NUMBERING.bullet, instance: 0 };
  const out: Block[] = [];
  node.children.forEach((item, i) => {
    const last = env.listLevel === 0 && i === node.children.length - 1;
    out.push(...listItem(item, scope, env, numbering, last));
  });
  return out;
}

function listItem(item: ListItem, scope: DraftScope, env: BlockEnv, numbering: ListNumbering, last: boolean): Block[] {
  const level = Math.min(env.listLevel, 8);
  const out: Block[] = [];
  let first = true;
  const check = typeof item.checked === 'boolean' ? [new TextRun(item.checked ? '☒ ' : '☐ ')] : [];
  for (const child of item.children) {
    if (child.type === 'list') {
      out.push(...list(child, scope, { ...env, listLevel: env.listLevel + 1 }));
      continue;
    }
    if (child.type === 'paragraph') {
      const children = [...(first ? check : []), ...inlines(child.children, scope, {}, env)];
      out.push(
        first
          ? new Paragraph({
              style: STYLE.listParagraph,
              numbering: { ...numbering, level },
              // Room after a list, as after a paragraph (list paragraphs sit close together).
              spacing: last && item.children.length === 1 ? { after: 120 } : undefined,
              children,
            })
          : new Paragraph({ style: STYLE.listParagraph, indent: { left: 454 + level * 397 }, children }),
      );
      first = false;
      continue;
    }
    const inner = blocks([child], scope, env);
    if (first && inner.length === 0) continue;
    if (first) out.push(new Paragraph({ style: STYLE.listParagraph, numbering: { ...numbering, level }, children: check }));
    first = false;
    out.push(...inner);
  }
  if (first) out.push(new Paragraph({ style: STYLE.listParagraph, numbering: { ...numbering, level }, children: check }));
  return out;
}

const ALIGN: Record<NonNullable<AlignType>, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
};

function table(node: MdTable, scope: DraftScope, env: BlockEnv): Table {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  const rows = node.children.map(
    (row, r) =>
      new TableRow({
        tableHeader: r === 0,
        cantSplit: true,
        children: Array.from({ length: columns }, (_, c) => {
          const cell = row.children[c];
          const align = node.align?.[c];
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            children: [
              new Paragraph({
                alignment: align ? ALIGN[align] : undefined,
                spacing: { after: 0 },
                children: cell ? inlines(cell.children, scope, r === 0 ? { bold: true } : {}, env) : [],
              }),
            ],
          });
        }),
      }),
  );
  return new Table({
    rows,
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
  });
}
