// The map's controls: hover and click, drag to pan, wheel and +/- to zoom, and the arrow keys
// walking from dot to dot (Enter opens the paper under the keyboard cursor).
import { count, papers, state } from './context.js';
import { announce } from './dom.js';
import { canvas, dotRadius, drawMap, drawMarks, hideTooltip, isOnScreen, pointAt, screenX, screenY, setHovered, showTooltip, size, view } from './map.js';
import { openPaper } from './panel.js';

const MOVES: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const reach = Math.max(dotRadius + 4, 8);

/** A press on the map, until the button is released; `moved` once it travelled far enough to pan. */
let drag: { x: number; y: number; moved: boolean } | null = null;

export function setUpMapInput(): void {
  canvas.addEventListener('mousemove', onMapMove);
  canvas.addEventListener('mouseleave', () => {
    if (!drag) setHovered(-1);
  });
  canvas.addEventListener('mousedown', (event) => {
    drag = { x: event.offsetX, y: event.offsetY, moved: false };
  });
  window.addEventListener('mouseup', () => {
    if (drag) canvas.classList.remove('dragging');
    // The click that follows a drag must still see it, so it is forgotten one tick later.
    setTimeout(() => (drag = null), 0);
  });
  canvas.addEventListener('click', onMapClick);
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      zoomAt(event.offsetX, event.offsetY, Math.exp(-event.deltaY * 0.0015));
    },
    { passive: false },
  );
  canvas.addEventListener('keydown', onMapKey);
  canvas.addEventListener('focus', drawMarks);
  canvas.addEventListener('blur', () => {
    if (state.hovered < 0) hideTooltip();
    drawMarks();
  });
}

function onMapMove(event: MouseEvent): void {
  if (drag && event.buttons & 1) {
    const dx = event.offsetX - drag.x;
    const dy = event.offsetY - drag.y;
    if (!drag.moved && dx * dx + dy * dy < 16) return;
    drag.moved = true;
    canvas.classList.add('dragging');
    view.panX += dx;
    view.panY += dy;
    drag.x = event.offsetX;
    drag.y = event.offsetY;
    hideTooltip();
    drawMap();
    return;
  }
  setHovered(pointAt(event.offsetX, event.offsetY, reach));
}

function onMapClick(event: MouseEvent): void {
  if (drag?.moved) return;
  const i = pointAt(event.offsetX, event.offsetY, reach);
  if (i < 0) return;
  state.cursor = i;
  openPaper(i, canvas);
}

function zoomAt(x: number, y: number, factor: number): void {
  const zoom = Math.min(400, Math.max(0.5, view.zoom * factor));
  const applied = zoom / view.zoom;
  view.panX = x - (x - view.panX) * applied;
  view.panY = y - (y - view.panY) * applied;
  view.zoom = zoom;
  hideTooltip();
  state.hovered = -1;
  drawMap();
}

function onMapKey(event: KeyboardEvent): void {
  const move = MOVES[event.key];
  if (move) moveCursor(move[0], move[1]);
  else if ((event.key === 'Enter' || event.key === ' ') && state.cursor >= 0) openPaper(state.cursor, canvas);
  else if (event.key === '+' || event.key === '=') zoomAt(size.width / 2, size.height / 2, 1.4);
  else if (event.key === '-') zoomAt(size.width / 2, size.height / 2, 1 / 1.4);
  else if (event.key === '0') {
    Object.assign(view, { zoom: 1, panX: 0, panY: 0 });
    drawMap();
  } else return;
  event.preventDefault();
}

/** Moves the keyboard cursor to the nearest visible paper in a direction (dx, dy). */
function moveCursor(dx: number, dy: number): void {
  const from = state.cursor >= 0 && state.visible[state.cursor] ? state.cursor : -1;
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < count; i += 1) {
    if (!state.visible[i] || i === from) continue;
    let cost: number;
    if (from < 0) {
      cost = (screenX[i]! - size.width / 2) ** 2 + (screenY[i]! - size.height / 2) ** 2;
    } else {
      const vx = screenX[i]! - screenX[from]!;
      const vy = screenY[i]! - screenY[from]!;
      const along = vx * dx + vy * dy;
      if (along <= 0) continue;
      cost = along + 2 * Math.abs(vx * dy - vy * dx);
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  if (best < 0) return;
  state.cursor = best;
  if (!isOnScreen(best)) {
    view.panX += size.width / 2 - screenX[best]!;
    view.panY += size.height / 2 - screenY[best]!;
    drawMap();
  } else {
    drawMarks();
  }
  showTooltip(best);
  announce(papers[best]!.title);
}
