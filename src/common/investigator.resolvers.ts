import { AgencyResolver } from '../agency/agency.resolver.js';
import { CasingResolver } from '../casing/casing.resolver.js';
import { FflResolver } from '../ffl/ffl.resolver.js';
import { FirearmResolver } from '../firearm/firearm.resolver.js';
import { LeadResolver } from '../lead/lead.resolver.js';
import { LeadWorkflowResolver } from '../lead/lead-workflow.resolver.js';
import { TriageResolver } from '../lead/triage.resolver.js';
import { PersonResolver } from '../person/person.resolver.js';
import { RecoveryResolver } from '../recovery/recovery.resolver.js';
import { SaleResolver } from '../sale/sale.resolver.js';
import { SceneResolver } from '../scene/scene.resolver.js';
import { TraceResolver } from '../trace/trace.resolver.js';

/** The investigator API's resolver classes (issue 4), registered in src/schema/resolvers.ts. */
export const investigatorResolvers = [
  AgencyResolver,
  SceneResolver,
  CasingResolver,
  LeadResolver,
  LeadWorkflowResolver,
  TriageResolver,
  FirearmResolver,
  RecoveryResolver,
  SaleResolver,
  TraceResolver,
  FflResolver,
  PersonResolver,
] as const;
