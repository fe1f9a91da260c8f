import { FlaggedPurchaserResolver } from '../network/flagged-purchaser.resolver.js';
import { DealerRiskResolver, FflRiskResolver } from '../risk/dealer-risk.resolver.js';
import {
  NetworkDealerResolver,
  NetworkMemberResolver,
  NetworkResolver,
  PersonNetworkResolver,
} from '../network/network.resolver.js';

/** Dealer risk and trafficking-network resolvers (issue 5), registered in src/schema/resolvers.ts. */
export const analysisResolvers = [
  DealerRiskResolver,
  FflRiskResolver,
  NetworkResolver,
  NetworkMemberResolver,
  NetworkDealerResolver,
  PersonNetworkResolver,
  FlaggedPurchaserResolver,
] as const;
