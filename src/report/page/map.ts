// The map: one dot per paper on a canvas, coloured by topic, with each topic's name at its
// centre; the dot under the pointer found through a grid of screen cells; and the hover, cursor
// and selection rings on a second canvas above, so hovering stays instant at 20,000 papers.
import { pickTopicColour } from './colours.js';
import { count, data, latestNew, latestReposts, papers, shownCount, state } from './context.js';
import { findById } from './dom.js';

const GRID_CELL = 16;
/** Re-posts in the latest-digest view: seen before, so grey. */
const REPOST_GREY = '#9aa5b1';
const LABEL_FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_MAX_CHARS = 40;

export const canvas = findById<HTMLCanvasElement>('map');
const context = openContext(canvas);
const marks = findById<HTMLCanvasElement>('map-marks');
const marksContext = openContext(marks);
const tooltip = findById('tooltip');

/** Zoom and pan, applied after the unit square is fitted to the canvas. */
export const view = { zoom: 1, panX: 0, panY: 0 };
/** The canvas's size in CSS pixels. */
export const size = { width: 0, height: 0 };
/** Each paper's dot on screen, by ordinal, in canvas CSS pixels. */
export const screenX = new Float32Array(count);
export const screenY = new Float32Array(count);
export const dotRadius = count > 5000 ? 2 : count > 1000 ? 3 : count > 200 ? 4 : count > 30 ? 5.5 : 7;

let pixelRatio = 1;
let frame = { originX: 0, originY: 0, side: 1 };
let grid = { columns: 1, cells: new Map<number, number[]>() };
/** The topic names drawn last, for the page's test handle. */
let drawnLabels: string[] = [];

function openContext(target: HTMLCanvasElement): CanvasRenderingContext2D {
  const found = target.getContext('2d');
  if (!found) throw new Error('this browser cannot draw on a canvas');
  return found;
}

export function setUpMap(): void {
  canvas.setAttribute('aria-label', `Map of ${shownCount} papers, placed so that similar papers are close. Arrow keys move between papers, Enter opens one.`);
  const parent = canvas.parentElement;
  if (parent && window.ResizeObserver) new ResizeObserver(resizeMap).observe(parent);
  else window.addEventListener('resize', resizeMap);
  resizeMap();
  canvas.setAttribute('data-point-count', String(shownCount));
}

export function resizeMap(): void {
  const box = canvas.getBoundingClientRect();
  size.width = Math.max(1, box.width);
  size.height = Math.max(1, box.height);
  pixelRatio = window.devicePixelRatio || 1;
  canvas.width = marks.width = Math.round(size.width * pixelRatio);
  canvas.height = marks.height = Math.round(size.height * pixelRatio);
  // Every dot moves with the map's size, so a tooltip shown before would point at the wrong one.
  state.hovered = -1;
  hideTooltip();
  drawMap();
}

function layOutPoints(): void {
  // The bottom margin leaves room for the help line drawn over the map.
  const marginTop = 20;
  const marginBottom = 34;
  const side = Math.max(10, Math.min(size.width - 2 * marginTop, size.height - marginTop - marginBottom));
  frame = { originX: (size.width - side) / 2, originY: marginTop + (size.height - marginTop - marginBottom - side) / 2, side };
  grid = { columns: Math.ceil(size.width / GRID_CELL) + 1, cells: new Map() };
  papers.forEach((paper, i) => {
    const [x, y] = toScreen(paper.x, paper.y);
    screenX[i] = x;
    screenY[i] = y;
    if (!state.visible[i] || x < -GRID_CELL || y < -GRID_CELL || x > size.width + GRID_CELL || y > size.height + GRID_CELL) return;
    const key = Math.floor(y / GRID_CELL) * grid.columns + Math.floor(x / GRID_CELL);
    const cell = grid.cells.get(key);
    if (cell) cell.push(i);
    else grid.cells.set(key, [i]);
  });
}

/** A point of the unit square on screen, with the current zoom and pan. */
function toScreen(x: number, y: number): [number, number] {
  return [(frame.originX + x * frame.side) * view.zoom + view.panX, (frame.originY + y * frame.side) * view.zoom + view.panY];
}

