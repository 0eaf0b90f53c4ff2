/**
 * Loading a bundle: JSON text or an already parsed value, validated in full. A bundle of another
 * format version or with any invalid part is rejected with an error that says what was wrong;
 * nothing is half-loaded.
 */
import { BUNDLE_FORMAT_VERSION, BundleSchema, type Bundle } from './schema';

/** Raised for any bundle that cannot be used. */
export class BundleError extends Error {
  override name = 'BundleError';
}

/** Validates a parsed bundle. Throws {@link BundleError} naming the first problems found. */
export function parseBundle(json: unknown): Bundle {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new BundleError('Factlight: the bundle is not a JSON object');
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (version !== BUNDLE_FORMAT_VERSION) {
    throw new BundleError(
      `Factlight: bundle format version ${JSON.stringify(version)} is not the supported ${BUNDLE_FORMAT_VERSION}; rebuild it with \`npm run build\``,
    );
  }
  const result = BundleSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new BundleError(`Factlight: the bundle is corrupt (${problems})`);
  }
  checkReferences(result.data);
  return result.data;
}

/** Parses bundle JSON text; a truncated or garbled file gets a clear error. */
export function parseBundleText(text: string): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BundleError(`Factlight: the bundle is not valid JSON (${(error as Error).message}); it may be truncated`);
  }
  return parseBundle(json);
}

/** Cross-references the schema cannot express: passage ids are indexes, mentions point at passages. */
function checkReferences(bundle: Bundle): void {
  const docs = new Set(bundle.documents.map((d) => d.id));
  bundle.passages.forEach((passage, index) => {
    if (passage.id !== index)
      throw new BundleError(`Factlight: the bundle is corrupt (passage ${index} has id ${passage.id})`);
    if (!docs.has(passage.docId)) {
      throw new BundleError(
        `Factlight: the bundle is corrupt (passage ${index} names unknown document "${passage.docId}")`,
      );
    }
  });
  for (const entity of bundle.entities) {
    for (const mention of entity.mentions) {
      const passage = bundle.passages[mention.passageId];
      if (!passage || mention.end > passage.text.length || mention.start > mention.end) {
        throw new BundleError(
          `Factlight: the bundle is corrupt (entity "${entity.id}" has a mention outside its passage)`,
        );
      }
    }
  }
}
