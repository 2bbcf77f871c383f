/** The text shown for a frontmatter key (hover, completion): its title, what it is for, its lagrum. */
import type { Language } from '../diagnostic.js';
import type { Draft } from '../model/types.js';
import { schemaTextEn } from '../schema/texts-en.js';
import { kindSchema, kindWhileTyping, schemaAt } from './schema-walk.js';

/** Schema text for a frontmatter key: title, description and the provision it rests on. */
export function keyDocs(draft: Draft, path: (string | number)[], language: Language = 'sv'): string | undefined {
  const schema = kindSchema(draft.kind ?? kindWhileTyping(draft));
  const key = path.filter((p): p is string => typeof p === 'string');
  const { node, def } = schemaAt(draft.kind ?? kindWhileTyping(draft), key);
  if (!node && !def) return undefined;
  const title = node?.title ?? def?.title ?? key[key.length - 1]!;
  const description = node?.description ?? def?.description;
  const lagrum = node?.['x-lagrum'];
  const required = key.length === 1 && schema.required?.includes(key[0]!);
  if (language === 'en') {
    // A text without English shows its Swedish rather than nothing (a test keeps the list complete).
    return [
      `**${schemaTextEn(title) ?? title}** (\`${key.join('.')}\`)${required ? ' – required' : ''}`,
      description && (schemaTextEn(description) ?? description),
      lagrum ? `Legal basis (lagrum): ${lagrum}` : undefined,
    ]
      .filter(Boolean)
      .join('\n\n');
  }
  return [`**${title}** (\`${key.join('.')}\`)${required ? ' – obligatorisk' : ''}`, description, lagrum ? `Lagrum: ${lagrum}` : undefined]
    .filter(Boolean)
    .join('\n\n');
}
