import { afterEach, describe, expect, it } from 'vitest';
import { keepFocus } from './focus';

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('keepFocus', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });

  function page() {
    document.body.innerHTML = `
      <nav><button id="nav">Statements</button></nav>
      <main>
        <div class="row"><span>Kalayaan</span><button id="confirm">Confirm</button><button id="edit">Edit</button></div>
        <div class="zoom"><button id="smaller">Smaller</button><button id="larger">Larger</button></div>
      </main>`;
    stop = keepFocus();
    return (id: string) => document.getElementById(id) as HTMLButtonElement;
  }

  it('puts focus beside a control the action took away', async () => {
    const $ = page();
    $('confirm').focus();
    // What a browser does when the focused button is removed.
    $('confirm').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    $('confirm').remove();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    await settle();
    expect(document.activeElement?.id).toBe('edit');
  });

  it('goes to the next control when the pressed one is disabled, and stays in its place otherwise', async () => {
    const $ = page();
    $('larger').focus();
    // A browser takes focus off a button the click disabled.
    $('larger').blur();
    $('larger').disabled = true;
    expect(document.activeElement).toBe(document.body);
    await settle();
    // Nothing after it in its group: the first control of the group.
    expect(document.activeElement?.id).toBe('smaller');

    // A control still there and enabled (the window lost focus): left alone.
    $('smaller').focus();
    $('smaller').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await settle();
    expect(document.activeElement?.id).toBe('smaller');
  });

  it('finds the nearest former ancestor still on the page when a whole row goes', async () => {
    const $ = page();
    const row = document.querySelector<HTMLElement>('.row')!;
    $('confirm').focus();
    $('confirm').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    row.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    await settle();
    expect(document.activeElement?.id).toBe('smaller');
  });
});
