import { afterEach, describe, expect, it, vi } from 'vitest';
import { installRealBackend } from '../../test/real-backend';
import { StatementsState, UNDO_WINDOW_MS } from './statements.svelte';

afterEach(() => {
  vi.useRealTimers();
});

describe('StatementsState', () => {
  it('loads live statements, newest change first', async () => {
    await installRealBackend(['Older', 'Newer']);
    const state = new StatementsState();
    await state.load();
    expect(state.loaded).toBe(true);
    expect(state.items.map((s) => s.title)).toEqual(['Newer', 'Older']);
  });

  it('puts a new statement at the top and keeps refusals as errors', async () => {
    await installRealBackend(['Existing']);
    const state = new StatementsState();
    await state.load();
    const made = await state.create('Fresh');
    expect(made?.title).toBe('Fresh');
    expect(state.items.map((s) => s.title)).toEqual(['Fresh', 'Existing']);

    expect(await state.create('   ')).toBeNull();
    expect(state.error?.code).toBe('invalid');
    expect(state.items).toHaveLength(2);
  });

  it('offers undo after a delete and restores on undo', async () => {
    const backend = await installRealBackend(['Keep', 'Oops']);
    const state = new StatementsState();
    await state.load();
    const oops = state.items.find((s) => s.title === 'Oops')!;

    await state.remove(oops.id);
    expect(state.items.map((s) => s.title)).toEqual(['Keep']);
    expect(state.undo?.statement.title).toBe('Oops');

    await state.undoRemove();
    expect(state.undo).toBeNull();
    expect(state.items.map((s) => s.title)).toContain('Oops');
    expect(backend.calls).toContain('statements_restore');
    expect((await backend.call('statements_get', { id: oops.id })).deletedAt).toBeNull();
  });

  it('withdraws the undo offer after its time is up', async () => {
    vi.useFakeTimers();
    await installRealBackend(['Gone soon']);
    const state = new StatementsState();
    await state.load();
    await state.remove(state.items[0].id);
    expect(state.undo).not.toBeNull();
    vi.advanceTimersByTime(UNDO_WINDOW_MS + 1);
    expect(state.undo).toBeNull();
  });

  it('reloads when a statement vanished underneath', async () => {
    const backend = await installRealBackend(['A', 'B']);
    const state = new StatementsState();
    await state.load();
    const b = state.items.find((s) => s.title === 'B')!;
    await backend.call('statements_delete', { id: b.id }); // deleted and purged elsewhere
    await backend.call('statements_purge', { id: b.id });
    expect(await state.rename(b.id, 'B2')).toBeNull();
    expect(state.error?.code).toBe('not_found');
    expect(state.items.map((s) => s.title)).toEqual(['A']);
  });

  it('picks up rows another process added when refreshed', async () => {
    const backend = await installRealBackend(['Mine']);
    const state = new StatementsState();
    await state.load();
    await backend.call('statements_create', { statement: { title: 'From the CLI' } });
    await state.refresh();
    expect(state.items.map((s) => s.title)).toEqual(['From the CLI', 'Mine']);
  });

  it('keeps an error about something else on screen when a refresh works', async () => {
    await installRealBackend(['Mine']);
    const state = new StatementsState();
    await state.load();
    await state.create('  ');
    await state.refresh();
    expect(state.error?.code).toBe('invalid');
  });

  it('does not let a refresh read before a create take the new row off the list', async () => {
    const backend = await installRealBackend(['Old']);
    const state = new StatementsState();
    await state.load();

    const release = backend.holdReplies('statements_list');
    const refreshing = state.refresh(); // its list is read now, without "New"
    await state.create('New');
    expect(state.items.map((s) => s.title)).toEqual(['New', 'Old']);
    release();
    await refreshing;
    expect(state.items.map((s) => s.title)).toEqual(['New', 'Old']);
  });

  it('shares one reload between refreshes that overlap', async () => {
    const backend = await installRealBackend(['Mine']);
    const state = new StatementsState();
    await state.load();
    const before = backend.calls.length;
    await Promise.all([state.refresh(), state.refresh(), state.refresh()]);
    expect(backend.calls.slice(before)).toEqual(['statements_list']);
  });

  it('reads once more after a change told during a reload, which may have read before it', async () => {
    const backend = await installRealBackend(['Mine']);
    const state = new StatementsState();
    await state.load();

    const release = backend.holdReplies('statements_list');
    const focusReload = state.refresh(); // reads now, before the CLI writes
    await backend.call('statements_create', { statement: { title: 'From the CLI' } });
    const first = state.changedElsewhere();
    const second = state.changedElsewhere(); // shares the one that follows
    release();
    await Promise.all([focusReload, first, second]);
    expect(state.items.map((s) => s.title)).toEqual(['From the CLI', 'Mine']);
    expect(backend.calls.filter((c) => c === 'statements_list')).toHaveLength(3); // load, reload, one more
  });

  it('lists a new statement once when a refresh saw it before the create returned', async () => {
    const backend = await installRealBackend(['Old']);
    const state = new StatementsState();
    await state.load();

    const release = backend.holdReplies('statements_create');
    const creating = state.create('New'); // stored at once, answered later
    await state.refresh();
    release();
    await creating;
    expect(state.items.map((s) => s.title)).toEqual(['New', 'Old']);
  });
});
