import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Sales drawn the way i2 charts draw transactions: instead of a Sale node between dealer,
 * purchaser and gun, a purchaser → dealer link ("bought from", dated) and a purchaser → gun
 * link ("bought"). The Sale nodes are hidden, not removed, so expanding and saving still see
 * them; collapsing again rebuilds the links from what the chart holds now.
 */
export function collapsedSaleEdges(cy: Core): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  cy.nodes('[kind = "SALE"]').forEach((sale) => {
    const purchaser = sale.outgoers('edge[kind = "TO_PURCHASER"]').targets()[0];
    const dealer = sale.incomers('edge[kind = "SOLD"]').sources()[0];
    const gun = sale.outgoers('edge[kind = "OF_FIREARM"]').targets()[0];
    if (!purchaser) return;
    const at = (sale.data('properties')?.soldOn as string | undefined) ?? null;
    const base = {
      at: at ? `${at.slice(0, 10)}T00:00:00.000Z` : null,
      properties: { saleId: sale.id(), multipleSale: sale.data('properties')?.multipleSale ?? null },
      derived: true,
    };
    if (dealer)
      out.push({ group: 'edges', data: { id: `${sale.id()}|BOUGHT_FROM`, source: purchaser.id(), target: dealer.id(), kind: 'BOUGHT_FROM', ...base } });
    if (gun) out.push({ group: 'edges', data: { id: `${sale.id()}|BOUGHT`, source: purchaser.id(), target: gun.id(), kind: 'BOUGHT', ...base } });
  });
  return out;
}

export function setSalesCollapsed(cy: Core, collapsed: boolean): void {
  cy.batch(() => {
    cy.edges('[?derived]').remove();
    cy.nodes('[kind = "SALE"]').toggleClass('collapsed', collapsed);
    if (collapsed) cy.add(collapsedSaleEdges(cy)).addClass('derived');
  });
}
