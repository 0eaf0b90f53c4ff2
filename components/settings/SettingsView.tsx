/**
 * The settings section of the library page: which types are highlighted and how (underline or
 * background, a colour per type, previewed in the page's colour scheme), the muted names, the sites
 * where Factlight is off, and the hover delay. It only writes WXT storage (lib/settings); content
 * scripts watch the same items and apply a change at once. Self-contained: mount it anywhere.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { ask } from '@/lib/protocol';
import {
  DEFAULT_HIGHLIGHT_STYLE,
  HIGHLIGHT_TYPES,
  HOVER_DELAY_BOUNDS,
  addDisabledSite,
  clampHoverDelay,
  getDisplaySettings,
  getSettings,
  highlightDeclarations,
  muteEntity,
  removeDisabledSite,
  setHighlightStyle,
  setHighlightTypes,
  setHoverDelay,
  siteKeyFromInput,
  unmuteEntity,
  watchDisplaySettings,
  watchSettings,
  type DisplaySettings,
  type HighlightStyle,
  type HighlightType,
  type Settings,
} from '@/lib/settings';
import { Switches } from '../popup/Switches';
import { entityTypeName, t } from '@/lib/ui/i18n';
import './settings.css';

/** Step of the hover delay inputs, in ms: finer steps are not felt. */
const DELAY_STEP = 50;

const SAMPLE_KEY: Record<HighlightType, string> = {
  person: 'settingsSamplePerson',
  place: 'settingsSamplePlace',
  organisation: 'settingsSampleOrganisation',
};

/** A type's highlight as inline CSS following the page's scheme (`light-dark()` needs `color-scheme`). */
function previewCss(style: HighlightStyle, type: HighlightType): string {
  const light = highlightDeclarations(style, type, 'light');
  const dark = highlightDeclarations(style, type, 'dark');
  return Object.keys(light)
    .map((property) =>
      light[property] === dark[property]
        ? `${property}: ${light[property]}`
        : `${property}: light-dark(${light[property]}, ${dark[property]})`,
    )
    .join('; ');
}

