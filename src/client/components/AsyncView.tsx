import type { ReactNode } from 'react';
import { useLang } from '../lib/i18n.js';
import type { ApiState } from '../lib/use-api.js';

/** Shows a read's data, or that it is loading, or its error in plain words. */
export function AsyncView<T>(props: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  const { t } = useLang();
  const { data, error, loading } = props.state;
  if (error) return <ErrorMessage message={error.message || t('web:error.generic')} />;
  if (data === undefined || (loading && data === undefined))
    return (
      <p className="loading" role="status">
        {t('web:loading')}
      </p>
    );
  return <>{props.children(data)}</>;
}

/** An error message, announced to screen readers. */
export function ErrorMessage({ message }: { message: string }) {
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
