/**
 * Whether this browser can paint highlights without touching the page's DOM: the CSS Custom
 * Highlight API with StaticRange (Chromium 105+, Firefox 140+). Its own module, so the content
 * script's first stage (loader.ts) asks it without loading the painter.
 */
export function canPaint(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof Highlight === 'function' &&
    typeof StaticRange === 'function'
  );
}
