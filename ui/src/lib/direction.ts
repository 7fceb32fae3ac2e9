// Which way a row of controls runs. The document's direction follows the
// window's language (`messages.ts` sets `<html dir>`); a control that moves
// along a row with the arrow keys asks here, so that the key pointing toward
// the row's end moves toward its end in Arabic as in English.

/** Whether `element` is laid out right to left. */
export function isRtl(element: Element): boolean {
  const direction = globalThis.getComputedStyle?.(element).direction;
  if (direction === 'rtl' || direction === 'ltr') return direction === 'rtl';
  // No layout to ask (jsdom in the tests): the nearest explicit dir attribute.
  for (let at: Element | null = element; at; at = at.parentElement) {
    const dir = at.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir === 'rtl';
  }
  return false;
}

/**
 * The step ArrowRight or ArrowLeft takes along a horizontal row of controls
 * inside `row`: 1 toward the row's end, -1 toward its start, 0 for any other key.
 */
export function inlineStep(key: string, row: Element): -1 | 0 | 1 {
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return 0;
  const towardRight = key === 'ArrowRight' ? 1 : -1;
  return isRtl(row) ? (-towardRight as -1 | 1) : towardRight;
}
