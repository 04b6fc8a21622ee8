// Colours on the map: each area a hue, its topics shades of that hue (darker to lighter, largest
// topic darkest), so neighbouring areas read apart and an area's topics read as one family.
import { data } from './context.js';

/** Hues of Tableau's categorical palette, in its order; beyond them, hues spaced by the golden angle. */
const AREA_HUES = [210, 28, 358, 174, 112, 46, 300, 340, 24, 190];
const UNKNOWN = '#7b8794';

/** Lightness of each topic, by topic index: spread over 34-64% within its area. */
const lightnessOf = data.topics.map(() => 45);
for (const area of data.areas) {
  area.topics.forEach((topic, position) => {
    lightnessOf[topic] = area.topics.length === 1 ? 45 : 34 + (30 * position) / (area.topics.length - 1);
  });
}

function pickHue(area: number): number {
  return AREA_HUES[area] ?? Math.round((area * 137.508) % 360);
}

export function pickAreaColour(area: number): string {
  return `hsl(${pickHue(area)}, 62%, 45%)`;
}

/** A topic's colour (by index into data.topics); grey for a paper with no topic. */
export function pickTopicColour(topic: number | null): string {
  if (topic === null) return UNKNOWN;
  const area = data.topics[topic]?.area;
  if (area === undefined) return UNKNOWN;
  return `hsl(${pickHue(area)}, 62%, ${Math.round(lightnessOf[topic] ?? 45)}%)`;
}
