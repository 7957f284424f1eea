/** The station and signed-in operator behind a change, recorded on every event. */
export interface Actor {
  readonly stationId: string;
  readonly operatorId: number | null;
}
