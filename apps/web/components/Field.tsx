'use client';
import { useId, useState, type ReactNode } from 'react';
import type { FieldError } from '../lib/format/field-error';
import { plainNumber } from '../lib/format/number-input';

interface FieldProps {
  label: string;
  /** Dotted path of the value in the scenario, as risk-core names it in a ValidationError. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: FieldError | null;
  inputMode?: 'decimal' | 'text';
  hint?: ReactNode;
  placeholder?: string;
  /** Values to offer as the user types (a picker that still takes any value). */
  suggestions?: string[];
}

/**
 * A labelled text input that shows risk-core's validation error for its own field beside it. A
 * number field takes the number as the user writes it in their locale ("3,000", "2,5") and
 * passes it on as risk-core reads it, while the input keeps what was typed until it loses focus.
 */
export function Field({
  label,
  name,
  value,
  onChange,
  error,
  inputMode = 'decimal',
  hint,
  placeholder,
  suggestions,
}: FieldProps) {
  const id = useId();
  // What the user is typing, shown while the field has focus (the value passed on is plain).
  const [draft, setDraft] = useState<string | null>(null);
  const numeric = inputMode === 'decimal';
  const listId = suggestions && suggestions.length > 0 ? `${id}-suggestions` : undefined;
  const mine = error?.field === name ? error : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        value={draft ?? value}
        inputMode={inputMode}
        autoComplete="off"
        placeholder={placeholder}
        list={listId}
        aria-invalid={mine ? 'true' : undefined}
        aria-describedby={mine ? `${id}-error` : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          if (!numeric) return onChange(typed);
          setDraft(typed);
          onChange(plainNumber(typed, navigator.language));
        }}
        onBlur={() => setDraft(null)}
      />
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {hint && <span className="muted small">{hint}</span>}
      {mine && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {mine.message}
        </span>
      )}
    </div>
  );
}
