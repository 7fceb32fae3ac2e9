// Keeps Tab and Shift+Tab inside a modal dialog: from the last control to
// the first and back, never out to the page behind it.

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Handles a Tab keydown inside `dialog`; other keys are left alone. Returns whether it did. */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement | null): boolean {
  if (event.key !== 'Tab' || !dialog) return false;
  const all = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (all.length === 0) return false;
  const at = all.indexOf(document.activeElement as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? all.length - 1 : at - 1) : (at + 1) % all.length;
  event.preventDefault();
  all[next]?.focus();
  return true;
}
