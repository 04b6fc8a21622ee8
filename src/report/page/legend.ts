// The themes legend beside the map, in two levels: each area with its topics under it (an area
// of one topic is that topic's row). Clicking a row highlights its papers; clicking it again,
// or Escape, shows all.
import { formatCount } from '../format-count.js';
import type { ReportTopic } from '../report-data.js';
import { pickAreaColour, pickTopicColour } from './colours.js';
import { data, state, type Highlight } from './context.js';
import { announce, createElement, findById } from './dom.js';
import { drawMap } from './map.js';

const legend = findById('theme-legend');

export function renderLegend(): void {
  legend.replaceChildren();
  if (data.topics.length === 0) {
    legend.appendChild(createElement('li', 'note', 'Themes were not computed for this report.'));
    return;
  }
  data.areas.forEach((area, areaIndex) => {
    const item = createElement('li');
    const only = area.topics.length === 1 ? area.topics[0] : undefined;
    if (only !== undefined) {
      item.appendChild(createTopicButton(only));
    } else {
      const button = createLegendButton({ level: 'area', index: areaIndex }, pickAreaColour(areaIndex), area.label, area.size);
      button.classList.add('area');
      button.title = `${formatCount(area.size, 'paper')} in ${formatCount(area.topics.length, 'topic')}`;
      item.appendChild(button);
      const topics = createElement('ul', 'topics');
      for (const topic of area.topics) topics.appendChild(createElement('li')).appendChild(createTopicButton(topic));
      item.appendChild(topics);
    }
    legend.appendChild(item);
  });
}

function createTopicButton(index: number): HTMLButtonElement {
  const topic: ReportTopic = data.topics[index]!;
  const button = createLegendButton({ level: 'topic', index }, pickTopicColour(index), topic.label, topic.size);
  button.title = `${formatCount(topic.size, 'paper')} · ${topic.keywords.join(', ')}`;
  return button;
}

function createLegendButton(target: NonNullable<Highlight>, colour: string, label: string, size: number): HTMLButtonElement {
  const button = createElement('button');
  button.type = 'button';
  button.setAttribute('aria-pressed', 'false');
  button.dataset[target.level] = String(target.index);
  const swatch = createElement('span', 'swatch');
  swatch.style.background = colour;
  button.appendChild(swatch);
  button.appendChild(createElement('span', 'label', label));
  button.appendChild(createElement('span', 'count', size));
  button.addEventListener('click', () => highlight(isHighlighted(target) ? null : target));
  return button;
}

function isHighlighted(target: NonNullable<Highlight>): boolean {
  return state.highlight?.level === target.level && state.highlight.index === target.index;
}

export function highlight(target: Highlight): void {
  state.highlight = target;
  for (const button of legend.querySelectorAll<HTMLButtonElement>('button')) {
    const level = button.dataset.area !== undefined ? 'area' : 'topic';
    button.setAttribute('aria-pressed', String(target !== null && target.level === level && button.dataset[level] === String(target.index)));
  }
  drawMap();
  if (target === null) announce('All themes shown');
  else if (target.level === 'area') announce(`Highlighting area ${data.areas[target.index]!.label}`);
  else announce(`Highlighting topic ${data.topics[target.index]!.label}`);
}
