/** Mentions over time: a small inline SVG bar chart, one bar per article month, with a text table for screen readers. */
import type { JSX } from 'preact';
import type { EntityPage } from '@/lib/protocol';
import { formatDate, t } from '@/lib/ui/i18n';

const WIDTH = 300;
const HEIGHT = 84;
const LABEL = 16;

export function Timeline({ timeline }: { timeline: EntityPage['timeline'] }): JSX.Element | null {
  if (timeline.length === 0) return null;
  const max = Math.max(...timeline.map((d) => d.count));
  const slot = WIDTH / timeline.length;
  const bar = Math.min(36, slot * 0.7);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + LABEL}`} role="img" aria-label={t('timelineLabel')} data-testid="timeline">
        {timeline.map((d, i) => {
          const h = Math.max(2, ((HEIGHT - 14) * d.count) / max);
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={d.date ?? 'undated'}>
              <title>{`${formatDate(d.date)}: ${t('mentionCount', d.count)}`}</title>
              <rect x={x} y={HEIGHT - h} width={bar} height={h} rx={3} class={d.date ? 'bar' : 'bar undated'} />
              <text x={x + bar / 2} y={HEIGHT - h - 3} text-anchor="middle" class="bar-value">
                {d.count}
              </text>
              {(timeline.length <= 6 || i % Math.ceil(timeline.length / 6) === 0) && (
                <text x={x + bar / 2} y={HEIGHT + 12} text-anchor="middle" class="bar-label">
                  {d.date ? formatDate(d.date) : t('dateUnknown')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <tbody>
          {timeline.map((d) => (
            <tr key={d.date ?? 'undated'}>
              <th>{formatDate(d.date)}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
