/** Where values land in a chart's drawing box: plain arithmetic, kept apart from the drawing. */

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A linear scale from [from, to] onto [start, end]. */
export function scale(from: number, to: number, start: number, end: number): (value: number) => number {
  const span = to - from || 1;
  return (value) => start + ((value - from) / span) * (end - start);
}

/** An SVG path through the points, lifting the pen over gaps (null values). */
export function linePath(points: readonly { x: number; y: number | null }[]): string {
  let path = '';
  let isDrawing = false;
  for (const { x, y } of points) {
    if (y === null) {
      isDrawing = false;
      continue;
    }
    path += `${isDrawing ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    isDrawing = true;
  }
  return path;
}
