import { en, type Messages } from './en';

// Placeholder until the translation is written: English.
export const ar: Messages = en;
