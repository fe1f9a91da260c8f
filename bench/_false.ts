import { generatedWorld, overrides } from './traffic-rows.js';
import { assembleNetworks } from '../src/network/network.assembly.js';
import { purchaserEvidence } from '../src/network/trafficking.evidence.js';
import { plantedRings } from '../src/analysis/typology-quality.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
const [scale, split, seeds, ...sets] = process.argv.slice(2);
const cfg = loadRiskConfig();
const s = { ...cfg.networks, shortTimeToCrimeDays: cfg.thresholds.shortTimeToCrimeDays, veryShortTimeToCrimeDays: cfg.thresholds.veryShortTimeToCrimeDays, ...overrides(sets) } as any;
for (const seed of seeds!.split(',').map(Number)) {
  const w = generatedWorld(scale as any, seed, split as any);
  const ev = purchaserEvidence(w.rows, w.purchases, s);
  const nets = assembleNetworks(ev, w.associations, s);
  const truth = [...w.manifest.typologies.filter((c) => c.trafficking).map((c) => new Set(c.purchaserIds)), ...plantedRings(w.manifest as any).map((r) => new Set(r.strawPurchaserIds))];
  for (const n of nets) {
    const b = n.members.filter((m) => m.role === 'STRAW_PURCHASER').map((m) => m.id);
    if (truth.some((t) => b.filter((x) => t.has(x)).length * 2 >= b.length)) continue;
    console.log(`seed ${seed} FALSE ${n.typology} buyers ${b.length} guns ${n.traffickedGuns} medTTC ${n.medianTimeToCrimeDays}`);
    console.log('   ' + n.evidence.slice(0, 6).join('\n   '));
  }
}
