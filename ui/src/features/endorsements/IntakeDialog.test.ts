import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { IntakePlan, PlannedIntake } from '../../lib/api';
import IntakeDialog from './IntakeDialog.svelte';

function row(n: number, name: string): PlannedIntake {
  return {
    input: {
      row: n, kind: 'organization', name, acronym: '', affiliation: '', organization: '', organizationKnown: false,
      city: '', country: '', email: '', receivedOn: '', notes: '', heading: false, readNote: '',
    },
    name, affiliation: '', organization: '', city: '', country: '', countryCode: null, visibility: 'public',
    listed: { name, affiliation: '' }, notes: [], outcome: { type: 'new', candidates: [] },
  };
}

const PLAN: IntakePlan = {
  rows: [row(2, 'Kalayaan'), row(3, 'Red de Mujeres')],
  known: 0, new: 2, already: 0, duplicates: 0, invalid: 0, headings: 0,
  named: 2, byOrganization: 0, countedOnly: 0, skipped: 0,
};

/** jsdom's File has no arrayBuffer(); the webview's has. */
function file(content: string, name: string): File {
  const bytes = new TextEncoder().encode(content);
  return { name, arrayBuffer: async () => bytes.slice().buffer } as unknown as File;
}

describe('IntakeDialog', () => {
  it('does not add a review that a failed change made stale, and asks before Escape throws it away', async () => {
    mockIPC((cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      if (cmd === 'intake_read') {
        return {
          token: 't', fileName: 'form.csv', headers: ['Organization', 'Country'],
          columns: [{ field: 'organization', reason: 'the header says “organization”' }, { field: 'country', reason: 'the header says “country”' }],
          fields: ['ignore', 'organization', 'country'], sample: [], rows: 2, warnings: [],
        };
      }
      if (cmd === 'intake_plan') {
        const mapping = args.mapping as string[] | null;
        if (mapping && !mapping.includes('organization')) {
          throw { code: 'invalid', message: 'no column is mapped to a name' };
        }
        return { token: 't', plan: PLAN };
      }
      throw { code: 'internal', message: `unexpected ${cmd}` };
    });
    let closed = false;
    render(IntakeDialog, { statementId: 's', mode: 'file', onclose: () => (closed = true), ondone: () => {} });
    const input = (await screen.findByLabelText('Choose a file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('x', 'form.csv')], configurable: true });
    await fireEvent.change(input);
    const add = await screen.findByRole('button', { name: 'Add 2 signatories' });
    await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.change(screen.getByLabelText('Field: Organization'), { target: { value: 'ignore' } });
    expect((await screen.findByRole('alert')).textContent).toContain('no column is mapped to a name');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Add 2 signatories' }) as HTMLButtonElement).disabled).toBe(true));
    // Escape asks first; keeping the review keeps everything.
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    const ask = await screen.findByRole('alertdialog');
    await fireEvent.click(within(ask).getByRole('button', { name: 'Keep reviewing' }));
    expect(closed).toBe(false);
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Throw it away' }));
    expect(closed).toBe(true);
  });
});
