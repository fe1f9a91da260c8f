import { Connection } from '../pagination/connection.type.js';
import { Casing } from './casing.type.js';

/** CasingConnection / CasingEdge: pages of casings. */
export const CasingConnection = Connection(Casing, 'Casing', 'casing');
