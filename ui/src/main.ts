import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { api } from './lib/api';
import { knowChosenLanguage, knowSystemLanguages, useLanguage } from './lib/messages';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The window speaks the language chosen in Settings, else the system's,
// decided before anything is drawn: every component takes its words once.
async function start() {
  const { chosen, system } = await api.languages().catch(() => ({ chosen: null, system: [] as string[] }));
  const fromSystem = knowSystemLanguages([...system, ...(navigator.languages ?? [])]);
  useLanguage(knowChosenLanguage(chosen) ?? fromSystem);
  return mount(App, { target: target! });
}

export default start();
