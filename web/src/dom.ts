/** A small element builder: the page is plain DOM, no framework. */
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** The DOM id of a field's input (field ids are those of draft-text.ts). */
export function inputId(field: string): string {
  return `f-${field}`;
}

export function problemsId(field: string): string {
  return `f-${field}-problem`;
}

export function hintId(field: string): string {
  return `f-${field}-hint`;
}
