import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import SignatoriesView from './SignatoriesView.svelte';
import OverviewView from './OverviewView.svelte';

function shownNames(): string[] {
  return [...document.querySelectorAll('.signatory-row .name')].map((el) => el.textContent?.trim() ?? '');
}

function rowOf(name: string): HTMLElement {
  const row = [...document.querySelectorAll<HTMLElement>('.signatory-row')].find(
    (r) => r.querySelector('.name')?.textContent?.trim() === name,
  );
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('SignatoriesView', () => {
  it('starts empty, offering to paste a list', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Stop the deportations');
    render(SignatoriesView, { statementId });
    expect(await screen.findByRole('heading', { name: 'No sign-ons yet' })).toBeTruthy();
  });

  it('reviews a pasted list before adding it, then confirms one', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Stop the deportations');
    render(SignatoriesView, { statementId });
    await fireEvent.click((await screen.findAllByRole('button', { name: 'Paste a list…' }))[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Paste a list of signatories' });
    await fireEvent.input(within(dialog).getByLabelText('One signatory per line'), {
      target: { value: 'Kalayaan, France\nRed Solidaria — Mexico\n' },
    });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    expect((await within(dialog).findByTestId('intake-counts')).textContent).toContain('2 new');
    expect(await backend.signOns(statementId)).toHaveLength(0);

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 signatories' }));
    expect((await within(dialog).findByTestId('intake-done')).textContent).toContain('Added 2 signatories');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan', 'Red Solidaria']));

    await fireEvent.click(within(rowOf('Kalayaan')).getByRole('button', { name: 'Confirm' }));
    await waitFor(async () => expect((await backend.signOns(statementId)).find((e) => e.name === 'Kalayaan')?.status).toBe('confirmed'));
    await waitFor(() => expect(within(rowOf('Kalayaan')).getByText('Confirmed')).toBeTruthy());
    // A confirmed one can be withdrawn, not rejected.
    expect(within(rowOf('Kalayaan')).queryByRole('button', { name: 'Reject' })).toBeNull();
    expect(within(rowOf('Kalayaan')).getByRole('button', { name: 'Withdraw' })).toBeTruthy();
  });

  it('shows why a move is refused, and changes nothing', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S');
    render(SignatoriesView, { statementId });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add signatory' }));
    const panel = await screen.findByRole('complementary', { name: 'New signatory' });
    await fireEvent.input(within(panel).getByLabelText('Name as printed'), { target: { value: 'Kalayaan' } });
    await fireEvent.input(within(panel).getByLabelText('Country'), { target: { value: 'Atlantis' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain("“Atlantis” is not a country Undersigned knows");
    expect(await backend.signOns(statementId)).toHaveLength(0);
  });

  it('shows the day a sign-on was received, and the deadline, as the locale writes dates', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S', { deadline: '2026-12-10' });
    await backend.signOn(statementId, 'Kalayaan', {
      kind: 'individual', affiliation: 'Migrant Voice', city: 'London', country: 'GB', channel: 'in_person', receivedOn: '2026-11-20',
      visibility: 'organization_only', status: 'confirmed',
    });
    const day = (y: number, mo: number, d: number) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
    render(SignatoriesView, { statementId });
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan']));
    const row = rowOf('Kalayaan').textContent ?? '';
    expect(row).toContain(day(2026, 11, 20));
    expect(row).toContain('In person');
    expect(row).toContain('Organization only');
    expect(row).not.toMatch(/2026-11-20|in_person|organization_only/);

    render(OverviewView, { statementId });
    const overview = await screen.findByTestId('signed-by');
    const card = overview.parentElement?.textContent ?? '';
    expect(card).toContain(day(2026, 12, 10));
    expect(card).not.toContain('2026-12-10');
  });

  it('moves a signatory to the trash with Undo', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S');
    render(SignatoriesView, { statementId });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add signatory' }));
    const panel = await screen.findByRole('complementary', { name: 'New signatory' });
    await fireEvent.input(within(panel).getByLabelText('Name as printed'), { target: { value: 'Kalayaan' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan']));
    await fireEvent.click(within(rowOf('Kalayaan')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Moved “Kalayaan” to the trash.');
    expect(await backend.signOns(statementId)).toHaveLength(0);
    expect((await backend.signOns(statementId, true)).map((e) => e.name)).toEqual(['Kalayaan']);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await backend.signOns(statementId)).map((e) => e.name)).toEqual(['Kalayaan']));
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan']));
  });

  it('asks before confirming every pending sign-on, says how many, and can undo it', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S');
    render(SignatoriesView, { statementId });
    await fireEvent.click((await screen.findAllByRole('button', { name: 'Paste a list…' }))[0]);
    const dialog = await screen.findByRole('dialog');
    await fireEvent.input(within(dialog).getByLabelText('One signatory per line'), {
      target: { value: 'A, France\nB, Kenya' },
    });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    await fireEvent.click(await within(dialog).findByRole('button', { name: 'Add 2 signatories' }));
    await within(dialog).findByTestId('intake-done');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Confirm 2 pending' }));
    const ask = await screen.findByRole('alertdialog');
    const statuses = async () => (await backend.signOns(statementId)).map((e) => e.status);
    expect(await statuses()).toEqual(['pending', 'pending']);
    await fireEvent.click(within(ask).getByRole('button', { name: 'Confirm 2' }));
    await waitFor(async () => expect(await statuses()).toEqual(['confirmed', 'confirmed']));
    expect((await screen.findAllByText('Confirmed 2 sign-ons.')).length).toBeGreaterThan(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await statuses()).toEqual(['pending', 'pending']));
  });
});

describe('OverviewView', () => {
  it('counts the confirmed by kind and country', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S', { signatoryGoal: 10 });
    render(SignatoriesView, { statementId });
    await fireEvent.click((await screen.findAllByRole('button', { name: 'Paste a list…' }))[0]);
    const dialog = await screen.findByRole('dialog');
    await fireEvent.input(within(dialog).getByLabelText('One signatory per line'), {
      target: { value: 'A, France\nB, France\nC, Kenya' },
    });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    await fireEvent.click(await within(dialog).findByLabelText(/already checked/));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Add 3 signatories' }));
    await within(dialog).findByTestId('intake-done');
    render(OverviewView, { statementId });
    expect((await screen.findByTestId('signed-by')).textContent).toBe('3 organizations and 0 individuals from 2 countries');
    expect(screen.getByText('3 of 10 signatories')).toBeTruthy();
    expect(screen.getByLabelText('France: 2')).toBeTruthy();
  });
});

