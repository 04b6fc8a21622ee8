// Small DOM helpers shared by the page's parts: lookup by id, element creation, the link-like
// buttons used in every list, and the screen-reader announcer.

export function findById<Element extends HTMLElement = HTMLElement>(id: string): Element {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as Element;
}

export function createElement<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className?: string | null, text?: string | number | null): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A button that reads like a link: a title line and an optional muted line below it. */
export function createLinkButton(title: string, meta: string | null, onActivate: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const button = createElement('button', 'link');
  button.type = 'button';
  button.appendChild(createElement('span', 'title', title));
  if (meta) {
    button.appendChild(document.createElement('br'));
    button.appendChild(createElement('span', 'meta', meta));
  }
  button.addEventListener('click', () => onActivate(button));
  return button;
}

/** Says `text` to screen readers through the page's polite live region. */
export function announce(text: string): void {
  findById('announcer').textContent = text;
}
