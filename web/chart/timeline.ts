import type { Core } from 'cytoscape';

const DAY = 86_400_000;
const SVG = 'http://www.w3.org/2000/svg';
const W = 1000;
const H = 64;
const AXIS = 14;

export interface Bin {
  start: number;
  end: number;
  count: number;
}

/** Day-aligned bins over [min, max] (epoch ms): about `target` bins, each a whole number of days. Pure. */
export function binTimes(times: number[], target = 60): Bin[] {
  if (times.length === 0) return [];
  const min = Math.floor(Math.min(...times) / DAY) * DAY;
  const max = (Math.floor(Math.max(...times) / DAY) + 1) * DAY;
  const width = Math.max(1, Math.ceil((max - min) / DAY / target)) * DAY;
  const bins: Bin[] = [];
  for (let start = min; start < max; start += width) bins.push({ start, end: start + width, count: 0 });
  for (const t of times) bins[Math.min(bins.length - 1, Math.floor((t - min) / width))]!.count += 1;
  return bins;
}

const el = (tag: string, attrs: Record<string, string | number>, parent: Element) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent.appendChild(e);
  return e;
};
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The time bar (i2 timeline, Bloom time slicer): a histogram of the chart's dated links, with a
 * window the analyst brushes (drag across the bars; drag the window to move it; double-click
 * to clear). Links outside the window are hidden; nodes left with no visible link fade (seeds
 * stay). Links with no time (MADE_BY) always show.
 */
export class Timeline {
  private bins: Bin[] = [];
  private min = 0;
  private max = 0;
  /** The window, epoch ms [from, to); null = everything. */
  window: { from: number; to: number } | null = null;
  private listeners: Array<() => void> = [];

  constructor(
    private readonly cy: Core,
    private readonly svg: SVGSVGElement,
    private readonly caption: HTMLElement,
  ) {
    svg.setAttribute('viewBox', `0 0 ${W} ${H + AXIS}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    this.brush();
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Re-reads the chart's dated links (after a load or expansion); the window is kept. */
  refresh(): void {
    const times = this.cy
      .edges()
      .map((e) => Date.parse(e.data('at') ?? ''))
      .filter((t) => Number.isFinite(t));
    this.bins = binTimes(times);
    this.min = this.bins[0]?.start ?? 0;
    this.max = this.bins.at(-1)?.end ?? 0;
    this.apply();
  }

  /** Sets the window by dates (ISO strings); null clears that side. */
  set(from: string | null, to: string | null): void {
    if (!from && !to) this.window = null;
    else this.window = { from: from ? Date.parse(from) : this.min, to: to ? Date.parse(to) : this.max };
    this.apply();
  }

  private x(t: number): number {
    return this.max > this.min ? ((t - this.min) / (this.max - this.min)) * W : 0;
  }

  private t(x: number): number {
    return this.min + (Math.max(0, Math.min(W, x)) / W) * (this.max - this.min);
  }

  private draw(): void {
    this.svg.innerHTML = '';
    if (this.bins.length === 0) return;
    const top = Math.max(1, ...this.bins.map((b) => b.count));
    const inWindow = (b: Bin) => !this.window || (b.end > this.window.from && b.start < this.window.to);
    for (const b of this.bins) {
      const h = ((H - 4) * b.count) / top;
      const bar = el(
        'rect',
        { x: this.x(b.start) + 0.5, y: H - h, width: Math.max(1, this.x(b.end) - this.x(b.start) - 1), height: h, class: inWindow(b) ? 'bar in' : 'bar' },
        this.svg,
      );
      el('title', {}, bar).textContent = `${day(b.start)} to ${day(b.end - DAY)}: ${b.count} link(s)`;
    }
    el('line', { x1: 0, x2: W, y1: H, y2: H, class: 'axis' }, this.svg);
    const years = new Set<number>();
    for (let y = new Date(this.min).getUTCFullYear(); y <= new Date(this.max).getUTCFullYear(); y++) years.add(y);
    const step = Math.ceil(years.size / 12);
    for (const y of [...years].filter((_, i) => i % step === 0)) {
      const at = Date.UTC(y, 0, 1);
      if (at < this.min) continue;
      el('text', { x: this.x(at) + 2, y: H + AXIS - 3, class: 'tick' }, this.svg).textContent = String(y);
      el('line', { x1: this.x(at), x2: this.x(at), y1: H, y2: H + 4, class: 'axis' }, this.svg);
    }
    if (this.window)
      el(
        'rect',
        { x: this.x(this.window.from), y: 0, width: Math.max(2, this.x(this.window.to) - this.x(this.window.from)), height: H, class: 'window' },
        this.svg,
      );
  }

  /** Pointer brushing: drag on empty bars draws a new window; drag inside the window moves it. */
  private brush(): void {
    let start: { x: number; from: number; to: number; move: boolean } | null = null;
    const toX = (event: PointerEvent) => {
      const box = this.svg.getBoundingClientRect();
      return ((event.clientX - box.left) / box.width) * W;
    };
    this.svg.addEventListener('pointerdown', (event) => {
      if (this.bins.length === 0) return;
      const x = toX(event);
      const inside = !!this.window && x >= this.x(this.window.from) && x <= this.x(this.window.to);
      start = { x, from: this.window?.from ?? 0, to: this.window?.to ?? 0, move: inside };
      this.svg.setPointerCapture(event.pointerId);
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (!start) return;
      const x = toX(event);
      if (start.move) {
        const shift = Math.max(this.min - start.from, Math.min(this.max - start.to, this.t(x) - this.t(start.x)));
        this.window = { from: start.from + shift, to: start.to + shift };
      } else if (Math.abs(x - start.x) > 2) {
        this.window = { from: this.t(Math.min(x, start.x)), to: this.t(Math.max(x, start.x)) };
      }
      this.apply();
    });
    const end = () => (start = null);
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
    this.svg.addEventListener('dblclick', () => {
      this.window = null;
      this.apply();
    });
  }

  private apply(): void {
    this.draw();
    const w = this.window;
    this.caption.textContent =
      this.bins.length === 0
        ? 'No dated links'
        : w
          ? `${day(w.from)} to ${day(w.to)} (double-click the bar to clear)`
          : `${day(this.min)} to ${day(this.max - DAY)}: drag across the bars to set a window`;
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => {
        const t = Date.parse(e.data('at') ?? '');
        e.toggleClass('out-of-window', !!w && Number.isFinite(t) && (t < w.from || t >= w.to));
      });
      this.cy.nodes().forEach((n) => {
        const links = n.connectedEdges();
        const visible = links.filter((e) => !e.hasClass('out-of-window')).length;
        n.toggleClass('faded', !n.data('seed') && links.length > 0 && visible === 0);
      });
    });
    for (const l of this.listeners) l();
  }
}
