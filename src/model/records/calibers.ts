/**
 * The calibers (and shotgun gauges) the graph accepts, written the way NIBIN and trace
 * requests name them. Imports reject anything else so one caliber never appears under
 * two spellings (which would split casing searches).
 */
export const CALIBERS = [
  '9mm Luger',
  '.380 ACP',
  '.40 S&W',
  '.45 ACP',
  '10mm Auto',
  '.25 ACP',
  '.32 ACP',
  '.22 LR',
  '.38 Special',
  '.357 Magnum',
  '.44 Magnum',
  '5.7x28mm',
  '.223 Remington',
  '5.56x45mm NATO',
  '7.62x39mm',
  '.308 Winchester',
  '.30-06 Springfield',
  '12 gauge',
  '20 gauge',
] as const;
export type Caliber = (typeof CALIBERS)[number];

export function isCaliber(value: string): value is Caliber {
  return (CALIBERS as readonly string[]).includes(value);
}
