/** The rule registry: every rule ärende runs, in reporting order. Rule ids are public. */
import type { RuleDefinition } from './rule.js';
import frontmatterMissing from './frontmatter-missing.js';
import frontmatterYaml from './frontmatter-yaml.js';
import frontmatterRequired from './frontmatter-required.js';
import frontmatterType from './frontmatter-type.js';
import frontmatterUnknownKey from './frontmatter-unknown-key.js';
import attSatsMissing from './att-sats-missing.js';
import sectionMissing from './section-missing.js';
import reasoningMissing from './reasoning-missing.js';
import titleMismatch from './title-mismatch.js';

export const rules: readonly RuleDefinition[] = [
  frontmatterMissing,
  frontmatterYaml,
  frontmatterRequired,
  frontmatterType,
  frontmatterUnknownKey,
  attSatsMissing,
  sectionMissing,
  reasoningMissing,
  titleMismatch,
];

export function ruleById(id: string): RuleDefinition | undefined {
  return rules.find((r) => r.id === id);
}

export type { RuleDefinition, RuleDocs } from './rule.js';
