import { Connection } from '../pagination/connection.type.js';
import { Ffl } from './ffl.type.js';

/** FflConnection / FflEdge: pages of licensees. */
export const FflConnection = Connection(Ffl, 'Ffl', 'licensee');
