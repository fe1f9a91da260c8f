import { Connection } from '../pagination/connection.type.js';
import { Recovery } from './recovery.type.js';

/** RecoveryConnection / RecoveryEdge: pages of recoveries. */
export const RecoveryConnection = Connection(Recovery, 'Recovery', 'recovery', 'recoveries');
