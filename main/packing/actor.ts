/** Who makes a change: the station and the signed-in operator, recorded on every event. */
export interface Actor {
  readonly stationId: string;
  readonly operatorId: number | null;
}
