/**
 * What happens after a medborgarförslag is written: the same short text on the citizens' page after the
 * download and as the closing note of the Word file (`nästa_steg: false` in arende.config.json leaves the
 * note out of the file). The law behind it: only a kommun whose fullmäktige has decided to take
 * medborgarförslag takes them, from those folkbokförda there (8 kap. 1 § kommunallagen); the matter is
 * decided within a year where possible (5 kap. 35 §).
 */
import { kindByName } from './kinds/index.js';

export interface NextSteps {
  heading: string;
  items: readonly string[];
}

export const MEDBORGARFORSLAG_NEXT_STEPS: NextSteps = {
  heading: 'Så går det till sedan',
  items: [
    'Skicka förslaget till kommunens registrator eller till kommunstyrelsen, med e-post eller brev. Adressen finns på kommunens webbplats.',
    'Kommunen tar bara emot medborgarförslag om kommunfullmäktige har bestämt det, och bara från den som är folkbokförd i kommunen (8 kap. 1 § kommunallagen). Fråga kommunen om du är osäker. Många kommuner har e-förslag i stället.',
    'Kommunfullmäktige, eller den nämnd som fullmäktige lämnar förslaget till, beslutar om förslaget. Det ska om möjligt ske inom ett år (5 kap. 35 § kommunallagen).',
    'Kommunen ger förslaget ett diarienummer. Fråga efter det. Med diarienumret kan du följa förslaget och hitta beslutet.',
  ],
};

/** The next steps for a kind, if it has any: a kind that private persons send (the medborgarförslag). */
export function nextStepsFor(kind: string | undefined): NextSteps | undefined {
  return kind !== undefined && kindByName(kind)?.features.privateSenders ? MEDBORGARFORSLAG_NEXT_STEPS : undefined;
}
