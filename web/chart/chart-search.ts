import { ApiError, fetchSearch, type SearchHit } from './chart-api.js';
import { KIND_STYLE } from './chart-style.js';
import { escapeHtml } from '../shared/escape-html.js';

/** Fewer characters than this is no search: every serial and id is longer, and one letter matches everything. */
const MIN_CHARS = 2;
/** Typing pauses shorter than this are still one word: one request per pause, not per key. */
const DEBOUNCE_MS = 200;

export interface ChartSearchOptions {
  endpoint: string;
  token: () => string | null;
  /** Adds the hit to the chart as a seed (and expands from it). */
  pick: (hit: SearchHit) => void;
}

/**
 * The search box of the chart page: the `search` query as the analyst types, hits in a list
 * (mouse or arrow keys + Enter), the chosen one added to the chart. A person the viewer may not
 * see by name comes back captioned "Person <id>" (the service masks and audits it); the list says
 * so instead of pretending the record has no name.
 */
export class ChartSearch {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to an older text are dropped: only the latest request may fill the list. */
  private asked = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly note: HTMLElement,
    private readonly options: ChartSearchOptions,
  ) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () =>
      setTimeout(() => {
        this.close();
        this.note.hidden = true;
      }, 150),
    );
    input.addEventListener('focus', () => this.hits.length && (this.list.hidden = false));
    list.addEventListener('mousedown', (e) => {
      const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
      if (!li) return;
      e.preventDefault();
      this.choose(Number(li.dataset.index));
    });
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  private async run() {
    const text = this.input.value.trim();
    const ask = ++this.asked;
    if (text.length < MIN_CHARS) return this.show([], text ? `Type at least ${MIN_CHARS} characters.` : '');
    this.list.setAttribute('aria-busy', 'true');
    try {
      const { totalCount, hits } = await fetchSearch(this.options.endpoint, this.options.token(), text);
      if (ask !== this.asked) return;
      this.show(hits, totalCount === 0 ? 'No match.' : totalCount > hits.length ? `${hits.length} of ${totalCount} shown: type more to narrow.` : '');
    } catch (error) {
      if (ask !== this.asked) return;
      const code = error instanceof ApiError ? error.code : undefined;
      this.show([], `${(error as Error).message}${code ? ` (${code})` : ''}`);
    } finally {
      if (ask === this.asked) this.list.removeAttribute('aria-busy');
    }
  }

  private show(hits: SearchHit[], note: string) {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    // With hits the note ("12 of 40 shown") closes the list; without, it stands alone under the box.
    this.note.textContent = hits.length ? '' : note;
    this.note.hidden = hits.length > 0 || !note;
    this.list.innerHTML =
      hits.map((h, i) => this.row(h, i)).join('') + (hits.length && note ? `<li class="more" role="presentation">${escapeHtml(note)}</li>` : '');
    this.list.hidden = hits.length === 0;
    this.input.setAttribute('aria-expanded', String(hits.length > 0));
    this.highlight();
  }

  private row(h: SearchHit, i: number): string {
    const style = KIND_STYLE[h.kind];
    const masked = h.kind === 'PERSON' && h.label === `Person ${h.key}`;
    const caption = masked ? `Person ${escapeHtml(h.key)} <em>name withheld for your role</em>` : escapeHtml(h.label);
    const detail = [style?.caption ?? h.kind, h.detail]
      .filter(Boolean)
      .map((t) => escapeHtml(t!))
      .join(' · ');
    return (
      `<li role="option" id="search-hit-${i}" data-index="${i}" data-id="${escapeHtml(h.id)}">` +
      `<i style="background:${style?.color ?? '#999'}"></i><span class="hit-label">${caption}</span>` +
      `<small>${detail}</small></li>`
    );
  }

  private highlight() {
    Array.from(this.list.querySelectorAll('li[data-index]')).forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-hit-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private key(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      this.list.hidden = false;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
      this.highlight();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (e.key === 'Escape') this.close();
  }

  private choose(index: number) {
    const hit = this.hits[index];
    if (!hit) return;
    this.close();
    this.input.value = '';
    this.hits = [];
    this.options.pick(hit);
  }

  private close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
