import anyAscii from 'any-ascii';

/** Stable ASCII slug of a name: "Volodymyr Zelenskyj" → "volodymyr-zelenskyj", "Weißrussland" → "weissrussland". */
export function slugOf(name: string): string {
  const slug = anyAscii(name.normalize('NFC'))
    .toLowerCase()
    .replace(/['’`]/g, '') // Zelens'kyi → zelenskyi, O'Brien → obrien
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}