/** Writes a setting and announces it; a storage error is shown instead. */
function useSaver(): [string, (write: () => Promise<void>) => void] {
  const [status, setStatus] = useState('');
  const save = (write: () => Promise<void>) => {
    write().then(
      () => setStatus(t('settingsSaved')),
      (error: unknown) => setStatus(t('settingsSaveFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  return [status, save];
}

export function SettingsView(): JSX.Element {
  const [display, setDisplay] = useState<DisplaySettings | null>(null);
  const [switches, setSwitches] = useState<Settings | null>(null);
  const [status, save] = useSaver();

  useEffect(() => {
    void getDisplaySettings().then(setDisplay);
    void getSettings().then(setSwitches);
    const stopDisplay = watchDisplaySettings(setDisplay);
    const stopSwitches = watchSettings(setSwitches);
    return () => {
      stopDisplay();
      stopSwitches();
    };
  }, []);

  if (!display || !switches) return <p class="muted">{t('loading')}</p>;
  return (
    <div class="settings" data-testid="settings">
      <Switches hostname={null} />
      <TypesAndStyle display={display} save={save} show={setDisplay} />
      <MutedNames display={display} save={save} />
      <DisabledSites sites={switches.disabledSites} save={save} />
      <HoverDelay value={display.hoverDelayMs} save={save} />
      <p class="muted settings-status" role="status" aria-live="polite" data-testid="settings-status">
        {status}
      </p>
    </div>
  );
}

type Save = (write: () => Promise<void>) => void;

function TypesAndStyle({
  display,
  save,
  show,
}: {
  display: DisplaySettings;
  save: Save;
  /** Shows a change at once, before storage reports it back (a controlled input must not flip back). */
  show: (next: DisplaySettings) => void;
}): JSX.Element {
  // Colours being picked show in the preview at once and are stored when the picker commits.
  const [draft, setDraft] = useState<Partial<Record<HighlightType, string>>>({});
  const style: HighlightStyle = { ...display.style, colors: { ...display.style.colors, ...draft } };
  const previewId = useId();

  const toggleType = (type: HighlightType, on: boolean) => {
    const types = on ? [...display.types, type] : display.types.filter((other) => other !== type);
    show({ ...display, types });
    save(() => setHighlightTypes(types));
  };
  const setMode = (mode: HighlightStyle['mode']) => {
    show({ ...display, style: { ...display.style, mode } });
    save(() => setHighlightStyle({ ...display.style, mode }));
  };
  const commitColor = (type: HighlightType, color: string) => {
    setDraft((current) => ({ ...current, [type]: undefined }));
    save(() => setHighlightStyle({ ...display.style, colors: { ...display.style.colors, [type]: color } }));
  };
  const resetColors = () => {
    setDraft({});
    save(() => setHighlightStyle({ ...display.style, colors: { ...DEFAULT_HIGHLIGHT_STYLE.colors } }));
  };
  const isDefault = HIGHLIGHT_TYPES.every((type) => style.colors[type] === DEFAULT_HIGHLIGHT_STYLE.colors[type]);

  return (
    <>
      <fieldset class="settings-group">
        <legend>{t('settingsTypes')}</legend>
        <table class="types-table">
          <thead>
            <tr>
              <th scope="col">{t('settingsTypeColumn')}</th>
              <th scope="col">{t('settingsColorColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {HIGHLIGHT_TYPES.map((type) => (
              <tr key={type}>
                <td>
                  <label class="check-row">
                    <input
                      type="checkbox"
                      data-testid={`type-${type}`}
                      checked={display.types.includes(type)}
                      onChange={(event) => toggleType(type, (event.target as HTMLInputElement).checked)}
                    />
                    <span>{entityTypeName(type)}</span>
                  </label>
                </td>
                <td>
                  <input
                    type="color"
                    class="color-input"
                    data-testid={`color-${type}`}
                    aria-label={t('settingsColorFor', entityTypeName(type))}
                    aria-describedby={previewId}
                    value={style.colors[type]}
                    onInput={(event) => {
                      const color = (event.target as HTMLInputElement).value;
                      setDraft((current) => ({ ...current, [type]: color }));
                    }}
                    onChange={(event) => commitColor(type, (event.target as HTMLInputElement).value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" class="secondary-button" onClick={resetColors} disabled={isDefault}>
          {t('settingsResetColors')}
        </button>
      </fieldset>

      <fieldset class="settings-group">
        <legend>{t('settingsStyle')}</legend>
        <div class="radio-row">
          {(['underline', 'background'] as const).map((mode) => (
            <label key={mode} class="check-row">
              <input
                type="radio"
                name="factlight-highlight-style"
                value={mode}
                data-testid={`style-${mode}`}
                checked={display.style.mode === mode}
                onChange={() => setMode(mode)}
              />
              <span>{t(mode === 'underline' ? 'settingsStyleUnderline' : 'settingsStyleBackground')}</span>
            </label>
          ))}
        </div>
        <figure class="preview">
          <figcaption class="muted">{t('settingsPreview')}</figcaption>
          <p id={previewId} class="preview-text" data-testid="preview">
            <Preview style={style} types={display.types} />
          </p>
        </figure>
      </fieldset>
    </>
  );
}

/** The sample sentence with its three names drawn as the page would draw them. */
function Preview({ style, types }: { style: HighlightStyle; types: HighlightType[] }): JSX.Element {
  // The sentence is translated whole with markers where the names go, so word order stays the
  // translator's; the markers (a private-use character and the type's index) never occur in text.
  const sentence = t('settingsPreviewText', '\uE0000', '\uE0001', '\uE0002');
  const parts = sentence.split(/\uE000(\d)/);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const type = HIGHLIGHT_TYPES[Number(part)]!;
        const on = types.includes(type);
        return (
          <span
            key={type}
            class="preview-name"
            data-type={type}
            data-highlighted={on ? 'true' : 'false'}
            style={on ? previewCss(style, type) : undefined}
          >
            {t(SAMPLE_KEY[type])}
          </span>
        );
      })}
    </>
  );
}

/** What one editable list of the settings shows and does (the muted names, the off-sites). */
interface EditableListProps<T> {
  heading: string;
  hint?: string;
  inputLabel: string;
  addLabel: string;
  emptyText: string;
  /** Test ids: `${testId}-input`, `${testId}-add`, and `listTestId` for the list. */
  testId: string;
  listTestId: string;
  inputProps?: { inputMode?: 'url' | 'text'; spellcheck?: boolean; placeholder?: string };
  items: T[];
  keyOf: (item: T) => string;
  nameOf: (item: T) => string;
  removeLabel: string;
  removeLabelFor: (item: T) => string;
  onRemove: (item: T) => void;
  /** Adds what was typed; resolves with an error message, or '' when it was added. */
  onAdd: (text: string) => Promise<string>;
}

/** A field that adds to a list, with the reason when it cannot, and the list with a remove button each. */
function EditableList<T>(props: EditableListProps<T>): JSX.Element {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const headingId = useId();
  const inputId = useId();
  const errorId = useId();

  const add = (event: Event) => {
    event.preventDefault();
    const text = input.trim();
    if (!text) return;
    void props.onAdd(text).then(
      (problem) => {
        setError(problem);
        if (!problem) setInput('');
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  return (
    <section class="settings-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.heading}</h3>
      {props.hint && <p class="muted">{props.hint}</p>}
      <form class="site-form" onSubmit={add}>
        <label for={inputId}>{props.inputLabel}</label>
        <input
          {...props.inputProps}
          id={inputId}
          type="text"
          autoComplete="off"
          data-testid={`${props.testId}-input`}
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => setInput((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="secondary-button" data-testid={`${props.testId}-add`}>
          {props.addLabel}
        </button>
      </form>
      {error && (
        <p id={errorId} class="field-error" role="alert">
          {error}
        </p>
      )}
      {props.items.length === 0 ? (
        <p class="muted">{props.emptyText}</p>
      ) : (
        <ul class="settings-list" data-testid={props.listTestId}>
          {props.items.map((item) => (
            <li key={props.keyOf(item)}>
              <span class="list-name">{props.nameOf(item)}</span>
              <button
                type="button"
                class="secondary-button"
                aria-label={props.removeLabelFor(item)}
                onClick={() => props.onRemove(item)}
              >
                {props.removeLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MutedNames({ display, save }: { display: DisplaySettings; save: Save }): JSX.Element {
  return (
    <EditableList
      heading={t('settingsMuted')}
      inputLabel={t('settingsMuteAdd')}
      addLabel={t('settingsMuteAddButton')}
      emptyText={t('settingsMutedEmpty')}
      testId="mute"
      listTestId="muted-list"
      items={display.muted}
      keyOf={(entity) => entity.id}
      nameOf={(entity) => entity.name}
      removeLabel={t('settingsUnmute')}
      removeLabelFor={(entity) => t('settingsUnmuteName', entity.name)}
      onRemove={(entity) => save(() => unmuteEntity(entity.id))}
      // The typed text is looked up in the corpus like a selection: the name it contains, or a spelling.
      onAdd={async (text) => {
        const { entity } = await ask({ type: 'lookup', text });
        if (!entity) return t('settingsMuteUnknown', text);
        save(() => muteEntity({ id: entity.id, name: entity.name }));
        return '';
      }}
    />
  );
}

function DisabledSites({ sites, save }: { sites: string[]; save: Save }): JSX.Element {
  return (
    <EditableList
      heading={t('settingsSites')}
      hint={t('settingsSitesHint')}
      inputLabel={t('settingsSiteAdd')}
      addLabel={t('settingsSiteAddButton')}
      emptyText={t('settingsSitesEmpty')}
      testId="site"
      listTestId="site-list"
      inputProps={{ inputMode: 'url', spellcheck: false, placeholder: t('settingsSitePlaceholder') }}
      items={sites}
      keyOf={(site) => site}
      nameOf={(site) => site}
      removeLabel={t('settingsSiteRemove')}
      removeLabelFor={(site) => t('settingsSiteRemoveName', site)}
      onRemove={(site) => save(() => removeDisabledSite(site))}
      onAdd={async (text) => {
        const key = siteKeyFromInput(text);
        if (!key) return t('settingsSiteInvalid', text);
        save(() => addDisabledSite(key));
        return '';
      }}
    />
  );
}

function HoverDelay({ value, save }: { value: number; save: Save }): JSX.Element {
  // Shown while dragging or typing; stored on commit (change), not on every step.
  const [draft, setDraft] = useState<number | null>(null);
  const shown = draft ?? value;
  const numberId = useId();
  const hintId = useId();
  // The committed value stays shown until storage reports it back (no flash of the old value).
  useEffect(() => {
    if (draft !== null && draft === value) setDraft(null);
  }, [draft, value]);
  const commit = (raw: string) => {
    const ms = clampHoverDelay(Number(raw));
    setDraft(ms);
    save(() => setHoverDelay(ms));
  };
  const onInput = (event: Event) => {
    const raw = Number((event.target as HTMLInputElement).value);
    if (Number.isFinite(raw)) setDraft(raw);
  };
  return (
    <fieldset class="settings-group">
      <legend>{t('settingsHoverDelay')}</legend>
      <div class="delay-row">
        <input
          type="range"
          min={HOVER_DELAY_BOUNDS.min}
          max={HOVER_DELAY_BOUNDS.max}
          step={DELAY_STEP}
          value={shown}
          aria-label={t('settingsHoverDelay')}
          aria-describedby={hintId}
          aria-valuetext={t('settingsMilliseconds', shown)}
          onInput={onInput}
          onChange={(event) => commit((event.target as HTMLInputElement).value)}
        />
        <label for={numberId} class="visually-hidden">
          {t('settingsHoverDelayMs')}
        </label>
        <input
          id={numberId}
          type="number"
          class="delay-number"
          data-testid="hover-delay"
          min={HOVER_DELAY_BOUNDS.min}
          max={HOVER_DELAY_BOUNDS.max}
          step={DELAY_STEP}
          value={shown}
          aria-describedby={hintId}
          onInput={onInput}
          onChange={(event) => commit((event.target as HTMLInputElement).value)}
        />
        <span aria-hidden="true">{t('settingsMillisecondsUnit')}</span>
      </div>
      <p id={hintId} class="muted">
        {t('settingsHoverDelayHint', HOVER_DELAY_BOUNDS.min, HOVER_DELAY_BOUNDS.max)}
      </p>
    </fieldset>
  );
}
