// Focus that an action took away (the pressed button went with what it
// did, or was disabled by it) is put back near where it was, instead of on
// the page's body, where the next Tab starts over at the sidebar.

const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

function visible(el: HTMLElement): boolean {
  return el.isConnected && !el.closest('[hidden], [inert], [aria-hidden="true"]');
}

/** The first control inside `root` that can take focus, after `after` when given. */
function firstFocusable(root: HTMLElement, after?: HTMLElement): HTMLElement | null {
  const all = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(visible);
  if (after) {
    const next = all.find((el) => after.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (next) return next;
  }
  return all[0] ?? null;
}

/**
 * Where focus goes when `lost` lost it to nothing: for a control still there
 * but disabled, the next control beside it; for one that is gone, the first
 * control in the nearest of its former ancestors (`chain`, nearest first)
 * still on the page.
 */
export function rescueTarget(lost: HTMLElement, chain: HTMLElement[]): HTMLElement | null {
  if (lost.isConnected) {
    for (let box = lost.parentElement; box; box = box.parentElement) {
      const next = firstFocusable(box, lost);
      if (next) return next;
    }
    return null;
  }
  for (const ancestor of chain) {
    if (!ancestor.isConnected) continue;
    if (ancestor === document.body || ancestor === document.documentElement) break;
    const inside = firstFocusable(ancestor);
    if (inside) return inside;
  }
  return null;
}

/** Watches the document for focus lost to nothing and puts it back; returns the way to stop. */
export function keepFocus(doc: Document = document): () => void {
  let chain: HTMLElement[] = [];
  const onFocusIn = (event: FocusEvent) => {
    const el = event.target as HTMLElement | null;
    chain = [];
    for (let a = el?.parentElement ?? null; a; a = a.parentElement) chain.push(a);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget) return;
    const lost = event.target as HTMLElement | null;
    if (!lost || !(lost instanceof HTMLElement)) return;
    const known = chain;
    setTimeout(() => {
      const active = doc.activeElement;
      if (active && active !== doc.body) return;
      // The window lost focus to another program: the control is still there.
      if (lost.isConnected && !lost.matches(':disabled')) return;
      // A modal dialog puts focus where it wants.
      if (doc.querySelector('[aria-modal="true"]')) return;
      rescueTarget(lost, known)?.focus();
    }, 0);
  };
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('focusout', onFocusOut);
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('focusout', onFocusOut);
  };
}
