// What other features use from drafting.
export { default as StatementPage } from './StatementPage.svelte';
export { default as ImportButton } from './ImportButton.svelte';
export { flushAllAutosaves } from './autosave';
export type { StatementTab } from './tabs';