/** The visible paper closest to (x, y) within reach pixels, or -1. */
export function pointAt(x: number, y: number, reach: number): number {
  let best = -1;
  let bestDistance = reach * reach;
  const fromColumn = Math.floor((x - reach) / GRID_CELL);
  const toColumn = Math.floor((x + reach) / GRID_CELL);
  for (let row = Math.floor((y - reach) / GRID_CELL); row <= Math.floor((y + reach) / GRID_CELL); row += 1) {
    for (let column = fromColumn; column <= toColumn; column += 1) {
      if (column < 0 || column >= grid.columns) continue;
      for (const i of grid.cells.get(row * grid.columns + column) ?? []) {
        const distance = (screenX[i]! - x) ** 2 + (screenY[i]! - y) ** 2;
        if (distance <= bestDistance) {
          bestDistance = distance;
          best = i;
        }
      }
    }
  }
  return best;
}

/** Whether a topic is inside the legend's highlight (every topic is when nothing is highlighted). */
function isTopicHighlighted(topic: number | null): boolean {
  const { highlight } = state;
  if (highlight === null) return true;
  if (topic === null) return false;
  return highlight.level === 'topic' ? topic === highlight.index : data.topics[topic]?.area === highlight.index;
}

function isEmphasised(i: number): boolean {
  if (state.results && !state.results.has(i)) return false;
  if (state.latest && !latestNew.has(i)) return false;
  return isTopicHighlighted(papers[i]!.topic);
}

export function drawMap(): void {
  layOutPoints();
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  const narrowed = state.results !== null || state.highlight !== null || state.latest;
  const faint = new Map<string, number[]>();
  const strong = new Map<string, number[]>();
  const reposts: number[] = [];
  papers.forEach((paper, i) => {
    if (!state.visible[i]) return;
    if (state.latest && latestReposts.has(i)) {
      reposts.push(i);
      return;
    }
    const buckets = !narrowed || isEmphasised(i) ? strong : faint;
    const colour = pickTopicColour(paper.topic);
    const bucket = buckets.get(colour);
    if (bucket) bucket.push(i);
    else buckets.set(colour, [i]);
  });
  drawBuckets(faint, 0.16, dotRadius);
  drawBuckets(new Map([[REPOST_GREY, reposts]]), 0.8, dotRadius);
  drawBuckets(strong, narrowed ? 1 : 0.85, state.results || state.latest ? dotRadius + 1.5 : dotRadius);
  drawTopicLabels();
  canvas.setAttribute('data-visible-count', String(state.visibleCount));
  canvas.setAttribute('data-latest-shown', state.latest ? `${strong.size === 0 ? 0 : [...strong.values()].reduce((sum, bucket) => sum + bucket.length, 0)} new, ${reposts.length} re-posts` : 'no');
  drawMarks();
}

/**
 * Each topic's name at its centre, largest topics first; a name that would overlap one already
 * drawn waits until zooming in makes room. Names outside the highlight are drawn faint.
 */
function drawTopicLabels(): void {
  drawnLabels = [];
  context.font = LABEL_FONT;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  const placed: { left: number; top: number; right: number; bottom: number }[] = [];
  const order = data.topics.map((_, index) => index).sort((a, b) => data.topics[b]!.size - data.topics[a]!.size || a - b);
  for (const index of order) {
    const topic = data.topics[index]!;
    const text = shortenLabel(topic.label);
    const [x, y] = toScreen(topic.x, topic.y);
    const halfWidth = context.measureText(text).width / 2 + 3;
    const box = { left: x - halfWidth, top: y - 9, right: x + halfWidth, bottom: y + 9 };
    if (box.left < 0 || box.top < 0 || box.right > size.width || box.bottom > size.height - 24) continue;
    if (placed.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom)) continue;
    placed.push(box);
    drawnLabels.push(topic.label);
    context.globalAlpha = isTopicHighlighted(index) ? 1 : 0.3;
    context.lineWidth = 4;
    context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    context.strokeText(text, x, y);
    context.fillStyle = '#1f2933';
    context.fillText(text, x, y);
  }
  context.globalAlpha = 1;
}

