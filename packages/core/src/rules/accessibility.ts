/**
 * What the accessibility rules share: their legal basis. Published municipal documents are digital
 * public service; the law requires them to be accessible, and points to the European standard
 * EN 301 549 (WCAG 2.1 level AA for documents) through the supervisory authority's regulations.
 */
export const ACCESSIBILITY_LAW = 'lagen (2018:1937) om tillgänglighet till digital offentlig service';
