// Small DOM helpers: elements, forms that keep their input, and actions that show their progress
// and the runtime's message when refused.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

/** An element with attributes (`on*` are listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap> (tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A labelled input. */
export function field (label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

/** A select of `options` (value, label). */
export function select (name: string, options: (string | [string, string])[], value?: string): HTMLSelectElement {
  const element = h('select', { name, 'data-testid': name });
  for (const option of options) {
    const [v, label] = Array.isArray(option) ? option : [option, option];
    element.append(h('option', { value: v, selected: v === value }, label));
  }
  return element;
}

/** A text input. */
export const input = (name: string, attrs: Attrs = {}): HTMLInputElement => h('input', { name, 'data-testid': name, ...attrs });

/** Where a view shows what it is doing and what went wrong. */
export class Status {
  readonly element = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'status' });

  progress (message: string): void {
    this.element.className = 'status busy';
    this.element.textContent = message;
  }

  ok (message: string): void {
    this.element.className = 'status ok';
    this.element.textContent = message;
  }

  error (message: string): void {
    this.element.className = 'status error';
    this.element.textContent = message;
  }
}

/**
 * Runs `action` from `button`: the button is disabled and the status shows progress while it
 * runs; a refusal shows the runtime's message and leaves every input as it was.
 */
export async function run (button: HTMLButtonElement | null, status: Status, label: string, action: (progress: (step: string) => void) => Promise<string | void>): Promise<boolean> {
  if (button) button.disabled = true;
  status.progress(`${label}…`);
  try {
    const done = await action((step) => status.progress(`${label}: ${step}…`));
    status.ok(done || `${label}: done`);
    return true;
  } catch (e) {
    status.error(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  } finally {
    if (button) button.disabled = false;
  }
}

/** A table of `rows` under `headings`. */
export function table (headings: string[], rows: Child[][], testid?: string): HTMLTableElement {
  return h('table', { 'data-testid': testid },
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', {}, heading)))),
    h('tbody', {}, rows.length ? rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell)))) : [h('tr', {}, h('td', { colspan: headings.length, class: 'empty' }, 'none'))]));
}

/** A section with a heading. */
export const section = (title: string, ...children: (Child | Child[])[]): HTMLElement =>
  h('section', { 'data-section': title }, h('h2', {}, title), ...children);

/** Offers `text` as a downloaded file. */
export function download (name: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Shortens an address for display. */
export const short = (address: string): string => (address.length > 16 ? `${address.slice(0, 6)}…${address.slice(-6)}` : address);
