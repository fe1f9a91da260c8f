import { FIELDS } from '../dashboard/dashboard-data.js';

/** The report page's one read; registered as a trusted document (src/documents) so it works in production. */
export const REPORT_QUERY = `query AgencyReportPage($ori: String!, $from: String, $to: String) {
  agencyReport(ori: $ori, from: $from, to: $to) {
    ori from to peerPeriod findings
    metrics { ${FIELDS} crossJurisdiction { series otherAgencies } lateEntry { sceneIds } }
    state { ${FIELDS} }
    peers { group peers measure value peerMedian betterThanShare }
    untracedGuns(first: 100) { totalCount edges { node { recoveryId recoveredOn firearmId make model caliber serialObliterated } } }
  } }`;
