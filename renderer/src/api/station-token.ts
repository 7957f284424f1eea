/** sessionStorage key of the loopback host's launch token, which lasts as long as the tab. */
export const stationTokenStorageKey = 'packtrace.stationToken';

export interface TokenSources {
  /** The page URL, such as `http://127.0.0.1:4300/?token=...`. */
  readonly href: string;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Replaces the address bar URL without a reload or a history entry. */
  readonly replaceUrl: (url: string) => void;
}

/**
 * Reads the launch token once from the `token` query parameter, keeps it in session storage and
 * removes it from the address bar, so it is not left in history, bookmarks or screenshots. Later
 * loads of the same tab (a reload, for example) find it in storage. Returns null when neither
 * place has a token.
 */
export function takeStationToken(sources: TokenSources): string | null {
  const url = new URL(sources.href);
  const fromUrl = url.searchParams.get('token');

  if (fromUrl !== null && fromUrl.length > 0) {
    sources.storage.setItem(stationTokenStorageKey, fromUrl);
    url.searchParams.delete('token');
    sources.replaceUrl(`${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sources.storage.getItem(stationTokenStorageKey);
}
