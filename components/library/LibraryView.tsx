/**
 * The library page: the corpus's collections, articles and names, importing files (file input,
 * folder picker, drag and drop; starts at once), importing and exporting bundle files, removing,
 * and the damaged-store report with its rebuild. All work happens in the build worker (useLibrary).
 */
import type { JSX } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { ArticleRow, NameRow } from '@/lib/library/workerProtocol';
import { ask, type PanelTarget } from '@/lib/protocol';
import { entityTypeName, languageName, t } from '@/lib/ui/i18n';
import { useLibrary } from './useLibrary';

/** Rows shown before "Show more": enough to scan, few enough to render in one short task. */
const PAGE = 100;
const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

function openPanel(target: PanelTarget): void {
  // Sent inside the click: Chrome opens the side panel only during the user gesture.
  void ask({ type: 'openPanel', target }).catch(() => undefined);
}

function formatBytes(bytes: number): string {
  return bytes >= 1048576
    ? t('libraryMegabytes', (bytes / 1048576).toFixed(1))
    : t('libraryKilobytes', Math.round(bytes / 1024));
}

export function LibraryView(): JSX.Element {
  const { state, run, cancel } = useLibrary();
  const snapshot = state.snapshot;
  const [dragging, setDragging] = useState(false);
  const [bundleMode, setBundleMode] = useState<'merge' | 'replace'>('merge');

  const importFiles = (list: FileList | File[] | null) => {
    const files = [...(list ?? [])];
    if (files.length) void run({ type: 'importFiles', files });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    importFiles(event.dataTransfer?.files ?? null);
  };
  const exportCorpus = async () => {
    const result = await run({ type: 'export' });
    if (!result?.exported) return;
    const url = URL.createObjectURL(result.exported);
    const link = document.createElement('a');
    link.href = url;
    link.download = `factlight-corpus-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const busy = state.busy !== undefined && state.busy !== 'state';
  const removeArticle = useCallback((docId: string) => void run({ type: 'removeDocuments', docIds: [docId] }), [run]);
  const progress = state.progress;
  return (
    <section id="library" class="library" aria-labelledby="library-title" aria-busy={busy}>
      <h2 id="library-title">{t('optionsLibrary')}</h2>
      <p class="library-summary">
        {snapshot
          ? t('librarySummary', snapshot.articles.length, snapshot.passages, snapshot.names.length) +
            (snapshot.storageBytes ? ` · ${t('libraryStored', formatBytes(snapshot.storageBytes))}` : '')
          : t('libraryOpening')}
      </p>
      <p class="library-note">{t('libraryPrivacy')}</p>

      {snapshot?.status === 'damaged' && (
        <div class="library-damage" role="alert">
          <p>{t('libraryDamaged', snapshot.damage ?? '')}</p>
          <button type="button" disabled={busy} onClick={() => void run({ type: 'rebuild' })}>
            {t('libraryRebuild')}
          </button>
        </div>
      )}

      <section
        aria-label={t('libraryImportTitle')}
        class={`library-import${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h3>{t('libraryImportTitle')}</h3>
        <p>{t('libraryImportHint')}</p>
        <div class="library-actions">
          <label class="button">
            {t('libraryChooseFiles')}
            <input
              type="file"
              multiple
              accept={ACCEPT}
              data-testid="import-files"
              disabled={busy}
              onChange={(event) => {
                importFiles(event.currentTarget.files);
                event.currentTarget.value = '';
              }}
            />
          </label>
          <label class="button">
            {t('libraryChooseFolder')}
            <input
              type="file"
              multiple
              {...{ webkitdirectory: '' }}
              data-testid="import-folder"
              disabled={busy}
              onChange={(event) => {
                importFiles(event.currentTarget.files);
                event.currentTarget.value = '';
              }}
            />
          </label>
        </div>
        {busy && (
          <div class="library-progress" role="status" aria-live="polite">
            <progress
              max={progress?.total || 1}
              value={progress?.phase === 'reading' || progress?.phase === 'parsing' ? progress.done : undefined}
              aria-label={t('libraryImportProgress')}
            />
            <span>{progress ? phaseLabel(progress.phase, progress.done, progress.total) : t('libraryWorking')}</span>
            {(state.busy === 'importFiles' || state.busy === 'importBundle') && (
              <button type="button" onClick={cancel}>
                {t('libraryCancel')}
              </button>
            )}
          </div>
        )}
        <p class="library-status" role="status" aria-live="polite" data-testid="library-status">
          {state.error ?? state.message ?? ''}
        </p>
        {state.rejected.length > 0 && (
          <div class="library-rejected">
            <h4>{t('libraryNotImported')}</h4>
            <ul data-testid="rejected">
              {state.rejected.map((r) => (
                <li key={r.file}>
                  <span class="file">{r.file}</span>: {r.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <div class="library-bundle">
        <h3>{t('libraryBundleTitle')}</h3>
        <div class="library-actions">
          <button type="button" disabled={busy || !snapshot?.articles.length} onClick={() => void exportCorpus()}>
            {t('libraryExport')}
          </button>
          <fieldset>
            <legend>{t('libraryBundleMode')}</legend>
            <label>
              <input
                type="radio"
                name="bundle-mode"
                checked={bundleMode === 'merge'}
                onChange={() => setBundleMode('merge')}
              />{' '}
              {t('libraryBundleMerge')}
            </label>
            <label>
              <input
                type="radio"
                name="bundle-mode"
                checked={bundleMode === 'replace'}
                onChange={() => setBundleMode('replace')}
              />{' '}
              {t('libraryBundleReplace')}
            </label>
          </fieldset>
          <label class="button">
            {t('libraryImportBundle')}
            <input
              type="file"
              accept=".json,application/json"
              data-testid="import-bundle"
              disabled={busy}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void run({ type: 'importBundle', file, mode: bundleMode });
              }}
            />
          </label>
        </div>
      </div>

      {snapshot && (
        <Collections
          snapshot={snapshot}
          busy={busy}
          onRemove={(collectionId) => void run({ type: 'removeCollection', collectionId })}
          onRestore={() => void run({ type: 'restoreSample' })}
        />
      )}
      {snapshot && <Articles articles={snapshot.articles} busy={busy} onRemove={removeArticle} />}
      {snapshot && <Names names={snapshot.names} />}
    </section>
  );
}

function phaseLabel(phase: string, done: number, total: number): string {
  const key =
    phase === 'reading'
      ? 'libraryProgressReading'
      : phase === 'parsing'
        ? 'libraryProgressParsing'
        : phase === 'building'
          ? 'libraryProgressBuilding'
          : 'libraryProgressSaving';
  return t(key, done, total);
}

/** The built-in collections' names in the UI language; imports keep the name they were stored with. */
function collectionName(collection: { kind: string; name: string }): string {
  return collection.kind === 'sample'
    ? t('collectionSample')
    : collection.kind === 'page'
      ? t('collectionPages')
      : collection.name;
}

function Collections(props: {
  snapshot: NonNullable<ReturnType<typeof useLibrary>['state']['snapshot']>;
  busy: boolean;
  onRemove(id: string): void;
  onRestore(): void;
}): JSX.Element {
  return (
    <div class="library-collections">
      <h3>{t('libraryCollections')}</h3>
      <ul>
        {props.snapshot.collections.map((c) => (
          <li key={c.id} data-collection={c.id}>
            <span>
              {collectionName(c)} · {t('libraryArticleCount', c.articles)}
            </span>
            <button
              type="button"
              disabled={props.busy}
              aria-label={t('libraryRemoveItem', collectionName(c))}
              onClick={() => props.onRemove(c.id)}
            >
              {t('libraryRemove')}
            </button>
          </li>
        ))}
      </ul>
      {props.snapshot.sampleMissing && (
        <button type="button" disabled={props.busy} onClick={props.onRestore}>
          {t('libraryRestoreSample')}
        </button>
      )}
    </div>
  );
}

// Memoised: progress updates re-render the view several times a second; the tables only change with the library.
const Articles = memo(function Articles(props: {
  articles: ArticleRow[];
  busy: boolean;
  onRemove(id: string): void;
}): JSX.Element {
  const [shown, setShown] = useState(PAGE);
  const rows = props.articles.slice(0, shown);
  return (
    <div class="library-articles">
      <h3>{t('libraryArticlesTitle', props.articles.length)}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('libraryColumnTitle')}</th>
            <th scope="col">{t('libraryColumnDate')}</th>
            <th scope="col">{t('libraryColumnLanguage')}</th>
            <th scope="col">{t('libraryColumnSource')}</th>
            <th scope="col">{t('libraryColumnPassages')}</th>
            <th scope="col">{t('libraryColumnNames')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('libraryColumnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} data-doc={a.id}>
              <td>
                <button type="button" class="link" onClick={() => openPanel({ view: 'article', docId: a.id })}>
                  {a.title}
                </button>
              </td>
              <td>{a.date ?? '–'}</td>
              <td>{languageName(a.lang)}</td>
              <td>
                {a.url ? (
                  <a href={a.url} target="_blank" rel="noreferrer noopener">
                    {a.source ?? a.url}
                  </a>
                ) : (
                  (a.source ?? a.file)
                )}
              </td>
              <td class="num">{a.passages}</td>
              <td class="num">{a.names}</td>
              <td>
                <button
                  type="button"
                  disabled={props.busy}
                  aria-label={t('libraryRemoveItem', a.title)}
                  onClick={() => props.onRemove(a.id)}
                >
                  {t('libraryRemove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < props.articles.length && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('libraryShowMore', props.articles.length - shown)}
        </button>
      )}
    </div>
  );
});

type NameSort = 'mentions' | 'articles' | 'name';

const Names = memo(function Names(props: { names: NameRow[] }): JSX.Element {
  const [filter, setFilter] = useState('');
  const [type, setType] = useState<'' | NameRow['type']>('');
  const [sort, setSort] = useState<NameSort>('mentions');
  const [shown, setShown] = useState(PAGE);
  const matching = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    const list = props.names.filter(
      (n) => (!type || n.type === type) && (!needle || n.name.toLocaleLowerCase().includes(needle)),
    );
    return list.sort((a, b) =>
      sort === 'name' ? a.name.localeCompare(b.name) : b[sort] - a[sort] || a.name.localeCompare(b.name),
    );
  }, [props.names, filter, type, sort]);
  return (
    <div class="library-names">
      <h3>{t('libraryNamesTitle', props.names.length)}</h3>
      <div class="library-filters">
        <label>
          {t('libraryFilter')} <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        <label>
          {t('libraryType')}{' '}
          <select value={type} onChange={(e) => setType(e.currentTarget.value as typeof type)}>
            <option value="">{t('libraryTypeAll')}</option>
            <option value="person">{entityTypeName('person')}</option>
            <option value="place">{entityTypeName('place')}</option>
            <option value="organisation">{entityTypeName('organisation')}</option>
          </select>
        </label>
        <label>
          {t('librarySortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as NameSort)}>
            <option value="mentions">{t('librarySortMentions')}</option>
            <option value="articles">{t('librarySortArticles')}</option>
            <option value="name">{t('librarySortName')}</option>
          </select>
        </label>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('libraryColumnName')}</th>
            <th scope="col">{t('libraryType')}</th>
            <th scope="col">{t('libraryColumnMentions')}</th>
            <th scope="col">{t('libraryColumnArticles')}</th>
          </tr>
        </thead>
        <tbody>
          {matching.slice(0, shown).map((n) => (
            <tr key={n.id} data-entity={n.id}>
              <td>
                <button type="button" class="link" onClick={() => openPanel({ view: 'entity', entityId: n.id })}>
                  {n.name}
                </button>
              </td>
              <td>{entityTypeName(n.type)}</td>
              <td class="num">{n.mentions}</td>
              <td class="num">{n.articles}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < matching.length && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('libraryShowMore', matching.length - shown)}
        </button>
      )}
    </div>
  );
});
