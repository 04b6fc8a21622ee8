// The report page's stylesheet, inlined into the page: a three-column layout (lists, map,
// paper panel) that fits a laptop screen, with visible focus for keyboard users.

export const PAGE_STYLE = String.raw`
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9dee4; --paper: #ffffff; --wash: #f5f7fa; --accent: #1d4ed8; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--wash); display: flex; flex-direction: column; }
h1 { font-size: 16px; margin: 0; white-space: nowrap; }
h1 .corpus { font-weight: 400; color: var(--muted); margin-left: 6px; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 14px 0 6px; }
button, input, select, textarea { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 8px; z-index: 3; background: var(--paper); padding: 6px 10px; border-radius: 6px; }
.skip:focus { left: 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 16px; padding: 10px 16px; background: var(--paper); border-bottom: 1px solid var(--line); }
.bar form, .bar .filter { display: flex; align-items: center; gap: 6px; }
.bar input[type=search] { width: 260px; padding: 6px 8px; border: 1px solid #9aa5b1; border-radius: 6px; background: var(--paper); }
.bar select, .bar button, .sidebar button.action { padding: 6px 10px; border: 1px solid #9aa5b1; border-radius: 6px; background: var(--paper); cursor: pointer; }
.count { color: var(--muted); font-size: 13px; }
.layout { flex: 1; min-height: 0; display: grid; grid-template-columns: 300px minmax(0, 1fr); }
.layout.with-panel { grid-template-columns: 300px minmax(0, 1fr) 380px; }
.sidebar, .panel { overflow-y: auto; background: var(--paper); padding: 4px 14px 16px; }
.sidebar { border-right: 1px solid var(--line); }
.panel { border-left: 1px solid var(--line); }
.sidebar ul, .sidebar ol, .panel ul, .panel ol { list-style: none; padding: 0; margin: 0; }
.link { display: block; width: 100%; text-align: left; background: none; border: 0; border-radius: 4px; padding: 3px 4px; cursor: pointer; }
.link:hover { background: #eef2f7; }
.link .meta, .meta { color: var(--muted); font-size: 12px; }
.legend button { display: flex; gap: 8px; align-items: center; width: 100%; text-align: left; background: none; border: 1px solid transparent; border-radius: 6px; padding: 3px 6px; cursor: pointer; }
.legend button[aria-pressed=true] { border-color: var(--ink); background: #eef2f7; }
.legend .label { flex: 1; }
.legend button.area { font-weight: 600; }
.legend .topics { margin: 0 0 4px 14px; }
.legend .topics button { padding: 2px 6px; }
.swatch { flex: none; width: 12px; height: 12px; border-radius: 50%; display: inline-block; }
.group { border-top: 1px solid var(--line); padding: 6px 0; }
.kind { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase; padding: 0 6px; border-radius: 8px; background: #e0e7ff; color: #1e3a8a; }
.kind.revised { background: #fef3c7; color: #78350f; }
.map-area { position: relative; min-width: 0; min-height: 0; }
#map { position: absolute; inset: 0; width: 100%; height: 100%; cursor: crosshair; background: var(--paper); }
#map.dragging { cursor: grabbing; }
#map:focus-visible { outline-offset: -3px; }
#map-marks { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
.map-help { position: absolute; left: 10px; bottom: 6px; margin: 0; font-size: 12px; color: var(--muted); background: rgba(255,255,255,0.85); padding: 2px 6px; border-radius: 4px; pointer-events: none; }
#tooltip { position: absolute; max-width: 340px; pointer-events: none; background: #111827; color: #fff; font-size: 12px; padding: 4px 8px; border-radius: 4px; }
.panel h2.title { font-size: 17px; text-transform: none; letter-spacing: 0; color: var(--ink); margin: 8px 0 4px; }
.panel .close { float: right; margin-top: 8px; border: 1px solid #9aa5b1; background: var(--paper); border-radius: 6px; padding: 2px 9px; cursor: pointer; font-size: 16px; }
.panel .abstract { white-space: pre-wrap; }
.panel .abridged { color: var(--muted); font-style: italic; }
.panel li { margin: 2px 0; }
.note { color: var(--muted); font-size: 13px; }
#latest-details summary { cursor: pointer; margin: 8px 0 4px; }
h3 { font-size: 12px; color: var(--muted); margin: 10px 0 4px; }
#latest-toggle[aria-pressed=true] { border-color: var(--ink); background: #eef2f7; }
.repost .link .title { color: var(--muted); }
.inline-link { background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; font-size: 12px; text-align: left; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; padding: 0; list-style: none; }
.tag { display: inline-flex; align-items: center; gap: 2px; background: #e0f2fe; color: #075985; border-radius: 10px; padding: 0 4px 0 8px; font-size: 12px; }
.tag button { background: none; border: 0; cursor: pointer; color: inherit; padding: 0 4px; }
.tag-form { display: flex; gap: 6px; }
.tag-form input { flex: 1; padding: 4px 6px; border: 1px solid #9aa5b1; border-radius: 6px; }
.error { color: #b91c1c; }
textarea { width: 100%; min-height: 110px; padding: 6px; border: 1px solid #9aa5b1; border-radius: 6px; }
footer { padding: 4px 16px; font-size: 12px; color: var(--muted); background: var(--paper); border-top: 1px solid var(--line); }
@media (max-width: 1000px) { .layout, .layout.with-panel { grid-template-columns: 260px minmax(0, 1fr); } .layout.with-panel .panel { position: fixed; right: 0; top: 0; bottom: 0; width: min(380px, 90vw); z-index: 2; box-shadow: -4px 0 16px rgba(0,0,0,0.15); } }
`;
