/**
 * Why a kommun's template cannot be used, in Swedish, one line. Apart from template.ts so that
 * callers can recognise it without loading the template reader (and its zip and XML libraries).
 */
export class TemplateError extends Error {
  override name = 'TemplateError';
}
