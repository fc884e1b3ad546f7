import { describe, expect, it } from 'vitest';
import { barChart, stackedBar, trendChart } from '../../src/lib/charts';

describe('bar chart geometry', () => {
  const chart = barChart(
    [
      { label: '2013-2014', value: 5 },
      { label: '2014-2015' },
      { label: '2015-2016', value: 10 },
    ],
    { target: 2 },
  );

  it('draws bars from the baseline, as tall as their value', () => {
    const [first, , third] = chart.bars;
    expect(first!.y + first!.height).toBeCloseTo(chart.baselineY);
    expect(third!.height).toBeCloseTo(first!.height * 2);
    expect(third!.centerX).toBeGreaterThan(first!.centerX);
  });

  it('gives a missing value no bar at all', () => {
    expect(chart.bars[1]).toMatchObject({ value: undefined, height: 0 });
  });

  it('puts the target line at its value and lists whole-number ticks', () => {
    const scale = chart.bars[0]!.height / 5;
    expect(chart.baselineY - chart.target!.y).toBeCloseTo(2 * scale);
    expect(chart.ticks.map((tick) => tick.value)).toContain(0);
    expect(chart.ticks.every((tick) => Number.isInteger(tick.value))).toBe(true);
  });

  it('still has a scale when every value is zero or missing', () => {
    const empty = barChart([{ label: 'a', value: 0 }, { label: 'b' }]);
    expect(empty.ticks.length).toBeGreaterThan(1);
    expect(empty.bars[0]!.height).toBe(0);
  });
});

describe('trend chart geometry', () => {
  it('breaks the line at a missing value instead of dropping it to zero', () => {
    const chart = trendChart([
      { label: 'a', value: 1 },
      { label: 'b', value: 2 },
      { label: 'c' },
      { label: 'd', value: 3 },
      { label: 'e', value: 4 },
    ]);
    expect(chart.path.match(/M/g)).toHaveLength(2);
    expect(chart.points[2]).toMatchObject({ value: undefined, y: chart.baselineY });
    expect(chart.points[4]!.y).toBeLessThan(chart.points[0]!.y);
  });
});

describe('stacked bar geometry', () => {
  it('splits the width in proportion to each part', () => {
    const chart = stackedBar([
      { key: 'femmes', value: 6 },
      { key: 'hommes', value: 3 },
      { key: 'autres', value: 0 },
    ], { width: 90 });
    expect(chart.total).toBe(9);
    expect(chart.segments.map((segment) => [segment.x, segment.width])).toEqual([
      [0, 60],
      [60, 30],
      [90, 0],
    ]);
  });
});
