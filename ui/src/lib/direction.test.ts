import { afterEach, describe, expect, it } from 'vitest';
import { inlineStep, isRtl } from './direction';

describe('direction', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('dir');
  });

  function row(html = '<div id="row"></div>') {
    document.body.innerHTML = html;
    return document.getElementById('row') as HTMLElement;
  }

  it('follows the document left to right, and when it says nothing', () => {
    expect(isRtl(row())).toBe(false);
    document.documentElement.dir = 'ltr';
    expect(isRtl(row())).toBe(false);
    expect(inlineStep('ArrowRight', row())).toBe(1);
    expect(inlineStep('ArrowLeft', row())).toBe(-1);
  });

  it('turns the arrow keys round in a right-to-left document', () => {
    document.documentElement.dir = 'rtl';
    expect(isRtl(row())).toBe(true);
    expect(inlineStep('ArrowLeft', row())).toBe(1);
    expect(inlineStep('ArrowRight', row())).toBe(-1);
  });

  it('takes the nearest explicit direction, passing over dir=auto', () => {
    document.documentElement.dir = 'rtl';
    expect(isRtl(row('<div dir="ltr"><div id="row"></div></div>'))).toBe(false);
    expect(isRtl(row('<div dir="auto"><div id="row"></div></div>'))).toBe(true);
  });

  it('leaves other keys alone', () => {
    expect(inlineStep('ArrowDown', row())).toBe(0);
    expect(inlineStep('Home', row())).toBe(0);
  });
});
