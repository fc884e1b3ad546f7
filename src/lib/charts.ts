/**
 * Geometry of the bilan's charts, computed at build time with d3-scale and d3-shape so that pages ship
 * plain SVG and no JavaScript. The components only draw what these functions return, so the tests check
 * the numbers here. A missing value gets no bar and no point (never a zero-height bar): the component
 * writes « donnée manquante » at its place.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface Datum {
  label: string;
  value?: number;
}

export interface Box {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface Tick {
  value: number;
  y: number;
}

export interface Bar {
  label: string;
  value?: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the column, for its label and the « donnée manquante » mark. */
  centerX: number;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  baselineY: number;
  plotLeft: number;
  plotRight: number;
  bars: Bar[];
  ticks: Tick[];
  /** Horizontal line at a numeric target, when there is one. */
  target?: Tick;
}

const DEFAULT_BOX: Box = { width: 400, height: 220, margin: { top: 24, right: 16, bottom: 32, left: 36 } };

/** The top of the value axis: the largest value or target, never 0 so that an all-zero chart still has a scale. */
function domainMax(data: readonly Datum[], target?: number): number {
  const values = data.map((datum) => datum.value ?? 0);
  return Math.max(1, target ?? 0, ...values);
}

/** One band per year across, counts from 0 upwards, inside the box's margins. */
function scales(data: readonly Datum[], { width, height, margin }: Box, padding: number, target?: number) {
  const x = scaleBand<string>()
    .domain(data.map((datum) => datum.label))
    .range([margin.left, width - margin.right])
    .padding(padding);
  const y = scaleLinear()
    .domain([0, domainMax(data, target)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  return { x, y };
}

export function barChart(data: readonly Datum[], options: { target?: number; box?: Box } = {}): BarChartGeometry {
  const box = options.box ?? DEFAULT_BOX;
  const { width, height, margin } = box;
  const { x, y } = scales(data, box, 0.3, options.target);
  const baselineY = y(0);
  const bars = data.map((datum): Bar => {
    const left = x(datum.label) ?? margin.left;
    const top = datum.value === undefined ? baselineY : y(datum.value);
    return {
      label: datum.label,
      value: datum.value,
      x: left,
      y: top,
      width: x.bandwidth(),
      height: baselineY - top,
      centerX: left + x.bandwidth() / 2,
    };
  });
  return {
    width,
    height,
    baselineY,
    plotLeft: margin.left,
    plotRight: width - margin.right,
    bars,
    ticks: y.ticks(3).filter(Number.isInteger).map((value) => ({ value, y: y(value) })),
    target: options.target === undefined ? undefined : { value: options.target, y: y(options.target) },
  };
}

export interface TrendPoint {
  label: string;
  value?: number;
  x: number;
  /** Vertical position; for a missing value, the baseline (where the « donnée manquante » mark goes). */
  y: number;
}

export interface TrendChartGeometry {
  width: number;
  height: number;
  baselineY: number;
  plotLeft: number;
  plotRight: number;
  /** SVG path of the line; a missing value breaks it rather than dropping it to zero. */
  path: string;
  points: TrendPoint[];
  ticks: Tick[];
}

const TREND_BOX: Box = { width: 320, height: 150, margin: { top: 24, right: 24, bottom: 30, left: 36 } };

export function trendChart(data: readonly Datum[], options: { box?: Box } = {}): TrendChartGeometry {
  const box = options.box ?? TREND_BOX;
  const { width, height, margin } = box;
  const { x, y } = scales(data, box, 0.5);
  const points = data.map(
    (datum): TrendPoint => ({
      label: datum.label,
      value: datum.value,
      x: (x(datum.label) ?? margin.left) + x.bandwidth() / 2,
      y: datum.value === undefined ? y(0) : y(datum.value),
    }),
  );
  const path =
    line<TrendPoint>()
      .defined((point) => point.value !== undefined)
      .x((point) => point.x)
      .y((point) => point.y)(points) ?? '';
  return {
    width,
    height,
    baselineY: y(0),
    plotLeft: margin.left,
    plotRight: width - margin.right,
    path,
    points,
    ticks: y.ticks(3).filter(Number.isInteger).map((value) => ({ value, y: y(value) })),
  };
}

export interface Segment {
  key: string;
  value: number;
  x: number;
  width: number;
}

export interface StackedBarGeometry {
  width: number;
  height: number;
  total: number;
  segments: Segment[];
}

/**
 * One horizontal bar split into parts (women, men, other), each as wide as its share of the total. A part
 * that is unknown has no segment; given `options.total` (the whole count), its share stays blank instead
 * of being spread over the known parts.
 */
export function stackedBar(parts: readonly { key: string; value: number }[], options: { width?: number; height?: number; total?: number } = {}): StackedBarGeometry {
  const width = options.width ?? 480;
  const height = options.height ?? 40;
  const total = Math.max(options.total ?? 0, parts.reduce((sum, part) => sum + part.value, 0));
  const x = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([0, width]);
  let offset = 0;
  const segments = parts.map((part) => {
    const segment = { key: part.key, value: part.value, x: x(offset), width: x(offset + part.value) - x(offset) };
    offset += part.value;
    return segment;
  });
  return { width, height, total, segments };
}
