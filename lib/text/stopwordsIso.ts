/**
 * stopwords-iso's lists (its package main is one JSON file), imported as JSON so the same module
 * works in Node (tsx, Vitest) and in the extension's bundles: the corpus pipeline runs in both.
 */
import lists from 'stopwords-iso/stopwords-iso.json';

/** Every stopwords-iso list, by ISO 639-1 code. */
export const STOPWORDS_ISO: Readonly<Record<string, string[]>> = lists as Record<string, string[]>;
