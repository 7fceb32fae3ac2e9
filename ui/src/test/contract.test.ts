// The shared contract (contract/statements.json) run against the fake
// backend through `api`, as src-tauri/tests/contract.rs runs it against the
// real commands: if the fake's rules drift from core's, this fails.

import { describe, expect, it } from 'vitest';
import { invoke } from '@tauri-apps/api/core';
import contract from '../../../contract/statements.json';
import { toCommandError } from '../lib/api';
import { installFakeBackend } from './fake-backend';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `<300 × 🌍>` stands for 300 globes; `$a` for the id saved as `a`. */
function expand(value: Json, saved: Map<string, string>): Json {
  if (typeof value === 'string') {
    if (value.startsWith('$')) return saved.get(value.slice(1)) ?? `unsaved ${value}`;
    const m = /^<(\d+) × (.+)>$/u.exec(value);
    return m ? m[2].repeat(Number(m[1])) : value;
  }
  if (Array.isArray(value)) return value.map((v) => expand(v, saved));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, saved)]));
  }
  return value;
}

interface Step {
  call: string;
  args: Json;
  save?: string;
  expect: { ok?: Record<string, Json>; error?: string; titles?: string[]; noKey?: string };
}

describe('the fake backend keeps the shared contract', () => {
  for (const testCase of contract.cases as { name: string; steps: Step[] }[]) {
    it(testCase.name, async () => {
      installFakeBackend();
      const saved = new Map<string, string>();
      for (const [i, step] of testCase.steps.entries()) {
        const where = `${testCase.name}, step ${i}`;
        let answer: unknown;
        try {
          answer = await invoke(step.call, expand(step.args, saved) as Record<string, unknown>);
        } catch (thrown) {
          const error = toCommandError(thrown);
          expect(step.expect.error, `${where}: ${step.call} failed: ${error.message}`).toBe(error.code);
          expect(error.message).not.toBe('');
          continue;
        }
        expect(step.expect.error, `${where}: ${step.call} should have failed`).toBeUndefined();
        const got = answer as Record<string, unknown>;
        for (const [key, want] of Object.entries(step.expect.ok ?? {})) {
          if (want === '<set>') expect(got[key], `${where}: ${key}`).not.toBeNull();
          else expect(got[key], `${where}: ${key}`).toEqual(want);
        }
        if (step.expect.titles) {
          expect((answer as { title: string }[]).map((s) => s.title), where).toEqual(step.expect.titles);
        }
        if (step.expect.noKey) {
          for (const item of answer as Record<string, unknown>[]) expect(item, where).not.toHaveProperty(step.expect.noKey);
        }
        if (step.save) saved.set(step.save, got.id as string);
      }
    });
  }
});
