/**
 * The operators the demo data set adds, with PINs that are printed on the first-start screen.
 * They exist only after "Load demo data", so a station set up with real data has none of them.
 * This file must stay free of Node imports because the renderer shows these PINs.
 */
export const demoAccounts = {
  packer: { name: 'Demo Packer', role: 'packer', pin: '1111' },
  supervisor: { name: 'Demo Supervisor', role: 'supervisor', pin: '9999' },
} as const;
