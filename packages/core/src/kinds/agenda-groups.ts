import type { AgendaGroup } from './kind.js';

/**
 * The groups of the kallelse and the protokoll, in order: ärenden for decision first (without a
 * heading), then newly raised motioner and politikerinitiativ, interpellationer (5 kap. 59–63 §§
 * kommunallagen) and frågor (5 kap. 64 §), each under its heading.
 */
export const AGENDA_GROUPS = {
  decisions: { id: 'beslutsärenden', order: 0 },
  initiatives: { id: 'initiativ', heading: 'Motioner och politikerinitiativ', order: 1 },
  interpellations: { id: 'interpellationer', heading: 'Interpellationer', order: 2 },
  questions: { id: 'frågor', heading: 'Frågor', order: 3 },
} as const satisfies Record<string, AgendaGroup>;
