import { Connection } from '../pagination/connection.type.js';
import { Firearm } from './firearm.type.js';

/** FirearmConnection / FirearmEdge: pages of firearms. */
export const FirearmConnection = Connection(Firearm, 'Firearm', 'firearm');
