/** stopwords-iso ships one JSON file (its `main`) and no types: ISO 639-1 code → stopwords. */
declare module 'stopwords-iso' {
  const lists: Record<string, string[]>;
  export default lists;
}
