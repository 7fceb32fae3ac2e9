import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { installFakeBackend } from '../../test/fake-backend';
import ExportView from './ExportView.svelte';

describe('ExportView', () => {
  it('previews only what may be published, with names as text', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const statementId = backend.statements[0].id;
    const at = backend.statements[0].createdAt;
    const base = {
      statementId,
      kind: 'organization' as const,
      organizationId: null,
      personId: null,
      affiliation: '',
      city: '',
      country: '',
      countryCode: null,
      channel: 'email' as const,
      receivedOn: null,
      revisionId: null,
      revisionNumber: 1,
      notes: '',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    backend.endorsements.push(
      { ...base, id: 'e1', name: '<img src=x onerror=alert(1)>', visibility: 'public', status: 'confirmed' },
      { ...base, id: 'e2', name: 'Only Counted', visibility: 'counted_only', status: 'confirmed' },
      { ...base, id: 'e3', name: 'Still Pending', visibility: 'public', status: 'pending' },
    );
    render(ExportView, { statementId });
    const preview = await screen.findByTestId('export-preview');
    await waitFor(() => expect(preview.textContent).toContain('<img src=x onerror=alert(1)>'));
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).not.toContain('Only Counted');
    expect(preview.textContent).not.toContain('Still Pending');
    expect(screen.getByText(/make the organization’s key in Settings/)).toBeTruthy();
    expect(screen.queryByLabelText(/Sign with/)).toBeNull();
  });
});
