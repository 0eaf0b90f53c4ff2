/**
 * The bundle: the one artifact the build makes from a folder of articles and the extension ships.
 * Everything in it is plain JSON, validated with zod when loaded, and versioned with
 * {@link BUNDLE_FORMAT_VERSION}: a bundle of another version is rejected, never half-read.
 */
import { z } from 'zod';
import { MATCHER_DATA_VERSION, type MatcherData } from '../names/matcher';

/** Bumped whenever the shape of the bundle changes; loaders reject any other version. */
export const BUNDLE_FORMAT_VERSION = 1;

/** The three kinds of entity Factlight knows. */
export const EntityTypeSchema = z.enum(['person', 'place', 'organisation']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** An ISO 639-1 language code ('da', 'nb', 'de', 'en', …) or 'und' when undetermined. */
export const LangSchema = z.string().regex(/^[a-z]{2,3}$/);

/** Where an article's date came from: the `date YYYY-MM` header, a date written in the text, or nowhere. */
export const DateSourceSchema = z.enum(['header', 'text', 'none']);

/** One article of the corpus. */
export const DocumentSchema = z.object({
  /** Stable id: the file name without `.txt`. */
  id: z.string().min(1),
  /** The file name as found in the seeds folder. */
  file: z.string().min(1),
  title: z.string(),
  /** `YYYY-MM` or `YYYY-MM-DD`, or null when the article names no date. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable(),
  dateSource: DateSourceSchema,
  lang: LangSchema,
  /** Source or byline named by the text (`ritzau/Reuters`, `NUME.ch`, `Thanh Niên`), or null. */
  source: z.string().nullable(),
  /** The URL of a `Kilde:`/`Source:` line, when there is one. */
  sourceUrl: z.string().nullable(),
  /** Index into `passages` of the document's first passage; its passages are contiguous. */
  firstPassage: z.number().int().nonnegative(),
  passageCount: z.number().int().nonnegative(),
});
export type CorpusDocument = z.infer<typeof DocumentSchema>;

/** One passage: a paragraph, or a run of sentences of a long paragraph. */
export const PassageSchema = z.object({
  /** Global index of the passage in `passages`; also its MiniSearch id. */
  id: z.number().int().nonnegative(),
  docId: z.string(),
  /** Offsets of the passage in the original file, UTF-16 code units, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  lang: LangSchema,
});
export type Passage = z.infer<typeof PassageSchema>;

/** One mention of an entity: passage-relative offsets (add the passage's `start` for file offsets). */
export const MentionSchema = z.object({
  passageId: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** A spelling of an entity and the language of a passage it was seen in. */
export const AliasSchema = z.object({
  text: z.string().min(1),
  lang: LangSchema,
  /** How often this spelling was seen in passages of this language. */
  count: z.number().int().nonnegative(),
});
export type Alias = z.infer<typeof AliasSchema>;

/** A ready-made excerpt for hover cards: passage text cut around a mention, with marks to emphasise. */
export const ExcerptSchema = z.object({
  passageId: z.number().int().nonnegative(),
  /** The excerpt text (may start or end with an ellipsis). */
  text: z.string(),
  /** Ranges of `text` to emphasise, [start, end) in UTF-16 code units. */
  marks: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type Excerpt = z.infer<typeof ExcerptSchema>;

/** A person, place or organisation of the corpus. */
export const EntitySchema = z.object({
  /** Stable slug of the canonical name, e.g. `volodymyr-zelenskyj`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  type: EntityTypeSchema,
  /** Where the entity came from: the extractor, the curated file, or both. */
  origin: z.enum(['extracted', 'curated', 'both']),
  aliases: z.array(AliasSchema).min(1),
  mentions: z.array(MentionSchema),
  /** Number of distinct documents with a mention. */
  docCount: z.number().int().nonnegative(),
  /** The best excerpts, best first (at most a handful). */
  excerpts: z.array(ExcerptSchema),
  /** Entities that share passages with this one, most shared first. */
  related: z.array(z.object({ entityId: z.string(), count: z.number().int().positive() })),
});
export type Entity = z.infer<typeof EntitySchema>;

/** What the build dropped from one article, and why. Nothing vanishes silently. */
export const DroppedSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Machine-readable reason, e.g. `share-prompt`, `newsletter`, `related-links`, `caption-other-language`. */
  reason: z.string(),
});
export type Dropped = z.infer<typeof DroppedSchema>;

export const ReportSchema = z.object({
  documents: z.array(
    z.object({
      docId: z.string(),
      passages: z.number().int().nonnegative(),
      dropped: z.array(DroppedSchema),
      /** Non-fatal observations about the file (e.g. "no date found"). */
      notes: z.array(z.string()),
    }),
  ),
  entities: z.object({
    total: z.number().int().nonnegative(),
    extracted: z.number().int().nonnegative(),
    curated: z.number().int().nonnegative(),
    both: z.number().int().nonnegative(),
    suppressed: z.array(z.string()),
  }),
  /** Files that could not be read, with the reason; the build continues without them. */
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Corpus-wide observations, e.g. a corpus past the size the index serves well. */
  warnings: z.array(z.string()),
});
export type BuildReport = z.infer<typeof ReportSchema>;

/**
 * The compact name matcher shipped to content scripts. Its type and inner shape belong to
 * `lib/names/`; here it is checked to be an object of the matcher's own version.
 */
export const MatcherDataSchema = z.custom<MatcherData>(
  (value) => !!value && typeof value === 'object' && (value as { version?: unknown }).version === MATCHER_DATA_VERSION,
  { message: `Factlight: matcher data is missing or not version ${MATCHER_DATA_VERSION}` },
);

export const BundleSchema = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  builtAt: z.string(),
  documents: z.array(DocumentSchema),
  passages: z.array(PassageSchema),
  entities: z.array(EntitySchema),
  matcher: MatcherDataSchema,
  /** The stopword lists the index was built with, per corpus language, folded. */
  stopwords: z.record(z.string(), z.array(z.string())),
  /** MiniSearch's own serialisation (`JSON.parse(JSON.stringify(miniSearch))`). */
  index: z.record(z.string(), z.unknown()),
  report: ReportSchema,
});
export type Bundle = z.infer<typeof BundleSchema>;
