/**
 * The small part of JSON Schema the kind schemas use, as the editor and the messages read it
 * (properties, items, `$ref` into common.schema.json, and ärende's own `x-` keys).
 */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  /** The provision a requirement rests on. */
  'x-lagrum'?: string;
  /** What a `pattern` mismatch means, in Swedish ("ska vara ett diarienummer …"), and in English. */
  'x-meddelande'?: string;
  'x-message-en'?: string;
}
