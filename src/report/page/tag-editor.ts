// The paper panel's tags, on the served page only: the paper's tags read from the server, one
// added by typing it, one removed by its ×. The server keeps them in the library, under the same
// rules as `papers tag`; its refusal is shown as it words it.
import { announce, createElement } from './dom.js';

interface TagsAnswer {
  tags?: string[];
  error?: { message?: string };
}

export function renderTagEditor(paperId: string): HTMLElement {
  const box = createElement('div', 'tag-editor');
  const list = createElement('ul', 'tags');
  list.id = 'panel-tags';
  const status = createElement('p', 'note');
  status.id = 'tag-status';
  status.setAttribute('aria-live', 'polite');
  const form = createElement('form', 'tag-form');
  const label = createElement('label', 'visually-hidden', 'Add a tag');
  label.htmlFor = 'tag-input';
  const input = createElement('input');
  input.id = 'tag-input';
  input.placeholder = 'add a tag, e.g. to-read';
  input.autocomplete = 'off';
  const add = createElement('button', 'action', 'Add tag');
  add.type = 'submit';
  form.append(label, input, add);
  box.append(list, form, status);

  const show = (tags: string[]) => {
    list.replaceChildren();
    list.dataset.tagCount = String(tags.length);
    for (const tag of tags) {
      const chip = createElement('li', 'tag', tag);
      const remove = createElement('button', null, '×');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove the tag ${tag}`);
      remove.addEventListener('click', () => void send('DELETE', tag, `Removed the tag ${tag}`));
      chip.appendChild(remove);
      list.appendChild(chip);
    }
    if (tags.length === 0) list.appendChild(createElement('li', 'note', 'No tags yet.'));
  };
  const fail = (message: string) => {
    status.textContent = message;
    status.className = 'note error';
  };
  const send = async (method: 'POST' | 'DELETE', tag: string, done: string) => {
    try {
      const response = await fetch('/api/tags', { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ paper: paperId, tag }) });
      const body = (await response.json()) as TagsAnswer;
      if (!response.ok || !body.tags) throw new Error(body.error?.message ?? `the server answered ${response.status}`);
      show(body.tags);
      status.textContent = done;
      status.className = 'note';
      announce(done);
      if (method === 'POST') input.value = '';
    } catch (error) {
      fail(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const tag = input.value.trim();
    if (!tag) {
      fail('Type a tag first.');
      return;
    }
    void send('POST', tag, `Tagged ${tag.toLowerCase()}`);
  });
  void (async () => {
    try {
      const response = await fetch(`/api/tags?paper=${encodeURIComponent(paperId)}`);
      const body = (await response.json()) as TagsAnswer;
      if (!response.ok || !body.tags) throw new Error(body.error?.message ?? `the server answered ${response.status}`);
      show(body.tags);
    } catch (error) {
      fail(`Tags could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  })();
  return box;
}
