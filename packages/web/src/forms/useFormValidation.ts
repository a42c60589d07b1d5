// A form's values with inline validation by one of core's schemas: messages in the UI language,
// shown after the first submit (or once a field is left) and then following every keystroke,
// with the server's complaints about fields shown in the same places.

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError } from './focusFirstError';
import { serverFieldErrors } from './serverFieldErrors';
import { validateForm, type FieldErrors, type FormSchema } from './validateForm';

type TextKey<Values> = {
  [K in keyof Values]: Values[K] extends string ? K : never;
}[keyof Values] &
  string;

export interface FormValidationOptions<Values> {
  /** What the schema parses, where the inputs hold text for numbers; by default the values. */
  toInput?: (values: Values) => unknown;
  /** Checks the schema cannot make (a repeated password): translated messages by field. */
  refine?: (values: Values) => FieldErrors;
  /**
   * When a field's message first shows: after the first submit ('submit', the default), or also
   * once the field has been left ('blur', for short forms typed top to bottom).
   */
  showOn?: 'submit' | 'blur';
  /** The last error of the request the form sends: its issues show on the fields they name. */
  serverError?: unknown;
  /** Fields server issues may name, or each mapped to its API path; default: the values' keys. */
  serverFields?: readonly string[] | Readonly<Record<string, string>>;
}

/**
 * The form's `values` and `errors` (what to show now, by field path), `text(key)` to bind a text
 * input, and `submit(onValid)` for the form's onSubmit. `alertError` is the server's error when no
 * field shows it, for an ErrorAlert; `check()` serves a form that sends two validated parts.
 */
export function useFormValidation<Values extends object, Output>(
  schema: FormSchema<Output>,
  initial: Values,
  {
    toInput,
    refine,
    showOn = 'submit',
    serverError,
    serverFields,
  }: FormValidationOptions<Values> = {},
) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  // Validated on every render: the forms are small, and the messages must follow each keystroke.
  const result = validateForm(schema, toInput ? toInput(values) : values, t, refine?.(values));
  const serverErrors = serverFieldErrors(serverError, serverFields ?? Object.keys(values), t);
  /** The messages to show now, by field path: the form's own come before the server's. */
  const errors: FieldErrors = { ...serverErrors };
  for (const [path, message] of Object.entries(result.errors))
    if (submitted || touched.has(path.split('.')[0] ?? path)) errors[path] = message;

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  /** Marks a field as left: in 'blur' mode its message shows from now on. */
  const touch = (key: keyof Values & string) => {
    if (showOn === 'blur')
      setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  };

  /** Shows every message; returns the parsed input when the values are valid, else null. */
  const check = (): Output | null => {
    setSubmitted(true);
    return result.ok ? result.data : null;
  };

  return {
    values,
    setValues,
    set,
    touch,
    check,
    errors,
    /** The server's messages placed on fields (part of `errors`). */
    serverErrors,
    /** The server's error when no field shows it: for an ErrorAlert above the fields. */
    alertError: Object.keys(serverErrors).length === 0 ? serverError : undefined,

    /** Props for a TextInput, PasswordInput or Textarea bound to a text field. */
    text: (key: TextKey<Values>) => ({
      value: values[key] as string,
      onChange: (event: { currentTarget: { value: string } }) =>
        set(key, event.currentTarget.value as Values[typeof key]),
      onBlur: () => touch(key),
      error: errors[key],
    }),

    /**
     * An onSubmit handler: shows every message and calls `onValid` with the parsed input only
     * when the values are valid; otherwise brings the first field with a message into view.
     */
    submit: (onValid: (input: Output) => void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const input = check();
      if (input !== null) onValid(input);
      else focusFirstError(event.currentTarget);
    },

    /** Starts over with `next` (by default the initial values), with no message shown. */
    reset: (next: Values = initial) => {
      setValues(next);
      setTouched(new Set());
      setSubmitted(false);
    },
  };
}
