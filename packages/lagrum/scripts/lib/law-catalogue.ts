/**
 * What the source data does not say about each law: the names people use for it, and the dates the
 * data lacks. Everything else (title, text, provisions) is read from the statute data folder (scripts/lib/data-dir.ts).
 */
export interface CatalogueEntry {
  /** The law's JSON file; absent for a law only in selex/ (LPT): then `selex` is its only source. */
  file?: string;
  /** selex/ Markdown for the same law: preferred over the JSON where present. */
  selex?: string;
  kortnamn: string | null;
  namn: string;
  abbreviations: string[];
  names: string[];
  /** In-force date when neither the JSON, the selex frontmatter nor the law's own transitional
   * provisions give it (the law's own "träder i kraft" provision is missing from the data). */
  ikraftFallback?: string;
  upphavd?: string;
  incomplete?: boolean;
  /** Chapters that exist though the data holds no provision of them. */
  chapterRange?: [number, number];
  /** For a law that makes a convention Swedish law: the year the convention has bound Sweden (the data
   * does not say it; the legal review of issue 10 does). */
  conventionSince?: string;
}

export const catalogue: CatalogueEntry[] = [
  {
    file: 'socialtjanstlagen.json',
    kortnamn: 'SoL',
    namn: 'socialtjänstlagen',
    abbreviations: ['SoL', 'SOL'],
    names: ['socialtjänstlagen', 'socialtjänstlag'],
    // From the JSON's description "Upphävd 2025-07-01 genom SFS 2025:400" and 2025:400's transitional provision 2.
    upphavd: '2025-07-01',
    incomplete: true,
  },
  {
    file: 'socialtjanstlagen-2025.json',
    kortnamn: 'SoL',
    namn: 'socialtjänstlagen',
    abbreviations: ['SoL', 'SOL'],
    names: ['socialtjänstlagen', 'socialtjänstlag', 'nya socialtjänstlagen', 'den nya socialtjänstlagen'],
    incomplete: true,
    chapterRange: [1, 35],
  },
  {
    file: 'kommunallagen.json',
    selex: 'sfs-2017-725.md',
    kortnamn: 'KL',
    namn: 'kommunallagen',
    abbreviations: ['KL'],
    names: ['kommunallagen', 'kommunallag'],
  },
  {
    file: 'lss.json',
    selex: 'sfs-1993-387.md',
    kortnamn: 'LSS',
    namn: 'lagen (1993:387) om stöd och service till vissa funktionshindrade',
    abbreviations: ['LSS'],
    names: ['LSS-lagen', 'lagen om stöd och service till vissa funktionshindrade'],
  },
  {
    file: 'halso-och-sjukvardslagen.json',
    kortnamn: 'HSL',
    namn: 'hälso- och sjukvårdslagen',
    abbreviations: ['HSL'],
    names: ['hälso- och sjukvårdslagen', 'hälso- och sjukvårdslag'],
  },
  {
    file: 'offentlighets-sekretesslagen.json',
    kortnamn: 'OSL',
    namn: 'offentlighets- och sekretesslagen',
    abbreviations: ['OSL'],
    names: ['offentlighets- och sekretesslagen', 'offentlighets- och sekretesslag'],
  },
  {
    file: 'dataskyddslagen.json',
    kortnamn: null,
    namn: 'dataskyddslagen',
    abbreviations: ['DSL'],
    names: ['dataskyddslagen', 'lagen med kompletterande bestämmelser till EU:s dataskyddsförordning'],
  },
  {
    file: '2017_612.json',
    selex: 'sfs-2017-612.md',
    kortnamn: null,
    namn: 'lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård',
    abbreviations: [],
    names: ['lagen om samverkan vid utskrivning från sluten hälso- och sjukvård', 'utskrivningslagen'],
  },
  {
    file: '2003_1210.json',
    kortnamn: 'Finsam',
    namn: 'lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser',
    abbreviations: ['Finsam', 'FINSAM'],
    names: ['lagen om finansiell samordning av rehabiliteringsinsatser', 'finsamlagen'],
    // The law's own transitional provisions are missing from the data (only 2004:793's are there).
    ikraftFallback: '2004-01-01',
  },
  {
    file: 'lvu.json',
    selex: 'sfs-1990-52.md',
    kortnamn: 'LVU',
    namn: 'lagen (1990:52) med särskilda bestämmelser om vård av unga',
    abbreviations: ['LVU'],
    names: ['lagen med särskilda bestämmelser om vård av unga'],
  },
  {
    file: 'lvm.json',
    selex: 'sfs-1988-870.md',
    kortnamn: 'LVM',
    namn: 'lagen (1988:870) om vård av missbrukare i vissa fall',
    abbreviations: ['LVM'],
    names: ['lagen om vård av missbrukare i vissa fall'],
  },
  {
    file: 'forvaltningslagen.json',
    selex: 'sfs-2017-900.md',
    kortnamn: 'FL',
    namn: 'förvaltningslagen',
    abbreviations: ['FL'],
    names: ['förvaltningslagen', 'förvaltningslag'],
  },
  {
    file: 'foraldrabalken.json',
    selex: 'sfs-1949-381.md',
    kortnamn: 'FB',
    namn: 'föräldrabalken',
    abbreviations: ['FB'],
    names: ['föräldrabalken', 'föräldrabalk'],
    // Neither the JSON nor the selex frontmatter gives it; the balk entered into force on 1 January 1950.
    ikraftFallback: '1950-01-01',
  },
  {
    file: '2018_1197.json',
    kortnamn: null,
    namn: 'lagen (2018:1197) om Förenta nationernas konvention om barnets rättigheter',
    abbreviations: [],
    names: [
      'barnkonventionen',
      'barnkonventionens',
      'barnkonventionslagen',
      'lagen om Förenta nationernas konvention om barnets rättigheter',
      'FN:s barnkonvention',
    ],
    // The data has no transitional provisions for this law; it entered into force on 1 January 2020.
    ikraftFallback: '2020-01-01',
    conventionSince: '1990',
  },
  {
    // Only in selex/ (no JSON file): read from the Markdown alone, see build-registry.ts readSources().
    selex: 'sfs-1991-1128.md',
    kortnamn: 'LPT',
    namn: 'lagen (1991:1128) om psykiatrisk tvångsvård',
    abbreviations: ['LPT'],
    names: ['lagen om psykiatrisk tvångsvård'],
  },
];

/**
 * The date the statute data's JSON files state the law as of: the data's README says they were ingested from
 * Riksdagen's consolidated text in February 2026, so the wording of that month's first day is known. A law read
 * from selex/ alone is dated by its own frontmatter (`publicerad_datum`, its latest consolidated publication).
 * Refreshing the data: see the package README ("Refreshing the statute data").
 */
export const JSON_DATA_AS_OF = '2026-02-01';

export const correspondenceFile = 'sol-2001-453-till-2025-400.corr.json';
