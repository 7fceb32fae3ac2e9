import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import SenderPanel from './SenderPanel.svelte';

describe('SenderPanel', () => {
  it('keeps the name and organization that sign the messages', async () => {
    const backend = await installRealBackend();
    render(SenderPanel);
    const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
    await waitFor(() => expect(name.disabled).toBe(false));
    await fireEvent.input(name, { target: { value: '  Ana   Pérez ' } });
    await fireEvent.input(screen.getByLabelText('Your organization'), { target: { value: 'Alianza Migrante' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(name.value).toBe('Ana Pérez');
    expect(backend.calls).toContain('invitations_set_sender');

    cleanup();
    render(SenderPanel);
    await screen.findByDisplayValue('Alianza Migrante');
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Ana Pérez');
  });

  it('cannot be changed in a read-only file', async () => {
    await installRealBackend();
    render(SenderPanel, { readOnly: true });
    expect((await screen.findByLabelText('Your name')).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);
  });
});
