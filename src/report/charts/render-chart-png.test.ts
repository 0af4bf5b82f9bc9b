import { describe, expect, it } from 'vitest';
import type { ChartSpec } from './chart-spec.js';
import { chartFonts, renderChartPng, setSvgFontFamily } from './render-chart-png.js';

const levels: ChartSpec = {
  kind: 'levels',
  lang: 'fr',
  valueName: 'Membres',
  bars: [
    { level: 'core', label: 'Noyau', value: 2 },
    { level: 'inactive', label: 'Inactif', value: 7 },
  ],
};

describe('renderChartPng', () => {
  it('renders a non-empty PNG at the requested scale', () => {
    const png = renderChartPng(levels, { idPrefix: 'l', scale: 2 });
    expect(Buffer.from(png.data.subarray(1, 4)).toString('latin1')).toBe('PNG');
    expect(png.data.length).toBeGreaterThan(5000);
    expect({ width: png.width, height: png.height }).toEqual({ width: 760, height: 280 });
    expect(Buffer.from(png.data).readUInt32BE(16)).toBe(1520);
  });

  it('renders the same spec to the same bytes', () => {
    const first = renderChartPng(levels, { idPrefix: 'l' });
    const second = renderChartPng(levels, { idPrefix: 'l' });
    expect(Buffer.from(first.data).equals(Buffer.from(second.data))).toBe(true);
  });

  it('uses fixed font files when the machine has them', () => {
    const fonts = chartFonts();
    if (fonts) expect(fonts.files.length).toBeGreaterThan(0);
    expect(
      setSvgFontFamily('<text style="font-size:12px;font-family:Arial, sans-serif;">', 'X'),
    ).toBe(`<text style="font-size:12px;font-family:'X';">`);
  });
});
