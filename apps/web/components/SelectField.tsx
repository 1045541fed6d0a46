'use client';
import { useId } from 'react';
import type { FieldError } from '../lib/format/field-error';

interface SelectFieldProps<T extends string> {
  label: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  error: FieldError | null;
}

/** A labelled select showing risk-core's validation error for its own field. */
export function SelectField<T extends string>({
  label,
  name,
  value,
  options,
  onChange,
  error,
}: SelectFieldProps<T>) {
  const id = useId();
  const mine = error?.field === name ? error : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={mine ? 'true' : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {mine && (
        <span className="field-error" role="alert">
          {mine.message}
        </span>
      )}
    </div>
  );
}
