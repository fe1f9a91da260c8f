import type { Core } from 'cytoscape';

const DAY = 86_400_000;

/**
 * The time slider: two range inputs (start, end) in days over the span of the chart's dated
 * links. Links outside the window are hidden; nodes left with no visible link fade (seeds stay).
 * Links with no time (MADE_BY) are always shown.
 */
export class TimeWindow {
  private min = 0;
  private max = 0;

  constructor(
    private readonly cy: Core,
    private readonly start: HTMLInputElement,
    private readonly end: HTMLInputElement,
    private readonly caption: HTMLElement,
  ) {
    start.addEventListener('input', () => this.apply('start'));
    end.addEventListener('input', () => this.apply('end'));
  }

  /** Re-reads the span after the chart changed; a window at full span stays at full span. */
  refresh(): void {
    const full = Number(this.start.value) === 0 && Number(this.end.value) === Number(this.end.max);
    const times = this.cy
      .edges()
      .map((e) => Date.parse(e.data('at') ?? ''))
      .filter((t) => Number.isFinite(t));
    const disabled = times.length === 0;
    this.start.disabled = disabled;
    this.end.disabled = disabled;
    if (disabled) {
      this.caption.textContent = 'No dated links';
      return;
    }
    this.min = Math.floor(Math.min(...times) / DAY);
    this.max = Math.ceil(Math.max(...times) / DAY);
    const span = String(Math.max(1, this.max - this.min));
    this.start.max = span;
    this.end.max = span;
    if (full || Number(this.end.value) > Number(span)) {
      this.start.value = '0';
      this.end.value = span;
    }
    this.apply('end');
  }

  /** Sets the window by dates (used by tests and the URL's from/to). */
  set(from: string | null, to: string | null): void {
    if (from) this.start.value = String(Math.max(0, Math.floor(Date.parse(from) / DAY) - this.min));
    if (to) this.end.value = String(Math.min(Number(this.end.max), Math.ceil(Date.parse(to) / DAY) - this.min));
    this.apply('end');
  }

  private apply(moved: 'start' | 'end'): void {
    if (Number(this.start.value) > Number(this.end.value)) {
      if (moved === 'start') this.end.value = this.start.value;
      else this.start.value = this.end.value;
    }
    const from = (this.min + Number(this.start.value)) * DAY;
    const to = (this.min + Number(this.end.value) + 1) * DAY;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    this.caption.textContent = `${day(from)} to ${day(to - DAY)}`;
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => {
        const t = Date.parse(e.data('at') ?? '');
        e.toggleClass('out-of-window', Number.isFinite(t) && (t < from || t >= to));
      });
      this.cy.nodes().forEach((n) => {
        const visible = n.connectedEdges().filter((e) => !e.hasClass('out-of-window')).length;
        n.toggleClass('faded', !n.data('seed') && n.connectedEdges().length > 0 && visible === 0);
      });
    });
  }
}
