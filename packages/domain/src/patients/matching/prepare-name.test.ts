import { describe, expect, it } from 'vitest';
import { isPlaceholderName, prepareName } from './prepare-name';

describe('prepareName', () => {
  it('treats placeholder names typed before the real name is known as missing', () => {
    expect(isPlaceholderName('Bébé')).toBe(true);
    expect(isPlaceholderName(' BABY ')).toBe(true);
    expect(isPlaceholderName('Inconnu')).toBe(true);
    expect(prepareName('Bébé')).toBeUndefined();
    expect(prepareName('XX')).toBeUndefined();
  });

  it('keeps real names, including those that contain a placeholder word', () => {
    expect(isPlaceholderName('Bebe Rexha')).toBe(false);
    expect(prepareName('Nisrine')?.compact).toBe('nisrine');
  });
});