/** A label of at most LABEL_MAX_CHARS: whole " · "-separated phrases while they fit, else cut with "…". */
function shortenLabel(label: string): string {
  if (label.length <= LABEL_MAX_CHARS) return label;
  const phrases = label.split(' · ');
  let kept = phrases[0]!;
  for (const phrase of phrases.slice(1)) {
    if (kept.length + 3 + phrase.length > LABEL_MAX_CHARS) break;
    kept = `${kept} · ${phrase}`;
  }
  return kept.length <= LABEL_MAX_CHARS ? kept : `${kept.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`;
}

/** Rings for search results, the hovered dot, the keyboard cursor and the open paper. */
export function drawMarks(): void {
  marksContext.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  marksContext.clearRect(0, 0, size.width, size.height);
  state.results?.forEach((_rank, i) => {
    if (state.visible[i]) ring(i, '#111827', 1.5, dotRadius + 2.5);
  });
  if (state.latest) {
    for (const i of latestNew) if (state.visible[i]) ring(i, '#047857', 2, dotRadius + 3);
  }
  if (state.hovered >= 0) ring(state.hovered, '#111827', 2, dotRadius + 3);
  if (state.cursor >= 0 && document.activeElement === canvas) ring(state.cursor, '#1d4ed8', 3, dotRadius + 5);
  if (state.selected >= 0) ring(state.selected, '#dc2626', 3, dotRadius + 4);
}

function drawBuckets(buckets: Map<string, number[]>, alpha: number, radius: number): void {
  context.globalAlpha = alpha;
  buckets.forEach((ordinals, colour) => {
    context.fillStyle = colour;
    context.beginPath();
    for (const i of ordinals) {
      context.moveTo(screenX[i]! + radius, screenY[i]!);
      context.arc(screenX[i]!, screenY[i]!, radius, 0, 2 * Math.PI);
    }
    context.fill();
  });
  context.globalAlpha = 1;
}

function ring(i: number, colour: string, width: number, radius: number): void {
  marksContext.strokeStyle = colour;
  marksContext.lineWidth = width;
  marksContext.beginPath();
  marksContext.arc(screenX[i]!, screenY[i]!, radius, 0, 2 * Math.PI);
  marksContext.stroke();
}

export function setHovered(i: number): void {
  if (i === state.hovered) return;
  state.hovered = i;
  if (i >= 0) showTooltip(i);
  else if (state.cursor >= 0 && document.activeElement === canvas) showTooltip(state.cursor);
  else hideTooltip();
  drawMarks();
}

export function showTooltip(i: number): void {
  tooltip.textContent = papers[i]!.title;
  tooltip.hidden = false;
  const x = screenX[i]!;
  const y = screenY[i]!;
  const left = Math.min(x + 12, size.width - tooltip.offsetWidth - 4);
  const top = y + 14 + tooltip.offsetHeight > size.height ? y - 14 - tooltip.offsetHeight : y + 14;
  tooltip.style.left = `${Math.max(4, left)}px`;
  tooltip.style.top = `${Math.max(4, top)}px`;
}

export function hideTooltip(): void {
  tooltip.hidden = true;
}

export function isOnScreen(ordinal: number): boolean {
  const x = screenX[ordinal]!;
  const y = screenY[ordinal]!;
  return x >= 0 && y >= 0 && x <= size.width && y <= size.height;
}

/** Page coordinates of a paper's dot (null when it is filtered out or off the map). */
export function locateDot(ordinal: number): { x: number; y: number } | null {
  if (!state.visible[ordinal] || !isOnScreen(ordinal)) return null;
  const box = canvas.getBoundingClientRect();
  return { x: box.left + screenX[ordinal]!, y: box.top + screenY[ordinal]! };
}

/** The topic names the last drawing put on the map, largest topic first. */
export function listDrawnLabels(): string[] {
  return [...drawnLabels];
}
