/**
 * Waits until every projection of a running Binaan has caught up (its /health says so), so reads
 * measure reading, not a catch-up beside it. Answers the seconds waited.
 */
export const projectionsCaughtUp = async (url: string): Promise<number> => {
  const started = Date.now();
  for (;;) {
    const health = (await (await fetch(`${url}/health`)).json()) as {
      info?: { projections?: { projections?: readonly { lagEvents: number }[] } };
    };
    const lags = health.info?.projections?.projections ?? [];
    if (lags.length > 0 && lags.every((projection) => projection.lagEvents === 0)) return (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
