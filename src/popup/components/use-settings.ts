// Preact hook over the stored settings: loads them, follows changes made elsewhere (other
// popups, the options page) and saves updates; shared by the popup and the options page.
// A failed save (storage.sync quota, write rate) is returned as an error to show, never swallowed.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../../shared/settings';

export type UpdateSettings = (change: (current: Settings) => Settings) => void;

export function useSettings(): [Settings | undefined, UpdateSettings, string | undefined] {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();
  const latest = useRef<Settings>();

  useEffect(() => {
    const lifetime = new AbortController();
    const accept = (next: Settings): void => {
      latest.current = next;
      setSettings(next);
    };
    void loadSettings().then(loaded => lifetime.signal.aborted || accept(loaded));
    onSettingsChanged(accept, lifetime.signal);
    return () => lifetime.abort();
  }, []);

  const update = useCallback<UpdateSettings>(change => {
    if (!latest.current) return;
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    saveSettings(next).then(() => setError(undefined), (failure: unknown) => setError(String(failure)));
  }, []);

  return [settings, update, error];
}
