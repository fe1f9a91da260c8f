import { Connection } from '../pagination/connection.type.js';
import { TheftReport } from './theft-report.type.js';

/** TheftReportConnection / TheftReportEdge: pages of theft/loss reports. */
export const TheftReportConnection = Connection(TheftReport, 'TheftReport', 'theft/loss report');
