// The web tool: fetches a page for the model.
export async function fetchPage(url: string): Promise<string> {
  // A server that never answers keeps this request, and the agent's turn, open forever.
  const response = await fetch(url);
  return response.text();
}

export async function fetchPageBounded(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return response.text();
}
