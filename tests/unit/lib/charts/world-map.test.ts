import { describe, expect, it } from 'vitest';
import { worldMapLayout } from '../../../../src/lib/charts/world-map.ts';

const almaty = { id: '2022/almaty', lat: 43.2389, lon: 76.8897, label: 'Almaty, Kazakhstan', href: '/cities/almaty/', m49: '398' };

describe('worldMapLayout', () => {
  const layout = worldMapLayout([almaty], { width: 800 });

  it('fits the globe into the width with Equal Earth proportions', () => {
    expect(layout.width).toBe(800);
    // Equal Earth is about 2.05 times as wide as it is tall.
    expect(layout.width / layout.height).toBeGreaterThan(1.9);
    expect(layout.width / layout.height).toBeLessThan(2.2);
    expect(layout.sphere).toMatch(/^M/);
  });

  it('draws every country of the 110m atlas and shades the ones with a response', () => {
    expect(layout.countries.length).toBeGreaterThan(170);
    const kz = layout.countries.find((c) => c.id === '398');
    expect(kz?.name).toBe('Kazakhstan');
    expect(kz?.highlighted).toBe(true);
    expect(layout.countries.filter((c) => c.highlighted)).toHaveLength(1);
  });

  it('places a city east of centre and north of the equator, inside its country bounds', () => {
    const [p] = layout.points;
    expect(p?.x).toBeGreaterThan(layout.width / 2);
    expect(p?.y).toBeLessThan(layout.height / 2);
    expect(p?.href).toBe('/cities/almaty/');
    expect(p?.labelSide).toBe('right');
  });

  it('puts labels of points near the right edge on their left', () => {
    const wellington = { id: 'w', lat: -41.29, lon: 174.78, label: 'Wellington', href: '/cities/wellington/' };
    const [p] = worldMapLayout([wellington], { width: 800 }).points;
    expect(p?.labelSide).toBe('left');
  });

  it('rounds coordinates to keep the SVG small', () => {
    const coarse = worldMapLayout([], { width: 800, digits: 0 });
    expect(coarse.countries[0]?.d).not.toMatch(/\d\.\d/);
    expect(coarse.countries.reduce((s, c) => s + c.d.length, 0)).toBeLessThan(layout.countries.reduce((s, c) => s + c.d.length, 0));
  });

  it('rejects impossible coordinates rather than drawing them somewhere', () => {
    expect(() => worldMapLayout([{ ...almaty, lat: 143 }])).toThrow(/invalid coordinates/);
  });
});
