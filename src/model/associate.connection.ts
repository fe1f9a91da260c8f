import { Connection } from '../pagination/connection.type.js';
import { Associate } from './associate.type.js';

/** AssociateConnection / AssociateEdge: pages of known associates. */
export const AssociateConnection = Connection(Associate, 'Associate', 'known associate');
