/** Entities of a corpus: see extract.ts (extraction, merging) and curated.ts (the curated file). */
export { extractEntities, type ExtractInput, type ExtractResult } from './extract';
export {
  parseCurated,
  CuratedEntitiesSchema,
  CURATED_ENTITIES_VERSION,
  type CuratedEntities,
  type CuratedEntry,
} from './curated';
export { lowerCaseOnlyWords } from './lowerCaseWords';