describe('SignatoriesView focus', () => {
  it('after Add the form starts over, empty and focused, and says what was added', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S');
    render(SignatoriesView, { statementId });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add signatory' }));
    let panel = await screen.findByRole('complementary', { name: 'New signatory' });
    await fireEvent.input(within(panel).getByLabelText('Name as printed'), { target: { value: 'Kalayaan' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Added Kalayaan. The form is ready for the next signatory.')).toBeTruthy();
    panel = await screen.findByRole('complementary', { name: 'New signatory' });
    const name = within(panel).getByLabelText('Name as printed') as HTMLInputElement;
    expect(name.value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(name));
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan']));
  });

  it('Confirm leaves focus on the same row', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S');
    render(SignatoriesView, { statementId });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add signatory' }));
    const panel = await screen.findByRole('complementary', { name: 'New signatory' });
    await fireEvent.input(within(panel).getByLabelText('Name as printed'), { target: { value: 'Kalayaan' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan']));
    const confirm = within(rowOf('Kalayaan')).getByRole('button', { name: 'Confirm' });
    confirm.focus();
    await fireEvent.click(confirm);
    await waitFor(() => expect(within(rowOf('Kalayaan')).getByText('Confirmed')).toBeTruthy());
    await waitFor(() => expect(rowOf('Kalayaan').contains(document.activeElement)).toBe(true));
    // On Edit, not on Withdraw where Confirm was: a second Enter undoes nothing.
    expect(document.activeElement?.textContent?.trim()).toBe('Edit');
    // Each row's buttons say whose they are to a screen reader.
    const described = document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Kalayaan');
  });
});

describe('OverviewView charts', () => {
  it('names the rest of the countries by how many they are, and shows them all on request', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S');
    const countries = ['Kenya', 'Chile', 'Peru', 'Spain', 'France', 'Italy', 'Ghana', 'Nepal', 'India', 'Japan', 'Egypt', 'Syria', 'Malta', 'Yemen', 'Benin', 'Nauru'];
    for (const [i, country] of countries.entries()) {
      const org = await backend.organization(`Group ${i}`, { country, sector: i < 6 ? 'labour' : '' });
      await backend.signOn(statementId, org.name, { contactId: org.id, country, status: 'confirmed' });
    }
    // The chart keeps core's order and folds away the last four.
    const last = (await backend.call('endorsements_summary', { statementId })).byCountry.at(-1)!.label;
    render(OverviewView, { statementId, refresh: 0 });
    const more = await screen.findByRole('button', { name: '4 more — show all' });
    expect(screen.queryByText(last)).toBeNull();
    // Not recorded comes after the named sectors, however many it counts.
    const sectors = [...screen.getByText('By sector').closest('figure')!.querySelectorAll('.bar-label')].map((el) => el.textContent);
    expect(sectors).toEqual(['labour', 'Sector not recorded']);
    await fireEvent.click(more);
    expect(await screen.findByText(last)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /more — show all/ })).toBeNull();
  });
});

describe('SignatoriesView keys', () => {
  it('Enter on a row’s button is that button’s, not the list’s (it opens no other row)', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('S');
    render(SignatoriesView, { statementId });
    await fireEvent.click((await screen.findAllByRole('button', { name: 'Paste a list…' }))[0]);
    const dialog = await screen.findByRole('dialog');
    await fireEvent.input(within(dialog).getByLabelText('One signatory per line'), { target: { value: 'Alpha, France\nBeta, Kenya' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    await fireEvent.click(await within(dialog).findByRole('button', { name: 'Add 2 signatories' }));
    await within(dialog).findByTestId('intake-done');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(shownNames()).toEqual(['Alpha', 'Beta']));
    // The list's own keys: the first row chosen.
    const list = rowOf('Alpha').closest<HTMLElement>('[tabindex]')!;
    await fireEvent.keyDown(list, { key: 'ArrowDown' });
    // Enter on the other row's Confirm button.
    const confirm = within(rowOf('Beta')).getByRole('button', { name: 'Confirm' });
    confirm.focus();
    await fireEvent.keyDown(confirm, { key: 'Enter' });
    expect(screen.queryByRole('complementary', { name: 'Signatory' })).toBeNull();
  });
});
