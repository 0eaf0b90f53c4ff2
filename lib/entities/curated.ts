/**
 * The curated entities file (`seeds/entities.curated.json`): a small, hand-kept complement to
 * extraction. It may give an entity its canonical name, its type, spellings the corpus uses that
 * the general rules miss, or suppress a false entity. Validated with zod; a bad file is an error
 * naming the file and the offending field, never silently ignored.
 */
import { z } from 'zod';
import { EntityTypeSchema } from '../bundle/schema';

/** Bumped when the file's shape changes. */
export const CURATED_ENTITIES_VERSION = 1;

const NormalisedText = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), 'must be trimmed')
  .refine((s) => s === s.normalize('NFC'), 'must be NFC-normalised');

export const CuratedEntrySchema = z.strictObject({
  /** Canonical name; wins over any name extraction would choose. */
  name: NormalisedText,
  type: EntityTypeSchema,
  /** Other spellings used in the corpus (matched literally in passages, with genitive endings). */
  aliases: z.array(NormalisedText).optional(),
  /** Explicit slug id; by default the slug of `name`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .optional(),
});
export type CuratedEntry = z.infer<typeof CuratedEntrySchema>;

export const CuratedEntitiesSchema = z.strictObject({
  version: z.literal(CURATED_ENTITIES_VERSION),
  entries: z.array(CuratedEntrySchema),
  /** Names (any spelling) that are never entities, whatever extraction finds. */
  suppress: z.array(NormalisedText),
});
export type CuratedEntities = z.infer<typeof CuratedEntitiesSchema>;

/** Validates a parsed curated file; throws `Factlight: <file>: <path>: <message>` on the first problems. */
export function parseCurated(json: unknown, fileLabel: string): CuratedEntities {
  const result = CuratedEntitiesSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`Factlight: ${fileLabel}: ${problems}`);
  }
  return result.data;
}
