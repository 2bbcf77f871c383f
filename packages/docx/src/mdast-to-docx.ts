/**
 * The Markdown body (mdast, as remark-parse + remark-gfm give it) → WordprocessingML paragraphs and
 * tables, as strings. One handler per node type, like a unified compiler; the document around it
 * (first-page block, signature, footer) is built in draft.ts, the package in pack.ts.
 */
import { htmlTagNames } from 'html-tag-names';
import type { AlignType, Definition, FootnoteDefinition, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import type { DocumentState } from './document-state.js';
import type { EmbeddedImage } from './images.js';
import { CHAR_STYLE, STYLE } from './layout.js';
import { FOOTNOTE_REF_MARK, breakRun, footnoteReference, hyperlink, paragraph, run, table as wmlTable, type Alignment } from './wml.js';
import { append } from './append.js';

export { DocumentState } from './document-state.js';

/** A block-level element (w:p or w:tbl) as WordprocessingML. */
export type Block = string;
/** Inline content (runs, hyperlinks) as WordprocessingML. */
export type Inline = string;

/** Only these schemes become clickable links; anything else is kept as its plain text. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** Definitions of one draft (link references and footnotes are resolved within the draft). */
export class DraftScope {
  readonly definitions = new Map<string, Definition>();
  readonly footnoteDefinitions = new Map<string, FootnoteDefinition>();

  /** The draft's own images (a kallelse holds several drafts), else the document's. */
  readonly images: ReadonlyMap<string, EmbeddedImage>;

  constructor(
    readonly doc: DocumentState,
    tree: Root,
    images?: ReadonlyMap<string, EmbeddedImage>,
  ) {
    this.images = images ?? doc.images;
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

function textRun(text: string, marks: Marks): Inline {
  return run(text, {
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
function inlineHtml(value: string, marks: Marks): Inline {
  if (/^<br\s*\/?>$/i.test(value.trim())) return breakRun();
  const text = htmlToText(value);
  return text ? textRun(clean(text), marks) : '';
}

const HTML_ELEMENTS = new Set(htmlTagNames);
/** An HTML tag (opening, closing or self-closing), a comment, a declaration or a processing instruction. */
const HTML_MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<\?[\s\S]*?\?>|<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?\/?>/g;

/**
 * What a reader should see of raw HTML in a draft: real HTML tags and comments are dropped and the
 * text between them kept. CommonMark also reads `<namn>` or `<datum>` as HTML, but drafts are written
 * by people who mean the angle brackets literally, so a "tag" that is no HTML element stays as text.
 */
function htmlToText(value: string): string {
  return value.replace(HTML_MARKUP, (markup, name: string | undefined) => (name !== undefined && !HTML_ELEMENTS.has(name.toLowerCase()) ? markup : ''));
}

function inlines(nodes: readonly PhrasingContent[], scope: DraftScope, marks: Marks = {}, env?: BlockEnv): Inline {
  let out = '';
  for (const node of nodes) out += inline(node, scope, marks, env);
  return out;
}

function inline(node: PhrasingContent, scope: DraftScope, marks: Marks, env?: BlockEnv): Inline {
  switch (node.type) {
    case 'text':
      return node.value ? textRun(clean(node.value), marks) : '';
    case 'strong':
      return inlines(node.children, scope, { ...marks, bold: true }, env);
    case 'emphasis':
      return inlines(node.children, scope, { ...marks, italics: true }, env);
    case 'delete':
      return inlines(node.children, scope, { ...marks, strike: true }, env);
    case 'inlineCode':
      return textRun(clean(node.value), { ...marks, code: true });
    case 'break':
      return breakRun();
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
    case 'imageReference': {
      const url = node.type === 'image' ? node.url : scope.definitions.get(node.identifier)?.url;
      const alt = clean(node.alt ?? '');
      // A local image the caller read is embedded; a remote or missing one (check reports it) is its alt text.
      const picture = url !== undefined ? scope.doc.picture(url, alt, scope.images) : undefined;
      if (picture) return picture;
      return alt ? textRun(`[Bild: ${alt}]`, marks) : '';
    }
    case 'footnoteReference':
      return footnoteCall(node.identifier, scope, env);
    default:
      return '';
  }
}

function link(url: string, children: PhrasingContent[], scope: DraftScope, marks: Marks, env?: BlockEnv): Inline {
  if (!isSafeUrl(url)) return inlines(children, scope, marks, env);
  let runs = inlines(children, scope, { ...marks, link: true }, env);
  if (!runs) runs = textRun(url, { ...marks, link: true });
  // A link in a footnote is a relationship of footnotes.xml, not of document.xml.
  const rels = env?.inFootnote ? scope.doc.footnoteRels : scope.doc.documentRels;
  return hyperlink(rels.hyperlink(url.trim()), runs);
}

/** Puts inline content at the start of the first paragraph of `blocks` (after its w:pPr). */
function prependToFirstParagraph(blocks: Block[], content: Inline, style?: string): Block[] {
  const first = blocks[0];
  if (first === undefined || !first.startsWith('<w:p>')) return [paragraph({ style }, content), ...blocks];
  const at = first.startsWith('<w:p><w:pPr>') ? first.indexOf('</w:pPr>') + '</w:pPr>'.length : '<w:p>'.length;
  return [first.slice(0, at) + content + first.slice(at), ...blocks.slice(1)];
}

function footnoteCall(identifier: string, scope: DraftScope, env?: BlockEnv): Inline {
  if (env?.inFootnote) return '';
  const def = scope.footnoteDefinitions.get(identifier);
  if (!def) return '';
  // Every call gets its own footnote: Word expects one reference per footnote.
  const body = blocks(def.children, scope, { listLevel: 0, inFootnote: true, style: STYLE.footnoteText });
  // The mark, then a space: "¹ Text", as footnotes are typeset.
  const id = scope.doc.addFootnote(prependToFirstParagraph(body, FOOTNOTE_REF_MARK + run(' '), STYLE.footnoteText).join(''));
  return footnoteReference(id);
}

/** Compiles block content. Definitions and footnote definitions produce nothing where they stand. */
export function blocks(nodes: readonly RootContent[], scope: DraftScope, env: BlockEnv = { listLevel: 0 }): Block[] {
  const out: Block[] = [];
  for (const node of nodes) block(node, scope, env, out);
  return spaceAfterTables(out);
}

/** Space between a table and the paragraph after it (Word puts none: the text would touch the table's last line). */
const SPACE_AFTER_TABLE = 200;

/** Gives the paragraph right after a table room above it (unless it sets its own space before). */
export function spaceAfterTables(blocks: Block[]): Block[] {
  for (let i = 1; i < blocks.length; i++) {
    if (!blocks[i - 1]!.startsWith('<w:tbl>') || !blocks[i]!.startsWith('<w:p>')) continue;
    blocks[i] = withSpaceBefore(blocks[i]!, SPACE_AFTER_TABLE);
  }
  return blocks;
}

/** Adds `w:before` to a paragraph's spacing, in CT_PPr order, unless it has one. */
function withSpaceBefore(p: Block, twips: number): Block {
  if (!p.startsWith('<w:p><w:pPr>')) return `<w:p><w:pPr><w:spacing w:before="${twips}"/></w:pPr>${p.slice('<w:p>'.length)}`;
  const end = p.indexOf('</w:pPr>');
  const pPr = p.slice(0, end);
  if (/<w:spacing [^>]*w:before=/.test(pPr)) return p;
  if (pPr.includes('<w:spacing ')) return p.replace('<w:spacing ', `<w:spacing w:before="${twips}" `);
  // After pStyle, keepNext, keepLines, numPr, pBdr, tabs; before ind, jc, outlineLvl, sectPr.
  const later = /<w:(?:ind|jc|outlineLvl|sectPr)\b/.exec(pPr);
  const at = later ? later.index : end;
  return `${p.slice(0, at)}<w:spacing w:before="${twips}"/>${p.slice(at)}`;
}

function block(node: RootContent, scope: DraftScope, env: BlockEnv, out: Block[]): void {
  switch (node.type) {
    case 'paragraph':
      out.push(paragraph({ style: env.style }, inlines(node.children, scope, {}, env)));
      return;
    case 'heading':
      out.push(headingParagraph(node.depth, node.children, scope));
      return;
    case 'list':
      append(out, list(node, scope, env));
      return;
    case 'blockquote':
      append(out, blocks(node.children, scope, { ...env, style: STYLE.quote }));
      return;
    case 'code':
      for (const line of node.value.split(/\r?\n/)) out.push(paragraph({ style: STYLE.code }, run(line)));
      return;
    case 'table':
      out.push(table(node, scope, env));
      return;
    case 'thematicBreak':
      out.push(paragraph({ bottomBorder: { size: 6, color: '808080', space: 1 } }));
      return;
    case 'html': {
      const children = inlineHtml(node.value, {});
      if (children) out.push(paragraph({ style: env.style }, children));
      return;
    }
    default:
    // definition, footnoteDefinition, yaml: nothing in the flow of text.
  }
}

/** `##` is Heading 2: Heading 1 is the rubrik, so a pandoc round trip gives back the draft's levels. */
export function headingParagraph(depth: number, children: PhrasingContent[], scope: DraftScope): Block {
  return paragraph({ style: STYLE.heading(depth) }, inlines(children, scope));
}

/** The list instance (w:num) a list's items are numbered in. */
export interface ListNumbering {
  numId: number;
}

/** A list; `forceNumbering` numbers it in a given (shared) instance, as the att-satser are. */
export function list(node: List, scope: DraftScope, env: BlockEnv, forceNumbering?: ListNumbering): Block[] {
  const numbering: ListNumbering = forceNumbering ?? {
    numId: node.ordered ? scope.doc.listInstance('ordered', node.start ?? 1) : scope.doc.listInstance('bullet'),
  };
  const out: Block[] = [];
  node.children.forEach((item, i) => {
    const last = env.listLevel === 0 && i === node.children.length - 1;
    append(out, listItem(item, scope, env, numbering, last));
  });
  return out;
}

function listItem(item: ListItem, scope: DraftScope, env: BlockEnv, numbering: ListNumbering, last: boolean): Block[] {
  const level = Math.min(env.listLevel, 8);
  const numbered = { numId: numbering.numId, level };
  const out: Block[] = [];
  let first = true;
  const check = typeof item.checked === 'boolean' ? run(item.checked ? '☒ ' : '☐ ') : '';
  for (const child of item.children) {
    if (child.type === 'list') {
      append(out, list(child, scope, { ...env, listLevel: env.listLevel + 1 }));
      continue;
    }
    if (child.type === 'paragraph') {
      const content = (first ? check : '') + inlines(child.children, scope, {}, env);
      out.push(
        first
          ? paragraph(
              {
                style: STYLE.listParagraph,
                numbering: numbered,
                // Room after a list, as after a paragraph (list paragraphs sit close together).
                spacing: last && item.children.length === 1 ? { after: 120 } : undefined,
              },
              content,
            )
          : paragraph({ style: STYLE.listParagraph, indent: { left: 454 + level * 397 } }, content),
      );
      first = false;
      continue;
    }
    const inner = blocks([child], scope, env);
    if (first && inner.length === 0) continue;
    if (first) out.push(paragraph({ style: STYLE.listParagraph, numbering: numbered }, check));
    first = false;
    append(out, inner);
  }
  if (first) out.push(paragraph({ style: STYLE.listParagraph, numbering: numbered }, check));
  return out;
}

const ALIGN: Record<NonNullable<AlignType>, Alignment> = { left: 'left', right: 'right', center: 'center' };

/** A table: equal columns over the text width, the first row (bold) repeated as header row. */
function table(node: MdTable, scope: DraftScope, env: BlockEnv): Block {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const width = Math.floor(scope.doc.textArea.width / columns);
  const rows = node.children.map((row, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = row.children[c];
      const align = node.align?.[c];
      return paragraph(
        { spacing: { after: 0 }, alignment: align ? ALIGN[align] : undefined },
        cell ? inlines(cell.children, scope, r === 0 ? { bold: true } : {}, env) : '',
      );
    }),
  );
  return wmlTable(rows, columns, width);
}
