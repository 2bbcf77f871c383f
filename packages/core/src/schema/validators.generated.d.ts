// Types for the generated ajv standalone validators (validators.generated.js).
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
export declare const politikerinitiativ: Validate;
export declare const medborgarforslag: Validate;
export declare const namnduppdrag: Validate;
export declare const utkast: Validate;
