import { useEffect } from 'react';
import { create } from 'zustand';

/** The last screen outside Help now, so that Help now can lead back to the writing a person
 * left (its draft is saved on leaving). In memory only; an address, never words. */
export const useReturnPlace = create<{ place: string | null }>(() => ({ place: null }));

export function useRememberPlace(location: string): void {
  useEffect(() => {
    if (location === '/help' || location.startsWith('/help/')) return;
    useReturnPlace.setState({ place: location === '/' ? null : location });
  }, [location]);
}

export function forgetReturnPlace(): void {
  useReturnPlace.setState({ place: null });
}
