import { describe, expect, it } from 'vitest';
import { chartOption } from './chart-option.js';
import type { ChartSpec, NetworkChartSpec } from './chart-spec.js';
import { networkLayout } from './network-chart.js';
import { renderChartSvg } from './render-chart-svg.js';

const timeline: ChartSpec = {
  kind: 'timeline',
  lang: 'fr',
  labels: ['janv. 24', 'févr. 24', 'mars 24'],
  active: { name: 'Membres actifs', values: [4, 6, 5] },
  messages: { name: 'Messages', values: [1200, 1500, 900] },
};

const levels: ChartSpec = {
  kind: 'levels',
  lang: 'en',
  valueName: 'Members',
  bars: [
    { level: 'core', label: 'Core', value: 2 },
    { level: 'inactive', label: 'Inactive', value: 7 },
  ],
};

const network: NetworkChartSpec = {
  kind: 'network',
  lang: 'fr',
  groups: [
    { id: 3, label: 'Sous-groupe 1 (3)' },
    { id: 1, label: 'Sous-groupe 2 (2)' },
  ],
  nodes: [
    { id: 1, name: '<script>alert(1)</script>', group: 3, weight: 9, labelled: true },
    { id: 2, name: 'Bea', group: 3, weight: 4, labelled: false },
    { id: 3, name: 'Carl', group: 3, weight: 1, labelled: false },
    { id: 4, name: 'Dana', group: 1, weight: 5, labelled: true },
    { id: 5, name: 'Eli', group: 1, weight: 2, labelled: false },
  ],
};

describe('renderChartSvg', () => {
  it.each([timeline, levels, network])('renders the same $kind chart to the same SVG', (spec) => {
    const first = renderChartSvg(spec, { idPrefix: 'a', alt: 'Alt' });
    const second = renderChartSvg(spec, { idPrefix: 'a', alt: 'Alt' });
    expect(first.startsWith('<svg ')).toBe(true);
    expect(second).toBe(first);
    expect(first).not.toMatch(/\bzr\d+-/);
  });

  it('carries the alternative text as role, aria-label and title, escaped', () => {
    const svg = renderChartSvg(levels, { idPrefix: 'x', alt: 'Bars "a" & <b>' });
    expect(svg).toMatch(/^<svg role="img" aria-label="Bars &quot;a&quot; &amp; &lt;b&gt;" /);
    expect(svg).toContain('<title>Bars &quot;a&quot; &amp; &lt;b&gt;</title>');
  });

  it('escapes member names drawn on the map', () => {
    const svg = renderChartSvg(network, { idPrefix: 'n' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('formats French axis labels with a no-break space', () => {
    expect(renderChartSvg(timeline, { idPrefix: 't' })).toContain('1\u00a0500');
  });
});

describe('chartOption', () => {
  it('uses a fixed layout and no animation for the network', () => {
    const option = chartOption(network);
    expect(option.animation).toBe(false);
    expect(JSON.stringify(option.series)).toContain('"layout":"none"');
  });

  it('places each sub-group around its own centre, deterministically', () => {
    const layout = networkLayout(network);
    expect(networkLayout(network)).toEqual(layout);
    expect(layout.map((n) => n.id).sort()).toEqual([1, 2, 3, 4, 5]);
    const first = layout.filter((n) => n.id <= 3);
    const second = layout.filter((n) => n.id >= 4);
    const maxY = Math.max(...first.map((n) => n.y));
    expect(Math.min(...second.map((n) => n.y))).toBeGreaterThan(maxY);
  });
});
