import { useLang } from '../lib/i18n.js';
import type { FigureStatus } from '../lib/key-figures.js';

const SHAPES: Record<FigureStatus, string> = { green: '●', amber: '▲', red: '■', none: '' };

/** A status in the report's words, with a shape so that colour is never the only cue. */
export function StatusBadge({ status }: { status: FigureStatus }) {
  const { t } = useLang();
  return (
    <span className={`status status-${status}`}>
      {SHAPES[status] ? <span aria-hidden="true">{SHAPES[status]} </span> : null}
      {t(`report:status.${status}`)}
    </span>
  );
}
