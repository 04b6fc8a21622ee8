// The page script's map: draws one dot per paper on a canvas, coloured by theme; finds the dot
// under the pointer through a grid of screen cells, and draws the hover, cursor and selection
// rings on a second canvas above, so hovering stays instant at 20,000 papers.

export const MAP_SCRIPT = String.raw`
var canvas, context, marks, marksContext, tooltip;
var pixelRatio = 1, mapWidth = 0, mapHeight = 0;
var view = { zoom: 1, panX: 0, panY: 0 };
var screenX = new Float32Array(count), screenY = new Float32Array(count);
var GRID_CELL = 16;
var grid = { columns: 1, cells: new Map() };
var dotRadius = count > 5000 ? 2 : count > 1000 ? 3 : count > 200 ? 4 : count > 30 ? 5.5 : 7;
var drag = null;

function setUpMap() {
  canvas = byId('map');
  context = canvas.getContext('2d');
  marks = byId('map-marks');
  marksContext = marks.getContext('2d');
  tooltip = byId('tooltip');
  canvas.setAttribute('aria-label', 'Map of ' + count + ' papers, placed so that similar papers are close. Arrow keys move between papers, Enter opens one.');
  if (window.ResizeObserver) new ResizeObserver(resizeMap).observe(canvas.parentElement);
  else window.addEventListener('resize', resizeMap);
  canvas.addEventListener('mousemove', onMapMove);
  canvas.addEventListener('mouseleave', function () { if (!drag) setHovered(-1); });
  canvas.addEventListener('mousedown', function (event) { drag = { x: event.offsetX, y: event.offsetY, moved: false }; });
  window.addEventListener('mouseup', function () { if (drag) canvas.classList.remove('dragging'); setTimeout(function () { drag = null; }, 0); });
  canvas.addEventListener('click', onMapClick);
  canvas.addEventListener('wheel', function (event) {
    event.preventDefault();
    zoomAt(event.offsetX, event.offsetY, Math.exp(-event.deltaY * 0.0015));
  }, { passive: false });
  canvas.addEventListener('keydown', onMapKey);
  canvas.addEventListener('focus', drawMarks);
  canvas.addEventListener('blur', function () { if (state.hovered < 0) hideTooltip(); drawMarks(); });
  resizeMap();
  canvas.setAttribute('data-point-count', String(count));
}

function resizeMap() {
  var box = canvas.getBoundingClientRect();
  mapWidth = Math.max(1, box.width);
  mapHeight = Math.max(1, box.height);
  pixelRatio = window.devicePixelRatio || 1;
  canvas.width = marks.width = Math.round(mapWidth * pixelRatio);
  canvas.height = marks.height = Math.round(mapHeight * pixelRatio);
  // Every dot moves with the map's size, so a tooltip shown before would point at the wrong one.
  state.hovered = -1;
  hideTooltip();
  drawMap();
}

function layOutPoints() {
  // The bottom margin leaves room for the help line drawn over the map.
  var marginTop = 20, marginBottom = 34;
  var side = Math.max(10, Math.min(mapWidth - 2 * marginTop, mapHeight - marginTop - marginBottom));
  var originX = (mapWidth - side) / 2, originY = marginTop + (mapHeight - marginTop - marginBottom - side) / 2;
  grid = { columns: Math.ceil(mapWidth / GRID_CELL) + 1, cells: new Map() };
  for (var i = 0; i < count; i++) {
    var x = (originX + papers[i].x * side) * view.zoom + view.panX;
    var y = (originY + papers[i].y * side) * view.zoom + view.panY;
    screenX[i] = x;
    screenY[i] = y;
    if (!state.visible[i] || x < -GRID_CELL || y < -GRID_CELL || x > mapWidth + GRID_CELL || y > mapHeight + GRID_CELL) continue;
    var key = Math.floor(y / GRID_CELL) * grid.columns + Math.floor(x / GRID_CELL);
    var cell = grid.cells.get(key);
    if (cell) cell.push(i); else grid.cells.set(key, [i]);
  }
}

/** The visible paper closest to (x, y) within reach pixels, or -1. */
function pointAt(x, y, reach) {
  var best = -1, bestDistance = reach * reach;
  var fromColumn = Math.floor((x - reach) / GRID_CELL), toColumn = Math.floor((x + reach) / GRID_CELL);
  var fromRow = Math.floor((y - reach) / GRID_CELL), toRow = Math.floor((y + reach) / GRID_CELL);
  for (var row = fromRow; row <= toRow; row++) {
    for (var column = fromColumn; column <= toColumn; column++) {
      if (column < 0 || column >= grid.columns) continue;
      var cell = grid.cells.get(row * grid.columns + column);
      if (!cell) continue;
      for (var k = 0; k < cell.length; k++) {
        var i = cell[k], dx = screenX[i] - x, dy = screenY[i] - y, distance = dx * dx + dy * dy;
        if (distance <= bestDistance) { bestDistance = distance; best = i; }
      }
    }
  }
  return best;
}

function isEmphasised(i) {
  if (state.results && !state.results.has(i)) return false;
  if (state.theme !== null && papers[i].theme !== state.theme) return false;
  return true;
}

function drawMap() {
  if (!context) return;
  layOutPoints();
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, mapWidth, mapHeight);
  var narrowed = state.results !== null || state.theme !== null;
  var faint = new Map(), strong = new Map();
  for (var i = 0; i < count; i++) {
    if (!state.visible[i]) continue;
    var buckets = !narrowed || isEmphasised(i) ? strong : faint;
    var colour = themeColour(papers[i].theme);
    var bucket = buckets.get(colour);
    if (bucket) bucket.push(i); else buckets.set(colour, [i]);
  }
  drawBuckets(faint, 0.16, dotRadius);
  drawBuckets(strong, narrowed ? 1 : 0.85, state.results ? dotRadius + 1.5 : dotRadius);
  canvas.setAttribute('data-visible-count', String(state.visibleCount));
  drawMarks();
}

/** Rings for search results, the hovered dot, the keyboard cursor and the open paper. */
function drawMarks() {
  marksContext.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  marksContext.clearRect(0, 0, mapWidth, mapHeight);
  if (state.results) state.results.forEach(function (_rank, i) { if (state.visible[i]) ring(i, '#111827', 1.5, dotRadius + 2.5); });
  if (state.hovered >= 0) ring(state.hovered, '#111827', 2, dotRadius + 3);
  if (state.cursor >= 0 && document.activeElement === canvas) ring(state.cursor, '#1d4ed8', 3, dotRadius + 5);
  if (state.selected >= 0) ring(state.selected, '#dc2626', 3, dotRadius + 4);
}

function drawBuckets(buckets, alpha, radius) {
  context.globalAlpha = alpha;
  buckets.forEach(function (ordinals, colour) {
    context.fillStyle = colour;
    context.beginPath();
    for (var k = 0; k < ordinals.length; k++) {
      var i = ordinals[k];
      context.moveTo(screenX[i] + radius, screenY[i]);
      context.arc(screenX[i], screenY[i], radius, 0, 2 * Math.PI);
    }
    context.fill();
  });
  context.globalAlpha = 1;
}

function ring(i, colour, width, radius) {
  marksContext.strokeStyle = colour;
  marksContext.lineWidth = width;
  marksContext.beginPath();
  marksContext.arc(screenX[i], screenY[i], radius, 0, 2 * Math.PI);
  marksContext.stroke();
}

function setHovered(i) {
  if (i === state.hovered) return;
  state.hovered = i;
  if (i >= 0) showTooltip(i); else if (state.cursor >= 0 && document.activeElement === canvas) showTooltip(state.cursor); else hideTooltip();
  drawMarks();
}

function showTooltip(i) {
  tooltip.textContent = papers[i].title;
  tooltip.hidden = false;
  var left = Math.min(screenX[i] + 12, mapWidth - tooltip.offsetWidth - 4);
  var top = screenY[i] + 14 + tooltip.offsetHeight > mapHeight ? screenY[i] - 14 - tooltip.offsetHeight : screenY[i] + 14;
  tooltip.style.left = Math.max(4, left) + 'px';
  tooltip.style.top = Math.max(4, top) + 'px';
}

function hideTooltip() { tooltip.hidden = true; }

/** Page coordinates of a paper's dot (null when it is filtered out or off the map). */
function screenPosition(ordinal) {
  if (!state.visible[ordinal] || screenX[ordinal] < 0 || screenY[ordinal] < 0 || screenX[ordinal] > mapWidth || screenY[ordinal] > mapHeight) return null;
  var box = canvas.getBoundingClientRect();
  return { x: box.left + screenX[ordinal], y: box.top + screenY[ordinal] };
}
`;
