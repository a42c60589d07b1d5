// Form state with inline validation by a schema from @kume/core: a field shows its error once it
// has been left (blurred) or the form submitted, and the server's field errors show in the same place.

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../components/ErrorAlert';
import { validationMessage, type FormIssue } from './validationMessage';

/** Any zod schema fits: only safeParse is used. */
export interface FormSchema<Output> {
  safeParse(
    data: unknown,
  ): { success: true; data: Output } | { success: false; error: { issues: readonly FormIssue[] } };
}

type StringKeys<Values> = {
  [K in keyof Values]: Values[K] extends string ? K : never;
}[keyof Values];

export interface ValidatedFormOptions<Values> {
  /** Checks across fields (a repeated password); returns translated messages by field. */
  check?: (values: Values) => Partial<Record<keyof Values, string>>;
  /** The last error of the request the form sends: its field issues show on the fields. */
  serverError?: unknown;
}

export function useValidatedForm<Values extends object, Output>(
  schema: FormSchema<Output>,
  initial: Values,
  { check, serverError }: ValidatedFormOptions<Values> = {},
) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(initial);
  const [touched, setTouched] = useState<ReadonlySet<keyof Values>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  // Validated on every render: forms are small, and the errors must follow each keystroke.
  const result = schema.safeParse(values);
  const errors: Partial<Record<keyof Values, string>> = { ...check?.(values) };
  if (!result.success)
    for (const issue of result.error.issues) {
      const key = issue.path[0] as keyof Values | undefined;
      if (key === undefined || errors[key]) continue;
      // An empty field that breaks any rule (an email's format) is simply missing.
      const value = values[key];
      const empty = typeof value === 'string' && value.trim() === '';
      errors[key] = empty ? t('error.required') : validationMessage(issue, t);
    }
  const parsed = result.success && Object.values(errors).every((e) => !e) ? result.data : undefined;

  const touch = (key: keyof Values) =>
    setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));

  /** The message to show under a field now, if any. */
  const error = (key: keyof Values & string): string | undefined =>
    ((submitted || touched.has(key)) && errors[key]) || fieldError(serverError, key);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  /** Props for a TextInput, PasswordInput or Textarea bound to a text field. */
  const text = (key: StringKeys<Values> & string) => ({
    value: values[key] as string,
    onChange: (event: { currentTarget: { value: string } }) =>
      set(key, event.currentTarget.value as Values[typeof key]),
    onBlur: () => touch(key),
    error: error(key),
  });

  /** An onSubmit handler: shows every error, and calls `onValid` only with valid, parsed input. */
  const submit = (onValid: (data: Output) => void) => (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    if (parsed !== undefined) onValid(parsed);
  };

  const reset = (next: Values = initial) => {
    setValues(next);
    setTouched(new Set());
    setSubmitted(false);
  };

  return { values, set, text, error, submit, reset, touch, isValid: parsed !== undefined };
}
