// The page script's map controls: hover and click, drag to pan, wheel and +/- to zoom, and the
// arrow keys walking from dot to dot (Enter opens the paper under the keyboard cursor).

export const MAP_INPUT_SCRIPT = String.raw`
function onMapMove(event) {
  if (drag && (event.buttons & 1)) {
    var dx = event.offsetX - drag.x, dy = event.offsetY - drag.y;
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
  setHovered(pointAt(event.offsetX, event.offsetY, Math.max(dotRadius + 4, 8)));
}

function onMapClick(event) {
  if (drag && drag.moved) return;
  var i = pointAt(event.offsetX, event.offsetY, Math.max(dotRadius + 4, 8));
  if (i < 0) return;
  state.cursor = i;
  openPaper(i, canvas);
}

function zoomAt(x, y, factor) {
  var zoom = Math.min(400, Math.max(0.5, view.zoom * factor));
  var applied = zoom / view.zoom;
  view.panX = x - (x - view.panX) * applied;
  view.panY = y - (y - view.panY) * applied;
  view.zoom = zoom;
  hideTooltip();
  state.hovered = -1;
  drawMap();
}

function onMapKey(event) {
  var moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  if (moves[event.key]) { moveCursor(moves[event.key][0], moves[event.key][1]); }
  else if ((event.key === 'Enter' || event.key === ' ') && state.cursor >= 0) { openPaper(state.cursor, canvas); }
  else if (event.key === '+' || event.key === '=') { zoomAt(mapWidth / 2, mapHeight / 2, 1.4); }
  else if (event.key === '-') { zoomAt(mapWidth / 2, mapHeight / 2, 1 / 1.4); }
  else if (event.key === '0') { view = { zoom: 1, panX: 0, panY: 0 }; drawMap(); }
  else return;
  event.preventDefault();
}

/** Moves the keyboard cursor to the nearest visible paper in a direction (dx, dy). */
function moveCursor(dx, dy) {
  var from = state.cursor >= 0 && state.visible[state.cursor] ? state.cursor : -1;
  var best = -1, bestCost = Infinity;
  for (var i = 0; i < count; i++) {
    if (!state.visible[i] || i === from) continue;
    var cost;
    if (from < 0) {
      var cx = screenX[i] - mapWidth / 2, cy = screenY[i] - mapHeight / 2;
      cost = cx * cx + cy * cy;
    } else {
      var vx = screenX[i] - screenX[from], vy = screenY[i] - screenY[from];
      var along = vx * dx + vy * dy;
      if (along <= 0) continue;
      cost = along + 2 * Math.abs(vx * dy - vy * dx);
    }
    if (cost < bestCost) { bestCost = cost; best = i; }
  }
  if (best < 0) return;
  state.cursor = best;
  if (screenX[best] < 0 || screenY[best] < 0 || screenX[best] > mapWidth || screenY[best] > mapHeight) {
    view.panX += mapWidth / 2 - screenX[best];
    view.panY += mapHeight / 2 - screenY[best];
    drawMap();
  } else {
    drawMarks();
  }
  showTooltip(best);
  announce(papers[best].title);
}
`;
