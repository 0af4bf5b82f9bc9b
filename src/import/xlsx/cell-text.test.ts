import { describe, expect, it } from 'vitest';
import { cellText, isDateFormat } from './cell-text.js';

describe('isDateFormat', () => {
  it('tells date formats from number and time formats', () => {
    expect(isDateFormat('yyyy\\-mm\\-dd')).toBe(true);
    expect(isDateFormat('[$-fr-CA]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('#,##0.00 "$"')).toBe(false);
    expect(isDateFormat('hh:mm')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});

describe('cellText', () => {
  it('shows each kind of cell value as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(45365, 'dd/mm/yyyy')).toBe('2024-03-14');
    expect(cellText(true)).toBe('true');
    expect(cellText({ richText: [{ text: 'Amé' }, { text: 'lie' }] })).toBe('Amélie');
    expect(cellText({ formula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ text: 'a@b.ca', hyperlink: 'mailto:a@b.ca' })).toBe('a@b.ca');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});
