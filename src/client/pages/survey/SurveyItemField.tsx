import type { Lang } from '../../../i18n/lang.js';
import { AGREEMENT_SCALE, DONT_KNOW, type SurveyItem } from '../../../model/survey-instrument.js';
import { useLang } from '../../lib/i18n.js';
import type { Answers } from '../../lib/survey-steps.js';

type Change = (id: string, value: Answers[string] | undefined) => void;

function Likert({ item, answers, onChange, lang }: FieldProps) {
  const value = answers[item.id];
  const has = item.id in answers;
  const name = `q-${item.id}`;
  return (
    <fieldset className="question likert">
      <legend>{item.text[lang]}</legend>
      <div className="scale">
        {AGREEMENT_SCALE.map((label, index) => (
          <label key={label.fr} className="choice">
            <input
              type="radio"
              name={name}
              value={index + 1}
              checked={value === index + 1}
              onChange={() => onChange(item.id, index + 1)}
            />
            <span>{label[lang]}</span>
          </label>
        ))}
        <label className="choice dont-know">
          <input
            type="radio"
            name={name}
            value="dk"
            checked={has && value === null}
            onChange={() => onChange(item.id, null)}
          />
          <span>{DONT_KNOW[lang]}</span>
        </label>
      </div>
    </fieldset>
  );
}

function Choices({ item, answers, onChange, lang }: FieldProps) {
  const multi = item.type === 'multi';
  const value = answers[item.id];
  const selected = Array.isArray(value) ? (value as string[]) : [];
  const { t } = useLang();
  return (
    <fieldset className="question">
      <legend>
        {item.text[lang]}
        {multi ? <span className="hint"> {t('web:survey.several')}</span> : null}
      </legend>
      {item.options?.map((option) => (
        <label key={option.id} className="choice">
          <input
            type={multi ? 'checkbox' : 'radio'}
            name={`q-${item.id}`}
            value={option.id}
            checked={multi ? selected.includes(option.id) : value === option.id}
            onChange={(e) => {
              if (!multi) return onChange(item.id, option.id);
              const next = e.target.checked
                ? [...selected, option.id]
                : selected.filter((s) => s !== option.id);
              onChange(item.id, next);
            }}
          />
          <span>{option.text[lang]}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Members({ item, answers, onChange, lang }: FieldProps) {
  const { t } = useLang();
  const max = item.max ?? 5;
  const value = answers[item.id];
  const names = Array.isArray(value)
    ? (value as { name?: string }[]).map((v) => (typeof v === 'object' ? (v.name ?? '') : ''))
    : [];
  return (
    <fieldset className="question">
      <legend>{item.text[lang]}</legend>
      {Array.from({ length: max }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the slots are fixed positions.
        <label key={i} className="stacked">
          {t('web:survey.person', { n: i + 1 })}
          <input
            type="text"
            autoComplete="off"
            value={names[i] ?? ''}
            onChange={(e) => {
              const next = Array.from({ length: max }, (_, j) =>
                j === i ? e.target.value : (names[j] ?? ''),
              );
              onChange(
                item.id,
                next.map((name) => ({ name })),
              );
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}

interface FieldProps {
  readonly item: SurveyItem;
  readonly answers: Answers;
  readonly onChange: Change;
  readonly lang: Lang;
}

/** One question of the survey, with a label or a fieldset and legend (WCAG 1.3.1, 3.3.2). */
export function SurveyItemField(props: { item: SurveyItem; answers: Answers; onChange: Change }) {
  const { lang, t } = useLang();
  const { item, answers, onChange } = props;
  const fieldProps = { item, answers, onChange, lang };
  switch (item.type) {
    case 'likert5':
      return <Likert {...fieldProps} />;
    case 'single':
    case 'multi':
      return <Choices {...fieldProps} />;
    case 'members':
      return <Members {...fieldProps} />;
    case 'number': {
      const value = answers[item.id];
      return (
        <div className="question">
          <label className="stacked">
            {item.text[lang]}
            <input
              type="number"
              inputMode="decimal"
              min="0"
              step="0.5"
              value={typeof value === 'number' ? value : ''}
              onChange={(e) =>
                onChange(item.id, e.target.value === '' ? undefined : Number(e.target.value))
              }
            />
          </label>
        </div>
      );
    }
    case 'text': {
      const value = answers[item.id];
      return (
        <div className="question">
          <label className="stacked">
            {item.text[lang]}
            <textarea
              rows={5}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(item.id, e.target.value)}
            />
          </label>
          <p className="hint">{t('web:survey.optional')}</p>
        </div>
      );
    }
  }
}
