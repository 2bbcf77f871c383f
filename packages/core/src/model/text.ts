import type { Node } from 'unist';

/** Plain text of an mdast node (what a reader sees, formatting removed). */
export function plainText(node: Node | Node[]): string {
  if (Array.isArray(node)) return node.map(plainText).join('');
  const n = node as Node & { value?: unknown; children?: Node[] };
  if (typeof n.value === 'string' && n.type !== 'html') return n.value;
  if (n.type === 'break') return '\n';
  if (Array.isArray(n.children)) {
    const sep = n.type === 'listItem' || n.type === 'list' || n.type === 'blockquote' ? ' ' : '';
    return n.children.map(plainText).join(sep);
  }
  return '';
}
