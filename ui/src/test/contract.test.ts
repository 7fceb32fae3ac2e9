// The shared contract (contract/statements.json) run through `api` against
// the real commands (the test host), with the semantics of
// src-tauri/tests/contract.rs, which calls the commands directly: if `api`
// sends a command differently from the window's contract, this fails.

import { describe, expect, it } from 'vitest';
import contract from '../../../contract/statements.json';
import { api, toCommandError, type CommandName, type Commands } from '../lib/api';
import { installRealBackend } from './real-backend';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Step {
  call: string;
  args: Json;
  save?: string;
  expect: { ok?: Record<string, Json>; error?: string; titles?: string[]; noKey?: string };
}

/** Each command the contract uses, called through `api` as the window calls it. */
const through: { [C in CommandName]?: (args: Commands[C]['args']) => Promise<Commands[C]['returns']> } = {
  statements_list: () => api.statements.list(),
  statements_list_trash: () => api.statements.listTrash(),
  statements_get: ({ id }) => api.statements.get(id),
  statements_create: ({ statement }) => api.statements.create(statement),
  statements_update: ({ id, patch }) => api.statements.update(id, patch),
  statements_delete: ({ id }) => api.statements.delete(id),
  statements_restore: ({ id }) => api.statements.restore(id),
};

function callThroughApi(cmd: string, args: Json): Promise<unknown> {
  const run = through[cmd as CommandName] as ((args: unknown) => Promise<unknown>) | undefined;
  if (!run) throw new Error(`the contract calls ${cmd}; add it to the table in contract.test.ts`);
  return run(args);
}

/** `<300 × 🌍>` stands for 300 globes; `$a` for the id saved as `a`. */
function expand(value: Json, saved: Map<string, string>): Json {
  if (typeof value === 'string') {
    if (value.startsWith('$')) {
      const id = saved.get(value.slice(1));
      if (id === undefined) throw new Error(`nothing saved as ${value.slice(1)}`);
      return id;
    }
    const repeat = /^<(\d+) × (.+)>$/su.exec(value);
    return repeat ? repeat[2].repeat(Number(repeat[1])) : value;
  }
  if (Array.isArray(value)) return value.map((v) => expand(v, saved));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, saved)]));
  }
  return value;
}

describe('api keeps the shared contract with the real commands', () => {
  const cases = contract.cases as { name: string; steps: Step[] }[];

  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      await installRealBackend();
      const saved = new Map<string, string>();
      for (const [i, step] of testCase.steps.entries()) {
        const where = `${testCase.name}, step ${i} (${step.call})`;
        let answer: unknown;
        try {
          answer = await callThroughApi(step.call, expand(step.args, saved));
        } catch (thrown) {
          const error = toCommandError(thrown);
          expect(step.expect.error, `${where} failed: ${error.code} ${error.message}`).toBe(error.code);
          expect(error.message, where).not.toBe('');
          continue;
        }
        expect(step.expect.error, `${where} should have failed`).toBeUndefined();
        const got = (answer ?? {}) as Record<string, unknown>;
        for (const [key, want] of Object.entries(step.expect.ok ?? {})) {
          // Rust's `got[key]` is null for a missing key: "<set>" needs a value.
          if (want === '<set>') expect(got[key] ?? null, `${where}: ${key} should be set`).not.toBeNull();
          else expect(got[key] ?? null, `${where}: ${key}`).toEqual(want);
        }
        if (step.expect.titles) {
          expect(Array.isArray(answer), `${where}: a list`).toBe(true);
          expect((answer as { title: string }[]).map((s) => s.title), where).toEqual(step.expect.titles);
        }
        if (step.expect.noKey) {
          expect(Array.isArray(answer), `${where}: a list`).toBe(true);
          for (const item of answer as object[]) expect(item, where).not.toHaveProperty(step.expect.noKey);
        }
        if (step.save) saved.set(step.save, got.id as string);
      }
    });
  }
});

// The contract has one good and one bad tag; these go through `api` to
// core, so the window meets core's own reading of a tag.
describe('language tags, as core reads them', () => {
  async function setLanguage(language: string): Promise<string> {
    await installRealBackend();
    const made = await api.statements.create({ title: 'Tags' });
    return (await api.statements.update(made.id, { language })).language;
  }

  it.each([
    ['en', 'en'],
    ['pt-br', 'pt-BR'],
    ['ZH-hant-tw', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['sr_Latn', 'sr-Latn'],
    ['de-CH-1996', 'de-CH-1996'],
    ['zh-yue-HK', 'zh-yue-HK'],
    ['en-US-u-ca-gregory', 'en-US-u-ca-gregory'],
    ['x-Unds', 'x-unds'],
    ['fr-x-plain', 'fr-x-plain'],
    [' ar ', 'ar'],
  ])('takes %j as %j', async (raw, clean) => {
    expect(await setLanguage(raw)).toBe(clean);
  });

  it.each(['e', 'english!', 'English', 'latn', 'en--US', 'en-', '1en', 'en-US-u', 'toolonglanguage', 'en-a-', 'x', 'fr-x-waytoolongsubtag', 'en\u001b'])('refuses %j', async (bad) => {
    const refused = await setLanguage(bad).then(
      () => null,
      (thrown: unknown) => toCommandError(thrown),
    );
    expect(refused?.code).toBe('invalid');
  });
});
