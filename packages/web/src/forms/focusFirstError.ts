// Brings a form's first field with a message into view, so a long form's problem is not missed.

/** Focuses the first invalid field of `form` once the messages have rendered. */
export function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  });
}
