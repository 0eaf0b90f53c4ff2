/**
 * Build-time list of ordinary words that share a key with names users meet, beyond stopwords-iso's
 * function words: Italian nato (born), Spanish duda (doubt), English hunter, Spanish rusa (Russian,
 * which would otherwise read as an inflected Rusia). The builder checks every one of them, and every
 * stopword, against the aliases: a word that is an alias's own key makes that alias "common" (not
 * taken at a sentence start without evidence); a word that only reaches an alias through a case
 * ending is blocked outright (data.blocked).
 */
export const EXTRA_COMMON_WORDS: readonly string[] = [
  'nato', 'nata', 'nati', 'nate', 'duda', 'dudas', 'hunter', 'hunters', 'waltz', 'waltzes', 'roman', 'romans', 'romano', 'romana', 'romani',
  'русский', 'русская', 'русское', 'русские', 'русского', 'русской', 'русским', 'русских', 'mule', 'mules', 'telegram', 'suma', 'sumy', 'sumo',
  'putain', 'rusa', 'ruso', 'rusas', 'rusos', 'russe', 'russes', 'russo', 'russa', 'russi', 'ruski', 'rusy', 'rusů', 'rusové', 'rusům', 'rusech', 'rusi', 'rusov', 'rusmi',
  'ruskie', 'ruske', 'ruskej', 'ruskih', 'ruskich', 'ruskou', 'rusky', 'ruský', 'ruským', 'руске', 'руски', 'русские', 'russisk', 'russiske', 'russische', 'russischen', 'russian', 'russians', 'ukrainian',
  'ukrainians', 'ukrainske', 'ukrainer', 'ukrainisch', 'ukrainische', 'ukrainischen', 'trumpet',
  'trumpf', 'bidet', 'putting', 'krimi', 'krimis',
];
