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

  it('plans a review again when the data changed under it, and adds only the new review', async () => {
    const replanned: IntakePlan = { ...PLAN, rows: [PLAN.rows[0]], new: 1, named: 1 };
    const calls: string[] = [];
    let applied = 0;
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'intake_read') {
        return {
          token: 't', fileName: 'form.csv', headers: ['Organization'],
          columns: [{ field: 'organization', reason: 'the header says “organization”' }],
          fields: ['ignore', 'organization'], sample: [], rows: 2, warnings: [],
        };
      }
      if (cmd === 'intake_plan') return { token: 't', plan: calls.includes('intake_apply') ? replanned : PLAN };
      if (cmd === 'intake_apply') {
        applied += 1;
        if (applied === 1) throw { code: 'stale', message: 'the contacts or sign-ons changed after this review was made' };
        return { added: 1, contactsCreated: 1, skipped: 0 };
      }
      throw { code: 'internal', message: `unexpected ${cmd}` };
    });
    let done = false;
    render(IntakeDialog, { statementId: 's', mode: 'file', onclose: () => {}, ondone: () => (done = true) });
    const input = (await screen.findByLabelText('Choose a file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('x', 'form.csv')], configurable: true });
    await fireEvent.change(input);
    await fireEvent.click(await screen.findByRole('button', { name: 'Add 2 signatories' }));
    expect((await screen.findByRole('alert')).textContent).toContain('nothing was added');
    expect(done).toBe(false);
    // The review shown is the one planned again: one row, not two.
    await fireEvent.click(await screen.findByRole('button', { name: 'Add 1 signatory' }));
    await waitFor(() => expect(done).toBe(true));
    expect(applied).toBe(2);
  });
});
