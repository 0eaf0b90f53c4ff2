/**
 * The corpus pipeline: reading a folder of articles and turning each file into metadata,
 * passages with offsets into the original text, and a report of what was dropped and why.
 * Node only (the language detector's data is large); the extension gets the results in the bundle.
 */
export { MAX_SEED_BYTES, decodeSeedBytes } from './read';
export type { SeedFile, SkippedFile } from './read';
export { parseArticle, documentId, MAX_TITLE_CHARS } from './parse';
export type { ParsedArticle } from './parse';
export { detectLanguage, guessLanguage, passageLanguage, areCloseLanguages } from './language';
export type { LanguageGuess } from './language';
export { MAX_PASSAGE_CHARS } from './passages';
export { DROP_REASONS } from './boilerplate';
export type { DropReason } from './boilerplate';
