import { Connection } from '../pagination/connection.type.js';
import { Sale } from './sale.type.js';

/** SaleConnection / SaleEdge: pages of retail sales. */
export const SaleConnection = Connection(Sale, 'Sale', 'retail sale');
