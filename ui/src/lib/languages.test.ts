import { describe, expect, it } from 'vitest';
import { LANGUAGES, exactLanguage, languageName, languageOption, searchLanguages } from './languages';
import { api } from './api';
import { installRealBackend } from '../test/real-backend';

const tags = (query: string) => searchLanguages(query).map((l) => l.tag);

describe('languages', () => {
  it('holds the UN languages and the major languages of Africa, Asia and Latin America, each with a tag core accepts', async () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(80);
    for (const tag of ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'sw', 'am', 'ha', 'yo', 'zu', 'hi', 'bn', 'ur', 'id', 'vi', 'qu', 'gn', 'pt-BR', 'ht']) {
      expect(LANGUAGES.some((l) => l.tag === tag), tag).toBe(true);
    }
    await installRealBackend();
    const { id } = await api.statements.create({ title: 'Every language' });
    for (const l of LANGUAGES) expect((await api.statements.update(id, { language: l.tag })).language, l.tag).toBe(l.tag);
    expect(new Set(LANGUAGES.map((l) => l.tag)).size).toBe(LANGUAGES.length);
  });

  it('finds a language by its English name, its own name, without accents, or its tag', () => {
    expect(tags('Spanish')[0]).toBe('es');
    expect(tags('Español')[0]).toBe('es');
    expect(tags('espanol')[0]).toBe('es');
    expect(tags('العربية')[0]).toBe('ar');
    expect(tags('Français')[0]).toBe('fr');
    expect(tags('kiswahili')[0]).toBe('sw');
    expect(tags('हिन्दी')[0]).toBe('hi');
    expect(tags('中文')[0]).toBe('zh');
    expect(tags('pt-br')[0]).toBe('pt-BR');
    expect(tags('Quechua')).toEqual(['qu']);
    expect(tags('xyzzy')).toEqual([]);
  });

  it('shows a language by its own name, its English name and its tag', () => {
    expect(languageOption(exactLanguage('es')!)).toBe('Español — Spanish (es)');
    expect(languageOption(exactLanguage('en')!)).toBe('English (en)');
  });

  it('reads a typed name as the one language it names, and nothing else', () => {
    expect(exactLanguage('spanish')?.tag).toBe('es');
    expect(exactLanguage('Español — Spanish (es)')?.tag).toBe('es');
    expect(exactLanguage('Spani')).toBeUndefined();
  });

  it('names a stored tag in words, known or not, and keeps an unreadable one as it is', () => {
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('ES')).toBe('Spanish');
    expect(languageName('cy-GB')).toBe('Welsh (United Kingdom)');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
