import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import type { Statement } from '../api';
import DetailsForm from '../../features/drafting/DetailsForm.svelte';

// The statement's language, picked by name in the details form, saved through the real commands.
async function setup() {
  const backend = await installRealBackend();
  const statement = await backend.statement('Rights for all', { language: 'en' });
  const saved: Statement[] = [];
  render(DetailsForm, { statement, onsaved: (s: Statement) => saved.push(s) });
  const box = screen.getByRole('combobox', { name: 'Language' }) as HTMLInputElement;
  return { backend, saved, box };
}

describe('LanguagePicker', () => {
  it('is a combobox showing the language by name, its list closed', async () => {
    const { box } = await setup();
    expect(box.value).toBe('English (en)');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(document.getElementById(box.getAttribute('aria-controls')!)?.getAttribute('role')).toBe('listbox');
  });

  it('finds “Spanish” in English, moves with the arrow keys and picks with Enter', async () => {
    const { saved, box } = await setup();
    await fireEvent.input(box, { target: { value: 'Spanish' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0].textContent).toContain('Español — Spanish');
    expect(options[0].textContent).toContain('(es)');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    await fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(within(screen.getByRole('listbox')).getAllByRole('option')[0].id);
    await fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(saved.at(-1)?.language).toBe('es'));
    expect(box.value).toBe('Español — Spanish (es)');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('finds a language by its own name in its own script', async () => {
    const { saved, box } = await setup();
    for (const [typed, tag] of [['العربية', 'ar'], ['Kiswahili', 'sw'], ['हिन्दी', 'hi'], ['中文', 'zh']]) {
      await fireEvent.input(box, { target: { value: typed } });
      await fireEvent.keyDown(box, { key: 'ArrowDown' });
      await fireEvent.keyDown(box, { key: 'Enter' });
      await waitFor(() => expect(saved.at(-1)?.language).toBe(tag));
    }
  });

  it('takes a typed name left without picking as the language it names', async () => {
    const { saved, box } = await setup();
    await fireEvent.input(box, { target: { value: 'french' } });
    await fireEvent.blur(box);
    await waitFor(() => expect(saved.at(-1)?.language).toBe('fr'));
    expect(box.value).toBe('Français — French (fr)');
  });

  it('closes with Escape, then undoes the typing with a second Escape, saving nothing', async () => {
    const { backend, box } = await setup();
    await fireEvent.input(box, { target: { value: 'Deu' } });
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('Deu');
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('English (en)');
    expect(backend.calls).not.toContain('statements_update');
  });

  it('offers a tag not on the list for a rare language, and core still checks what is typed', async () => {
    const { saved, box } = await setup();
    await fireEvent.input(box, { target: { value: 'tzj' } });
    const custom = within(screen.getByRole('listbox')).getByRole('option', { name: 'Use the language tag “tzj”' });
    await fireEvent.click(custom);
    await waitFor(() => expect(saved.at(-1)?.language).toBe('tzj'));

    await fireEvent.input(box, { target: { value: 'Klingon!' } });
    expect(within(screen.getByRole('listbox')).getByRole('option').textContent).toContain('No language by that name');
    await fireEvent.blur(box);
    expect((await screen.findByRole('alert')).textContent).toContain('is not a language tag');
    expect(saved.at(-1)?.language).toBe('tzj');
  });
});
