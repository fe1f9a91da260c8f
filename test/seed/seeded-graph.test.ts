import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createSeedGeneration } from '../../seeds/generate.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway } from '../../src/db/gateway.js';
import { NODE_LABELS, tallyRecord, type RecordBatch } from '../../seeds/record-sink.js';
import { graphCounts, verifyBatch, type Mismatch } from '../../seeds/verify.js';
import { testGateway } from '../support/app.js';

const checkRing = cypher('seed/check-ring');
const checkSeries = cypher('seed/check-series');
const checkTestFire = cypher('seed/check-test-fire');
const multiSceneGuns = cypher('seed/multi-scene-guns');
const confirmedSceneLinks = cypher('seed/confirmed-scene-links');
const dealerTraceStats = cypher('seed/dealer-trace-stats');
const traceCalibration = cypher('seed/trace-calibration');

/** The graph the global setup seeded (scale S, seed 42) against a fresh generation of the same seed. */
describe('seeded graph (scale S, seed 42)', () => {
  const manifest = inject('manifest');
  let gateway: Gateway;
  let batches: RecordBatch[];
  beforeAll(() => {
    gateway = testGateway();
    batches = [...createSeedGeneration('S', 42).batches()];
  });
  afterAll(() => gateway.close());

  it('holds every generated record exactly as generated (properties and links)', async () => {
    const mismatches: Mismatch[] = [];
    for (const batch of batches) mismatches.push(...(await verifyBatch(gateway, batch.type, batch.records)));
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('has the manifest counts: per label and per relationship type, and at least that many in the whole graph', async () => {
    const counts: Record<string, number> = {};
    for (const b of batches) for (const r of b.records) tallyRecord(r, counts);
    expect(counts).toEqual(manifest.counts);
    for (const label of NODE_LABELS) expect(manifest.counts[label], label).toBeGreaterThan(0);
    const total = NODE_LABELS.reduce((a, l) => a + manifest.counts[l]!, 0);
    expect(total).toBeGreaterThan(4_000);
    expect(total).toBeLessThan(6_500);
    // Other test files may add records of their own; the seeded ones are never missing.
    const [stats] = await gateway.read<{ labels: Record<string, number>; relTypesCount: Record<string, number> }>(graphCounts);
    for (const label of NODE_LABELS) expect(stats!.labels[label], label).toBeGreaterThanOrEqual(manifest.counts[label]!);
    for (const [type, n] of Object.entries(manifest.counts).filter(([k]) => k === k.toUpperCase())) {
      expect(stats!.relTypesCount[type], type).toBeGreaterThanOrEqual(n);
    }
  });

  it('plants each trafficking ring as described: straws tied to the broker, source-state dealers, short time-to-crime out of state', async () => {
    expect(manifest.rings.length).toBeGreaterThan(0);
    for (const ring of manifest.rings) {
      const rows = await gateway.read<Record<string, unknown>>(checkRing, { firearmIds: ring.firearmIds, brokerId: ring.brokerId });
      expect(rows.length, ring.id).toBe(ring.firearmIds.length);
      expect(ring.strawPurchaserIds.length).toBeGreaterThanOrEqual(2);
      expect(ring.strawPurchaserIds.length).toBeLessThanOrEqual(5);
      expect(ring.dealerLicenses.length).toBeGreaterThanOrEqual(1);
      expect(ring.dealerLicenses.length).toBeLessThanOrEqual(2);
      expect(ring.sourceState).not.toBe(ring.destinationState);
      for (const row of rows) {
        expect(ring.dealerLicenses).toContain(row.dealer);
        expect(row.dealerState).toBe(ring.sourceState);
        expect(ring.strawPurchaserIds).toContain(row.buyerId);
        expect(row.buyerState).toBe(ring.sourceState);
        expect(row.buyerKnowsBroker).toBe(true);
        expect(row.recoveredState).toBe(ring.destinationState);
        expect(ring.possessorIds).toContain(row.possessorId);
        expect(row.possessorState).toBe(ring.destinationState);
        expect(row.outcome).toBe('COMPLETED');
        expect(row.timeToCrimeDays as number).toBeLessThan(365);
      }
      const boughtMany = rows.filter((r) => r.multipleSale).length;
      expect(boughtMany + rows.length).toBeGreaterThan(0);
    }
  });

  it('plants each NIBIN series: casings at its scenes in time order, linked by confirmed leads, FIRED_FROM the gun once test-fired', async () => {
    expect(manifest.series.length).toBeGreaterThan(0);
    expect(manifest.series.some((s) => s.agencyOris.length > 1)).toBe(true);
    for (const s of manifest.series) {
      const rows = await gateway.read<{
        casingId: string;
        sceneId: string;
        occurredAt: string;
        agencyOri: string;
        firedFrom: string | null;
        confirmedWith: string[];
        submitted: boolean;
      }>(checkSeries, { casingIds: s.casingIds });
      expect(rows.length, s.id).toBe(s.casingIds.length);
      expect(s.sceneIds.length).toBeGreaterThanOrEqual(3);
      expect(new Set(rows.map((r) => r.sceneId))).toEqual(new Set(s.sceneIds));
      expect(new Set(rows.map((r) => r.agencyOri))).toEqual(new Set(s.agencyOris));
      const firstSeen = s.sceneIds.map((id) => rows.find((r) => r.sceneId === id)!.occurredAt);
      expect([...firstSeen].sort()).toEqual(firstSeen);
      expect(rows.every((r) => r.submitted)).toBe(true);
      const sceneOf = new Map(rows.map((r) => [r.casingId, r.sceneId]));
      // At least one confirmed lead joins two different scenes of the series.
      if (rows.some((r) => r.confirmedWith.length))
        expect(rows.some((r) => r.confirmedWith.some((o) => sceneOf.has(o) && sceneOf.get(o) !== r.sceneId))).toBe(true);
      if (s.firearmId) {
        expect(rows.every((r) => r.firedFrom === s.firearmId)).toBe(true);
        const [tf] = await gateway.read<{ testFire: boolean; firearmId: string; confirmedWith: string[] }>(checkTestFire, { evidenceId: s.testFireEvidenceId });
        expect(tf).toMatchObject({ testFire: true, firearmId: s.firearmId });
        expect(tf!.confirmedWith.some((c) => s.casingIds.includes(c))).toBe(true);
      } else {
        expect(s.testFireEvidenceId).toBeNull();
        expect(rows.every((r) => r.firedFrom === null)).toBe(true);
      }
    }
  });

  it('ties two scenes to one gun, or by a confirmed lead, only inside a planted series', async () => {
    const seriesGuns = new Set(manifest.series.map((s) => s.firearmId).filter(Boolean));
    const guns = await gateway.read<{ firearmId: string }>(multiSceneGuns);
    // Other test files of the run write their own worlds (IMPTEST-, LEADTEST-): only the seed counts here.
    const fromTests = (id: string) => id.startsWith('IMPTEST-') || id.startsWith('LEADTEST-');
    const seeded = guns.filter((g) => !fromTests(g.firearmId));
    expect(seeded.map((g) => g.firearmId).sort()).toEqual([...seriesGuns].sort());
    const seriesOf = new Map<string, string>();
    for (const s of manifest.series) for (const id of s.sceneIds) seriesOf.set(id, s.id);
    const links = await gateway.read<{ sceneA: string; sceneB: string }>(confirmedSceneLinks);
    const outside = links.filter((l) => !fromTests(l.sceneA) && (!seriesOf.get(l.sceneA) || seriesOf.get(l.sceneA) !== seriesOf.get(l.sceneB)));
    expect(outside).toEqual([]);
  });

  it('plants rogue dealers whose traced guns stand out: short time-to-crime, multiple sales, unanswered traces, obliterated serials', async () => {
    expect(manifest.rogueDealers.length).toBeGreaterThan(0);
    const all = await gateway.read<Record<string, number | string>>(dealerTraceStats, {
      licenses: [...new Set(batches.flatMap((b) => b.records.filter((r) => r.type === 'ffl').map((r) => (r as { license: string }).license)))],
      asOf: `${manifest.referenceDate}T00:00:00Z`,
    });
    const rogue = all.filter((d) => manifest.rogueDealers.includes(d.license as string));
    const others = all.filter((d) => !manifest.rogueDealers.includes(d.license as string));
    const sum = (rows: typeof all, k: string) => rows.reduce((a, r) => a + (r[k] as number), 0);
    const rogueShort = sum(rogue, 'shortTimeToCrime') / sum(rogue, 'withTimeToCrime');
    const otherShort = sum(others, 'shortTimeToCrime') / sum(others, 'withTimeToCrime');
    expect(rogueShort).toBeGreaterThan(otherShort * 1.5);
    expect(sum(rogue, 'unanswered') / sum(rogue, 'traces')).toBeGreaterThan(sum(others, 'unanswered') / sum(others, 'traces'));
    expect(sum(rogue, 'multipleSales') / sum(rogue, 'sales')).toBeGreaterThan(sum(others, 'multipleSales') / sum(others, 'sales'));
    expect(sum(rogue, 'obliterated') / sum(rogue, 'traces')).toBeGreaterThan(sum(others, 'obliterated') / sum(others, 'traces'));
    for (const d of rogue) expect(d.traces as number, d.license as string).toBeGreaterThan(0);
  });

  it('matches the manifest calibration: top 1.2% of dealers and time-to-crime shares, computed from the graph', async () => {
    const traceIds = batches.flatMap((b) => b.records.filter((r) => r.type === 'trace').map((r) => (r as { id: string }).id));
    const rows = await gateway.read<{ dealer: string | null; outcome: string; timeToCrimeDays: number | null }>(traceCalibration, { traceIds });
    const perDealer = new Map<string, number>();
    for (const r of rows) if (r.dealer) perDealer.set(r.dealer, (perDealer.get(r.dealer) ?? 0) + 1);
    const sorted = [...perDealer.values()].sort((a, b) => b - a);
    const resolved = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, manifest.calibration.topDealerCount).reduce((a, b) => a + b, 0);
    expect(Math.round((top / resolved) * 10_000) / 10_000).toBe(manifest.calibration.topDealerTraceShare);
    const completed = rows.filter((r) => r.outcome === 'COMPLETED');
    expect(completed.length).toBe(manifest.calibration.completedTraces);
    const under1 = completed.filter((r) => r.timeToCrimeDays! < 365).length / completed.length;
    expect(Math.round(under1 * 10_000) / 10_000).toBe(manifest.calibration.timeToCrimeUnder1YearShare);
  });

  it('lists trace examples that the graph bears out', async () => {
    expect(manifest.traceExamples.length).toBeGreaterThan(0);
    const sales = new Map(
      batches
        .flatMap((b) => b.records)
        .filter((r) => r.type === 'sale')
        .map((r) => [(r as { firearmId: string }).firearmId, r as { fflLicense: string; purchaserId: string; soldOn: string }]),
    );
    for (const ex of manifest.traceExamples) {
      const sale = sales.get(ex.firearmId)!;
      expect(sale).toMatchObject({ fflLicense: ex.dealerLicense, purchaserId: ex.purchaserId, soldOn: ex.soldOn });
      expect(Math.round((Date.parse(ex.recoveredOn) - Date.parse(ex.soldOn)) / 86_400_000)).toBe(ex.timeToCrimeDays);
    }
  });
});
