/**
 * The card's styles, injected into its shadow root. The root resets inherited page styles;
 * colours follow the user's colour scheme.
 */
export const CARD_CSS = `
:host { all: initial; }
html, body { margin: 0; padding: 0; }
.card {
  all: initial;
  display: block;
  box-sizing: border-box;
  width: min(380px, calc(100vw - 16px));
  max-height: min(420px, calc(100vh - 16px));
  overflow: auto;
  padding: 12px 14px;
  border-radius: 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1d22;
  background: #ffffff;
  border: 1px solid #d4d4dc;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22);
  --accent: #5b4bc4;
  --muted: #5d5d6a;
  --mark: #fff0a8;
}
.card:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
.card.type-person { --type: #b45309; }
.card.type-place { --type: #0f766e; }
.card.type-organisation { --type: #1d4ed8; }
.head { display: flex; align-items: baseline; gap: 8px; }
.type { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--type); }
.name { all: unset; flex: 1; font-size: 16px; font-weight: 650; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: var(--muted); border-radius: 4px; }
.close:hover, .close:focus-visible { background: rgba(127, 127, 127, 0.2); }
p { margin: 6px 0; }
.spellings, .stats, .status { color: var(--muted); }
.label { font-weight: 600; }
.error { color: #b91c1c; }
.excerpts { margin: 8px 0 4px; padding: 0; list-style: none; }
.excerpt { margin: 0 0 10px; padding: 0 0 0 8px; border-left: 3px solid var(--type, var(--accent)); }
.excerpt-text { margin: 0; }
mark { background: var(--mark); color: inherit; font-weight: 600; border-radius: 2px; padding: 0 1px; }
.excerpt-meta { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.link { all: unset; cursor: pointer; color: var(--accent); font-weight: 600; }
.link:hover, .link:focus-visible { text-decoration: underline; }
.actions { margin: 6px 0 2px; display: flex; flex-wrap: wrap; gap: 6px; }
.action { all: unset; cursor: pointer; font-size: 12px; font-weight: 600; padding: 4px 8px; border-radius: 6px; color: #fff; background: var(--accent); }
.action:hover, .action:focus-visible { filter: brightness(1.1); outline: 2px solid var(--accent); outline-offset: 1px; }
.action.secondary { color: var(--accent); background: transparent; box-shadow: inset 0 0 0 1px var(--accent); }
@media (prefers-color-scheme: dark) {
  .card {
    color: #ececf1;
    background: #1f1f26;
    border-color: #3a3a46;
    box-shadow: 0 8px 28px rgba(0, 0, 0, 0.6);
    --accent: #a99cff;
    --muted: #a9a9b8;
    --mark: #6b5a12;
  }
  .card.type-person { --type: #fbbf24; }
  .card.type-place { --type: #5eead4; }
  .card.type-organisation { --type: #93c5fd; }
  .action { color: #15151a; }
}
`;
