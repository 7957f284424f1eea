import { create } from 'zustand';

/** The screens an operator can switch between once signed in. */
export type Screen = 'shipments' | 'pack' | 'lookup' | 'import' | 'operators' | 'settings' | 'scanner-check' | 'printing' | 'overview' | 'stock' | 'prep' | 'removal' | 'returns';

interface NavigationState {
  readonly screen: Screen;
  go(screen: Screen): void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  screen: 'shipments',
  go: (screen) => set({ screen }),
}));
