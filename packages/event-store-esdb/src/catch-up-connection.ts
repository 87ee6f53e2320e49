/**
 * Where catch-up reads go (`readAll`, `subscribeToAll`: projections, verify, history). On a cluster they
 * are served by a follower, which spares the leader the long reads of a rebuild; appends and stream reads
 * (command handling reads what it is about to decide on) stay on the leader. The connection string's own
 * `nodePreference`, when it names one, is obeyed for both. A single node has no follower: one client.
 */
export const catchUpConnectionString = (connectionString: string): string | undefined => {
  const scheme = /^([a-z+]+):\/\//i.exec(connectionString)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  const hosts = connectionString.slice(scheme.length + 3).split(/[/?]/)[0] ?? '';
  const isCluster = scheme.endsWith('+discover') || hosts.includes(',');
  if (!isCluster || /[?&]nodePreference=/i.test(connectionString)) return undefined;
  return `${connectionString}${connectionString.includes('?') ? '&' : '?'}nodePreference=follower`;
};
