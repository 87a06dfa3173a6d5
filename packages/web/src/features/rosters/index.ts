export { useRosterLines } from './api/use-roster-lines';
export { MonthRosterPanel } from './components/month-roster-panel';
export { RosterLinesPanel } from './components/roster-lines-panel';
export { MyShifts } from './components/my-shifts';
export { RosterSwapCard } from './components/roster-swap-card';
